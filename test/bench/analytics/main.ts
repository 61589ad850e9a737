import '../../../renderer/src/styles/tokens.css';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/features/review/analytics/AnalyticsScreen.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ServicesProvider, type AppServices } from '../../../renderer/src/app/services';
import { requisiteKey } from '../../../renderer/src/domain/act/not-applicable';
import { civilDecision } from '../../../renderer/src/domain/act/templates/civil-decision';
import type { RubricCriterion } from '../../../renderer/src/domain/pack/pack-fields';
import { analyseCohort, type CohortWork } from '../../../renderer/src/domain/review/cohort-analytics';
import { emptyCriterionMark, emptyMarkSheet } from '../../../renderer/src/domain/review/marks';
import { AnalyticsView } from '../../../renderer/src/features/review/analytics/AnalyticsView';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';
import { painted } from '../painted';
import { mulberry32 } from '../random';
import type { AnalyticsBench } from './protocol';

/** The bundled civil case's rubric: eight criteria, 100 points. */
const RUBRIC: RubricCriterion[] = [
  ['form', 10],
  ['positions', 10],
  ['facts-evidence', 20],
  ['law', 15],
  ['reasoning', 15],
  ['operative', 15],
  ['language', 5],
  ['outcome', 10],
].map(([id, maxPoints]) => ({
  id: String(id),
  title: `Критерий ${String(id)}`,
  maxPoints: Number(maxPoints),
}));

const REQUISITES = civilDecision.parts.flatMap((part) =>
  (part.requisites ?? []).map((requisite) => ({
    id: requisiteKey(part.id, requisite.id),
    label: `${part.heading.ru}: ${requisite.label.ru}`,
  })),
);
const BANK = Array.from({ length: 40 }, (_, index) => ({
  id: `bank-${index}`,
  text: `Комментарий ${index + 1}: мотивировка не отвечает на доводы ответчика и не ссылается на исследованные доказательства.`,
}));
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A cohort of marked works: scores in halves, a fifth of the requisites missing, a few bank comments each. */
function cohort(count: number): CohortWork[] {
  const random = mulberry32(20261213);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const sheet = emptyMarkSheet();
    for (const criterion of RUBRIC) {
      sheet.criteria[criterion.id] = {
        ...emptyCriterionMark(),
        points: Math.round(random() * criterion.maxPoints * 2) / 2,
        bankComments: random() < 0.4 ? [pick(BANK).id] : [],
      };
    }
    return {
      digest: index.toString(16).padStart(64, '0'),
      label: Array.from({ length: 5 }, () => pick([...CODE_ALPHABET])).join(''),
      sheet,
      missingRequisiteIds: REQUISITES.filter(() => random() < 0.2).map((requisite) => requisite.id),
    };
  });
}

/** The charts: the total, each criterion, the requisites, the bank comments, the works furthest away. */
const CHARTS = RUBRIC.length + 4;
const labels = new Map(REQUISITES.map((requisite) => [requisite.id, requisite.label]));
const texts = new Map(BANK.map((comment) => [comment.id, comment.text]));
/** Saving an image is not measured: nothing here reaches the platform. */
const services = { platform: {} } as unknown as AppServices;

async function measureAnalytics(count: number, repeats: number): Promise<number[]> {
  const works = cohort(count);
  const mount = document.getElementById('mount')!;
  const times: number[] = [];
  for (let round = 0; round < repeats; round++) {
    const container = mount.appendChild(document.createElement('div'));
    await painted();
    const start = performance.now();
    const analytics = analyseCohort(RUBRIC, works);
    const root = createRoot(container);
    root.render(
      createElement(ServicesProvider, {
        services,
        children: createElement(I18nProvider, {
          initialLocale: 'ru',
          children: createElement(AnalyticsView, {
            analytics,
            rubric: RUBRIC,
            requisiteLabel: (id: string) => labels.get(id) ?? id,
            bankText: (id: string) => texts.get(id) ?? id,
            filePrefix: 'case-001',
          }),
        }),
      }),
    );
    // React renders in a task of its own: wait for its commit, then for the frame that shows it.
    while (container.querySelectorAll('.analytics-chart svg').length !== CHARTS)
      await new Promise((resolve) => setTimeout(resolve, 0));
    await painted();
    times.push(performance.now() - start);
    root.unmount();
    container.remove();
  }
  return times;
}

const bench: AnalyticsBench = { measureAnalytics };
window.analyticsBench = bench;
