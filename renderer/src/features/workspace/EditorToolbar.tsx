import { toggleMark } from 'prosemirror-commands';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import type { MarkType } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { actSchema } from '../../domain/act/schema';
import type { ActEditorController } from '../../editor/act-editor-controller';
import { listTypeAt, toggleList } from '../../editor/commands/lists';
import { useEditorSelector } from '../../editor/use-editor';
import { useI18n } from '../../i18n/I18nProvider';

const { marks, nodes } = actSchema;

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** Formatting buttons; each shows whether it is on where the cursor is. */
export function EditorToolbar({ controller }: { controller: ActEditorController | null }) {
  const { t } = useI18n();
  const active = useEditorSelector(
    controller,
    (state) =>
      [
        markActive(state, marks.strong) && 'strong',
        markActive(state, marks.em) && 'em',
        markActive(state, marks.underline) && 'underline',
        listTypeAt(state)?.name,
        undoDepth(state) > 0 && 'undo',
        redoDepth(state) > 0 && 'redo',
      ]
        .filter(Boolean)
        .join(' '),
    '',
  );
  const on = new Set(active.split(' '));
  const buttons = [
    {
      id: 'strong',
      label: t('toolbar.bold'),
      text: 'B',
      command: toggleMark(marks.strong),
      pressed: on.has('strong'),
    },
    { id: 'em', label: t('toolbar.italic'), text: 'I', command: toggleMark(marks.em), pressed: on.has('em') },
    {
      id: 'underline',
      label: t('toolbar.underline'),
      text: 'U',
      command: toggleMark(marks.underline),
      pressed: on.has('underline'),
    },
    {
      id: 'bullet_list',
      label: t('toolbar.bulletList'),
      text: '•',
      command: toggleList(nodes.bullet_list),
      pressed: on.has('bullet_list'),
    },
    {
      id: 'ordered_list',
      label: t('toolbar.orderedList'),
      text: '1.',
      command: toggleList(nodes.ordered_list),
      pressed: on.has('ordered_list'),
    },
  ];
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          className={`toolbar__button toolbar__button--${button.id}`}
          aria-label={button.label}
          title={button.label}
          aria-pressed={button.pressed}
          disabled={!controller}
          // Keep the editor's selection: a mousedown on the button would otherwise blur the text.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => controller?.run(button.command)}
        >
          {button.text}
        </button>
      ))}
      <span className="toolbar__separator" />
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('toolbar.undo')}
        title={t('toolbar.undo')}
        disabled={!on.has('undo')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => controller?.run(undo)}
      >
        ↶
      </button>
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('toolbar.redo')}
        title={t('toolbar.redo')}
        disabled={!on.has('redo')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => controller?.run(redo)}
      >
        ↷
      </button>
    </div>
  );
}
