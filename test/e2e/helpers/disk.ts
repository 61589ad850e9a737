import type { Page } from 'playwright-core';

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

/** Makes every write to the drafts store fail the way a full disk makes IndexedDB fail; returns the undo. */
export async function failDraftWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'drafts') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
}
