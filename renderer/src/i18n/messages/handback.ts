import { defineMessages } from './define-messages';

/**
 * Feedback files (.cdfb): why one was not read (ui/describe-feedback-refusal.ts), and the trainer's export of them
 * from the marking and review screens.
 */
export const handback = defineMessages({
  en: {
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
  },
  ru: {
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
  },
  kk: {
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
  },
});
