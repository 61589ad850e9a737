import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { TabList } from '../../../ui/TabList';
import { useMaterialRequests } from '../../case-file/material-navigator';

export type SideTab = 'model' | 'notes' | 'materials' | 'worksheet' | 'findings' | 'timeline';
const TABS: readonly SideTab[] = ['model', 'notes', 'materials', 'worksheet', 'findings', 'timeline'];
const LABELS: Record<SideTab, MessageKey> = {
  model: 'marking.tab.model',
  notes: 'marking.tab.notes',
  materials: 'marking.tab.materials',
  worksheet: 'marking.tab.worksheet',
  findings: 'marking.tab.findings',
  timeline: 'timeline.tab',
};

/**
 * What sits beside the act, one at a time: the model answer, the grading notes, the case materials, the trainee's
 * worksheet, the checker's findings and the writing timeline. Every panel stays mounted once shown, only hidden, so switching keeps each
 * one's place; an evidence link in the act brings the case materials forward.
 */
export function SidePanels({ panels }: { panels: Record<SideTab, ReactNode> }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<SideTab>('model');
  const [shown, setShown] = useState<ReadonlySet<SideTab>>(() => new Set(['model', 'materials']));
  const select = (next: SideTab) => {
    setTab(next);
    setShown((current) => (current.has(next) ? current : new Set([...current, next])));
  };
  useMaterialRequests(() => select('materials'));

  return (
    <div className="side-panels">
      <TabList
        tabs={TABS}
        selected={tab}
        onSelect={select}
        label={t('marking.tabs')}
        labelOf={(name) => t(LABELS[name])}
        tabId={tabId}
        panelId={panelId}
        block="side-panels"
      />
      {TABS.map((name) => (
        <div
          key={name}
          id={panelId(name)}
          className={`side-panels__panel side-panels__panel--${name}`}
          role="tabpanel"
          aria-labelledby={tabId(name)}
          hidden={tab !== name}
          // A panel of text the keyboard must be able to scroll.
          tabIndex={name === 'materials' ? undefined : 0}
        >
          {shown.has(name) && panels[name]}
        </div>
      ))}
    </div>
  );
}

function tabId(tab: SideTab): string {
  return `marking-tab-${tab}`;
}

function panelId(tab: SideTab): string {
  return `marking-panel-${tab}`;
}
