import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../act/completeness';
import { buildDraft, FILLED_DRAFTS } from '../act/completeness.fixtures';
import { b } from '../act/test-builders';
import { civilDecision } from '../act/templates/civil-decision';
import { criminalVerdictGuilty } from '../act/templates/criminal-verdict-guilty';
import { defaultRubric } from '../pack/default-rubric';
import { exerciseKeys } from '../../../../test/fixtures/exercise-keys';
import { proposeMarks } from './proposals';

const keys = exerciseKeys();
function modelAnswer(name: string): string {
  const key = keys.find((candidate) => candidate.name === name);
  if (!key) throw new Error(`no exercise ${name}`);
  return key.modelAnswerHtml;
}

const cite = (text: string, code: string, article: string, part = '', paragraph = '') =>
  b.citation({ code, article, part, paragraph, text });

/** A trainee's decision in the loan case (civil-loan-karaganda): the descriptive part left empty. */
const loanAct = b.doc(
  { template: 'civil-decision', language: 'ru' },
  b.part(
    { id: 'introductory' },
    b.part_heading({ text: 'Вводная часть' }),
    b.paragraph('РЕШЕНИЕ'),
    b.paragraph('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН'),
    b.paragraph('4 ноября 2026 года, город Караганда'),
  ),
  b.part({ id: 'descriptive' }, b.part_heading({ text: 'Описательная часть' }), b.paragraph()),
  b.part(
    { id: 'reasoning' },
    b.part_heading({ text: 'Мотивировочная часть' }),
    b.paragraph(
      'Ответчик долг не вернул, что в силу ',
      cite('ст. 272 ГК РК', 'ГК РК', '272'),
      ' недопустимо. Неустойка подлежит уменьшению по статье 297 ГК. Применяется ',
      cite('п. 2 ст. 353 ГК РК', 'ГК РК', '353', '', '2'),
      '.',
    ),
  ),
  b.part(
    { id: 'operative' },
    b.part_heading({ text: 'Резолютивная часть' }),
    b.paragraph('Руководствуясь статьями 223–226 ГПК РК, суд РЕШИЛ: иск удовлетворить частично.'),
  ),
  b.part({ id: 'signature' }, b.part_heading({ text: 'Подпись судьи' }), b.paragraph('Судья Абенова Д.К.')),
);

describe('proposeMarks in Russian', () => {
  const proposals = proposeMarks({
    rubric: defaultRubric('ru'),
    template: civilDecision,
    act: loanAct,
    modelAnswerHtml: modelAnswer('civil-loan-karaganda/loan-dispute'),
    language: 'ru',
  });
  const form = proposals.find((proposal) => proposal.criterionId === 'form')?.comment ?? '';
  const norms = proposals.find((proposal) => proposal.criterionId === 'qualification')?.comment ?? '';

  it('proposes only for the form and norms criteria', () => {
    expect(proposals.map((proposal) => proposal.criterionId)).toEqual(['form', 'qualification']);
  });

  it('names the empty part and the requisites the checker did not find', () => {
    expect(form).toContain('Только текст шаблона, ничего не дописано в части: Описательная часть.');
    const report = checkCompleteness(loanAct, civilDecision);
    const introductory = report.parts.find((part) => part.part.id === 'introductory');
    const missing = introductory?.requisites.filter((status) => status.state === 'missing') ?? [];
    expect(missing.length).toBeGreaterThan(0);
    for (const status of missing) expect(form).toContain(status.requisite.label.ru);
    expect(form).toContain('— Вводная часть: ');
    // The empty part's requisites are not listed one by one.
    expect(form).not.toContain('— Описательная часть');
    // Requisites asked for only where applicable are no gap.
    const whereApplicable = report.parts.flatMap((part) =>
      part.empty ? [] : part.requisites.filter((status) => status.state === 'where-applicable'),
    );
    expect(whereApplicable.length).toBeGreaterThan(0);
    for (const status of whereApplicable) expect(form).not.toContain(status.requisite.label.ru);
  });

  it('names the model answer’s norms the act does not cite, and the act’s the model does not use', () => {
    const [notCited, notInModel] = norms.split('\n');
    // Cited by the act as a node (272), as typed text (297) and as a range (223–226): not missing.
    expect(notCited).toBe(
      'Модельный ответ применяет, а в акте нет: ст. 72, 109, 113, 401, 403 ГПК РК; ст. 152, 153, 293, 294, 506, 715, 716 ГК РК.',
    );
    expect(notInModel).toBe('В акте, но не в модельном ответе: ст. 353 ГК РК.');
  });

  it('proposes nothing for the norms without a model answer, and nothing for a complete act', () => {
    const filled = buildDraft(civilDecision, 'ru', FILLED_DRAFTS['civil-decision']?.ru ?? {});
    const states = checkCompleteness(filled, civilDecision).parts.flatMap((part) =>
      part.requisites.map((status) => status.state),
    );
    expect(states).not.toContain('missing');
    expect(
      proposeMarks({ rubric: defaultRubric('ru'), template: civilDecision, act: filled, language: 'ru' }),
    ).toEqual([]);
  });

  it('proposes nothing for the norms when the model answer cites none', () => {
    const proposals = proposeMarks({
      rubric: defaultRubric('ru'),
      template: civilDecision,
      act: loanAct,
      modelAnswerHtml: '<h2>Мотивировочная часть</h2><p>Долг подлежит взысканию.</p>',
      language: 'ru',
    });
    expect(proposals.map((proposal) => proposal.criterionId)).toEqual(['form']);
  });

  it('recognises a pack’s own criteria by their titles', () => {
    const rubric = [
      { id: 'style', title: 'Стиль', maxPoints: 5 },
      { id: 'f', title: 'Форма акта', maxPoints: 5 },
      { id: 'n', title: 'Применённые нормы права', maxPoints: 5 },
    ];
    const own = proposeMarks({
      rubric,
      template: civilDecision,
      act: loanAct,
      modelAnswerHtml: modelAnswer('civil-loan-karaganda/loan-dispute'),
      language: 'ru',
    });
    expect(own).toEqual([
      { criterionId: 'f', comment: form },
      { criterionId: 'n', comment: norms },
    ]);
  });
});

