import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes every write to the drafts store slow, as on a busy or failing disk: the transaction stays open about
 * `milliseconds` before it can commit.
 */
export async function slowDraftWrites(page: Page, milliseconds: number): Promise<void> {
  await page.evaluate((delay) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = put.apply(this, args);
      if (this.name === 'drafts') {
        const until = performance.now() + delay;
        const keepBusy = () => {
          if (performance.now() < until) this.count().onsuccess = keepBusy;
        };
        keepBusy();
      }
      return request;
    };
  }, milliseconds);
}

/**
 * Runs in the page: makes every write (put and add) to the named object stores, or to all of them when `stores` is
 * null, fail the way a full disk makes IndexedDB fail. `window.restoreWrites()` undoes it.
 */
function refuseWrites(stores: string[] | null): void {
  const prototype = IDBObjectStore.prototype;
  const { put, add } = prototype;
  (window as unknown as { restoreWrites: () => void }).restoreWrites = () => {
    prototype.put = put;
    prototype.add = add;
  };
  const refusing = (original: typeof put): typeof put =>
    function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (stores === null || stores.includes(this.name)) {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  prototype.put = refusing(put);
  prototype.add = refusing(add);
}

async function refuseWritesNow(page: Page, stores: string[] | null): Promise<() => Promise<void>> {
  await page.evaluate(refuseWrites, stores);
  return () => page.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites());
}

/** Makes every write to the drafts store fail the way a full disk makes IndexedDB fail; returns the undo. */
export async function failDraftWrites(page: Page): Promise<() => Promise<void>> {
  return refuseWritesNow(page, ['drafts']);
}

/** Fills the disk: every write to the app's database fails from now on (drafts, settings, history); returns the undo. */
export async function fillDisk(page: Page): Promise<() => Promise<void>> {
  return refuseWritesNow(page, null);
}

/** A disk already full when the app starts: every page the context opens refuses every write from its first line. */
export async function diskFullFromTheStart(context: BrowserContext): Promise<void> {
  await context.addInitScript(refuseWrites, null);
}
