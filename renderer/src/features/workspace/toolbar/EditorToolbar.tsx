import './EditorToolbar.css';
import { toggleMark } from 'prosemirror-commands';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import type { MarkType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { ReactNode } from 'react';
import { actSchema } from '../../../domain/act/schema';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { listTypeAt, toggleList } from '../../../editor/lists/list-commands';
import { useEditorSelector } from '../../../editor/core/use-editor';
import { useI18n } from '../../../i18n/I18nProvider';
import { NumberingToggle } from './NumberingToggle';
import { ShortcutsHelp } from './ShortcutsDialog';
import { SpellcheckToggle } from './SpellcheckToggle';
import { TableControls } from './TableControls';
import { IconButton } from '../../../ui/IconButton';

const { marks, nodes } = actSchema;

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

interface ToolbarButton {
  /** Also the name under which the toolbar state reports the button as on (pressed, or available). */
  id: string;
  label: string;
  text: string;
  command: Command;
}

/** Formatting buttons, each showing whether it is on where the cursor is, then undo and redo. */
export function EditorToolbar({
  children,
}: {
  /** The workspace's own buttons (print preview, focus mode), after the editing ones. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const controller = useActEditor();
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
  const formatting: ToolbarButton[] = [
    { id: 'strong', label: t('toolbar.bold'), text: 'B', command: toggleMark(marks.strong) },
    { id: 'em', label: t('toolbar.italic'), text: 'I', command: toggleMark(marks.em) },
    { id: 'underline', label: t('toolbar.underline'), text: 'U', command: toggleMark(marks.underline) },
    { id: 'bullet_list', label: t('toolbar.bulletList'), text: '•', command: toggleList(nodes.bullet_list) },
    {
      id: 'ordered_list',
      label: t('toolbar.orderedList'),
      text: '1.',
      command: toggleList(nodes.ordered_list),
    },
  ];
  const history: ToolbarButton[] = [
    { id: 'undo', label: t('toolbar.undo'), text: '↶', command: undo },
    { id: 'redo', label: t('toolbar.redo'), text: '↷', command: redo },
  ];
  const render = (button: ToolbarButton, kind: 'toggle' | 'action') => (
    <IconButton
      key={button.id}
      className={`toolbar__button toolbar__button--${button.id}`}
      label={button.label}
      aria-pressed={kind === 'toggle' ? on.has(button.id) : undefined}
      disabled={!controller || (kind === 'action' && !on.has(button.id))}
      // Keep the editor's selection: a mousedown on the button would otherwise blur the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => controller?.run(button.command)}
    >
      {button.text}
    </IconButton>
  );
  return (
    // A narrow pane wraps the toolbar onto a second row group by group, never splitting a group.
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="toolbar__group">{formatting.map((button) => render(button, 'toggle'))}</span>
      <span className="toolbar__group">
        <span className="toolbar__separator" />
        {history.map((button) => render(button, 'action'))}
      </span>
      <span className="toolbar__group">
        <span className="toolbar__separator" />
        <TableControls />
        <NumberingToggle />
        <SpellcheckToggle />
      </span>
      <span className="toolbar__group">
        {children}
        <ShortcutsHelp />
      </span>
    </div>
  );
}
