import { defineMessages } from './define-messages';

/**
 * Feedback files (.cdfb): why one was not read (ui/describe-feedback-refusal.ts), and the trainer's export of them
 * from the marking and review screens.
 */
export const handback = defineMessages({
  en: {
    'handback.close': 'Close',
    'handback.trainerNameSetting': 'Your name as a trainer',
    'handback.trainerNameHelp': 'Written on every feedback file you export for trainees.',
    'handback.exportOne': 'Export feedback…',
    'handback.exportOneHint':
      'A feedback file for this work, for the trainee: the act as submitted, your scores and comments',
    'handback.exportAll': 'Export feedback on marked works ({count})…',
    'handback.dialogTitle': 'Export feedback',
    'handback.dialogTitleOne': 'Export the feedback on this work',
    'handback.explainOne':
      'One feedback file for this work: the act as the trainee submitted it, your scores and comments per criterion, your comments on passages and your overall comment. The trainee opens it in CaseDraft.',
    'handback.explainAll':
      'A feedback file for each fully marked work ({count}): the act as submitted, your scores and comments. Each trainee opens theirs in CaseDraft.',
    'handback.trainerName': 'Your name, written in the files',
    'handback.trainerNameSaved': 'It is kept in Settings for the next export.',
    'handback.includeModelAnswer': 'Include the model answer from the answer key',
    'handback.noModelAnswer': 'This review has no answer key, so no model answer can be included.',
    'handback.namesInFileNames': 'Name the files by the participants’ names',
    'handback.namesHiddenWarning': 'Names are hidden in the review, but they will appear in the file names.',
    'handback.namesWarning':
      'The participants’ names will be written into the file names, so that each trainee finds theirs.',
    'handback.codesWarning':
      'The files will be named by the participants’ codes; a trainee does not know their code, so you hand each file out yourself.',
    'handback.export': 'Export',
    'handback.working': 'Preparing the feedback files…',
    'handback.saveTitle': 'Save feedback',
    'handback.filterName': 'CaseDraft feedback',
    'handback.zipFilterName': 'Zip archive of feedback files',
    'handback.savedOne': 'Feedback saved: {name}.',
    'handback.savedAll': 'Feedback saved: {name} ({count} files).',
    'handback.destination': 'Save the files as',
    'handback.destinationZip': 'One zip archive',
    'handback.destinationFolder': 'Separate files in a folder',
    'handback.destinationFolderHelp':
      'Each file is written into the folder you choose; a file already there is never replaced: the new one gets (2) in its name.',
    'handback.folderUnsupportedHelp':
      'This browser cannot write into a folder, so the files will be saved in one zip archive. The CaseDraft app, or Chrome or Edge, can.',
    'handback.folderTitle': 'Choose a folder for the feedback files',
    'handback.savedFolder': '{count} feedback files written into the folder «{name}».',
    'handback.savedFolderRenamed':
      '{renamed} of them under a name with a number, such as «(2)», because a file of that name was already there: nothing was replaced.',
    'handback.savedFolderUnsupported':
      'This browser cannot write into a folder, so the files were saved in one zip archive instead.',
    'handback.folderFailed':
      'The export stopped after {count} files written into the folder «{name}»: {detail} The files written are complete; export again into another folder, or free space and export again.',
    'handback.noneMarked':
      'No work is fully marked yet: feedback is exported for works with every criterion scored.',
    'handback.failed': 'The feedback could not be exported: {detail}',
    'feedbackProblem.feedbackArchive':
      'This is a set of feedback files for a whole group, made by the trainer, not one feedback file. The others’ feedback is theirs alone, so nothing of it is imported: ask your trainer to send you your own .cdfb file, then import that.',
    'feedbackProblem.tooLarge': 'The file is larger than {size} MB, too large for a feedback file.',
    'feedbackProblem.notJson':
      'The file is not a CaseDraft feedback file: it is not readable JSON text. It may be damaged.',
    'feedbackProblem.tooDeep':
      'The file nests its contents deeper than a feedback file made by CaseDraft ever does (more than {depth} levels), so it is not read.',
    'feedbackProblem.duplicateKey':
      'The file gives one of its fields twice. CaseDraft never writes that: the file was edited by hand or by another program.',
    'feedbackProblem.notFeedback':
      'The file is not a CaseDraft feedback file (a submission, a case pack or another file?).',
    'feedbackProblem.unsupportedVersion':
      'The feedback file was made by a newer version of CaseDraft, in a format this version cannot read. Update CaseDraft.',
    'feedbackProblem.invalidStructure':
      'The feedback file is damaged: one of its fields is missing, unknown or of the wrong kind.',
    'feedbackProblem.digestMismatch':
      'The feedback file was changed after the trainer wrote it: its digest does not match its content.',
    'feedbackProblem.inconsistentMarks':
      'The scores in the feedback file do not add up against its rubric: the file is damaged or was edited.',
    'feedbackProblem.invalidSubmission': 'The work inside the feedback file cannot be read. {reason}',
    'feedbackProblem.submissionMismatch':
      'The work inside the feedback file is not the one the file says it marks: the file is damaged or was edited.',
    'feedbackProblem.anchorNotInAct':
      'A comment in the feedback file refers to a passage the act does not have: the file is damaged or was edited.',
    'feedbackProblem.unsafeModelAnswer':
      'The model answer in the feedback file holds markup CaseDraft does not show (scripts, links or similar), so the file is not read.',
    'feedbackProblem.signatureMismatch':
      'The feedback file was changed after the trainer signed it, or its signature is not the trainer’s. Ask your trainer for the file again.',
  },
  ru: {
    'handback.close': 'Закрыть',
    'handback.trainerNameSetting': 'Ваше имя как преподавателя',
    'handback.trainerNameHelp': 'Указывается в каждом файле отзыва, который вы отправляете слушателям.',
    'handback.exportOne': 'Экспорт отзыва…',
    'handback.exportOneHint':
      'Файл отзыва на эту работу для слушателя: акт в том виде, в каком он сдан, ваши баллы и комментарии',
    'handback.exportAll': 'Экспорт отзывов по проверенным работам ({count})…',
    'handback.dialogTitle': 'Экспорт отзывов',
    'handback.dialogTitleOne': 'Экспорт отзыва на эту работу',
    'handback.explainOne':
      'Один файл отзыва на эту работу: акт в том виде, в каком слушатель его сдал, ваши баллы и комментарии по критериям, комментарии к фрагментам и общий комментарий. Слушатель открывает его в CaseDraft.',
    'handback.explainAll':
      'Файл отзыва на каждую полностью проверенную работу ({count}): акт в том виде, в каком он сдан, ваши баллы и комментарии. Каждый слушатель открывает свой в CaseDraft.',
    'handback.trainerName': 'Ваше имя, указываемое в файлах',
    'handback.trainerNameSaved': 'Оно сохраняется в настройках для следующего экспорта.',
    'handback.includeModelAnswer': 'Приложить образец ответа из ключа ответов',
    'handback.noModelAnswer':
      'К этой проверке не подключён ключ ответов, поэтому образец ответа приложить нельзя.',
    'handback.namesInFileNames': 'Называть файлы по именам слушателей',
    'handback.namesHiddenWarning': 'Имена скрыты в проверке, но попадут в названия файлов.',
    'handback.namesWarning': 'Имена слушателей будут записаны в названия файлов, чтобы каждый нашёл свой.',
    'handback.codesWarning':
      'Файлы будут названы по кодам слушателей; слушатель своего кода не знает, поэтому раздайте файлы сами.',
    'handback.export': 'Экспортировать',
    'handback.working': 'Готовим файлы отзывов…',
    'handback.saveTitle': 'Сохранить отзывы',
    'handback.filterName': 'Отзыв CaseDraft',
    'handback.zipFilterName': 'Zip-архив файлов отзывов',
    'handback.savedOne': 'Отзыв сохранён: {name}.',
    'handback.savedAll': 'Отзывы сохранены: {name} (файлов: {count}).',
    'handback.destination': 'Как сохранить файлы',
    'handback.destinationZip': 'Один zip-архив',
    'handback.destinationFolder': 'Отдельные файлы в папку',
    'handback.destinationFolderHelp':
      'Каждый файл записывается в выбранную вами папку; файл, который там уже есть, никогда не заменяется: новый получает в имени «(2)».',
    'handback.folderUnsupportedHelp':
      'Этот браузер не умеет записывать файлы в папку, поэтому файлы будут сохранены одним zip-архивом. Приложение CaseDraft, а также Chrome или Edge это умеют.',
    'handback.folderTitle': 'Выберите папку для файлов отзывов',
    'handback.savedFolder': 'Файлы отзывов записаны в папку «{name}» (файлов: {count}).',
    'handback.savedFolderRenamed':
      'Файлов с номером в имени, например «(2)», потому что файл с таким именем там уже был: {renamed}. Ничего не заменено.',
    'handback.savedFolderUnsupported':
      'Этот браузер не умеет записывать файлы в папку, поэтому файлы сохранены одним zip-архивом.',
    'handback.folderFailed':
      'Экспорт остановился, записав в папку «{name}» файлов: {count}. Причина: {detail} Записанные файлы целы; экспортируйте снова в другую папку или освободите место и повторите.',
    'handback.noneMarked':
      'Полностью проверенных работ пока нет: отзывы экспортируются для работ, где оценены все критерии.',
    'handback.failed': 'Отзывы не удалось экспортировать: {detail}',
    'feedbackProblem.feedbackArchive':
      'Это набор файлов отзывов на всю группу, который сделал преподаватель, а не один файл отзыва. Отзывы других слушателей принадлежат только им, поэтому ничего из набора не импортировано: попросите преподавателя прислать вам ваш собственный файл .cdfb и импортируйте его.',
    'feedbackProblem.tooLarge': 'Файл больше {size} МБ — слишком большой для файла отзыва.',
    'feedbackProblem.notJson':
      'Файл не является отзывом CaseDraft: это не читаемый текст JSON. Возможно, файл повреждён.',
    'feedbackProblem.tooDeep':
      'Содержимое файла вложено глубже, чем в любом отзыве, созданном CaseDraft (более {depth} уровней), поэтому файл не прочитан.',
    'feedbackProblem.duplicateKey':
      'В файле одно из полей указано дважды. CaseDraft так не пишет: файл изменён вручную или другой программой.',
    'feedbackProblem.notFeedback':
      'Файл не является отзывом CaseDraft (может быть, это работа, пакет дел или другой файл?).',
    'feedbackProblem.unsupportedVersion':
      'Отзыв создан более новой версией CaseDraft в формате, который эта версия прочитать не может. Обновите CaseDraft.',
    'feedbackProblem.invalidStructure':
      'Файл отзыва повреждён: одно из его полей отсутствует, неизвестно или имеет не тот вид.',
    'feedbackProblem.digestMismatch':
      'Файл отзыва изменён после того, как его создал преподаватель: контрольная сумма не совпадает с содержимым.',
    'feedbackProblem.inconsistentMarks':
      'Баллы в файле отзыва не сходятся с его критериями оценки: файл повреждён или изменён.',
    'feedbackProblem.invalidSubmission': 'Работу внутри файла отзыва прочитать нельзя. {reason}',
    'feedbackProblem.submissionMismatch':
      'Работа внутри файла отзыва — не та, которую он оценивает по своим данным: файл повреждён или изменён.',
    'feedbackProblem.anchorNotInAct':
      'Комментарий в файле отзыва относится к фрагменту, которого нет в акте: файл повреждён или изменён.',
    'feedbackProblem.unsafeModelAnswer':
      'Образец ответа в файле отзыва содержит разметку, которую CaseDraft не показывает (скрипты, ссылки и т. п.), поэтому файл не прочитан.',
    'feedbackProblem.signatureMismatch':
      'Файл отзыва изменён после того, как тренер его подписал, или подпись в нём не принадлежит тренеру. Попросите тренера прислать файл ещё раз.',
  },
  kk: {
    'handback.close': 'Жабу',
    'handback.trainerNameSetting': 'Оқытушы ретіндегі атыңыз',
    'handback.trainerNameHelp': 'Тыңдаушыларға жіберетін әр пікір файлында көрсетіледі.',
    'handback.exportOne': 'Пікірді экспорттау…',
    'handback.exportOneHint':
      'Тыңдаушыға осы жұмыс бойынша пікір файлы: тапсырылған акт, сіздің баллдарыңыз бен түсініктемелеріңіз',
    'handback.exportAll': 'Тексерілген жұмыстар бойынша пікірлерді экспорттау ({count})…',
    'handback.dialogTitle': 'Пікірлерді экспорттау',
    'handback.dialogTitleOne': 'Осы жұмыс бойынша пікірді экспорттау',
    'handback.explainOne':
      'Осы жұмыс бойынша бір пікір файлы: тыңдаушы тапсырған акт, өлшемдер бойынша баллдарыңыз бен түсініктемелеріңіз, үзінділерге түсініктемелер және жалпы түсініктеме. Тыңдаушы оны CaseDraft-та ашады.',
    'handback.explainAll':
      'Толық тексерілген әр жұмыс бойынша пікір файлы ({count}): тапсырылған акт, сіздің баллдарыңыз бен түсініктемелеріңіз. Әр тыңдаушы өз файлын CaseDraft-та ашады.',
    'handback.trainerName': 'Файлдарда көрсетілетін атыңыз',
    'handback.trainerNameSaved': 'Ол келесі экспорт үшін баптауларда сақталады.',
    'handback.includeModelAnswer': 'Жауаптар кілтінен үлгі жауапты қосу',
    'handback.noModelAnswer':
      'Бұл тексеруге жауаптар кілті қосылмаған, сондықтан үлгі жауапты қосу мүмкін емес.',
    'handback.namesInFileNames': 'Файлдарды тыңдаушылардың аттарымен атау',
    'handback.namesHiddenWarning': 'Тексеруде аттар жасырылған, бірақ олар файл атауларына жазылады.',
    'handback.namesWarning':
      'Әр тыңдаушы өз файлын табуы үшін тыңдаушылардың аттары файл атауларына жазылады.',
    'handback.codesWarning':
      'Файлдар тыңдаушылардың кодтарымен аталады; тыңдаушы өз кодын білмейді, сондықтан файлдарды өзіңіз таратыңыз.',
    'handback.export': 'Экспорттау',
    'handback.working': 'Пікір файлдары дайындалуда…',
    'handback.saveTitle': 'Пікірлерді сақтау',
    'handback.filterName': 'CaseDraft пікірі',
    'handback.zipFilterName': 'Пікір файлдарының zip-мұрағаты',
    'handback.savedOne': 'Пікір сақталды: {name}.',
    'handback.savedAll': 'Пікірлер сақталды: {name} (файлдар саны: {count}).',
    'handback.destination': 'Файлдарды қалай сақтау керек',
    'handback.destinationZip': 'Бір zip-мұрағат',
    'handback.destinationFolder': 'Бумаға жеке файлдар',
    'handback.destinationFolderHelp':
      'Әр файл сіз таңдаған бумаға жазылады; онда бұрыннан бар файл ешқашан ауыстырылмайды: жаңа файлдың атына «(2)» қосылады.',
    'handback.folderUnsupportedHelp':
      'Бұл браузер бумаға файл жаза алмайды, сондықтан файлдар бір zip-мұрағат болып сақталады. CaseDraft қолданбасы, сондай-ақ Chrome немесе Edge мұны істей алады.',
    'handback.folderTitle': 'Пікір файлдары үшін буманы таңдаңыз',
    'handback.savedFolder': 'Пікір файлдары «{name}» бумасына жазылды (файлдар саны: {count}).',
    'handback.savedFolderRenamed':
      'Атында нөмірі бар файлдар, мысалы «(2)», өйткені ондай атты файл онда бұрыннан бар еді: {renamed}. Ештеңе ауыстырылған жоқ.',
    'handback.savedFolderUnsupported':
      'Бұл браузер бумаға файл жаза алмайды, сондықтан файлдар бір zip-мұрағат болып сақталды.',
    'handback.folderFailed':
      'Экспорт «{name}» бумасына {count} файл жазып, тоқтады. Себебі: {detail} Жазылған файлдар бүтін; басқа бумаға қайта экспорттаңыз немесе орын босатып, қайталаңыз.',
    'handback.noneMarked':
      'Толық тексерілген жұмыс әлі жоқ: пікірлер барлық өлшемдері бағаланған жұмыстар үшін экспортталады.',
    'handback.failed': 'Пікірлерді экспорттау мүмкін болмады: {detail}',
    'feedbackProblem.feedbackArchive':
      'Бұл — бір пікір файлы емес, оқытушы жасаған бүкіл топқа арналған пікір файлдарының жиынтығы. Басқа тыңдаушылардың пікірі тек өздеріне тиесілі, сондықтан жиынтықтан ештеңе импортталмады: оқытушыдан өзіңіздің .cdfb файлыңызды жіберуін сұрап, соны импорттаңыз.',
    'feedbackProblem.tooLarge': 'Файл {size} МБ-тан үлкен — пікір файлы үшін тым үлкен.',
    'feedbackProblem.notJson':
      'Файл CaseDraft пікірі емес: ол оқылатын JSON мәтіні емес. Файл зақымдалған болуы мүмкін.',
    'feedbackProblem.tooDeep':
      'Файлдың мазмұны CaseDraft жасаған кез келген пікірдегіден тереңірек салынған ({depth} деңгейден артық), сондықтан файл оқылмады.',
    'feedbackProblem.duplicateKey':
      'Файлда өрістердің бірі екі рет көрсетілген. CaseDraft бұлай жазбайды: файл қолмен немесе басқа бағдарламамен өзгертілген.',
    'feedbackProblem.notFeedback':
      'Файл CaseDraft пікірі емес (жұмыс, істер пакеті немесе басқа файл болуы мүмкін бе?).',
    'feedbackProblem.unsupportedVersion':
      'Пікір CaseDraft-тың жаңарақ нұсқасымен, осы нұсқа оқи алмайтын пішімде жасалған. CaseDraft-ты жаңартыңыз.',
    'feedbackProblem.invalidStructure':
      'Пікір файлы зақымдалған: оның өрістерінің бірі жоқ, белгісіз немесе түрі дұрыс емес.',
    'feedbackProblem.digestMismatch':
      'Пікір файлы оқытушы жасағаннан кейін өзгертілген: оның бақылау сомасы мазмұнына сәйкес келмейді.',
    'feedbackProblem.inconsistentMarks':
      'Пікір файлындағы баллдар оның бағалау өлшемдеріне сәйкес келмейді: файл зақымдалған немесе өзгертілген.',
    'feedbackProblem.invalidSubmission': 'Пікір файлының ішіндегі жұмысты оқу мүмкін емес. {reason}',
    'feedbackProblem.submissionMismatch':
      'Пікір файлының ішіндегі жұмыс файл бағалайтын жұмыс емес: файл зақымдалған немесе өзгертілген.',
    'feedbackProblem.anchorNotInAct':
      'Пікір файлындағы түсініктеме актіде жоқ үзіндіге қатысты: файл зақымдалған немесе өзгертілген.',
    'feedbackProblem.unsafeModelAnswer':
      'Пікір файлындағы үлгі жауапта CaseDraft көрсетпейтін белгілеу бар (скрипттер, сілтемелер және т. б.), сондықтан файл оқылмады.',
    'feedbackProblem.signatureMismatch':
      'Пікір файлы тренер қол қойғаннан кейін өзгертілген немесе ондағы қолтаңба тренерге тиесілі емес. Тренерден файлды қайта жіберуін сұраңыз.',
  },
});
