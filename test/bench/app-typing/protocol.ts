/**
 * What the seed page (seed.ts) exposes as `window.appDraftSeed` to the app typing benchmark (benchmark.ts). The
 * page is served at the app's own origin, so it reaches the app's IndexedDB database.
 */
export interface AppDraftSeed {
  /**
   * Replaces the text of the case's saved draft (which the app created when the case was first typed in) with a
   * generated act of the given size, saved as the app's autosave saves it, and drops any unload rescue copy.
   */
  seed(packId: string, caseId: string, size: ActSize): Promise<SeededAct>;
}

export type ActSize = '100p' | '1p';

export interface SeededAct {
  /** Characters of the generated act's text, and the size of its saved JSON. */
  chars: number;
  jsonBytes: number;
}

declare global {
  interface Window {
    appDraftSeed?: AppDraftSeed;
  }
}
