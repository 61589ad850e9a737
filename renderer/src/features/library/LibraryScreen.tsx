import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type DragEvent } from 'react';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { caseStatus } from '../../storage/draft-repository';
import { listPacks } from '../../storage/pack-repository';
import type { CaseRecord, DraftRecord } from '../../storage/records';
import { AppHeader } from '../shared/AppHeader';
import { ImportNotice } from './ImportNotice';
import { PackCard } from './PackCard';
import { usePackImport } from './use-pack-import';

export const PACK_EXTENSIONS = ['cdpack', 'json'];

/** The packs on this computer and their cases with the trainee's progress; packs are imported here. */
export function LibraryScreen() {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const { state, importFile, reset } = usePackImport();
  const [dragging, setDragging] = useState(false);
  const packs = useLiveQuery(() => listPacks(db), [db]);
  const cases = useLiveQuery(() => db.cases.orderBy('key').toArray(), [db]);
  const drafts = useLiveQuery(() => db.drafts.toArray(), [db]);

  async function chooseFile() {
    const request = {
      title: t('library.importDialogTitle'),
      filters: [{ name: t('library.packFilter'), extensions: PACK_EXTENSIONS }],
    };
    await importFile('', () => platform.openFile(request));
  }

  async function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) await importFile(file.name, () => platform.readDroppedFile(file));
  }

  const casesByPack = groupBy(cases ?? [], (record) => record.packId);
  const draftsByKey = new Map((drafts ?? []).map((draft: DraftRecord) => [draft.key, draft]));

  return (
    <div
      className={`screen library${dragging ? ' library--dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => void drop(event)}
    >
      <AppHeader title={t('library.title')} onLibrary>
        <button type="button" className="button button--primary" onClick={() => void chooseFile()}>
          {t('library.import')}
        </button>
      </AppHeader>
      <main className="library__body">
        <ImportNotice state={state} onDismiss={reset} />
        {packs?.length === 0 ? (
          <p className="library__empty">{t('library.empty')}</p>
        ) : (
          <p className="library__lead">{t('library.chooseCase')}</p>
        )}
        <p className="library__hint">{dragging ? t('library.dropActive') : t('library.dropHint')}</p>
        {packs?.map((pack) => (
          <PackCard
            key={pack.id}
            pack={pack}
            cases={(casesByPack.get(pack.id) ?? []).sort((a: CaseRecord, b: CaseRecord) => a.order - b.order)}
            statusOf={(record) => caseStatus(draftsByKey.get(record.key))}
          />
        ))}
      </main>
    </div>
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
