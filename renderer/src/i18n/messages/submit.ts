import { defineMessages } from './define-messages';

/** Handing the work in: the participant’s name and the Akoma Ntoso export. */
export const submit = defineMessages({
  en: {
    'participant.title': 'Your name',
    'participant.explain':
      'Your name goes on every submission so that your trainer knows whose work it is. You can change it later in Settings.',
    'participant.label': 'Full name',
    'participant.save': 'Continue',

    'aknExport.button': 'XML',
    'aknExport.label': 'Export as Akoma Ntoso XML',
    'aknExport.hint':
      'Export as Akoma Ntoso XML: a copy of the act for other legal software. Your trainer gets the submission file.',
    'aknExport.dialogTitle': 'Save the act as Akoma Ntoso XML',
    'aknExport.filter': 'Akoma Ntoso XML',
    'aknExport.saved':
      'The act was saved as {name}. This copy is for other legal software; hand in the submission file to your trainer.',
    'aknExport.failed': 'The Akoma Ntoso file was not saved: {detail}',
    'receipt.title': 'Receipt',
    'receipt.code': 'Receipt: {receipt} — write it down.',
    'receipt.explain':
      'Your trainer’s CaseDraft shows the same code when it imports this file. The same code means your trainer has exactly the file you handed in.',
    'receipt.sealed':
      'The file is locked for your trainer (trainer key {fingerprints}): no one else can read it.',
    'receipt.notSealed': 'The case pack names no trainer key, so the file is not locked for a trainer.',
    'receipt.notKept': 'This computer could not keep the receipt (the disk may be full): write it down now.',
    'receipt.close': 'Close',
    'receipts.button': 'Receipts ({count})',
    'receipts.title': 'Receipts of the files handed in for this case',
    'receipts.columnReceipt': 'Receipt',
    'receipts.columnSaved': 'Saved',
    'receipts.columnFile': 'File',
    'receipts.columnSealed': 'Locked for your trainer',
    'receipts.sealedYes': 'Yes',
    'receipts.sealedNo': 'No',
  },
  ru: {
    'participant.title': 'Ваше имя',
    'participant.explain':
      'Ваше имя указывается в каждой работе, чтобы преподаватель знал, чья это работа. Изменить его можно позже в разделе «Настройки».',
    'participant.label': 'Фамилия, имя, отчество',
    'participant.save': 'Продолжить',

    'aknExport.button': 'XML',
    'aknExport.label': 'Экспорт в Akoma Ntoso XML',
    'aknExport.hint':
      'Экспорт в Akoma Ntoso XML: копия акта для других юридических программ. Преподавателю сдаётся файл работы.',
    'aknExport.dialogTitle': 'Сохранить акт в формате Akoma Ntoso XML',
    'aknExport.filter': 'Akoma Ntoso XML',
    'aknExport.saved':
      'Акт сохранён в файл {name}. Эта копия предназначена для других юридических программ; преподавателю передаётся файл работы.',
    'aknExport.failed': 'Файл Akoma Ntoso не сохранён: {detail}',
    'receipt.title': 'Квитанция',
    'receipt.code': 'Квитанция: {receipt} — запишите её.',
    'receipt.explain':
      'CaseDraft тренера покажет тот же код, когда загрузит этот файл. Одинаковый код означает, что у тренера именно тот файл, который вы сдали.',
    'receipt.sealed':
      'Файл запечатан для тренера (ключ тренера {fingerprints}): никто другой не сможет его прочитать.',
    'receipt.notSealed': 'В пакете дел не указан ключ тренера, поэтому файл не запечатан для тренера.',
    'receipt.notKept':
      'Этот компьютер не смог сохранить квитанцию (возможно, диск заполнен): запишите её сейчас.',
    'receipt.close': 'Закрыть',
    'receipts.button': 'Квитанции ({count})',
    'receipts.title': 'Квитанции файлов, сданных по этому делу',
    'receipts.columnReceipt': 'Квитанция',
    'receipts.columnSaved': 'Сохранён',
    'receipts.columnFile': 'Файл',
    'receipts.columnSealed': 'Запечатано для тренера',
    'receipts.sealedYes': 'Да',
    'receipts.sealedNo': 'Нет',
  },
  kk: {
    'participant.title': 'Аты-жөніңіз',
    'participant.explain':
      'Оқытушыңыз кімнің жұмысы екенін білуі үшін аты-жөніңіз әр жұмыста көрсетіледі. Оны кейін «Баптаулар» бөлімінде өзгертуге болады.',
    'participant.label': 'Тегі, аты, әкесінің аты',
    'participant.save': 'Жалғастыру',

    'aknExport.button': 'XML',
    'aknExport.label': 'Akoma Ntoso XML ретінде экспорттау',
    'aknExport.hint':
      'Akoma Ntoso XML ретінде экспорттау: басқа заң бағдарламаларына арналған акт көшірмесі. Оқытушыға жұмыс файлы беріледі.',
    'aknExport.dialogTitle': 'Актіні Akoma Ntoso XML пішімінде сақтау',
    'aknExport.filter': 'Akoma Ntoso XML',
    'aknExport.saved':
      'Акт {name} файлына сақталды. Бұл көшірме басқа заң бағдарламаларына арналған; оқытушыға жұмыс файлы беріледі.',
    'aknExport.failed': 'Akoma Ntoso файлы сақталмады: {detail}',
    'receipt.title': 'Түбіртек',
    'receipt.code': 'Түбіртек: {receipt} — оны жазып алыңыз.',
    'receipt.explain':
      'Оқытушының CaseDraft бағдарламасы осы файлды жүктегенде дәл осы кодты көрсетеді. Код бірдей болса, оқытушыда сіз тапсырған файлдың дәл өзі бар.',
    'receipt.sealed':
      'Файл оқытушы үшін мөрленген (оқытушы кілті {fingerprints}): оны басқа ешкім оқи алмайды.',
    'receipt.notSealed':
      'Істер пакетінде оқытушы кілті көрсетілмеген, сондықтан файл оқытушы үшін мөрленбеген.',
    'receipt.notKept':
      'Бұл компьютер түбіртекті сақтай алмады (диск толған болуы мүмкін): оны қазір жазып алыңыз.',
    'receipt.close': 'Жабу',
    'receipts.button': 'Түбіртектер ({count})',
    'receipts.title': 'Осы іс бойынша тапсырылған файлдардың түбіртектері',
    'receipts.columnReceipt': 'Түбіртек',
    'receipts.columnSaved': 'Сақталды',
    'receipts.columnFile': 'Файл',
    'receipts.columnSealed': 'Оқытушы үшін мөрленген',
    'receipts.sealedYes': 'Иә',
    'receipts.sealedNo': 'Жоқ',
  },
});
