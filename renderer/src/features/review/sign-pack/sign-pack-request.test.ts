import { describe, expect, it } from 'vitest';
import { codeMatches } from '../../../domain/keys/code-check';
import { generateIdentity, keyCard } from '../../../domain/keys/identity';
import { examCodePurpose } from '../../../domain/pack/pack-v4';
import { issueExamCodes, readKeyCards } from './sign-pack-request';

describe('readKeyCards', () => {
  it('reads one card a line, blank lines aside, and names the first line that is not a card', async () => {
    const [one, two] = await Promise.all([generateIdentity('Ерлан'), generateIdentity('Айгерим')]);
    expect(readKeyCards(`${keyCard(one.public)}\n\n  ${keyCard(two.public)}  \n`)).toEqual({
      ok: true,
      cards: [one.public, two.public],
    });
    expect(readKeyCards(`${keyCard(one.public)}\nЕрлан, ключ 7KQ2-M9XD-4HPA`)).toEqual({
      ok: false,
      line: 2,
    });
    expect(readKeyCards('')).toEqual({ ok: true, cards: [] });
  });
});

describe('issueExamCodes', () => {
  it('makes the codes asked for, each checked only for its own case and use', async () => {
    const { examCodes, issued } = await issueExamCodes('exam-pack', [
      { caseId: 'one', caseTitle: 'Первое', start: true, extraTime: false },
      { caseId: 'two', caseTitle: 'Второе', start: false, extraTime: false },
    ]);
    expect(issued.map((codes) => Object.keys(codes))).toEqual([['caseId', 'caseTitle', 'start']]);
    const code = issued[0]?.start ?? '';
    const check = examCodes.get('one')?.start;
    if (!check) throw new Error('no start code check');
    expect(examCodes.has('two')).toBe(false);
    expect(await codeMatches(code, check, examCodePurpose('start', 'exam-pack', 'one'))).toBe(true);
    expect(await codeMatches(code, check, examCodePurpose('extraTime', 'exam-pack', 'one'))).toBe(false);
  });
});
