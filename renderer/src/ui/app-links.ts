import { createContext, useContext } from 'react';

/** Where the links every screen shows lead: given by the app's composition root, which knows the routes. */
export interface AppLinks {
  library: string;
  settings: string;
}

export const AppLinksContext = createContext<AppLinks | null>(null);

export function useAppLinks(): AppLinks {
  const links = useContext(AppLinksContext);
  if (!links) throw new Error('useAppLinks outside AppLinksContext');
  return links;
}
