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
  },
});
