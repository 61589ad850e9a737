import { describe, expect, it } from 'vitest';
import { findActTemplate } from '../act/templates';
import { civilAppealResolution } from '../act/templates/civil-appeal-resolution';
import { civilDecision } from '../act/templates/civil-decision';
import { criminalVerdictGuilty } from '../act/templates/criminal-verdict-guilty';
import { exerciseKeys } from '../../../../test/fixtures/exercise-keys';
import { htmlText } from './html-text';
import { alignModelAnswer } from './model-answer-parts';

describe('alignModelAnswer on every bundled exercise key', () => {
  const keys = exerciseKeys();

  it('finds the bundled keys, Russian and Kazakh', () => {
    expect(keys.length).toBeGreaterThanOrEqual(12);
    expect(keys.some((key) => key.language === 'kk')).toBe(true);
  });

  it.each(keys.map((key) => [key.name, key] as const))(
    '%s: each part heading of the key stands beside its part of the template',
    (_name, key) => {
      const template = findActTemplate(key.actType);
      expect(template, key.actType).toBeDefined();
      if (!template) return;
      const sections = alignModelAnswer(key.modelAnswerHtml, template);
      const headingsInKey = [...key.modelAnswerHtml.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]);
      let partsInKey = 0;
      for (const part of template.parts) {
        if (!headingsInKey.includes(part.heading[key.language])) continue;
        partsInKey++;
        const section = sections.find((candidate) => candidate.heading === part.heading[key.language]);
        expect(section?.partId, `${part.id} in ${key.name}`).toBe(part.id);
        expect(htmlText(section?.html ?? '')).not.toBe('');
      }
      // Every key names at least its first and its operative part.
      expect(partsInKey).toBeGreaterThanOrEqual(3);
      // Nothing is lost: every paragraph of the key is in one section.
      const joined = sections.map((section) => section.html).join('\n');
      for (const paragraph of key.modelAnswerHtml.match(/<p>[\s\S]*?<\/p>/g) ?? []) {
        expect(joined).toContain(paragraph);
      }
    },
  );

  it('keeps the key questions as a section of no part, last, and leaves out a bare title', () => {
    const key = keys.find(
      (candidate) => candidate.name === 'admin-act-permit-refusal-aktobe/replanning-permit-refusal',
    );
    const template = key && findActTemplate(key.actType);
    expect(template).toBeDefined();
    if (!key || !template) return;
    const sections = alignModelAnswer(key.modelAnswerHtml, template);
    expect(sections.map((section) => [section.heading, section.partId])).toEqual([
      ['Вводная часть', 'introductory'],
      ['Описательная часть', 'descriptive'],
      ['Мотивировочная часть', 'reasoning'],
      ['Резолютивная часть', 'operative'],
      ['Ключевые вопросы', null],
    ]);
  });

  it('aligns a Kazakh key with the combined descriptive-reasoning part', () => {
    const key = keys.find((candidate) => candidate.name === 'criminal-theft-guilty-kostanay/theft-guilty-kk');
    expect(key).toBeDefined();
    if (!key) return;
    const sections = alignModelAnswer(key.modelAnswerHtml, criminalVerdictGuilty);
    expect(sections.map((section) => [section.heading, section.partId])).toEqual([
      ['Кіріспе бөлік', 'introductory'],
      ['Сипаттау-уәждеу бөлігі', 'descriptive-reasoning'],
      ['Қарар бөлігі', 'operative'],
      ['Негізгі мәселелер', null],
    ]);
  });

  it('matches the appeal judges’ signatures to the signature part', () => {
    const key = keys.find((candidate) => candidate.name === 'civil-appeal-astana/kitchen-defects-appeal');
    expect(key).toBeDefined();
    if (!key) return;
    const sections = alignModelAnswer(key.modelAnswerHtml, civilAppealResolution);
    expect(sections.find((section) => section.heading === 'Подписи судей')?.partId).toBe('signature');
    expect(sections.at(-1)).toMatchObject({ heading: 'Ключевые вопросы', partId: null });
  });
});

describe('alignModelAnswer', () => {
  it('reads headings with attributes, nested tags, character references and a leading number', () => {
    const html =
      '<h1 class="title">Модельное решение</h1><p>Кратко.</p>' +
      '<h2 id="a" title="x > y">1. <strong>Вводная</strong>&nbsp;часть:</h2><p>Суд.</p>' +
      '<h2>Описательная&#x20;часть</h2><p>Иск.</p><h3>Доводы истца</h3><p>Внутри.</p>' +
      '<h2>Резолютивная часть</h2><p>Решил.</p>';
    const sections = alignModelAnswer(html, civilDecision);
    expect(sections.map((section) => section.partId)).toEqual([
      null,
      'introductory',
      'descriptive',
      'operative',
    ]);
    expect(sections[0]).toEqual({ partId: null, heading: 'Модельное решение', html: '<p>Кратко.</p>' });
    expect(sections[1]?.heading).toBe('1. Вводная часть:');
    // A deeper heading stays inside the part it is written in.
    expect(sections[2]?.html).toBe('<p>Иск.</p><h3>Доводы истца</h3><p>Внутри.</p>');
  });

  it('puts separate descriptive and reasoning sections beside a combined part', () => {
    const html = '<h2>Описательная часть</h2><p>А.</p><h2>Мотивировочная часть</h2><p>Б.</p>';
    expect(alignModelAnswer(html, criminalVerdictGuilty).map((section) => section.partId)).toEqual([
      'descriptive-reasoning',
      'descriptive-reasoning',
    ]);
  });

  it('splits at the level of the part headings, keeping subheadings inside', () => {
    const html = '<h1>Вводная часть</h1><h2>Суд</h2><p>А.</p><h1>Резолютивная часть</h1><p>Б.</p>';
    const sections = alignModelAnswer(html, civilDecision);
    expect(sections.map((section) => section.partId)).toEqual(['introductory', 'operative']);
    expect(sections[0]?.html).toBe('<h2>Суд</h2><p>А.</p>');
  });

  it('gives a key without headings as one section of no part', () => {
    expect(alignModelAnswer('<p>Только текст.</p>', civilDecision)).toEqual([
      { partId: null, heading: '', html: '<p>Только текст.</p>' },
    ]);
    expect(alignModelAnswer('', civilDecision)).toEqual([]);
  });
});
