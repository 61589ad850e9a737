import { defineMessages } from './define-messages';

/** The trainer's own key (issue 14): making it, the recovery file and its printed sheet, restoring it. */
export const trainerIdentity = defineMessages({
  en: {
    'identity.title': 'Your trainer key',
    'identity.intro':
      'Before you work with a group, make your trainer key. Participants will see that a pack is signed by you, and their works will be locked for you: only you (and the co-trainers you name) can open them. The key stays on this computer; a recovery file, protected by a passphrase, keeps a copy.',
    'identity.nameLabel': 'Your name, as participants and colleagues will see it',
    'identity.passphraseLabel': 'Passphrase for the recovery file',
    'identity.passphraseRepeat': 'The same passphrase again',
    'identity.passphraseHelp':
      'At least {min} characters. A sentence of a few words is easy to remember and hard to guess. Nobody can reset it: write it down and keep it apart from the file.',
    'identity.strength.tooShort': 'Too short yet',
    'identity.strength.weak': 'Weak: easy to guess',
    'identity.strength.fair': 'Fair',
    'identity.strength.strong': 'Strong',
    'identity.problem.tooShort': 'The passphrase needs at least {min} characters.',
    'identity.problem.differ': 'The two passphrases are not the same.',
    'identity.make': 'Make the key and save the recovery file…',
    'identity.working': 'Working…',
    'identity.restoreLead': 'Already have a recovery file from another computer?',
    'identity.restore': 'Restore from file…',
    'identity.saveDialogTitle': 'Save the recovery file of your trainer key',
    'identity.fileFilter': 'CaseDraft recovery file',
    'identity.openDialogTitle': 'Choose the recovery file of your trainer key',
    'identity.saved':
      'The recovery file “{file}” is saved. Copy it to a USB stick or your e-mail, and print the sheet to keep with it.',
    'identity.saveFailed': 'The recovery file was not saved: {reason}',
    'identity.notSaved':
      'Your recovery file is not saved yet. Without it, a broken or replaced computer loses your key: works locked for you could no longer be opened.',
    'identity.saveNow': 'Save the recovery file…',
    'identity.line': 'Trainer key: {name} · {fingerprint}',
    'identity.fingerprintHelp':
      'The 12 characters after your name are your key’s code. Others compare it with what their screen shows to know a file is yours.',
    'identity.copyCard': 'Copy the key card',
    'identity.cardCopied':
      'The key card is copied. Send it to a colleague who names you as a co-trainer in a pack.',
    'identity.cardLabel': 'Key card: one line to send to a colleague',
    'identity.printSheet': 'Printable sheet…',
    'identity.restoreFile': 'Recovery file: {file}',
    'identity.restorePassphrase': 'The passphrase of this file',
    'identity.restoreButton': 'Restore',
    'identity.restored': 'Restored: trainer key {name} · {fingerprint}.',
    'identity.refused.notRecoveryFile': 'This file is not a recovery file of a trainer key.',
    'identity.refused.unsupportedVersion':
      'This recovery file was made by a newer CaseDraft. Update CaseDraft and try again.',
    'identity.refused.damaged': 'This recovery file is damaged: the key in it cannot be used.',
    'identity.refused.wrongPassphrase':
      'The passphrase does not open this file, or the file was changed. Check the passphrase (capital letters, keyboard language) and try again.',
    'identity.unreadable': 'This file could not be read: {reason}',
    'identity.replaceTitle': 'Another trainer key is on this computer',
    'identity.replaceBody':
      'This computer has the trainer key {hereName} · {hereFingerprint}. The file holds another one: {name} · {fingerprint}. Replacing makes this computer use the key from the file.',
    'identity.replaceUnsaved':
      'The recovery file of the key on this computer was never saved: once replaced, that key is gone for good, and works locked for it cannot be opened.',
    'identity.replaceConfirm': 'Use the key from the file',
    'identity.keep': 'Keep the key on this computer',
    'identity.kept': 'Nothing changed: this computer keeps the trainer key {name} · {fingerprint}.',
    'identity.none': 'No trainer key on this computer yet. It is made in the trainer area.',
    'identity.goToTrainerArea': 'Go to the trainer area',
    'identity.sheet.title': 'Trainer key: recovery sheet',
    'identity.sheet.preview': 'The recovery sheet, as it will print',
    'identity.sheet.name': 'Trainer',
    'identity.sheet.fingerprint': 'Key code',
    'identity.sheet.card': 'Key card (for colleagues who name you as a co-trainer)',
    'identity.sheet.created': 'Key made on',
    'identity.sheet.file': 'Recovery file',
    'identity.sheet.fileWhere': 'Where I keep it:',
    'identity.sheet.noPassphrase': 'The passphrase is not on this sheet. Do not write it here.',
    'identity.sheet.ifLostTitle': 'If this computer is lost or replaced',
    'identity.sheet.ifLost':
      'Install CaseDraft, open the trainer area and choose “Restore from file…”. Choose the recovery file and type the passphrase. The key code above must appear.',
    'identity.sheet.ifForgottenTitle': 'If the file or the passphrase is lost',
    'identity.sheet.ifForgotten':
      'Nobody can recover the key, not even the CaseDraft team. A co-trainer named in your packs can still open the works; then make a new key.',
  },
  ru: {
    'identity.title': 'Ваш ключ тренера',
    'identity.intro':
      'Прежде чем работать с группой, сделайте ключ тренера. Участники увидят, что пакет подписан вами, а их работы будут запечатаны для тренера: открыть их сможете только вы (и названные вами соавторы-тренеры). Ключ хранится на этом компьютере, а его копию хранит файл восстановления, защищённый кодовой фразой.',
    'identity.nameLabel': 'Ваше имя — так его увидят участники и коллеги',
    'identity.passphraseLabel': 'Кодовая фраза для файла восстановления',
    'identity.passphraseRepeat': 'Та же кодовая фраза ещё раз',
    'identity.passphraseHelp':
      'Не меньше {min} знаков. Предложение из нескольких слов легко запомнить и трудно угадать. Сбросить её никто не сможет: запишите её и храните отдельно от файла.',
    'identity.strength.tooShort': 'Пока слишком короткая',
    'identity.strength.weak': 'Слабая: легко угадать',
    'identity.strength.fair': 'Средняя',
    'identity.strength.strong': 'Надёжная',
    'identity.problem.tooShort': 'В кодовой фразе должно быть не меньше {min} знаков.',
    'identity.problem.differ': 'Две кодовые фразы не совпадают.',
    'identity.make': 'Сделать ключ и сохранить файл восстановления…',
    'identity.working': 'Подождите…',
    'identity.restoreLead': 'Уже есть файл восстановления с другого компьютера?',
    'identity.restore': 'Восстановить из файла…',
    'identity.saveDialogTitle': 'Сохранить файл восстановления ключа тренера',
    'identity.fileFilter': 'Файл восстановления CaseDraft',
    'identity.openDialogTitle': 'Выберите файл восстановления ключа тренера',
    'identity.saved':
      'Файл восстановления «{file}» сохранён. Скопируйте его на флешку или в свою почту и распечатайте лист, чтобы хранить вместе с ним.',
    'identity.saveFailed': 'Файл восстановления не сохранён: {reason}',
    'identity.notSaved':
      'Файл восстановления ещё не сохранён. Без него при поломке или замене компьютера ключ пропадёт, и запечатанные для вас работы уже нельзя будет открыть.',
    'identity.saveNow': 'Сохранить файл восстановления…',
    'identity.line': 'Ключ тренера: {name} · {fingerprint}',
    'identity.fingerprintHelp':
      '12 знаков после имени — код вашего ключа. Другие сверяют его с тем, что видят на своём экране, и так знают, что файл ваш.',
    'identity.copyCard': 'Скопировать карточку ключа',
    'identity.cardCopied':
      'Карточка ключа скопирована. Отправьте её коллеге, который назовёт вас соавтором-тренером в пакете.',
    'identity.cardLabel': 'Карточка ключа: одна строка, чтобы отправить коллеге',
    'identity.printSheet': 'Лист для печати…',
    'identity.restoreFile': 'Файл восстановления: {file}',
    'identity.restorePassphrase': 'Кодовая фраза этого файла',
    'identity.restoreButton': 'Восстановить',
    'identity.restored': 'Восстановлено: ключ тренера {name} · {fingerprint}.',
    'identity.refused.notRecoveryFile': 'Это не файл восстановления ключа тренера.',
    'identity.refused.unsupportedVersion':
      'Этот файл восстановления сделан более новой версией CaseDraft. Обновите CaseDraft и попробуйте снова.',
    'identity.refused.damaged': 'Файл восстановления повреждён: ключом из него пользоваться нельзя.',
    'identity.refused.wrongPassphrase':
      'Кодовая фраза не открывает этот файл, или файл был изменён. Проверьте фразу (заглавные буквы, язык клавиатуры) и попробуйте снова.',
    'identity.unreadable': 'Не удалось прочитать файл: {reason}',
    'identity.replaceTitle': 'На этом компьютере другой ключ тренера',
    'identity.replaceBody':
      'На этом компьютере есть ключ тренера {hereName} · {hereFingerprint}. В файле — другой: {name} · {fingerprint}. Если заменить, компьютер будет пользоваться ключом из файла.',
    'identity.replaceUnsaved':
      'Файл восстановления ключа, который сейчас на компьютере, так и не был сохранён: после замены этот ключ пропадёт навсегда, и запечатанные для него работы нельзя будет открыть.',
    'identity.replaceConfirm': 'Взять ключ из файла',
    'identity.keep': 'Оставить ключ этого компьютера',
    'identity.kept': 'Ничего не изменилось: на компьютере остался ключ тренера {name} · {fingerprint}.',
    'identity.none': 'Ключа тренера на этом компьютере ещё нет. Его делают в разделе тренера.',
    'identity.goToTrainerArea': 'Перейти в раздел тренера',
    'identity.sheet.title': 'Ключ тренера: лист восстановления',
    'identity.sheet.preview': 'Лист восстановления в том виде, в каком он будет напечатан',
    'identity.sheet.name': 'Тренер',
    'identity.sheet.fingerprint': 'Код ключа',
    'identity.sheet.card': 'Карточка ключа (для коллег, которые называют вас соавтором-тренером)',
    'identity.sheet.created': 'Ключ сделан',
    'identity.sheet.file': 'Файл восстановления',
    'identity.sheet.fileWhere': 'Где я его храню:',
    'identity.sheet.noPassphrase': 'Кодовой фразы на этом листе нет. Не записывайте её сюда.',
    'identity.sheet.ifLostTitle': 'Если компьютер потерян или заменён',
    'identity.sheet.ifLost':
      'Установите CaseDraft, откройте раздел тренера и выберите «Восстановить из файла…». Выберите файл восстановления и введите кодовую фразу. Должен появиться тот же код ключа, что выше.',
    'identity.sheet.ifForgottenTitle': 'Если потерян файл или забыта фраза',
    'identity.sheet.ifForgotten':
      'Восстановить ключ не сможет никто, даже команда CaseDraft. Открыть работы сможет соавтор-тренер, названный в ваших пакетах; затем сделайте новый ключ.',
  },
  kk: {
    'identity.title': 'Сіздің тренер кілтіңіз',
    'identity.intro':
      'Топпен жұмысты бастамас бұрын тренер кілтін жасаңыз. Қатысушылар топтаманы сіз қол қойғаныңызды көреді, ал олардың жұмыстары тренер үшін мөрленеді: оларды тек сіз (және сіз атаған тең тренерлер) аша аласыз. Кілт осы компьютерде сақталады, ал оның көшірмесін құпия фразамен қорғалған қалпына келтіру файлы сақтайды.',
    'identity.nameLabel': 'Атыңыз — қатысушылар мен әріптестер оны осылай көреді',
    'identity.passphraseLabel': 'Қалпына келтіру файлының құпия фразасы',
    'identity.passphraseRepeat': 'Сол құпия фразаны қайта енгізіңіз',
    'identity.passphraseHelp':
      'Кемінде {min} таңба. Бірнеше сөзден тұратын сөйлемді есте сақтау оңай, табу қиын. Оны ешкім қалпына келтіре алмайды: жазып алып, файлдан бөлек сақтаңыз.',
    'identity.strength.tooShort': 'Әзірге тым қысқа',
    'identity.strength.weak': 'Әлсіз: табу оңай',
    'identity.strength.fair': 'Орташа',
    'identity.strength.strong': 'Сенімді',
    'identity.problem.tooShort': 'Құпия фразада кемінде {min} таңба болуы керек.',
    'identity.problem.differ': 'Екі құпия фраза бірдей емес.',
    'identity.make': 'Кілт жасап, қалпына келтіру файлын сақтау…',
    'identity.working': 'Күте тұрыңыз…',
    'identity.restoreLead': 'Басқа компьютерден қалпына келтіру файлыңыз бар ма?',
    'identity.restore': 'Файлдан қалпына келтіру…',
    'identity.saveDialogTitle': 'Тренер кілтінің қалпына келтіру файлын сақтау',
    'identity.fileFilter': 'CaseDraft қалпына келтіру файлы',
    'identity.openDialogTitle': 'Тренер кілтінің қалпына келтіру файлын таңдаңыз',
    'identity.saved':
      '«{file}» қалпына келтіру файлы сақталды. Оны флешкаға немесе поштаңызға көшіріп, парақты басып шығарып, бірге сақтаңыз.',
    'identity.saveFailed': 'Қалпына келтіру файлы сақталмады: {reason}',
    'identity.notSaved':
      'Қалпына келтіру файлы әлі сақталмаған. Онсыз компьютер бұзылса немесе ауыстырылса, кілт жоғалады да, сізге мөрленген жұмыстарды енді ашу мүмкін болмайды.',
    'identity.saveNow': 'Қалпына келтіру файлын сақтау…',
    'identity.line': 'Тренер кілті: {name} · {fingerprint}',
    'identity.fingerprintHelp':
      'Атыңыздан кейінгі 12 таңба — кілтіңіздің коды. Басқалар оны өз экранындағымен салыстырып, файлдың сіздікі екенін біледі.',
    'identity.copyCard': 'Кілт карточкасын көшіру',
    'identity.cardCopied':
      'Кілт карточкасы көшірілді. Оны топтамада сізді тең тренер ретінде атайтын әріптесіңізге жіберіңіз.',
    'identity.cardLabel': 'Кілт карточкасы: әріптеске жіберуге арналған бір жол',
    'identity.printSheet': 'Басып шығаруға арналған парақ…',
    'identity.restoreFile': 'Қалпына келтіру файлы: {file}',
    'identity.restorePassphrase': 'Осы файлдың құпия фразасы',
    'identity.restoreButton': 'Қалпына келтіру',
    'identity.restored': 'Қалпына келтірілді: тренер кілті {name} · {fingerprint}.',
    'identity.refused.notRecoveryFile': 'Бұл тренер кілтінің қалпына келтіру файлы емес.',
    'identity.refused.unsupportedVersion':
      'Бұл қалпына келтіру файлын CaseDraft-тың жаңарақ нұсқасы жасаған. CaseDraft-ты жаңартып, қайталап көріңіз.',
    'identity.refused.damaged': 'Қалпына келтіру файлы бүлінген: ондағы кілтті пайдалану мүмкін емес.',
    'identity.refused.wrongPassphrase':
      'Құпия фраза бұл файлды ашпайды немесе файл өзгертілген. Фразаны (бас әріптерді, пернетақта тілін) тексеріп, қайталап көріңіз.',
    'identity.unreadable': 'Файлды оқу мүмкін болмады: {reason}',
    'identity.replaceTitle': 'Бұл компьютерде басқа тренер кілті бар',
    'identity.replaceBody':
      'Бұл компьютерде {hereName} · {hereFingerprint} тренер кілті бар. Файлда басқасы: {name} · {fingerprint}. Ауыстырсаңыз, компьютер файлдағы кілтті пайдаланады.',
    'identity.replaceUnsaved':
      'Компьютердегі кілттің қалпына келтіру файлы ешқашан сақталмаған: ауыстырғаннан кейін ол кілт біржола жоғалады, оған мөрленген жұмыстарды ашу мүмкін болмайды.',
    'identity.replaceConfirm': 'Файлдағы кілтті алу',
    'identity.keep': 'Осы компьютердің кілтін қалдыру',
    'identity.kept': 'Ештеңе өзгерген жоқ: компьютерде {name} · {fingerprint} тренер кілті қалды.',
    'identity.none': 'Бұл компьютерде әлі тренер кілті жоқ. Ол тренер бөлімінде жасалады.',
    'identity.goToTrainerArea': 'Тренер бөліміне өту',
    'identity.sheet.title': 'Тренер кілті: қалпына келтіру парағы',
    'identity.sheet.preview': 'Қалпына келтіру парағы басып шығарылатын түрінде',
    'identity.sheet.name': 'Тренер',
    'identity.sheet.fingerprint': 'Кілт коды',
    'identity.sheet.card': 'Кілт карточкасы (сізді тең тренер ретінде атайтын әріптестер үшін)',
    'identity.sheet.created': 'Кілт жасалған күні',
    'identity.sheet.file': 'Қалпына келтіру файлы',
    'identity.sheet.fileWhere': 'Оны қай жерде сақтаймын:',
    'identity.sheet.noPassphrase': 'Бұл парақта құпия фраза жоқ. Оны мұнда жазбаңыз.',
    'identity.sheet.ifLostTitle': 'Компьютер жоғалса немесе ауыстырылса',
    'identity.sheet.ifLost':
      'CaseDraft-ты орнатып, тренер бөлімін ашыңыз да, «Файлдан қалпына келтіру…» таңдаңыз. Қалпына келтіру файлын таңдап, құпия фразаны енгізіңіз. Жоғарыдағы кілт коды шығуы керек.',
    'identity.sheet.ifForgottenTitle': 'Файл жоғалса немесе фраза ұмытылса',
    'identity.sheet.ifForgotten':
      'Кілтті ешкім, тіпті CaseDraft командасы да қалпына келтіре алмайды. Жұмыстарды топтамаларыңызда аталған тең тренер аша алады; содан кейін жаңа кілт жасаңыз.',
  },
});
