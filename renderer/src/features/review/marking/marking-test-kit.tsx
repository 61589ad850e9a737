import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { act, useState, type ReactNode, type Ref } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ServicesProvider, type AppServices } from '../../../app/services';
import type { RubricCriterion } from '../../../domain/pack/pack';
import { emptyMarkSheet, type MarkSheet } from '../../../domain/review/marks';
import type { CriterionProposal } from '../../../domain/review/proposals';
import { I18nProvider } from '../../../i18n/I18nProvider';
import type { CaseDraftDatabase } from '../../../storage/database';
import { RubricPanel, type RubricPanelHandle } from './RubricPanel';

/**
 * What the rubric panel's tests share: a page (jsdom) with React, the database and the interface in Russian, a
 * panel whose sheet lives in state as useMarkSheet keeps it, and the ways a person types and presses keys.
 */

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has <dialog> without its modal methods: the browser's, as far as the tests need them, with the focus given
// back at closing to where it was at opening.
const focusedAtOpening = new WeakMap<HTMLDialogElement, Element | null>();
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  focusedAtOpening.set(this, document.activeElement);
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  (focusedAtOpening.get(this) as HTMLElement | null)?.focus?.();
  this.dispatchEvent(new Event('close'));
};

// Dexie's live queries (useLiveQuery) run only when Dexie finds an IndexedDB in the page, which jsdom has not; each
// test's database brings its own fake one (createTestDatabase), and this one is only there to be found.
Dexie.dependencies.indexedDB ??= new IDBFactory();

export const RUBRIC: RubricCriterion[] = [
  { id: 'form', title: 'Форма и реквизиты', maxPoints: 10, description: 'Все части на месте.' },
  { id: 'norms', title: 'Нормы права', maxPoints: 15 },
  { id: 'reasoning', title: 'Мотивировка', maxPoints: 20 },
];

export const PACK_ID = 'civil-pack';

/** A page to render into, and the sheets of the panels rendered (by review), as the last change left them. */
export function mountPage(db: CaseDraftDatabase) {
  const container = document.body.appendChild(document.createElement('div'));
  const root: Root = createRoot(container);
  const sheets = new Map<string, MarkSheet>();
  /** Every sheet any panel made, in order: what would have been saved. */
  const madeSheets: MarkSheet[] = [];
  const services = { db, platform: {}, appInfo: {} } as AppServices;

  function Panel({
    review,
    initial,
    proposals,
    panelRef,
    onRefusedScores,
  }: {
    review: string;
    initial: MarkSheet;
    proposals: CriterionProposal[];
    panelRef?: Ref<RubricPanelHandle>;
    onRefusedScores?: (criterionTitles: readonly string[]) => void;
  }) {
    const [sheet, setSheet] = useState(initial);
    sheets.set(review, sheet);
    return (
      <RubricPanel
        ref={panelRef}
        rubric={RUBRIC}
        sheet={sheet}
        update={(change) =>
          setSheet((previous) => {
            const next = change(previous);
            madeSheets.push(next);
            return next;
          })
        }
        proposals={proposals}
        packId={PACK_ID}
        language="ru"
        {...(onRefusedScores && { onRefusedScores })}
      />
    );
  }

  function render(children: ReactNode) {
    act(() =>
      root.render(
        <ServicesProvider services={services}>
          <I18nProvider initialLocale="ru">{children}</I18nProvider>
        </ServicesProvider>,
      ),
    );
  }

  return {
    db,
    container,
    sheets,
    madeSheets,
    /** Any part of the marking screen, with the database and the interface in Russian. */
    render,
    /** One review's panel, or several (reviews of the same pack, as two windows would show them). */
    renderPanels(
      panels: {
        review: string;
        initial?: MarkSheet;
        proposals?: CriterionProposal[];
        panelRef?: Ref<RubricPanelHandle>;
        onRefusedScores?: (criterionTitles: readonly string[]) => void;
      }[],
    ) {
      render(
        panels.map(({ review, initial = emptyMarkSheet(), proposals = [], panelRef, onRefusedScores }) => (
          <Panel
            key={review}
            review={review}
            initial={initial}
            proposals={proposals}
            panelRef={panelRef}
            {...(onRefusedScores && { onRefusedScores })}
          />
        )),
      );
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Types into a field as a person does: its whole value becomes `text`, and React hears the input. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    field.focus();
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Puts the focus on an element, or clicks it, as a person does. */
export function focus(element: HTMLElement): void {
  act(() => element.focus());
}

export function click(element: HTMLElement | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => element.click());
}

/** A button by its visible text. */
export function button(container: Element, text: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
}

/** Presses a key where the focus is (or on `target`), as the page's listeners see it. */
export function press(
  key: string,
  modifiers: { altKey?: boolean; ctrlKey?: boolean; shiftKey?: boolean; keyCode?: number } = {},
  target: Element | null = document.activeElement,
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  act(() => {
    (target ?? document.body).dispatchEvent(event);
  });
  return event;
}

/** Waits, letting the database and React work, until `check` passes (or gives up with its last failure). */
export async function waitFor(check: () => void): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      check();
      return;
    } catch (error) {
      if (attempt >= 300) throw error;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

/** The score field of a criterion, by its position in the rubric. */
export function scoreField(container: Element, index: number): HTMLInputElement {
  const field = container.querySelectorAll<HTMLInputElement>('.rubric-score__input')[index];
  if (!field) throw new Error(`no score field ${index}`);
  return field;
}
