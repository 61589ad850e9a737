import { useCallback, useState } from 'react';
import { NO_FILTERS, parseFilters, type LibraryFilters } from './case-filters';

const STORAGE_KEY = 'casedraft.library.filters';

/**
 * The library's search and filters, kept in session storage: opening a case and coming back to the library
 * finds them as they were, and a new session starts with the whole library.
 */
export function useLibraryFilters(): [LibraryFilters, (next: LibraryFilters) => void] {
  const [filters, setFilters] = useState(readStored);
  const update = useCallback((next: LibraryFilters) => {
    setFilters(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage refused (quota, privacy settings): the filters still work, they just are not remembered.
    }
  }, []);
  return [filters, update];
}

function readStored(): LibraryFilters {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored === null ? NO_FILTERS : parseFilters(JSON.parse(stored));
  } catch {
    return NO_FILTERS;
  }
}
