/** What the editor page exposes as `window.editorBench` to its driver (test/bench/editor/benchmark.ts). */
export interface EditorBench {
  /** Generates the 100-page and 1-page acts and the bare copy of the first, and saves the 100-page draft. */
  prepare(): Promise<ActInfo>;
  /**
   * Opens the 100-page draft `repeats` times, each in a new view: findDraft + openActDocument + the app's
   * ActEditorController (EditorState with its plugins, EditorView mounted) + the first layout, in ms. The last
   * view stays open for the other measurements.
   */
  measureOpen(repeats: number): Promise<number[]>;
  /** Keystroke times (see main.ts) in the 100-page act, the 1-page act and the bare view, interleaved. */
  measureKeystrokes(plan: KeystrokePlan): Promise<KeystrokeSamples>;
  /** Keystrokes into both acts while hidden (no style or layout): for reading the figures, not a figure. */
  measureScriptOnly(keystrokes: number): Promise<ScriptOnlySamples>;
  /** documentJsonText + saveDraftDocument of the open 100-page act, a few keystrokes between saves, in ms. */
  measureAutosave(saves: number, warmUp: number): Promise<AutosaveSamples>;
  /** usedJSHeapSize, in bytes, with only the edited 100-page act open, after a forced GC when available. */
  measureHeap(): Promise<HeapInfo>;
}

export interface KeystrokePlan {
  rounds: number;
  /** Measured keystrokes per document per round. */
  perRound: number;
  /** Unmeasured keystrokes before each document's measured ones in a round. */
  warmUp: number;
}

export interface KeystrokeSamples {
  act100: number[];
  act1: number[];
  bare100: number[];
}

export interface ScriptOnlySamples {
  act100: number[];
  act1: number[];
}

export interface AutosaveSamples {
  /** documentJsonText + saveDraftDocument (until its transaction has committed), in ms. */
  total: number[];
  /** The share of each spent making the document's JSON text (documentJsonText), on the main thread. */
  serialise: number[];
}

export interface ActInfo {
  /** Text blocks (paragraphs, list items' paragraphs and part headings) and characters of each act. */
  blocks100: number;
  chars100: number;
  blocks1: number;
  chars1: number;
  jsonBytes100: number;
  generateMs: number;
}

export interface HeapInfo {
  usedBytes: number;
  forcedGc: boolean;
}

declare global {
  interface Window {
    editorBench?: EditorBench;
  }
}
