import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo, Platform } from '../platform';
import type { CaseDraftDatabase } from '../storage/database';

/** The long-lived objects every screen uses, created once at start-up. */
export interface AppServices {
  db: CaseDraftDatabase;
  platform: Platform;
  appInfo: AppInfo;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
