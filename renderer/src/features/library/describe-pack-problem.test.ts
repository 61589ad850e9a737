import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../i18n/format-message';
import { catalogs } from '../../i18n/messages';
import type { Translate } from '../../i18n/I18nProvider';
import { describeFieldPath, describePackProblem } from './describe-pack-problem';

const ru: Translate = (key, params) => formatMessage('ru', catalogs.ru[key], params);

describe('pack problems in Russian', () => {
  it('number the places in a pack from 1 and name lists in words', () => {
    expect(describeFieldPath(ru, ['cases', 0, 'materials', 2, 'blocks', 0, 'text'])).toBe(
      'дело 1 → материал 3 → блок 1 → «text»',
    );
    expect(describeFieldPath(ru, ['title'])).toBe('«title»');
  });

  it('say where a JSON syntax error is', () => {
    expect(describePackProblem(ru, { code: 'notJson', line: 3, column: 9 })).toContain('строке 3, позиция 9');
  });

  it('name the expected kind of value in words', () => {
    expect(describePackProblem(ru, { code: 'wrongType', path: ['version'], expected: 'number' })).toContain(
      'число',
    );
  });

  it('call an empty required text empty', () => {
    expect(describePackProblem(ru, { code: 'tooShort', path: ['title'], min: 1, unit: 'characters' })).toBe(
      'Пустой текст там, где он обязателен: «title».',
    );
  });

  it('give limits with their unit', () => {
    expect(
      describePackProblem(ru, { code: 'tooLong', path: ['title'], max: 200, unit: 'characters' }),
    ).toContain('200 символов');
  });
});
