import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

/**
 * Keeps typing as fast in a 100-page act as in a one-page act.
 *
 * A keystroke changes one paragraph, but Chromium then lays out its parent block again, and that block (a part of
 * the act) may hold 2,000 paragraphs: layout cost grows with the document. An element with size and layout
 * containment is a relayout boundary: its changes are laid out inside it and go no further. So the paragraph
 * the trainee is typing in is given `contain: size layout` and its own height, measured after the first keystroke
 * in it and again whenever its text gains or loses a line (only then is the part laid out again). Anything else
 * that can change its height (the window or a pane resized, a zoom, a font arriving) lets it go back to its
 * natural layout until the next keystroke. Nothing else changes: the paragraph looks and behaves as before.
 */
interface BoundaryState {
  /** Where the text block holding the cursor starts, or null when the cursor is in none. */
  pos: number | null;
  /** Whether the trainee has typed in that block since the cursor entered it: only then is it contained. */
  typing: boolean;
  /** Its measured height in CSS pixels; null until measured (then the block is laid out as usual). */
  height: number | null;
}

type BoundaryMeta = { pos: number; height: number | null };

const NONE: BoundaryState = { pos: null, typing: false, height: null };

const boundaryKey = new PluginKey<BoundaryState>('typingLayoutBoundary');

function cursorBlockStart(state: EditorState): number | null {
  const { $head } = state.selection;
  return $head.parent.isTextblock && $head.depth > 0 ? $head.before() : null;
}

export function typingLayoutBoundaryPlugin(): Plugin<BoundaryState> {
  return new Plugin<BoundaryState>({
    key: boundaryKey,
    state: {
      init: (_config, state) => ({ ...NONE, pos: cursorBlockStart(state) }),
      apply(tr, previous, _oldState, state) {
        const pos = cursorBlockStart(state);
        const meta = tr.getMeta(boundaryKey) as BoundaryMeta | undefined;
        if (meta)
          return meta.pos === pos && previous.typing ? { ...previous, height: meta.height } : previous;
        // Still the same block (its start mapped through the change): its height stays valid until re-measured.
        const mapped = previous.pos === null ? null : tr.mapping.map(previous.pos);
        if (pos === null || mapped !== pos) return { ...NONE, pos, typing: tr.docChanged };
        return { pos, typing: previous.typing || tr.docChanged, height: previous.height };
      },
    },
    props: {
      decorations(state) {
        const { pos, height } = boundaryKey.getState(state) ?? NONE;
        if (pos === null || height === null) return null;
        const node = state.doc.nodeAt(pos);
        if (!node) return null;
        return DecorationSet.create(state.doc, [
          Decoration.node(pos, pos + node.nodeSize, {
            style: `contain: size layout; height: ${height}px`,
          }),
        ]);
      },
    },
    // Where nothing is laid out (jsdom, in unit tests) there is nothing to measure or contain.
    view: (view) => (typeof ResizeObserver === 'function' ? new BoundaryMeasurer(view) : {}),
  });
}

/**
 * Measures the block being typed in after each update. Reading the height of its lines (a range over its content)
 * only lays out the block itself once it is a boundary; when the lines' height changes, the block's fixed height
 * is dropped, and the next update measures it laid out naturally.
 */
class BoundaryMeasurer {
  /** The height of the block's lines when its height was measured, to notice a line gained or lost. */
  private linesHeight: number | null = null;
  private scheduled = false;
  private readonly resized: ResizeObserver;
  private readonly release = () => this.releaseBoundary();

  constructor(private readonly view: EditorView) {
    // The editor's size changes with the window, the panes, the zoom and the fonts: a fixed height may be stale.
    this.resized = new ResizeObserver(this.release);
    this.resized.observe(view.dom);
    document.fonts.addEventListener('loadingdone', this.release);
  }

  update(): void {
    this.schedule();
  }

  destroy(): void {
    this.scheduled = false;
    this.resized.disconnect();
    document.fonts.removeEventListener('loadingdone', this.release);
  }

  /** Measuring dispatches a transaction, which must not happen inside the view's own update. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.measure();
    });
  }

  private releaseBoundary(): void {
    if (this.view.isDestroyed) return;
    const { pos, height } = boundaryKey.getState(this.view.state) ?? NONE;
    if (pos !== null && height !== null) this.dispatch(pos, null);
  }

  private measure(): void {
    const { view } = this;
    if (view.isDestroyed || view.composing) return;
    const { pos, typing, height } = boundaryKey.getState(view.state) ?? NONE;
    if (pos === null || !typing) return;
    const dom = view.nodeDOM(pos);
    if (!(dom instanceof HTMLElement) || !dom.isConnected) return;
    const range = document.createRange();
    range.selectNodeContents(dom);
    const linesHeight = range.getBoundingClientRect().height;
    if (height === null) {
      const natural = dom.getBoundingClientRect().height;
      if (natural === 0) return; // not laid out (hidden): nothing to contain
      this.linesHeight = linesHeight;
      this.dispatch(pos, natural);
    } else if (this.linesHeight === null || Math.abs(linesHeight - this.linesHeight) > 0.5) {
      this.dispatch(pos, null);
    }
  }

  private dispatch(pos: number, height: number | null): void {
    const meta: BoundaryMeta = { pos, height };
    this.view.dispatch(this.view.state.tr.setMeta(boundaryKey, meta).setMeta('addToHistory', false));
  }
}
