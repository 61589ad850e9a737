import { defineMessages } from './define-messages';

/** The text of the article a requirement or a part comes from, opened from the checklist (features/act-panels). */
export const articleText = defineMessages({
  en: {
    'articleText.show': 'Article text: {reference}',
    'articleText.otherParts':
      'The text of part {part} is not included; the other parts of the article are shown.',
    'articleText.excerpt': 'Excerpt: the parts the checklist cites.',
    'articleText.notShipped': 'The text of article {article} is not included in the app.',
    'articleText.kazakh': 'Kazakh text',
    'articleText.kazakhMissing': 'not yet available',
    'articleText.source': 'Source',
    'articleText.sourceValue':
      'a copy of the official text on adilet.zan.kz ({document}) in the GitHub repository {repository}, file {path}, commit {commit}',
    'articleText.edition': 'Edition',
    'articleText.editionValue': 'with amendments to {date}',
    'articleText.checked': 'Checked against the source',
    'articleText.status': 'Reference',
    'articleText.status.confirmed': 'confirmed: the article was read in a copy of the code’s current text',
    'articleText.status.partial':
      'partly confirmed: the article is confirmed, the wording of the requirement is reconstructed',
    'articleText.status.unverified': 'unverified: not yet checked against the code’s text',
    'articleText.thirdPartyCopy':
      'The copy is a third party’s: before you rely on it as the law in force, read the article on adilet.zan.kz.',
  },
  ru: {
    'articleText.show': 'Текст статьи: {reference}',
    'articleText.otherParts': 'Текст части {part} в приложение не включён; показаны другие части статьи.',
    'articleText.excerpt': 'Извлечение: части, на которые ссылается проверка.',
    'articleText.notShipped': 'Текст статьи {article} в приложение не включён.',
    'articleText.kazakh': 'Текст на казахском',
    'articleText.kazakhMissing': 'пока не добавлен',
    'articleText.source': 'Источник',
    'articleText.sourceValue':
      'копия официального текста adilet.zan.kz ({document}) в репозитории GitHub {repository}, файл {path}, коммит {commit}',
    'articleText.edition': 'Редакция',
    'articleText.editionValue': 'с изменениями по состоянию на {date}',
    'articleText.checked': 'Сверено с источником',
    'articleText.status': 'Ссылка на норму',
    'articleText.status.confirmed': 'подтверждена: статья прочитана в копии действующего текста кодекса',
    'articleText.status.partial':
      'подтверждена частично: статья подтверждена, формулировка требования восстановлена',
    'articleText.status.unverified': 'не сверена: ещё не сверена с текстом кодекса',
    'articleText.thirdPartyCopy':
      'Копия сделана не государственным органом: прежде чем опираться на неё как на действующий закон, сверьте статью на adilet.zan.kz.',
  },
  kk: {
    'articleText.show': 'Бап мәтіні: {reference}',
    'articleText.otherParts':
      '{part}-бөліктің мәтіні қосымшаға енгізілмеген; баптың басқа бөліктері көрсетілген.',
    'articleText.excerpt': 'Үзінді: тексеру сілтеме жасайтын бөліктер.',
    'articleText.notShipped': '{article}-баптың мәтіні қосымшаға енгізілмеген.',
    'articleText.kazakh': 'Қазақша мәтіні',
    'articleText.kazakhMissing': 'әзірге қосылмаған',
    'articleText.source': 'Дереккөз',
    'articleText.sourceValue':
      'adilet.zan.kz ресми мәтінінің ({document}) GitHub {repository} репозиторийіндегі көшірмесі, файл {path}, коммит {commit}',
    'articleText.edition': 'Редакциясы',
    'articleText.editionValue': '{date} жағдай бойынша өзгерістерімен',
    'articleText.checked': 'Дереккөзбен салыстырылған күні',
    'articleText.status': 'Нормаға сілтеме',
    'articleText.status.confirmed': 'расталған: бап кодекстің қолданыстағы мәтінінің көшірмесінде оқылды',
    'articleText.status.partial': 'ішінара расталған: бап расталған, талаптың тұжырымы қалпына келтірілген',
    'articleText.status.unverified': 'тексерілмеген: кодекс мәтінімен әлі салыстырылмаған',
    'articleText.thirdPartyCopy':
      'Көшірмені мемлекеттік орган жасамаған: оған қолданыстағы заң ретінде сүйенбес бұрын, бапты adilet.zan.kz сайтынан тексеріңіз.',
  },
});
