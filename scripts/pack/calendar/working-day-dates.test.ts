import { describe, expect, it } from 'vitest';
import { workingDayDates } from './working-day-dates';

const found = (line: string, hearingRecord?: string) =>
  workingDayDates(line, hearingRecord).map(({ date, reason, phrase }) => ({
    date: date.iso,
    reason,
    phrase,
  }));

describe('workingDayDates', () => {
  it('takes the date after «от» as an act’s when an act of a court or body names it', () => {
    expect(found('Приказом № 318-к от 12.06.2026 трудовой договор расторгнут.')).toEqual([
      { date: '2026-06-12', reason: 'the date of an act of a court or body', phrase: 'Приказом № 318-к от' },
    ]);
    expect(found('решение Есильского районного суда города Астаны от 14 августа 2026 года')).toMatchObject([
      { date: '2026-08-14', phrase: 'решение Есильского районного суда города Астаны от' },
    ]);
    expect(found('Выписка из протокола судебного заседания от 14 октября 2026 года')).toMatchObject([
      { reason: 'the date of a hearing', phrase: 'заседания от' },
    ]);
  });

  it('takes a date after «от» as a party’s paper’s when the paper is nearer than the act', () => {
    expect(found('Рассмотрено заявление Оразбекова Д.М. от 22.06.2026 о восстановлении.')).toEqual([]);
    expect(found('договор займа от 14.11.2025; приказ о приёме на работу, справка от 20.05.2026')).toEqual(
      [],
    );
    expect(found('Решение акимата по жалобе от 22.05.2026 оставлено без изменения')).toMatchObject([
      { date: '2026-05-22', phrase: 'Решение акимата по жалобе от' },
    ]);
  });

  it('reads a Kazakh dated act, the act after the date', () => {
    expect(found('2026 жылғы 12 маусымдағы № 318-к бұйрығымен жұмыстан шығарылды')).toMatchObject([
      { date: '2026-06-12', phrase: '2026 жылғы 12 маусымдағы № 318-к бұйрығымен' },
    ]);
  });

  it('finds events near a date, in Russian and Kazakh, within the clause', () => {
    expect(found('20.05.2026 истец отсутствовал на рабочем месте весь рабочий день')).toEqual([
      { date: '2026-05-20', reason: 'an absence from work', phrase: 'отсутствовал на рабочем месте' },
    ]);
    expect(found('Заседания 24.03.2026, 07.04.2026, 14.04.2026; ход фиксировался')).toHaveLength(3);
    expect(found('бойынша қарады. Отырыстар: 24.03.2026, 07.04.2026; барысы тіркелді')).toMatchObject([
      { date: '2026-03-24', reason: 'a hearing', phrase: 'Отырыстар' },
      { date: '2026-04-07', reason: 'a hearing' },
    ]);
    expect(found('Іс 2026 жылғы 8 мамырда іс жүргізуге қабылданды')).toMatchObject([
      { reason: 'a claim accepted for proceedings', phrase: 'іс жүргізуге қабылданды' },
    ]);
    expect(found('Порядок увольнения соблюдён.** 21.05.2026 специалист зачитала уведомление')).toEqual([]);
    expect(found('20.12.2025 помог ему вынести инструмент')).toEqual([]);
  });

  it('leaves out a date that opens or closes a period', () => {
    expect(found('уволен за вынужденный прогул с 13.06.2026 по 14.10.2026')).toEqual([]);
    expect(found('заседание комиссии 14–15 февраля 2026 года')).toEqual([]);
  });

  it('takes a heading that starts with a date, in the record of a hearing, as a day of the hearing', () => {
    const title = 'Выписка из протокола судебного заседания';
    expect(found('## 26 марта 2026 года', title)).toEqual([
      { date: '2026-03-26', reason: 'a day of a hearing', phrase: title },
    ]);
    expect(found('## 26 марта 2026 года')).toEqual([]);
  });
});
