import { defineMessages } from './define-messages';

/** Why a submission (.cdsub) was not read (ui/describe-submission-refusal.ts). */
export const submissionProblems = defineMessages({
  en: {
    'submissionProblem.tooLarge': 'The file is larger than {size} MB, too large for a submission.',
    'submissionProblem.notJson':
      'The file is not a CaseDraft submission: it is not readable JSON text. It may be damaged.',
    'submissionProblem.tooDeep':
      'The file nests its contents deeper than a submission made by CaseDraft ever does (more than {depth} levels), so it is not read.',
    'submissionProblem.duplicateKey':
      'The file gives one of its fields twice. CaseDraft never writes that: the file was edited by hand or by another program.',
    'submissionProblem.invalidStructure':
      'The file is not a CaseDraft submission, or one of its fields is missing, unknown or of the wrong kind.',
    'submissionProblem.unsupportedVersion':
      'The submission was made by a newer version of CaseDraft, in a format this version cannot read. Update CaseDraft.',
    'submissionProblem.invalidWorksheet':
      'The trainee’s worksheet in the file is damaged: one of its fields is unknown or too long.',
    'submissionProblem.builtInTemplate':
      'The file carries its own act template for an act type that CaseDraft ships. A submission made by CaseDraft never does, so the act could not be checked against its real parts.',
    'submissionProblem.invalidTemplate':
      'The act template in the file is damaged, or it is not the template of the case’s act type.',
    'submissionProblem.documentTooLarge': 'The act in the file is larger than CaseDraft reads.',
    'submissionProblem.documentTooLarge.maxNodes':
      'The act in the file is larger than CaseDraft reads: more than {max, plural, other {#}} elements.',
    'submissionProblem.documentTooLarge.maxTextCharacters':
      'The act in the file is larger than CaseDraft reads: more than {max, plural, other {#}} characters of text.',
    'submissionProblem.documentTooLarge.maxAttributeCharacters':
      'The act in the file is larger than CaseDraft reads: a heading, citation or other label longer than {max, plural, other {#}} characters.',
    'submissionProblem.documentTooLarge.maxMarks':
      'The act in the file is larger than CaseDraft reads: a piece of text carrying more than {max} formatting marks at once.',
    'submissionProblem.documentTooLarge.maxCellSpan':
      'The act in the file is larger than CaseDraft reads: a table cell spanning more than {max} columns or rows.',
    'submissionProblem.documentTooLarge.maxTableCells':
      'The act in the file is larger than CaseDraft reads: a table of more than {max, plural, other {#}} cells.',
    'submissionProblem.invalidDocument':
      'The act in the file holds something a CaseDraft act cannot (an unknown element, mark or attribute), or its parts are not those of its act type.',
    'submissionProblem.digestMismatch':
      'The file was changed after it was exported: its digest does not match its content.',
    'submissionProblem.noTrainerKey':
      'The file is locked for its trainer (trainer key {fingerprints}), and this computer has no trainer key. Make or restore your trainer key in the trainer area, then import the file again.',
    'submissionProblem.sealedForOtherTrainer':
      'The file is locked for another trainer: only the trainer key {fingerprints} opens it, and yours is not one of them.',
    'submissionProblem.sealedChanged':
      'The file locked for the trainer was changed or damaged after it was saved, so it is not read. Ask the participant for the file again and compare its receipt.',
  },
  ru: {
    'submissionProblem.tooLarge': 'Файл больше {size} МБ — слишком большой для работы.',
    'submissionProblem.notJson':
      'Файл не является работой CaseDraft: это не читаемый текст JSON. Возможно, файл повреждён.',
    'submissionProblem.tooDeep':
      'Содержимое файла вложено глубже, чем в любой работе, созданной CaseDraft (более {depth} уровней), поэтому файл не прочитан.',
    'submissionProblem.duplicateKey':
      'В файле одно из полей указано дважды. CaseDraft так не пишет: файл изменён вручную или другой программой.',
    'submissionProblem.invalidStructure':
      'Файл не является работой CaseDraft, или одно из его полей отсутствует, неизвестно или имеет не тот вид.',
    'submissionProblem.unsupportedVersion':
      'Работа создана более новой версией CaseDraft в формате, который эта версия прочитать не может. Обновите CaseDraft.',
    'submissionProblem.invalidWorksheet':
      'Рабочий лист слушателя в файле повреждён: одно из его полей неизвестно или слишком длинное.',
    'submissionProblem.builtInTemplate':
      'Файл содержит собственный шаблон акта для вида акта, который входит в CaseDraft. Работы, созданные CaseDraft, такого не содержат, иначе акт нельзя было бы проверить по его настоящим частям.',
    'submissionProblem.invalidTemplate':
      'Шаблон акта в файле повреждён или не соответствует виду акта по делу.',
    'submissionProblem.documentTooLarge': 'Акт в файле больше, чем читает CaseDraft.',
    'submissionProblem.documentTooLarge.maxNodes':
      'Акт в файле больше, чем читает CaseDraft: более {max, plural, other {#}} элементов.',
    'submissionProblem.documentTooLarge.maxTextCharacters':
      'Акт в файле больше, чем читает CaseDraft: более {max, plural, other {#}} символов текста.',
    'submissionProblem.documentTooLarge.maxAttributeCharacters':
      'Акт в файле больше, чем читает CaseDraft: заголовок, ссылка или другая подпись длиннее {max, plural, other {#}} символов.',
    'submissionProblem.documentTooLarge.maxMarks':
      'Акт в файле больше, чем читает CaseDraft: фрагмент текста, несущий сразу более {max} отметок форматирования.',
    'submissionProblem.documentTooLarge.maxCellSpan':
      'Акт в файле больше, чем читает CaseDraft: ячейка таблицы, объединяющая более {max} столбцов или строк.',
    'submissionProblem.documentTooLarge.maxTableCells':
      'Акт в файле больше, чем читает CaseDraft: таблица более чем из {max, plural, other {#}} ячеек.',
    'submissionProblem.invalidDocument':
      'Акт в файле содержит то, чего не может быть в акте CaseDraft (неизвестный элемент, выделение или атрибут), или его части не соответствуют виду акта.',
    'submissionProblem.digestMismatch':
      'Файл изменён после экспорта: его контрольная сумма не совпадает с содержимым.',
    'submissionProblem.noTrainerKey':
      'Файл запечатан для тренера (ключ тренера {fingerprints}), а на этом компьютере нет ключа тренера. Создайте или восстановите свой ключ тренера в разделе тренера и импортируйте файл снова.',
    'submissionProblem.sealedForOtherTrainer':
      'Файл запечатан для другого тренера: его открывает только ключ тренера {fingerprints}, и вашего ключа среди них нет.',
    'submissionProblem.sealedChanged':
      'Файл, запечатанный для тренера, изменён или повреждён после сохранения, поэтому не прочитан. Попросите слушателя прислать файл ещё раз и сверьте квитанцию.',
  },
  kk: {
    'submissionProblem.tooLarge': 'Файл {size} МБ-тан үлкен — жұмыс үшін тым үлкен.',
    'submissionProblem.notJson':
      'Файл CaseDraft жұмысы емес: ол оқылатын JSON мәтіні емес. Файл зақымдалған болуы мүмкін.',
    'submissionProblem.tooDeep':
      'Файлдың мазмұны CaseDraft жасаған кез келген жұмыстағыдан тереңірек салынған ({depth} деңгейден артық), сондықтан файл оқылмады.',
    'submissionProblem.duplicateKey':
      'Файлда өрістердің бірі екі рет көрсетілген. CaseDraft бұлай жазбайды: файл қолмен немесе басқа бағдарламамен өзгертілген.',
    'submissionProblem.invalidStructure':
      'Файл CaseDraft жұмысы емес немесе оның өрістерінің бірі жоқ, белгісіз немесе түрі дұрыс емес.',
    'submissionProblem.unsupportedVersion':
      'Жұмыс CaseDraft-тың жаңарақ нұсқасымен, осы нұсқа оқи алмайтын пішімде жасалған. CaseDraft-ты жаңартыңыз.',
    'submissionProblem.invalidWorksheet':
      'Файлдағы тыңдаушының жұмыс парағы зақымдалған: оның өрістерінің бірі белгісіз немесе тым ұзын.',
    'submissionProblem.builtInTemplate':
      'Файлда CaseDraft құрамына кіретін акт түріне арналған өз акт үлгісі бар. CaseDraft жасаған жұмыстарда мұндай болмайды, әйтпесе актіні оның нақты бөліктері бойынша тексеру мүмкін болмас еді.',
    'submissionProblem.invalidTemplate':
      'Файлдағы акт үлгісі зақымдалған немесе іс бойынша акт түріне сәйкес келмейді.',
    'submissionProblem.documentTooLarge': 'Файлдағы акт CaseDraft оқитыннан үлкен.',
    'submissionProblem.documentTooLarge.maxNodes':
      'Файлдағы акт CaseDraft оқитыннан үлкен: {max, plural, other {#}} элементтен артық.',
    'submissionProblem.documentTooLarge.maxTextCharacters':
      'Файлдағы акт CaseDraft оқитыннан үлкен: {max, plural, other {#}} мәтін таңбасынан артық.',
    'submissionProblem.documentTooLarge.maxAttributeCharacters':
      'Файлдағы акт CaseDraft оқитыннан үлкен: {max, plural, other {#}} таңбадан ұзын тақырып, сілтеме немесе басқа жазу бар.',
    'submissionProblem.documentTooLarge.maxMarks':
      'Файлдағы акт CaseDraft оқитыннан үлкен: бір мезгілде {max} пішімдеу белгісінен артық белгісі бар мәтін үзіндісі бар.',
    'submissionProblem.documentTooLarge.maxCellSpan':
      'Файлдағы акт CaseDraft оқитыннан үлкен: {max} бағаннан немесе жолдан артық біріктірілген кесте ұяшығы бар.',
    'submissionProblem.documentTooLarge.maxTableCells':
      'Файлдағы акт CaseDraft оқитыннан үлкен: {max, plural, other {#}} ұяшықтан артық кесте бар.',
    'submissionProblem.invalidDocument':
      'Файлдағы актіде CaseDraft актісінде болуы мүмкін емес нәрсе бар (белгісіз элемент, белгілеу немесе атрибут) немесе оның бөліктері акт түріне сәйкес келмейді.',
    'submissionProblem.digestMismatch':
      'Файл экспорттан кейін өзгертілген: оның бақылау сомасы мазмұнына сәйкес келмейді.',
    'submissionProblem.noTrainerKey':
      'Файл оқытушы үшін мөрленген (оқытушы кілті {fingerprints}), ал бұл компьютерде оқытушы кілті жоқ. Оқытушы бөлімінде кілтіңізді жасаңыз немесе қалпына келтіріңіз, содан кейін файлды қайта импорттаңыз.',
    'submissionProblem.sealedForOtherTrainer':
      'Файл басқа оқытушы үшін мөрленген: оны тек {fingerprints} оқытушы кілті ашады, сіздің кілтіңіз олардың арасында жоқ.',
    'submissionProblem.sealedChanged':
      'Оқытушы үшін мөрленген файл сақталғаннан кейін өзгертілген немесе бүлінген, сондықтан оқылмады. Тыңдаушыдан файлды қайта сұраңыз және түбіртегін салыстырыңыз.',
  },
});
