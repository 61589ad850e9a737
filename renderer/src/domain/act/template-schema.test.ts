import { describe, expect, it } from 'vitest';
import type { ActTemplate, Requisite } from './template';
import { ActTemplateError, parseActTemplate, patternProblem } from './template-schema';
import { ACT_TEMPLATES, findActTemplate } from './templates';

/** A built-in template as JSON, changed by `change`, as a pack or submission would carry it. */
function templateJson(change: (json: ActTemplate) => void): unknown {
  const json = JSON.parse(JSON.stringify(findActTemplate('civil-decision'))) as ActTemplate;
  change(json);
  return json;
}

function issuesOf(json: unknown): ActTemplateError['issues'] {
  try {
    parseActTemplate(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ActTemplateError);
    return (error as ActTemplateError).issues;
  }
  throw new Error('the template was accepted');
}

describe('parseActTemplate', () => {
  it.each([...ACT_TEMPLATES.keys()])('accepts the built-in template %s as it is', (id) => {
    const template = findActTemplate(id) as ActTemplate;
    expect(parseActTemplate(JSON.parse(JSON.stringify(template)))).toEqual(template);
  });

  it('refuses a text pattern that is not a regular expression, saying where', () => {
    const issues = issuesOf(
      templateJson((json) => {
        json.parts[3]!.requisites![1]!.check = { kind: 'text', patterns: { ru: ['расход'], kk: ['шығын('] } };
      }),
    );
    expect(issues).toEqual([
      {
        path: ['parts', 3, 'requisites', 1, 'check', 'patterns', 'kk', 0],
        message: expect.stringContaining('not a valid regular expression') as string,
      },
    ]);
  });

  it.each([
    ['a repeated group', '(?:а+)+б', 'a group may not be repeated'],
    ['a back-reference', '(а)\\1', 'back-references are not allowed'],
    ['an escape the u flag refuses', '\\ш', 'not a valid regular expression'],
    ['unbounded quantifiers side by side', '.*.*.*.*!', 'at most one unbounded quantifier'],
    ['an unbounded quantifier beside wide choices', 'суд.*[^.]{0,50}решил', 'beside a few small choices'],
    ['many optional groups', `${'(?:а|а)?'.repeat(18)}б`, 'too many ways to match'],
    ['a huge bounded quantifier', 'а{0,5000}б', 'at most 200 repetitions'],
  ])('refuses %s, which could run for ever on a long text', (_name, pattern, reason) => {
    expect(patternProblem(pattern)).toContain(reason);
    const issues = issuesOf(
      templateJson((json) => {
        json.parts[0]!.requisites![0]!.check = { kind: 'text', patterns: { ru: [pattern], kk: ['сот'] } };
      }),
    );
    expect(issues[0]?.message).toContain(reason);
  });

  it.each([
    ['\\d{1,3}\\s?(?:дн|сут)'],
    ['(?:обжал|апелляц|жалоб)[^.]{0,120}(?:срок|месяц)'],
    ['(?<!\\p{L})суд(?:а|е|ом|у)?(?!\\p{L})'],
    ['гражданск\\p{L}*'],
  ])('accepts %s, whose ways to match are few', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });

  it('refuses a pattern over 200 characters', () => {
    const issues = issuesOf(
      templateJson((json) => {
        json.parts[0]!.requisites![0]!.check = {
          kind: 'text',
          patterns: { ru: ['а'.repeat(201)], kk: ['сот'] },
        };
      }),
    );
    expect(issues[0]?.path).toEqual(['parts', 0, 'requisites', 0, 'check', 'patterns', 'ru', 0]);
    expect(issues[0]?.message).toMatch(/200/);
  });

  it('refuses a megabyte pattern for its length alone, without compiling or scanning it', () => {
    const issues = issuesOf(
      templateJson((json) => {
        json.parts[0]!.requisites![0]!.check = {
          kind: 'text',
          patterns: { ru: ['(а+)+'.repeat(200_000)], kk: ['сот'] },
        };
      }),
    );
    expect(issues).toEqual([
      {
        path: ['parts', 0, 'requisites', 0, 'check', 'patterns', 'ru', 0],
        message: expect.stringMatching(/200/),
      },
    ]);
  });

  it('refuses duplicate part ids and duplicate requisite ids within a part', () => {
    const issues = issuesOf(
      templateJson((json) => {
        json.parts[2]!.id = 'descriptive';
        json.parts[0]!.requisites![1]!.id = 'court';
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['parts', 2, 'id'],
        ['parts', 0, 'requisites', 1, 'id'],
      ]),
    );
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['duplicate id descriptive', 'duplicate id court']),
    );
  });

  it.each([
    ['no parts', (json: ActTemplate) => void (json.parts = []), ['parts']],
    [
      'a heading without Kazakh',
      (json: ActTemplate) => void Object.assign(json.parts[1]!, { heading: { ru: 'Описательная часть' } }),
      ['parts', 1, 'heading', 'kk'],
    ],
    [
      'a blank Russian heading',
      (json: ActTemplate) => void (json.parts[1]!.heading.ru = '  '),
      ['parts', 1, 'heading', 'ru'],
    ],
    [
      'a part id that is not a slug',
      (json: ActTemplate) => void (json.parts[1]!.id = 'Описательная'),
      ['parts', 1, 'id'],
    ],
    [
      'an unknown Akoma Ntoso element',
      (json: ActTemplate) => void Object.assign(json.parts[1]!, { akomaNtoso: 'body' }),
      ['parts', 1, 'akomaNtoso'],
    ],
    [
      'an unknown check kind',
      (json: ActTemplate) =>
        void Object.assign(json.parts[2]!.requisites![0]!, { check: { kind: 'length' } }),
      ['parts', 2, 'requisites', 0, 'check', 'kind'],
    ],
    ['an unknown field', (json: ActTemplate) => void Object.assign(json, { script: 'alert(1)' }), []],
    [
      'a thousand requisites',
      (json: ActTemplate) =>
        void (json.parts[0]!.requisites = Array<Requisite>(1000).fill(json.parts[0]!.requisites![0]!)),
      ['parts', 0, 'requisites'],
    ],
  ])('refuses a template with %s', (_name, change, path) => {
    const issues = issuesOf(templateJson(change));
    expect(issues[0]?.path).toEqual(path);
  });

  it('names every problem in the error message, for the log', () => {
    expect(() => parseActTemplate({ id: 'x' })).toThrow(/Invalid act template: id: .*title/);
  });
});
