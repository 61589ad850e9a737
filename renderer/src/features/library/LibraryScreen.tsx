import './LibraryScreen.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { routeHref } from '../../app/route';
import { useServices } from '../../app/services';
import { FEEDBACK_EXTENSION } from '../../domain/feedback/feedback-v1';
import { useI18n } from '../../i18n/I18nProvider';
import { caseStatus } from '../../storage/draft-repository';
import { listAllFeedback } from '../../storage/feedback-repository';
import { listPacks } from '../../storage/pack-repository';
import type { DraftRecord } from '../../storage/records';
import { AppHeader } from '../../ui/AppHeader';
import { Notice } from '../../ui/Notice';
import { saveErrorReason } from '../../ui/error-message';
import { useFileDrop } from '../../ui/use-file-drop';
import { CaseBrowser } from './CaseBrowser';
import { FeedbackImportNotice } from './FeedbackImportNotice';
import { OtherCasesFeedback } from './OtherCasesFeedback';
import { ImportNotice } from './ImportNotice';
import { PackList } from './PackCard';
import { useFeedbackImport } from './use-feedback-import';
import { usePackImport } from './use-pack-import';

export const PACK_EXTENSIONS = ['cdpack', 'json'];

/**
 * The cases on this computer by branch of law, with the trainee's progress, a search and filters; below them the
 * packs they come from. Packs are imported here.
 */
export function LibraryScreen({ bundledPacksError }: { bundledPacksError?: unknown }) {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const { state, importFile, cancel, reset } = usePackImport();
  const packs = useLiveQuery(() => listPacks(db), [db]);
  const cases = useLiveQuery(() => db.cases.orderBy('key').toArray(), [db]);
  const drafts = useLiveQuery(() => db.drafts.toArray(), [db]);
  const feedbackImport = useFeedbackImport();
  const feedback = useLiveQuery(() => listAllFeedback(db), [db]);

  async function chooseFile() {
    const request = {
      title: t('library.importDialogTitle'),
      filters: [{ name: t('library.packFilter'), extensions: PACK_EXTENSIONS }],
    };
    await importFile('', () => platform.openFile(request));
  }

  async function chooseFeedbackFile() {
    const request = {
      title: t('feedback.importDialogTitle'),
      filters: [{ name: t('feedback.fileFilter'), extensions: [FEEDBACK_EXTENSION] }],
    };
    await feedbackImport.importFile('', () => platform.openFile(request));
  }

  const { dragging, handlers, draggingClass } = useFileDrop((files) => {
    const file = files[0];
    if (!file) return;
    // A trainer's feedback file goes to the feedback import; anything else is taken for a pack.
    const importing = file.name.toLowerCase().endsWith(`.${FEEDBACK_EXTENSION}`)
      ? feedbackImport.importFile
      : importFile;
    void importing(file.name, () => platform.readDroppedFile(file));
  });

  const casesPerPack = countBy(cases ?? [], (record) => record.packId);
  const draftsByKey = new Map((drafts ?? []).map((draft: DraftRecord) => [draft.key, draft]));
  const feedbackByCase = groupBy(feedback ?? [], (record) => record.caseKey);
  const caseKeys = new Set((cases ?? []).map((record) => record.key));
  const otherCasesFeedback = cases
    ? [...feedbackByCase].filter(([key]) => !caseKeys.has(key)).map(([, group]) => group)
    : [];

  return (
    <div className={`screen library${draggingClass}`} {...handlers}>
      <AppHeader title={t('library.title')} onLibrary>
        <a className="app-header__link" href={routeHref({ screen: 'reviews' })}>
          {t('trainer.entry')}
        </a>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void chooseFile()}
          disabled={state.phase === 'importing'}
        >
          {t('library.import')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void chooseFeedbackFile()}
          disabled={feedbackImport.state.phase === 'importing'}
        >
          {t('feedback.import')}
        </button>
      </AppHeader>
      <main className="library__body screen__drop-zone">
        {bundledPacksError !== undefined && (
          <Notice tone="error">
            {t('library.bundledNotStored', { reason: saveErrorReason(t, bundledPacksError) })}
          </Notice>
        )}
        <ImportNotice state={state} onDismiss={reset} onCancel={cancel} />
        <FeedbackImportNotice
          state={feedbackImport.state}
          caseInLibrary={(key) => caseKeys.has(key)}
          onDismiss={feedbackImport.reset}
        />
        {packs?.length === 0 ? (
          <p className="library__empty">{t('library.empty')}</p>
        ) : (
          <p className="library__lead">{t('library.chooseCase')}</p>
        )}
        <p className="library__hint">
          {dragging ? t('library.dropActive') : `${t('library.dropHint')} ${t('feedback.dropHint')}`}
        </p>
        {packs && cases && drafts && packs.length > 0 && (
          <>
            <section className="library__section" aria-labelledby="library-cases">
              <h2 id="library-cases" className="library__section-title">
                {t('library.cases')}
              </h2>
              <CaseBrowser
                packs={packs}
                cases={cases}
                statusOf={(record) => caseStatus(draftsByKey.get(record.key))}
                feedbackOf={(record) => feedbackByCase.get(record.key) ?? []}
              />
            </section>
            <section className="library__section" aria-labelledby="library-packs">
              <h2 id="library-packs" className="library__section-title">
                {t('library.packs')}
              </h2>
              <PackList packs={packs} caseCount={(pack) => casesPerPack.get(pack.id) ?? 0} />
            </section>
          </>
        )}
        <OtherCasesFeedback groups={otherCasesFeedback} />
      </main>
    </div>
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
