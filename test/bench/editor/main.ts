// The app's sheets the act's page needs: the shared ones, in main.tsx's order, and the workspace's (.editor-pane__page).
import '../../../renderer/src/styles/tokens.css';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/styles/prosemirror.css';
import '../../../renderer/src/features/workspace/Workspace.css';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { openActDocument } from '../../../renderer/src/domain/act/document';
import { criminalVerdictGuilty } from '../../../renderer/src/domain/act/templates/criminal-verdict-guilty';
import { ActEditorController } from '../../../renderer/src/editor/core/act-editor-controller';
import { documentJsonText } from '../../../renderer/src/editor/core/document-json';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import {
  findDraft,
  saveDraftDocument,
  type DraftIdentity,
} from '../../../renderer/src/storage/draft-repository';
import { mountBareView, toBareDocument } from './bare';
import { ACT_100_PAGES, ACT_1_PAGE, generateAct } from './generate-act';
import type {
  ActInfo,
  AutosaveSamples,
  EditorBench,
  HeapInfo,
  KeystrokePlan,
  KeystrokeSamples,
  ScriptOnlySamples,
} from './protocol';

const template = criminalVerdictGuilty;
const hints = new Map(template.parts.map((part): [string, string] => [part.id, part.hint.ru]));
const identity: DraftIdentity = {
  key: 'bench-pack/case-001',
  packId: 'bench-pack',
  caseId: 'case-001',
  packVersion: 1,
  templateId: template.id,
};
/** Typed in a loop: Russian text with spaces and punctuation, as a trainee types it. */
const TYPED = 'суд установил, что подсудимый виновен в совершении преступления. ';

type Pane = 'act100' | 'act1' | 'bare100';
const mounts = {} as Record<Pane, HTMLElement>;
for (const pane of ['act100', 'act1', 'bare100'] as const) {
  // As in the app: the act editor inside a scrolling page (.editor-pane__page), laid out by the app's CSS.
  const page = document.createElement('div');
  page.className = 'editor-pane__page';
  page.style.height = '100vh';
  page.style.display = 'none';
  const mount = document.createElement('div');
  mount.className = 'act-editor-mount';
  page.append(mount);
  document.body.append(page);
  mounts[pane] = mount;
}

let db: CaseDraftDatabase | undefined;
let revision = 0;
let act100: ProseMirrorNode | undefined;
let act1: ProseMirrorNode | undefined;
let bareDoc: ProseMirrorNode | undefined;
let editor100: ActEditorController | undefined;
let editor1: ActEditorController | undefined;
let bare: EditorView | undefined;
let typed = 0;

function openEditor(mount: HTMLElement, doc: ProseMirrorNode): ActEditorController {
  return new ActEditorController(mount, {
    doc,
    hints,
    language: 'ru',
    label: 'Текст акта',
    onDocChange: () => undefined,
    onBlur: () => undefined,
  });
}

function show(pane: Pane | 'none'): void {
  for (const [name, mount] of Object.entries(mounts)) {
    mount.parentElement!.style.display = name === pane ? '' : 'none';
  }
}

/** Lets the browser finish the frame (style, layout, paint) of the previous keystroke before the next. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function textBlocks(doc: ProseMirrorNode): { blocks: number; chars: number } {
  let blocks = 0;
  doc.descendants((node) => {
    if (node.isTextblock || node.type.name === 'part_heading') blocks++;
    return !node.isTextblock;
  });
  return { blocks, chars: doc.textContent.length };
}

async function prepare(): Promise<ActInfo> {
  const start = performance.now();
  act100 = generateAct(template, ACT_100_PAGES);
  act1 = generateAct(template, ACT_1_PAGE);
  bareDoc = toBareDocument(act100);
  const generateMs = performance.now() - start;
  if (bareDoc.textContent.length !== textBlocks(act100).chars + headingChars(act100)) {
    throw new Error('The bare document does not hold the same text as the act.');
  }
  db = new CaseDraftDatabase('bench-editor');
  await db.open();
  await Promise.all([db.drafts.clear(), db.draftContents.clear()]);
  revision = await saveDraftDocument(db, identity, { documentJson: JSON.stringify(act100.toJSON()) }, 0);
  const [big, small] = [textBlocks(act100), textBlocks(act1)];
  return {
    blocks100: big.blocks,
    chars100: big.chars,
    blocks1: small.blocks,
    chars1: small.chars,
    jsonBytes100: JSON.stringify(act100.toJSON()).length,
    generateMs,
  };
}

function headingChars(doc: ProseMirrorNode): number {
  let chars = 0;
  doc.forEach((part) => (chars += (part.firstChild!.attrs.text as string).length));
  return chars;
}

async function measureOpen(repeats: number): Promise<number[]> {
  show('act100');
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    editor100?.destroy();
    editor100 = undefined;
    await nextFrame();
    const start = performance.now();
    const draft = await findDraft(db!, identity.key);
    const doc = openActDocument(draft!.document, template);
    editor100 = openEditor(mounts.act100, doc);
    editor100.view.dom.getBoundingClientRect(); // the first layout: until then nothing can be shown or typed
    times.push(performance.now() - start);
  }
  return times;
}

/** A text cursor near the middle of the document. */
function placeCursorInMiddle(view: EditorView): void {
  const { doc } = view.state;
  const selection = TextSelection.near(doc.resolve(doc.content.size >> 1));
  view.dispatch(view.state.tr.setSelection(selection));
}

