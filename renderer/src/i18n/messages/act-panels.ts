import { defineMessages } from './define-messages';

/** Panels both roles show beside an act (features/act-panels): outline, completeness checklist. */
export const actPanels = defineMessages({
  en: {
    words: '{count, plural, one {# word} other {# words}}',

    'completeness.checklist': 'Checklist: {part}',
    'completeness.count': '{found} of {total} found',
    'completeness.found': 'Found',
    'completeness.missing': 'Missing',
    'completeness.whereApplicable': 'Where applicable',
    'completeness.notApplicable': 'Not applicable to this case',
    'completeness.markNotApplicable': 'not applicable to this case',
    'completeness.markNotApplicableFor': 'not applicable to this case: {requisite}',
    'completeness.emptyPart': 'Only the template’s text: nothing written here yet',
    'completeness.unverified': 'reference unverified',
    'completeness.unverifiedHint':
      'The article this requirement comes from has not yet been checked against the official text of the code. This is about the reference, not about your act.',
    'completeness.dialogTitle': 'Your act may be incomplete',
    'completeness.dialogExplain':
      'The checker did not find what is listed below. It looks for typical wording, so it can miss what you wrote in your own words. Hand in the act as it is, or go back and complete it?',
    'completeness.exportAnyway': 'Export anyway',
    'completeness.goBack': 'Go back and complete',
    'outline.title': 'Parts of the act',
  },
  ru: {
    words: '{count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',

    'completeness.checklist': 'Проверка полноты: {part}',
    'completeness.count': 'найдено {found} из {total}',
    'completeness.found': 'Найдено',
    'completeness.missing': 'Не найдено',
    'completeness.whereApplicable': 'Если применимо',
    'completeness.notApplicable': 'Неприменимо к этому делу',
    'completeness.markNotApplicable': 'неприменимо к этому делу',
    'completeness.markNotApplicableFor': 'неприменимо к этому делу: {requisite}',
    'completeness.emptyPart': 'Только текст шаблона: ничего не дописано',
    'completeness.unverified': 'норма не сверена',
    'completeness.unverifiedHint':
      'Статья, из которой следует это требование, ещё не сверена с официальным текстом кодекса. Это касается ссылки на норму, а не вашего акта.',
    'completeness.dialogTitle': 'Акт, возможно, неполон',
    'completeness.dialogExplain':
      'Проверка не нашла в акте то, что перечислено ниже. Она ищет типичные формулировки и может не заметить написанное своими словами. Сдать акт как есть или вернуться и дополнить его?',
    'completeness.exportAnyway': 'Всё равно сдать',
    'completeness.goBack': 'Вернуться и дополнить',
    'outline.title': 'Части акта',
  },
  kk: {
    words: '{count, plural, other {# сөз}}',

    'completeness.checklist': 'Толықтығын тексеру: {part}',
    'completeness.count': '{total} ішінен {found} табылды',
    'completeness.found': 'Табылды',
    'completeness.missing': 'Табылмады',
    'completeness.whereApplicable': 'Қолданылатын жағдайда',
    'completeness.notApplicable': 'Бұл іске қолданылмайды',
    'completeness.markNotApplicable': 'бұл іске қолданылмайды',
    'completeness.markNotApplicableFor': 'бұл іске қолданылмайды: {requisite}',
    'completeness.emptyPart': 'Тек шаблон мәтіні: ештеңе жазылмаған',
    'completeness.unverified': 'норма тексерілмеген',
    'completeness.unverifiedHint':
      'Бұл талап шығатын бап кодекстің ресми мәтінімен әлі салыстырылмаған. Бұл сіздің актіңізге емес, нормаға сілтемеге қатысты.',
    'completeness.dialogTitle': 'Акт толық болмауы мүмкін',
    'completeness.dialogExplain':
      'Тексеру актіден төменде аталғандарды таппады. Ол әдеттегі тұжырымдарды іздейді, сондықтан өз сөзіңізбен жазғаныңызды байқамауы мүмкін. Актіні осы күйінде тапсыру керек пе, әлде оралып толықтыру керек пе?',
    'completeness.exportAnyway': 'Бәрібір тапсыру',
    'completeness.goBack': 'Оралып толықтыру',
    'outline.title': 'Актінің бөліктері',
  },
});
