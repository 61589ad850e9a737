// @vitest-environment jsdom
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it, vi } from 'vitest';
import { actSchema } from '../../domain/act/schema';
import { b } from '../../domain/act/test-builders';
import { ActEditorController } from './act-editor-controller';

const { citation } = actSchema.nodes;

/** A reasoning part citing УК РК art. 188 and linking its text to two materials, one of them gone from the case. */
function actWithLinks() {
  const evidence = (material: string) => actSchema.marks.evidence.create({ material, title: 'Протокол' });
  return b.doc(
    { template: 'civil-decision', language: 'kk' },
    b.part(
      { id: 'reasoning' },
      b.part_heading({ text: 'Сипаттау-дәлелдеу бөлігі' }),
      b.paragraph(
        'По ',
        citation.create({ code: 'УК РК', article: '188', part: '2', text: 'ч. 2 ст. 188 УК РК' }),
        ' ',
        actSchema.text('протоколом', [evidence('protocols')]),
        ' и ',
        actSchema.text('справкой', [evidence('gone')]),
      ),
    ),
  );
}

function readOnlyView(onOpenMaterial = vi.fn()) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const controller = new ActEditorController(mount, {
    readOnly: true,
    doc: actWithLinks(),
    label: 'Версия',
    className: 'revision-preview',
    evidence: {
      materials: new Map([['protocols', 'Протоколы осмотра']]),
      onOpenMaterial,
      brokenLabel: 'нет',
    },
  });
  return { controller, dom: controller.view.dom, onOpenMaterial };
}

describe('a read-only act view', () => {
  it('shows the act in its language, not editable, with the classes of the place it is shown in', () => {
    const { controller, dom } = readOnlyView();
    expect(dom.getAttribute('contenteditable')).toBe('false');
    expect(dom.classList).toContain('act-editor');
    expect(dom.classList).toContain('revision-preview');
    expect(dom.getAttribute('aria-label')).toBe('Версия');
    expect(controller.language).toBe('kk');
    controller.destroy();
  });

  it('keeps no change to the act it shows', () => {
    const { controller } = readOnlyView();
    const before = controller.doc;
    controller.view.dispatch(controller.state.tr.insertText('лишнее', 3));
    expect(controller.doc).toBe(before);
    // A selection is not a change: it is taken, so the cursor can show a citation's article.
    controller.view.dispatch(controller.state.tr.setSelection(TextSelection.create(before, 5)));
    expect(controller.state.selection.from).toBe(5);
    controller.destroy();
  });

  it('lets the keyboard reach citations and working evidence links, and opens a material on Enter', () => {
    const { controller, dom, onOpenMaterial } = readOnlyView();
    expect(dom.querySelector('.citation')?.getAttribute('tabindex')).toBe('0');
    const link = dom.querySelector<HTMLElement>('[data-evidence="protocols"]');
    const broken = dom.querySelector<HTMLElement>('[data-evidence="gone"]');
    expect(link?.getAttribute('role')).toBe('link');
    expect(link?.tabIndex).toBe(0);
    expect(broken?.hasAttribute('tabindex')).toBe(false);

    link?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpenMaterial).toHaveBeenCalledWith('protocols');
    broken?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpenMaterial).toHaveBeenCalledTimes(1);
    controller.destroy();
  });
});