/**
 * One simulated keystroke, in ms: the transaction the browser's input would produce (insertText, scrolled into
 * view, as ProseMirror's own input handling does), dispatched — for the act, through the app's controller:
 * filterTransaction of the part-structure plugin, plugin states (history, hints), updateState, which redraws the
 * changed DOM and, to scroll the cursor into view, reads its coordinates, which makes Chromium recalculate style
 * and layout there and then — and a layout read after it, which counts any layout still pending (usually none).
 * Not counted: the browser's own handling of the key event and DOM mutation before ProseMirror reads it, the
 * app's React listeners and autosave timer (onDocChange does nothing here), and paint, which follows later.
 */
async function keystroke(view: EditorView): Promise<number> {
  const char = TYPED[typed++ % TYPED.length]!;
  const start = performance.now();
  view.dispatch(view.state.tr.insertText(char).scrollIntoView());
  // Work the editor queued as microtasks during the update (measuring the typing layout boundary) runs before
  // this continuation, and is counted.
  await Promise.resolve();
  void view.dom.getBoundingClientRect().height;
  return performance.now() - start;
}

async function type(view: EditorView, count: number, samples?: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    await nextFrame();
    const ms = await keystroke(view);
    samples?.push(ms);
  }
}

async function measureKeystrokes(plan: KeystrokePlan): Promise<KeystrokeSamples> {
  editor1 ??= openEditor(mounts.act1, act1!);
  bare ??= mountBareView(mounts.bare100, bareDoc!);
  const views: Record<Pane, EditorView> = { act100: editor100!.view, act1: editor1.view, bare100: bare };
  for (const view of Object.values(views)) placeCursorInMiddle(view);
  const samples: KeystrokeSamples = { act100: [], act1: [], bare100: [] };
  const order: Pane[] = ['act100', 'act1', 'bare100'];
  for (let round = 0; round < plan.rounds; round++) {
    // Rotate the order, so no document is always measured first or right after the same other one.
    for (const pane of [...order.slice(round % 3), ...order.slice(0, round % 3)]) {
      show(pane);
      views[pane].focus();
      await type(views[pane], plan.warmUp);
      await type(views[pane], plan.perRound, samples[pane]);
    }
  }
  show('act100');
  editor100!.view.focus();
  return samples;
}

/** The same keystrokes with both acts hidden (display: none): the script's share, without style and layout. */
async function measureScriptOnly(keystrokes: number): Promise<ScriptOnlySamples> {
  show('none');
  const samples: ScriptOnlySamples = { act100: [], act1: [] };
  await type(editor100!.view, keystrokes, samples.act100);
  await type(editor1!.view, keystrokes, samples.act1);
  show('act100');
  editor100!.view.focus();
  return samples;
}

async function measureAutosave(saves: number, warmUp: number): Promise<AutosaveSamples> {
  const view = editor100!.view;
  const samples: AutosaveSamples = { total: [], serialise: [] };
  for (let i = 0; i < warmUp + saves; i++) {
    await type(view, 5);
    // As the workspace's readContent does.
    const start = performance.now();
    const documentJson = documentJsonText(view.state.doc);
    const serialised = performance.now();
    revision = await saveDraftDocument(db!, identity, { documentJson }, revision);
    if (i < warmUp) continue;
    samples.total.push(performance.now() - start);
    samples.serialise.push(serialised - start);
  }
  return samples;
}

async function measureHeap(): Promise<HeapInfo> {
  editor1?.destroy();
  bare?.destroy();
  for (const mount of [mounts.act1, mounts.bare100]) {
    mount.textContent = '';
    mount.parentElement!.remove();
  }
  editor1 = bare = act100 = act1 = bareDoc = undefined;
  const gc = (window as Window & { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, gc ? 100 : 2000));
  }
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) throw new Error('performance.memory is not available in this browser.');
  return { usedBytes: memory.usedJSHeapSize, forcedGc: gc !== undefined };
}

const bench: EditorBench = {
  prepare,
  measureOpen,
  measureKeystrokes,
  measureScriptOnly,
  measureAutosave,
  measureHeap,
};
window.editorBench = bench;
