import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { routeHref } from '../../app/route';
import { useServices } from '../../app/services';
import { readCaseRefs, type SubmissionCaseRef } from '../../domain/review/case-refs';
import type { CohortFile } from '../../domain/review/cohort-files';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { readFilesBytes } from '../../platform';
import { listPacks } from '../../storage/pack-repository';
import {
  findReviewCase,
  listNamedCases,
  type FindReviewCaseResult,
  type NamedCaseChoice,
} from '../../storage/review-case';
import { startReview, type StartReviewProblem } from '../../storage/review-repository';
import { errorDetail } from '../../ui/error-message';
import { Notice } from '../../ui/Notice';
import { CaseChoice } from './CaseChoice';
import { handOverToReview } from './cohort-handoff';

export const SUBMISSION_ACCEPT = '.cdsub,.zip';

/** Two ways to start a review: pick a case of the library, or choose the submissions and let them name it. */
export function StartReview() {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const packs = useLiveQuery(() => listPacks(db), [db]);
  const cases = useLiveQuery(() => db.cases.toArray(), [db]);
  const [packId, setPackId] = useState('');
  const [caseId, setCaseId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [choice, setChoice] = useState<{ cases: NamedCaseChoice[]; files: CohortFile[] } | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);

  const chosenPack = packId || packs?.[0]?.id || '';
  const packCases = (cases ?? [])
    .filter((record) => record.packId === chosenPack)
    .sort((a, b) => a.order - b.order);
  const chosenCaseRecord = packCases.find((record) => record.id === caseId) ?? packCases[0];
  const chosenCase = chosenCaseRecord?.id;
  const chosenPackTitle = packs?.find((pack) => pack.id === chosenPack)?.title;

  async function open(pack: string, packCase: string, files?: CohortFile[]) {
    const started = await startReview(db, pack, packCase);
    if (!started.ok) return setProblem(startProblem(t, started.reason));
    handOverToReview(started.review.key, { existed: started.existed, ...(files && { files }) });
    // A hash-only address: the page stays, the route changes.
    window.location.assign(routeHref({ screen: 'review', reviewKey: started.review.key }));
  }

  /** Opens the review of a case the files name, if the library can give it; the import refuses the others' files. */
  async function openNamed(ref: SubmissionCaseRef, files: CohortFile[]) {
    setChoice(null);
    const found = await findReviewCase(db, ref);
    if (!found.ok) return setProblem(findCaseProblem(t, found));
    await open(ref.packId, ref.caseId, files);
  }

  async function startFromCase(event: FormEvent) {
    event.preventDefault();
    if (chosenPack && chosenCase) await open(chosenPack, chosenCase);
  }

  async function startFromFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    setProblem(null);
    setChoice(null);
    setReading(true);
    try {
      const files = await readFilesBytes(list);
      const cases = await listNamedCases(db, await readCaseRefs(files));
      const [only, ...others] = cases;
      if (!only) return setProblem(t('review.findCase.noSubmissions'));
      // Files for several cases (or pack versions): the trainer says which to review, never a guess.
      if (others.length > 0) return setChoice({ cases, files });
      await openNamed(only.ref, files);
    } catch (error) {
      setProblem(t('trainer.filesUnreadable', { detail: errorDetail(error) }));
    } finally {
      setReading(false);
      if (filesInput.current) filesInput.current.value = '';
    }
  }

  return (
    <section className="start-review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="start-review__title">
        {t('trainer.startTitle')}
      </h2>
      {problem && (
        <Notice tone="error" onDismiss={() => setProblem(null)}>
          {problem}
        </Notice>
      )}
      <form className="start-review__way" onSubmit={(event) => void startFromCase(event)}>
        <h3 className="start-review__way-title">{t('trainer.startFromCase')}</h3>
        <div className="start-review__field">
          <label htmlFor={`${id}-pack`}>{t('trainer.pack')}</label>
          <select
            id={`${id}-pack`}
            value={chosenPack}
            title={chosenPackTitle}
            onChange={(event) => setPackId(event.target.value)}
          >
            {packs?.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.title}
              </option>
            ))}
          </select>
        </div>
        <div className="start-review__field">
          <label htmlFor={`${id}-case`}>{t('trainer.case')}</label>
          <select
            id={`${id}-case`}
            value={chosenCase ?? ''}
            title={chosenCaseRecord?.title}
            aria-describedby={chosenCaseRecord ? `${id}-chosen` : undefined}
            onChange={(event) => setCaseId(event.target.value)}
          >
            {packCases.map((record) => (
              <option key={record.key} value={record.id} lang={record.language}>
                {record.title}
              </option>
            ))}
          </select>
        </div>
        {chosenCaseRecord && (
          // A closed list shows as much of a long title as fits: the whole title of the chosen case is written out.
          <p id={`${id}-chosen`} className="start-review__chosen">
            <span lang={chosenCaseRecord.language}>{chosenCaseRecord.title}</span>
            {' — '}
            {chosenPackTitle}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={!chosenCase}>
          {t('trainer.start')}
        </button>
      </form>
      <div className="start-review__way">
        <h3 className="start-review__way-title">{t('trainer.startFromFiles')}</h3>
        <p className="start-review__hint">{t('trainer.startFromFilesHint')}</p>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept={SUBMISSION_ACCEPT}
          hidden
          onChange={(event) => void startFromFiles(event.target.files)}
        />
        <button
          type="button"
          className="button"
          disabled={reading}
          onClick={() => filesInput.current?.click()}
        >
          {reading ? t('trainer.readingFiles') : t('trainer.chooseSubmissions')}
        </button>
        {choice && (
          <CaseChoice
            cases={choice.cases}
            onChoose={(ref) => void openNamed(ref, choice.files)}
            onCancel={() => setChoice(null)}
          />
        )}
      </div>
    </section>
  );
}

function startProblem(t: Translate, reason: StartReviewProblem): string {
  return t(`review.start.${reason}`);
}

function findCaseProblem(t: Translate, found: Exclude<FindReviewCaseResult, { ok: true }>): string {
  switch (found.reason) {
    case 'packNotInLibrary':
      return t('review.findCase.packNotInLibrary', { packId: found.ref.packId });
    case 'caseNotInPack':
      return t('review.findCase.caseNotInPack', { caseId: found.ref.caseId });
    case 'otherPackVersion':
      return t('review.findCase.otherPackVersion', {
        packVersion: found.ref.packVersion,
        libraryVersion: found.libraryVersion,
      });
  }
}
