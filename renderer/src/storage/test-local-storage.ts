/** A fresh, empty Map-backed Storage, for unit tests in Node, which has neither localStorage nor sessionStorage. */
export function createTestStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** Node has no localStorage: installs a fresh, empty stand-in, so nothing leaks between tests. */
export function installTestLocalStorage(): void {
  globalThis.localStorage = createTestStorage();
}
