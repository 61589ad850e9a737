import { defineMessages } from './define-messages';

/** The trainer's reviews: starting one, the answer key, and what a cohort import did with each file. */
export const review = defineMessages({
  en: {
    'review.outcome.imported': 'Imported',
    'review.outcome.newerVersion': 'Imported: a newer version of this participant’s work, now the one shown',
    'review.outcome.earlierVersion':
      'Imported: an earlier version than the one already here, which stays the one shown',
    'review.outcome.duplicate': 'Already imported: nothing changed',
    'review.outcome.receipt': 'Receipt: {receipt}.',
    'review.outcome.refused': 'Not imported. {reason}',
    'review.outcome.notImported': 'Not imported: the import was cancelled before this file',

    'review.refused.otherPack': 'The submission is for another case pack.',
    'review.refused.otherPackVersion':
      'The submission was written on another version of the case pack than this review.',
    'review.refused.otherCase': 'The submission is for another case.',
    'review.refused.otherActType': 'The submission is a different kind of act than this case asks for.',
    'review.refused.otherTemplate': 'The act does not follow the template of this case.',
    'review.refused.notSubmissionFile': 'This file in the zip is not a submission (.cdsub).',
    'review.refused.unreadableArchive': 'The zip archive is damaged or unsafe; none of its files was read.',
    'review.refused.unreadableEntry': 'This file in the zip is damaged and could not be unpacked.',
    'review.refused.storageFailed':
      'The file could not be saved (the disk may be full); nothing of it was stored.',

    'review.start.packNotFound': 'This case pack is not in the library.',
    'review.start.caseNotFound': 'This case is not in the case pack.',
    'review.start.unknownActType':
      'This version of CaseDraft does not know the kind of act this case asks for.',

    'review.findCase.noSubmissions': 'None of these files is a submission naming a case.',
    'review.findCase.packNotInLibrary':
      'The submissions are for the case pack “{packId}”, which is not in the library. Import the pack first.',
    'review.findCase.otherPackVersion':
      'The submissions were written on version {packVersion} of the case pack, the library holds version {libraryVersion}. Import version {packVersion} of the pack first.',
    'review.findCase.caseNotInPack':
      'The submissions are for the case “{caseId}”, which the case pack in the library does not have.',

    'review.key.attached': 'The answer key was added to this review.',
    'review.key.replaced': 'The answer key of this review was replaced by the new one.',
    'review.key.unchanged': 'This review already has this answer key; nothing changed.',
    'review.key.otherPack': 'This answer key is for another case pack.',
    'review.key.otherPackVersion': 'This answer key is for another version of the case pack.',
    'review.key.caseNotInKey': 'This answer key has no model answer for this case.',
    'review.key.reviewNotFound': 'This review no longer exists.',
  },
  ru: {
    'review.outcome.imported': 'Загружено',
    'review.outcome.newerVersion':
      'Загружено: более новая версия работы этого участника, теперь показывается она',
    'review.outcome.earlierVersion':
      'Загружено: более ранняя версия, чем уже загруженная; показывается по-прежнему более новая',
    'review.outcome.duplicate': 'Уже загружено: ничего не изменилось',
    'review.outcome.receipt': 'Квитанция: {receipt}.',
    'review.outcome.refused': 'Не загружено. {reason}',
    'review.outcome.notImported': 'Не загружено: загрузка была отменена до этого файла',

    'review.refused.otherPack': 'Работа относится к другому пакету дел.',
    'review.refused.otherPackVersion': 'Работа написана по другой версии пакета дел, чем эта проверка.',
    'review.refused.otherCase': 'Работа относится к другому делу.',
    'review.refused.otherActType': 'В работе другой вид акта, чем требует это дело.',
    'review.refused.otherTemplate': 'Акт не соответствует шаблону этого дела.',
    'review.refused.notSubmissionFile': 'Этот файл в архиве не является работой (.cdsub).',
    'review.refused.unreadableArchive':
      'ZIP-архив повреждён или небезопасен; ни один файл из него не прочитан.',
    'review.refused.unreadableEntry': 'Этот файл в архиве повреждён, его не удалось распаковать.',
    'review.refused.storageFailed':
      'Файл не удалось сохранить (возможно, диск заполнен); ничего из него не сохранено.',

    'review.start.packNotFound': 'Этого пакета дел нет в библиотеке.',
    'review.start.caseNotFound': 'Этого дела нет в пакете.',
    'review.start.unknownActType': 'Эта версия CaseDraft не знает вид акта, который требует это дело.',

    'review.findCase.noSubmissions': 'Ни один из этих файлов не является работой с указанием дела.',
    'review.findCase.packNotInLibrary':
      'Работы относятся к пакету дел «{packId}», которого нет в библиотеке. Сначала загрузите пакет.',
    'review.findCase.otherPackVersion':
      'Работы написаны по версии {packVersion} пакета дел, а в библиотеке версия {libraryVersion}. Сначала загрузите версию {packVersion} пакета.',
    'review.findCase.caseNotInPack':
      'Работы относятся к делу «{caseId}», которого нет в пакете дел из библиотеки.',

    'review.key.attached': 'Ключ ответов добавлен к этой проверке.',
    'review.key.replaced': 'Ключ ответов этой проверки заменён новым.',
    'review.key.unchanged': 'У этой проверки уже есть этот ключ ответов; ничего не изменилось.',
    'review.key.otherPack': 'Этот ключ ответов относится к другому пакету дел.',
    'review.key.otherPackVersion': 'Этот ключ ответов относится к другой версии пакета дел.',
    'review.key.caseNotInKey': 'В этом ключе ответов нет образцового ответа для этого дела.',
    'review.key.reviewNotFound': 'Этой проверки больше нет.',
  },
  kk: {
    'review.outcome.imported': 'Жүктелді',
    'review.outcome.newerVersion': 'Жүктелді: қатысушы жұмысының жаңа нұсқасы, енді осы көрсетіледі',
    'review.outcome.earlierVersion':
      'Жүктелді: бұрын жүктелгеннен ертерек нұсқа; бұрынғыдай жаңасы көрсетіледі',
    'review.outcome.duplicate': 'Бұрын жүктелген: ештеңе өзгерген жоқ',
    'review.outcome.receipt': 'Түбіртек: {receipt}.',
    'review.outcome.refused': 'Жүктелмеді. {reason}',
    'review.outcome.notImported': 'Жүктелмеді: жүктеу осы файлға дейін тоқтатылды',

    'review.refused.otherPack': 'Жұмыс басқа істер пакетіне жатады.',
    'review.refused.otherPackVersion':
      'Жұмыс осы тексерудегіден басқа істер пакеті нұсқасы бойынша жазылған.',
    'review.refused.otherCase': 'Жұмыс басқа іске жатады.',
    'review.refused.otherActType': 'Жұмыста осы іс талап ететін актіден басқа түрдегі акт бар.',
    'review.refused.otherTemplate': 'Акт осы істің үлгісіне сәйкес келмейді.',
    'review.refused.notSubmissionFile': 'Архивтегі бұл файл жұмыс емес (.cdsub).',
    'review.refused.unreadableArchive':
      'ZIP-архив бүлінген немесе қауіпті; оның бірде-бір файлы оқылған жоқ.',
    'review.refused.unreadableEntry': 'Архивтегі бұл файл бүлінген, оны ашу мүмкін болмады.',
    'review.refused.storageFailed':
      'Файлды сақтау мүмкін болмады (диск толған болуы мүмкін); одан ештеңе сақталған жоқ.',

    'review.start.packNotFound': 'Бұл істер пакеті кітапханада жоқ.',
    'review.start.caseNotFound': 'Бұл іс пакетте жоқ.',
    'review.start.unknownActType': 'CaseDraft-тің бұл нұсқасы осы іс талап ететін акт түрін білмейді.',

    'review.findCase.noSubmissions': 'Бұл файлдардың ешқайсысы іс көрсетілген жұмыс емес.',
    'review.findCase.packNotInLibrary':
      'Жұмыстар кітапханада жоқ «{packId}» істер пакетіне жатады. Алдымен пакетті жүктеңіз.',
    'review.findCase.otherPackVersion':
      'Жұмыстар істер пакетінің {packVersion} нұсқасы бойынша жазылған, ал кітапханада {libraryVersion} нұсқасы бар. Алдымен пакеттің {packVersion} нұсқасын жүктеңіз.',
    'review.findCase.caseNotInPack': 'Жұмыстар кітапханадағы істер пакетінде жоқ «{caseId}» ісіне жатады.',

    'review.key.attached': 'Жауаптар кілті осы тексеруге қосылды.',
    'review.key.replaced': 'Осы тексерудің жауаптар кілті жаңасымен ауыстырылды.',
    'review.key.unchanged': 'Бұл тексеруде осы жауаптар кілті бар; ештеңе өзгерген жоқ.',
    'review.key.otherPack': 'Бұл жауаптар кілті басқа істер пакетіне жатады.',
    'review.key.otherPackVersion': 'Бұл жауаптар кілті істер пакетінің басқа нұсқасына жатады.',
    'review.key.caseNotInKey': 'Бұл жауаптар кілтінде осы іс бойынша үлгі жауап жоқ.',
    'review.key.reviewNotFound': 'Бұл тексеру енді жоқ.',
  },
});
