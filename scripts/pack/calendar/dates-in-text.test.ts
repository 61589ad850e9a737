import { describe, expect, it } from 'vitest';
import { datesInText } from './dates-in-text';

const isoIn = (line: string): string[] => datesInText(line).map((date) => date.iso);

describe('datesInText', () => {
  it('reads the three ways the exercises write a date', () => {
    expect(isoIn('Приказ № 318-к от 12.06.2026 (л. д. 46)')).toEqual(['2026-06-12']);
    expect(isoIn('Решение от 14 октября 2026 года и от «2» марта 2025 г.')).toEqual([
      '2026-10-14',
      '2025-03-02',
    ]);
    expect(isoIn('2026 жылғы 12 қаңтарда және 2026 ж. 7 сәуір')).toEqual(['2026-01-12', '2026-04-07']);
  });

  it('keeps the Kazakh case ending, which tells a dated act («…дағы») from an event («…да»)', () => {
    const [dated, on] = datesInText('2026 жылғы 14 қаңтардағы бұйрық, 2026 жылғы 26 наурызда');
    expect(dated).toMatchObject({
      iso: '2026-01-14',
      kazakhEnding: 'дағы',
      text: '2026 жылғы 14 қаңтардағы',
    });
    expect(on).toMatchObject({ iso: '2026-03-26', kazakhEnding: 'да' });
  });

  it('leaves out what is not a full date: no year, a case number, an impossible day', () => {
    expect(isoIn('с 13.06 по 14.10, дело № 5917-26-00-2/2214, 31.02.2026, 22 мая, 12 рублей 2026')).toEqual(
      [],
    );
  });
});
