import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  encodeSubmission,
  sealSubmission,
  type Submission,
  type SubmissionContent,
} from '../../../renderer/src/domain/submission/submission';
import { buildPack } from '../../../scripts/pack/build-pack';
import { BUNDLED_CASE, exportAs, openBundledCase, typeInPart } from './app';

/** A file as Playwright hands it to a file chooser. */
export interface CohortFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function cohortFile(name: string, submission: Submission | Uint8Array): CohortFile {
  const bytes = submission instanceof Uint8Array ? submission : encodeSubmission(submission);
  return { name, mimeType: 'application/json', buffer: Buffer.from(bytes) };
}

/**
 * A trainee's hand-in, made by the app: opens the bundled case, types `text` at the end of a part's first line and
 * hands the work in under `participantName`. Resolves with the bytes of the `.cdsub` file the app saved.
 */
export async function handInBundledCase(
  page: Page,
  participantName: string,
  partIndex: number,
  text: string,
): Promise<Uint8Array> {
  await openBundledCase(page);
  await typeInPart(page, partIndex, text);
  const download = await exportAs(page, page.getByRole('button', { name: 'Сдать работу…' }), participantName);
  return new Uint8Array(await readFile(await download.path()));
}

export function decodeSubmission(bytes: Uint8Array): Submission {
  return JSON.parse(new TextDecoder().decode(bytes)) as Submission;
}

/** A submission the app made, sealed again as another participant's (or with another change). */
export async function resealed(made: Submission, change: Partial<SubmissionContent>): Promise<Submission> {
  const { digest: _digest, ...content } = made;
  return sealSubmission({ ...content, ...change });
}

/** Every word of the names: none of them may reach the page while a review is anonymous. */
export function nameWords(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(' '));
}

/**
 * The words of `words` found in everything of the page a person or a screen reader could meet: its HTML (text and
 * every attribute: title, aria-label, alt…) and the window's title.
 */
export async function wordsOnPage(page: Page, words: readonly string[]): Promise<string[]> {
  const html = (await page.content()) + (await page.title());
  return words.filter((word) => html.includes(word));
}

/** Starts (or reopens) the review of the bundled case from the list of reviews. */
export async function startBundledReview(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}#/reviews`);
  await page.getByLabel('Пакет дел').selectOption(BUNDLED_CASE.packId);
  await page.getByLabel('Дело', { exact: true }).selectOption(BUNDLED_CASE.caseId);
  await page.getByRole('button', { name: 'Начать проверку' }).click();
  await page.getByRole('heading', { name: 'Загрузка работ' }).waitFor();
}

/** Attaches the bundled pack's answer key, as `npm run pack` builds it, to the review on screen. */
export async function attachBundledKey(page: Page): Promise<void> {
  const { keyBytes } = await buildPack(
    new URL(`../../../exercises/${BUNDLED_CASE.packId}/`, import.meta.url).pathname,
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Добавить ключ ответов…' }).click();
  await (
    await chooser
  ).setFiles({
    name: `${BUNDLED_CASE.packId}.cdkey`,
    mimeType: 'application/json',
    buffer: Buffer.from(keyBytes),
  });
  await page.getByRole('button', { name: 'Заменить ключ ответов…' }).waitFor();
}

/** Chooses the files with «Выбрать файлы…» on the review screen; the import then runs. */
export async function chooseCohortFiles(page: Page, files: readonly CohortFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файлы…' }).click();
  await (await chooser).setFiles([...files]);
}

/** Whether the element is the one holding the keyboard focus. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until the keyboard focus is on `target`, as a keyboard user would: fails if it is not
 * reached within `limit` presses, that is if it cannot be reached with the keyboard at all.
 */
export async function tabTo(target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  const page = target.page();
  await target.waitFor();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await hasFocus(target), 'the element is reached with Tab').toBe(true);
}

/**
 * The works of the bundled case by `names`: the first handed in through the app (`text` typed into a part), the
 * others that same work sealed again under their names, each a day earlier than the one before.
 */
export async function handedInCohort(
  page: Page,
  names: readonly string[],
  partIndex: number,
  text: string,
): Promise<CohortFile[]> {
  const [first = '', ...others] = names;
  const exported = await handInBundledCase(page, first, partIndex, text);
  const made = decodeSubmission(exported);
  const resealedWorks = await Promise.all(
    others.map((name, index) =>
      resealed(made, {
        participant: { name },
        exportedAt: new Date(Date.UTC(2026, 10, 20 - index, 8)).toISOString(),
      }),
    ),
  );
  return [exported, ...resealedWorks.map(encodeSubmission)].map((bytes, index) =>
    cohortFile(`work-${index + 1}.cdsub`, bytes),
  );
}

/** Starts the review of the bundled case, attaches its answer key and imports the files; waits for the queue. */
export async function reviewWithCohort(
  page: Page,
  baseUrl: string,
  files: readonly CohortFile[],
): Promise<void> {
  await startBundledReview(page, baseUrl);
  await attachBundledKey(page);
  await chooseCohortFiles(page, files);
  await expect.poll(() => page.locator('.queue__participant').count()).toBe(files.length);
}
