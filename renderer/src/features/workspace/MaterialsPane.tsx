import { memo, useRef, useState } from 'react';
import { worksheetKind, type Worksheet } from '../../domain/worksheet/worksheet';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import { TabList } from '../../ui/TabList';
import { useMaterialRequests } from '../case-file/material-navigator';
import { Reader } from '../case-file/Reader';
import { WorksheetForm } from './worksheet/WorksheetForm';

type PaneTab = 'materials' | 'worksheet';
const TABS: readonly PaneTab[] = ['materials', 'worksheet'];

interface MaterialsPaneProps {
  caseRecord: CaseRecord;
  /** The act template of the draft: a criminal act gets the art. 390 questions in the worksheet. */
  templateId: string;
  /**
   * The worksheet to show, undefined while never edited; read when the worksheet tab is first opened. The form
   * owns it from then on: a different object here (a restored revision) replaces the form and what it holds.
   */
  worksheet: Worksheet | undefined;
  onWorksheetChange: (worksheet: Worksheet) => void;
  /** A timed exam whose time is up: the worksheet is shown but takes no more changes. */
  locked?: boolean;
}

/**
 * The left pane: the case file (reader/), which shows one document at a time and searches them all, and the
 * case-solving worksheet (worksheet/), as two tabs. Both stay mounted once shown and are only hidden, so
 * switching keeps the reader's document, search and scroll, and the worksheet's fields and focus. Whenever
 * something asks to open a material (an evidence chip, an evidence link in the act), the case file comes back.
 * Memoised: the workspace re-renders on every save-status change.
 */
export const MaterialsPane = memo(function MaterialsPane({
  caseRecord,
  templateId,
  worksheet,
  onWorksheetChange,
  locked = false,
}: MaterialsPaneProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<PaneTab>('materials');
  // The worksheet is built when first shown: opening a case costs nothing for it.
  const [worksheetShown, setWorksheetShown] = useState(false);
  const [source, setSource] = useState({ worksheet, version: 0 });
  if (source.worksheet !== worksheet) setSource({ worksheet, version: source.version + 1 });
  const worksheetPanel = useRef<HTMLDivElement>(null);
  useMaterialRequests(() => {
    setTab('materials');
    // An evidence chip was clicked: its panel is being hidden, so the focus goes to the tab that came back.
    // (An evidence link in the act keeps the focus in the act.)
    if (worksheetPanel.current?.contains(document.activeElement))
      document.getElementById(tabId('materials'))?.focus();
  });

  function select(next: PaneTab) {
    setTab(next);
    if (next === 'worksheet') setWorksheetShown(true);
  }

  const labels: Record<PaneTab, string> = {
    materials: t('worksheet.tab.materials'),
    worksheet: t('worksheet.tab.worksheet'),
  };

  return (
    <div className="materials-pane">
      <TabList
        tabs={TABS}
        selected={tab}
        onSelect={select}
        label={t('worksheet.tabs')}
        labelOf={(name) => labels[name]}
        tabId={tabId}
        panelId={panelId}
        block="materials-pane"
      />
      <div
        id={panelId('materials')}
        className="materials-pane__panel"
        role="tabpanel"
        aria-labelledby={tabId('materials')}
        hidden={tab !== 'materials'}
      >
        <Reader caseRecord={caseRecord} />
      </div>
      <div
        ref={worksheetPanel}
        id={panelId('worksheet')}
        className="materials-pane__panel materials-pane__panel--worksheet"
        role="tabpanel"
        aria-labelledby={tabId('worksheet')}
        hidden={tab !== 'worksheet'}
      >
        {worksheetShown && (
          // A disabled fieldset disables every field of the form at once, and the browser tells it to screen readers.
          <fieldset className="materials-pane__worksheet-lock" disabled={locked}>
            <WorksheetForm
              key={source.version}
              caseRecord={caseRecord}
              kind={worksheetKind(caseRecord.branch, templateId)}
              initial={worksheet}
              onChange={onWorksheetChange}
            />
          </fieldset>
        )}
      </div>
    </div>
  );
});

function tabId(tab: PaneTab): string {
  return `materials-pane-tab-${tab}`;
}

function panelId(tab: PaneTab): string {
  return `materials-pane-${tab}`;
}
