import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CaseDraftDatabase } from './database';

/** A fresh, empty database on fake-indexeddb for each test: nothing leaks between tests. */
export function createTestDatabase(): CaseDraftDatabase {
  return new CaseDraftDatabase('casedraft-test', { indexedDB: new IDBFactory(), IDBKeyRange });
}