/** A trainee's verdict in the Kazakh theft case: qualified under another part of art. 188, the operative part empty. */
const theftActKk = b.doc(
  { template: 'criminal-verdict-guilty', language: 'kk' },
  b.part(
    { id: 'introductory' },
    b.part_heading({ text: 'Кіріспе бөлік' }),
    b.paragraph('ҮКІМ'),
    b.paragraph('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН'),
    b.paragraph('2026 жылғы 14 сәуір, Қостанай қаласы'),
  ),
  b.part(
    { id: 'descriptive-reasoning' },
    b.part_heading({ text: 'Сипаттау-уәждеу бөлігі' }),
    b.paragraph(
      'Сотталушының әрекеттері ',
      cite('ҚР ҚК-нің 188-бабының 2-бөлігі', 'ҚР ҚК', '188', '2'),
      ' бойынша сараланады. Жойылмайтын күмәндар ҚР ҚПК-нің 19-бабы бойынша түсіндіріледі.',
    ),
  ),
  b.part({ id: 'operative' }, b.part_heading({ text: 'Қарар бөлігі' }), b.paragraph()),
);

describe('proposeMarks in Kazakh', () => {
  const proposals = proposeMarks({
    rubric: defaultRubric('kk'),
    template: criminalVerdictGuilty,
    act: theftActKk,
    modelAnswerHtml: modelAnswer('criminal-theft-guilty-kostanay/theft-guilty-kk'),
    language: 'kk',
  });
  const form = proposals.find((proposal) => proposal.criterionId === 'form')?.comment ?? '';
  const norms = proposals.find((proposal) => proposal.criterionId === 'qualification')?.comment ?? '';

  it('writes the form proposal in Kazakh', () => {
    expect(form).toContain('Тек шаблон мәтіні, ештеңе жазылмаған бөлік: Қарар бөлігі.');
    expect(form).toContain('Міндетті деректемелер табылмады:');
    expect(form).toContain('— Кіріспе бөлік: ');
  });

  it('writes the norms proposal in Kazakh, with the part where both give one', () => {
    const lines = norms.split('\n');
    // 188 and 19 are cited; past twelve articles the rest is counted.
    expect(lines[0]).toBe(
      'Үлгі жауапта қолданылған, актіде жоқ: ҚР ҚПК-нің 112, 182, 390, 392, 397-баптары; ' +
        'ҚР ҚК-нің 11, 48, 52, 53, 98-1, 98-2-баптары; ҚР АК-нің 917-бабы және тағы 7.',
    );
    expect(norms).not.toContain('Актіде бар, үлгі жауапта жоқ');
    const otherPart = lines.find((line) => line.startsWith('Үлгі жауапта: '));
    expect(otherPart).toContain('ҚР ҚК-нің 188-бабы 3-бөлігінің 3) тармағы');
    expect(otherPart).toMatch(/; актіде: ҚР ҚК-нің 188-бабының 2-бөлігі\.$/);
  });
});
