import { keydownHandler } from 'prosemirror-keymap';
import type { Mark } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { evidenceAtCursor } from './evidence-commands';
import { bindKeys } from '../core/keymap';
import { SHORTCUTS } from '../core/shortcuts';
import type { EditorView, MarkViewConstructor } from 'prosemirror-view';

/** What evidence links in the editor need from the open case. */
export interface EvidenceLinkOptions {
  /** The case's materials, id → title. A link to any other id is broken: the material left the case. */
  materials: ReadonlyMap<string, string>;
  /** Shows a material in the case file. */
  onOpenMaterial: (materialId: string) => void;
  /** Said of a broken link, after its title: "this material is no longer in the case". */
  brokenLabel: string;
}

/**
 * Evidence links as the trainee sees them: titled with the material's current title, marked broken when the
 * material is gone (the text stays), and opening the material on a plain click or Alt+Enter. A view-only plugin: it holds no
 * state and does nothing per keystroke; a link's DOM is built only when ProseMirror renders that text.
 * In a read-only act there is no text to edit: each working link is a link the keyboard reaches (Tab) and opens
 * with Enter.
 */
export function evidenceLinksPlugin(options: EvidenceLinkOptions, { readOnly = false } = {}): Plugin {
  const markView: MarkViewConstructor = (mark: Mark) => {
    const dom = document.createElement('span');
    const id = mark.attrs.material as string;
    const title = options.materials.get(id);
    dom.className = title === undefined ? 'evidence evidence--broken' : 'evidence';
    dom.dataset.evidence = id;
    dom.title =
      title === undefined
        ? `${mark.attrs.title as string} — ${options.brokenLabel}`.replace(/^ — /, '')
        : title;
    if (readOnly && title !== undefined) {
      dom.tabIndex = 0;
      dom.setAttribute('role', 'link');
    }
    return { dom };
  };
  return new Plugin({
    props: {
      markViews: { evidence: markView },
      // From the keyboard: Alt+Enter in linked text opens its material, as a click does.
      handleKeyDown: keydownHandler(
        bindKeys(SHORTCUTS.openEvidence, (state) => {
          const id = evidenceAtCursor(state);
          if (id === null || !options.materials.has(id)) return false;
          options.onOpenMaterial(id);
          return true;
        }),
      ),
      // A read-only view runs no key bindings (ProseMirror leaves keys to the page), so Enter is heard here.
      handleDOMEvents: readOnly
        ? {
            keydown: (view, event) => {
              if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
                return false;
              const id = linkedMaterial(view, event.target);
              if (id === null || !options.materials.has(id)) return false;
              event.preventDefault();
              options.onOpenMaterial(id);
              return true;
            },
          }
        : {},
      handleClick: (view, _pos, event) => {
        if (event.button !== 0 || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
          return false;
        const id = linkedMaterial(view, event.target);
        if (id !== null && options.materials.has(id)) options.onOpenMaterial(id);
        // The click still puts the cursor where it landed, so the linked text stays editable.
        return false;
      },
    },
  });
}

/** The material of the evidence link an event happened in, if it happened in one of this view's links. */
function linkedMaterial(view: EditorView, target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest('[data-evidence]') : null;
  return link && view.dom.contains(link) ? link.getAttribute('data-evidence') : null;
}
