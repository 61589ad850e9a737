import { defineMessages } from './define-messages';

/** Exam mode of a timed case: starting it, the countdown and its warnings, extra time, the lock at zero. */
export const exam = defineMessages({
  en: {
    'exam.practice': 'Practice: no time limit. In exam mode this case has {minutes} minutes.',
    'exam.start': 'Start the exam',
    'exam.startExplain':
      'You will have {minutes} minutes. The clock starts now and keeps running even if CaseDraft is closed or the computer restarts. You will be warned when 30, 10, 5 and 2 minutes are left.',
    'exam.startAtZero':
      'When the time is up, your act is saved and locked: it can no longer be changed. CaseDraft then makes your submission file and asks where to save it. Hand that file in to your trainer.',
    'exam.nameLabel': 'Your full name (it goes on the submission)',
    'exam.startCode': 'Start code (your trainer shows it)',
    'exam.startCodeWrong': 'This is not the start code for this case. Check it with your trainer.',
    'exam.checking': 'Checking the code…',
    'exam.timerLabel': 'Time left in the exam',
    'exam.remaining': 'Time left: {time}',
    'exam.warning':
      '{minutes, plural, one {# minute left.} other {# minutes left.}} When the time is up, your act is saved and locked.',
    'exam.gap':
      'CaseDraft was closed for {minutes, plural, one {# minute} other {# minutes}} while the exam ran. The clock kept running; your trainer will see this break.',
    'exam.extraTime': 'Extra time',
    'exam.extraTimeTitle': 'Extra time (for the trainer)',
    'exam.extraTimeExplain': 'The trainer types the extra-time code and how many minutes to add.',
    'exam.extraTimeCode': 'Extra-time code',
    'exam.extraTimeMinutes': 'Minutes to add',
    'exam.extraTimeGrant': 'Add the time',
    'exam.extraTimeWrong': 'This is not the extra-time code for this case. No time was added.',
    'exam.extraTimeMinutesInvalid': 'Type a whole number of minutes from 1 to {max}.',
    'exam.extraTimeGranted':
      '{minutes, plural, one {# minute was} other {# minutes were}} added to the exam.',
    'exam.extraTimeTooLate': 'The exam is already over: its time can no longer be extended.',
    'exam.locked': 'Time is up. Your act is saved and locked: it can no longer be changed.',
    'exam.saveFile': 'Save the submission file',
    'exam.fileSaved': 'Your submission was saved as {name}. Hand this file in to your trainer.',
    'exam.fileNotSaved': 'The submission file is not saved yet. Save it and hand it in to your trainer.',
    'exam.fileFailed': 'The submission file was not made: {detail}',
    'exam.fileRefused': 'The submission file was not made: {problem}',
    'exam.saveLocked': 'The exam time is up: this act is locked, so changes made now are not saved.',
  },
  ru: {
    'exam.practice':
      'Тренировка: без ограничения времени. В режиме экзамена на это дело даётся {minutes} мин.',
    'exam.start': 'Начать экзамен',
    'exam.startExplain':
      'У вас будет {minutes} мин. Время пойдёт сразу и не остановится, даже если закрыть CaseDraft или перезагрузить компьютер. Предупреждения придут, когда останется 30, 10, 5 и 2 минуты.',
    'exam.startAtZero':
      'Когда время закончится, акт будет сохранён и закрыт для изменений. Затем CaseDraft подготовит файл работы и спросит, куда его сохранить. Этот файл нужно сдать преподавателю.',
    'exam.nameLabel': 'Фамилия, имя, отчество (указываются в работе)',
    'exam.startCode': 'Код начала (его покажет преподаватель)',
    'exam.startCodeWrong': 'Это не код начала для этого дела. Уточните его у преподавателя.',
    'exam.checking': 'Код проверяется…',
    'exam.timerLabel': 'Осталось времени на экзамен',
    'exam.remaining': 'Осталось: {time}',
    'exam.warning':
      '{minutes, plural, one {Осталась # минута.} few {Осталось # минуты.} many {Осталось # минут.} other {Осталось # минуты.}} Когда время закончится, акт будет сохранён и закрыт для изменений.',
    'exam.gap':
      'Во время экзамена CaseDraft был закрыт {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}. Время шло; преподаватель увидит этот перерыв.',
    'exam.extraTime': 'Дополнительное время',
    'exam.extraTimeTitle': 'Дополнительное время (для преподавателя)',
    'exam.extraTimeExplain': 'Преподаватель вводит код дополнительного времени и число минут.',
    'exam.extraTimeCode': 'Код дополнительного времени',
    'exam.extraTimeMinutes': 'Сколько минут добавить',
    'exam.extraTimeGrant': 'Добавить время',
    'exam.extraTimeWrong': 'Это не код дополнительного времени для этого дела. Время не добавлено.',
    'exam.extraTimeMinutesInvalid': 'Введите целое число минут от 1 до {max}.',
    'exam.extraTimeGranted':
      'К экзамену {minutes, plural, one {добавлена # минута} few {добавлены # минуты} many {добавлено # минут} other {добавлено # минуты}}.',
    'exam.extraTimeTooLate': 'Экзамен уже закончился: его время больше нельзя продлить.',
    'exam.locked': 'Время вышло. Акт сохранён и закрыт для изменений.',
    'exam.saveFile': 'Сохранить файл работы',
    'exam.fileSaved': 'Работа сохранена в файл {name}. Сдайте этот файл преподавателю.',
    'exam.fileNotSaved': 'Файл работы ещё не сохранён. Сохраните его и сдайте преподавателю.',
    'exam.fileFailed': 'Файл работы не создан: {detail}',
    'exam.fileRefused': 'Файл работы не создан: {problem}',
    'exam.saveLocked': 'Время экзамена вышло: акт закрыт для изменений, и новые правки не сохраняются.',
  },
  kk: {
    'exam.practice': 'Жаттығу: уақыт шектелмейді. Емтихан режимінде бұл іске {minutes} минут беріледі.',
    'exam.start': 'Емтиханды бастау',
    'exam.startExplain':
      'Сізге {minutes} минут беріледі. Уақыт қазір басталады және CaseDraft жабылса да, компьютер қайта қосылса да тоқтамайды. 30, 10, 5 және 2 минут қалғанда ескерту беріледі.',
    'exam.startAtZero':
      'Уақыт біткенде актіңіз сақталып, өзгертуге жабылады. Содан кейін CaseDraft жұмыс файлын жасап, оны қайда сақтау керектігін сұрайды. Сол файлды оқытушыға тапсырыңыз.',
    'exam.nameLabel': 'Тегі, аты, әкесінің аты (жұмыста көрсетіледі)',
    'exam.startCode': 'Бастау коды (оны оқытушы көрсетеді)',
    'exam.startCodeWrong': 'Бұл осы істің бастау коды емес. Оны оқытушыдан нақтылаңыз.',
    'exam.checking': 'Код тексерілуде…',
    'exam.timerLabel': 'Емтиханның қалған уақыты',
    'exam.remaining': 'Қалды: {time}',
    'exam.warning': '{minutes} минут қалды. Уақыт біткенде актіңіз сақталып, өзгертуге жабылады.',
    'exam.gap':
      'Емтихан кезінде CaseDraft {minutes} минут жабық тұрды. Уақыт тоқтаған жоқ; оқытушы бұл үзілісті көреді.',
    'exam.extraTime': 'Қосымша уақыт',
    'exam.extraTimeTitle': 'Қосымша уақыт (оқытушы үшін)',
    'exam.extraTimeExplain': 'Оқытушы қосымша уақыт кодын және қосылатын минут санын енгізеді.',
    'exam.extraTimeCode': 'Қосымша уақыт коды',
    'exam.extraTimeMinutes': 'Қанша минут қосу керек',
    'exam.extraTimeGrant': 'Уақыт қосу',
    'exam.extraTimeWrong': 'Бұл осы істің қосымша уақыт коды емес. Уақыт қосылмады.',
    'exam.extraTimeMinutesInvalid': '1-ден {max}-ға дейінгі бүтін минут санын енгізіңіз.',
    'exam.extraTimeGranted': 'Емтиханға {minutes} минут қосылды.',
    'exam.extraTimeTooLate': 'Емтихан аяқталып қойды: оның уақытын енді ұзартуға болмайды.',
    'exam.locked': 'Уақыт бітті. Актіңіз сақталып, өзгертуге жабылды.',
    'exam.saveFile': 'Жұмыс файлын сақтау',
    'exam.fileSaved': 'Жұмыс {name} файлына сақталды. Осы файлды оқытушыға тапсырыңыз.',
    'exam.fileNotSaved': 'Жұмыс файлы әлі сақталған жоқ. Оны сақтап, оқытушыға тапсырыңыз.',
    'exam.fileFailed': 'Жұмыс файлы жасалмады: {detail}',
    'exam.fileRefused': 'Жұмыс файлы жасалмады: {problem}',
    'exam.saveLocked': 'Емтихан уақыты бітті: акт өзгертуге жабық, сондықтан жаңа түзетулер сақталмайды.',
  },
});
