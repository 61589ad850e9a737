/** Node has no localStorage: installs a fresh, empty Map-backed stand-in, so nothing leaks between tests. */
export function installTestLocalStorage(): void {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  globalThis.localStorage = storage;
}
