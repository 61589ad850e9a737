import { defineMessages } from './define-messages';

/** Signing a pack in the trainer's area (features/review/sign-pack). */
export const signPack = defineMessages({
  en: {
    'signPack.title': 'Sign a case pack',
    'signPack.lead':
      'Signed, the pack shows trainees who it comes from, and any change to it after signing makes it refused. Trainees’ hand-ins are locked for the trainers the pack names.',
    'signPack.choose': 'Choose a pack file…',
    'signPack.dialogTitle': 'Choose a case pack to sign',
    'signPack.filter': 'CaseDraft case pack',
    'signPack.unreadable': 'This pack cannot be signed: {reason}',
    'signPack.chosen': '“{title}”, version {version}, from {file}',
    'signPack.coTrainers': 'Co-trainers’ key cards (one a line)',
    'signPack.coTrainersHint':
      'Each co-trainer copies their card with “Copy key card”. Hand-ins are locked for you and every trainer named here.',
    'signPack.programme': 'Programme key card (optional)',
    'signPack.programmeHint':
      'The course office’s key: with it the office can open hand-ins if a trainer forgets their passphrase.',
    'signPack.notACard':
      'Line {line} of “{field}” is not a trainer key card (one line starting CASEDRAFT-TRAINER-1:).',
    'signPack.tooManyTrainers': 'A pack names at most {max} trainers, you included.',
    'signPack.timedCases': 'Codes for timed cases',
    'signPack.startCode': 'Start code: trainees start the exam only with the code you show the room',
    'signPack.extraTimeCode': 'Extra-time code: you type it on a trainee’s computer to grant more time',
    'signPack.sign': 'Sign and save…',
    'signPack.signing': 'Signing…',
    'signPack.saveTitle': 'Save the signed pack',
    'signPack.needsKey': 'Make your trainer key first (above): a pack is signed with it.',
    'signPack.signed': 'Saved “{file}”, signed by {name}, key {fingerprint}. Give this file to trainees.',
    'signPack.notSaved': 'The signed pack was not saved.',
    'signPack.failed': 'The pack could not be signed: {reason}',
    'signPack.codesTitle': 'Exam codes of “{title}”',
    'signPack.codesOnce':
      'These codes are shown only now and are not stored anywhere: print them or write them down before you leave this screen.',
    'signPack.codeCase': 'Case',
    'signPack.codeStart': 'Start code',
    'signPack.codeExtraTime': 'Extra-time code',
    'signPack.codeNone': '—',
    'signPack.print': 'Print the codes',
    'signPack.done': 'I have kept the codes',
  },
  ru: {
    'signPack.title': 'Подписать пакет',
    'signPack.lead':
      'Подписанный пакет показывает слушателям, от кого он, а любое изменение после подписи не даст его импортировать. Работы слушателей запечатываются для тренеров, названных в пакете.',
    'signPack.choose': 'Выбрать файл пакета…',
    'signPack.dialogTitle': 'Выберите пакет дел для подписи',
    'signPack.filter': 'Пакет дел CaseDraft',
    'signPack.unreadable': 'Этот пакет нельзя подписать: {reason}',
    'signPack.chosen': '«{title}», версия {version}, из файла {file}',
    'signPack.coTrainers': 'Карточки ключей других тренеров (по одной в строке)',
    'signPack.coTrainersHint':
      'Каждый тренер копирует свою карточку кнопкой «Скопировать карточку ключа». Работы запечатываются для вас и каждого названного здесь тренера.',
    'signPack.programme': 'Карточка ключа программы (необязательно)',
    'signPack.programmeHint':
      'Ключ учебного отдела: с ним отдел откроет работы, если тренер забудет свою фразу-пароль.',
    'signPack.notACard':
      'Строка {line} в поле «{field}» — не карточка ключа тренера (одна строка, начинается с CASEDRAFT-TRAINER-1:).',
    'signPack.tooManyTrainers': 'Пакет называет не больше {max} тренеров, включая вас.',
    'signPack.timedCases': 'Коды для дел с ограничением времени',
    'signPack.startCode':
      'Код начала: слушатели начнут экзамен только с кодом, который вы покажете аудитории',
    'signPack.extraTimeCode':
      'Код дополнительного времени: вы вводите его на компьютере слушателя, чтобы добавить время',
    'signPack.sign': 'Подписать и сохранить…',
    'signPack.signing': 'Подписываем…',
    'signPack.saveTitle': 'Сохранить подписанный пакет',
    'signPack.needsKey': 'Сначала создайте ключ тренера (выше): пакет подписывается им.',
    'signPack.signed':
      'Сохранён файл «{file}», подписан: {name}, ключ {fingerprint}. Раздайте этот файл слушателям.',
    'signPack.notSaved': 'Подписанный пакет не сохранён.',
    'signPack.failed': 'Пакет не удалось подписать: {reason}',
    'signPack.codesTitle': 'Коды экзамена пакета «{title}»',
    'signPack.codesOnce':
      'Эти коды показываются только сейчас и нигде не хранятся: распечатайте или запишите их, прежде чем уйти с этого экрана.',
    'signPack.codeCase': 'Дело',
    'signPack.codeStart': 'Код начала',
    'signPack.codeExtraTime': 'Код доп. времени',
    'signPack.codeNone': '—',
    'signPack.print': 'Распечатать коды',
    'signPack.done': 'Я сохранил(а) коды',
  },
  kk: {
    'signPack.title': 'Пакетке қол қою',
    'signPack.lead':
      'Қол қойылған пакет тыңдаушыларға оның кімнен екенін көрсетеді, ал қол қойылғаннан кейінгі кез келген өзгеріс оны импорттауға жол бермейді. Тыңдаушылардың жұмыстары пакетте аталған тренерлер үшін мөрленеді.',
    'signPack.choose': 'Пакет файлын таңдау…',
    'signPack.dialogTitle': 'Қол қоятын іс пакетін таңдаңыз',
    'signPack.filter': 'CaseDraft іс пакеті',
    'signPack.unreadable': 'Бұл пакетке қол қоюға болмайды: {reason}',
    'signPack.chosen': '«{title}», {version}-нұсқа, {file} файлынан',
    'signPack.coTrainers': 'Басқа тренерлердің кілт карточкалары (әр жолға біреуден)',
    'signPack.coTrainersHint':
      'Әр тренер өз карточкасын «Кілт карточкасын көшіру» батырмасымен көшіреді. Жұмыстар сіз үшін және мұнда аталған әр тренер үшін мөрленеді.',
    'signPack.programme': 'Бағдарлама кілтінің карточкасы (міндетті емес)',
    'signPack.programmeHint':
      'Оқу бөлімінің кілті: тренер құпия сөз тіркесін ұмытса, бөлім жұмыстарды осымен ашады.',
    'signPack.notACard':
      '«{field}» өрісінің {line}-жолы тренер кілтінің карточкасы емес (CASEDRAFT-TRAINER-1: деп басталатын бір жол).',
    'signPack.tooManyTrainers': 'Пакетте сізді қоса алғанда ең көбі {max} тренер аталады.',
    'signPack.timedCases': 'Уақыты шектелген істердің кодтары',
    'signPack.startCode': 'Бастау коды: тыңдаушылар емтиханды сіз аудиторияға көрсеткен кодпен ғана бастайды',
    'signPack.extraTimeCode':
      'Қосымша уақыт коды: уақыт қосу үшін оны тыңдаушының компьютерінде өзіңіз енгізесіз',
    'signPack.sign': 'Қол қойып, сақтау…',
    'signPack.signing': 'Қол қойылуда…',
    'signPack.saveTitle': 'Қол қойылған пакетті сақтау',
    'signPack.needsKey': 'Алдымен тренер кілтін жасаңыз (жоғарыда): пакетке сонымен қол қойылады.',
    'signPack.signed':
      '«{file}» файлы сақталды, қол қойған: {name}, кілт {fingerprint}. Бұл файлды тыңдаушыларға таратыңыз.',
    'signPack.notSaved': 'Қол қойылған пакет сақталмады.',
    'signPack.failed': 'Пакетке қол қою мүмкін болмады: {reason}',
    'signPack.codesTitle': '«{title}» пакетінің емтихан кодтары',
    'signPack.codesOnce':
      'Бұл кодтар тек қазір көрсетіледі және еш жерде сақталмайды: осы экраннан кетпес бұрын оларды басып шығарыңыз немесе жазып алыңыз.',
    'signPack.codeCase': 'Іс',
    'signPack.codeStart': 'Бастау коды',
    'signPack.codeExtraTime': 'Қосымша уақыт коды',
    'signPack.codeNone': '—',
    'signPack.print': 'Кодтарды басып шығару',
    'signPack.done': 'Кодтарды сақтап алдым',
  },
});
