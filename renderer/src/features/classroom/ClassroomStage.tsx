import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { routeHref } from '../../app/route';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessage } from '../../ui/error-message';
import { Notice } from '../../ui/Notice';
import { useKeyTableShortcuts } from '../../ui/use-window-shortcuts';
import {
  CLASSROOM_HIGHLIGHT_KEYS,
  CLASSROOM_PART_KEYS,
  outsideFields,
  outsideTextAndFields,
} from './classroom-shortcuts';
import { workLabel } from './classroom-works';
import { ModelAnswerSide } from './ModelAnswerSide';
import { highlightsOf, withHighlight, withoutHighlights, type SessionHighlights } from './session-highlights';
import type { ClassroomData } from './use-classroom-data';
import { useFullScreen } from './use-full-screen';
import { WorkPicker } from './WorkPicker';
import { WorkSide } from './WorkSide';

const MODEL = 'model';
const NOTHING = 'nothing';
/** The act's text size on the stage (its zoom); large at first, for the back of a hall. */
const ZOOMS = [1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const FIRST_ZOOM = 3;

type Side = 'shown' | 'beside';

/** Classroom mode once the review is read: the bar of controls and the two sides of the stage. */
export function ClassroomStage({
  data,
  reviewKey,
}: {
  data: Extract<ClassroomData, { state: 'ready' }>;
  reviewKey: string;
}) {
  const { t } = useI18n();
  const { review, caseRecord, template, modelAnswer, works, loader } = data;
  const language = review.case.language;
  const letters = t('classroom.letters');
  const fullScreen = useFullScreen();
  const [chosenShown, setChosenShown] = useState<string>();
  const [chosenBeside, setChosenBeside] = useState<string>();
  const [partIndex, setPartIndex] = useState(0);
  const [zoomIndex, setZoomIndex] = useState(FIRST_ZOOM);
  const [highlights, setHighlights] = useState<SessionHighlights>(new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const controllers = useRef<Record<Side, ActEditorController | null>>({ shown: null, beside: null });

  // A work chosen that has gone (taken off in another window) gives way to the first.
  const shown = works.find((work) => work.digest === chosenShown) ?? works[0];
  const besideOptions = works.filter((work) => work !== shown);
  const beside =
    chosenBeside === MODEL || chosenBeside === NOTHING
      ? chosenBeside
      : (besideOptions.find((work) => work.digest === chosenBeside) ??
        (modelAnswer !== undefined ? MODEL : (besideOptions[0] ?? NOTHING)));
  const besideWork = typeof beside === 'string' ? undefined : beside;
  const part = template.parts[Math.min(partIndex, template.parts.length - 1)];

  useEffect(() => {
    const before = document.title;
    document.title = t('classroom.windowTitle');
    return () => {
      document.title = before;
    };
  }, [t]);

  const step = (by: number) => {
    setPartIndex((index) => Math.max(0, Math.min(template.parts.length - 1, index + by)));
    setNotice(null);
  };

  const highlight = () => {
    if (!part) return;
    const sides: [Side, string | undefined][] = [
      ['shown', shown?.digest],
      ['beside', besideWork?.digest],
    ];
    const selected = sides.flatMap(([side, digest]) => {
      const controller = controllers.current[side];
      return controller && digest && !controller.state.selection.empty ? [{ controller, digest }] : [];
    });
    const chosen = selected.find(({ controller }) => controller.view.hasFocus()) ?? selected[0];
    if (!chosen) {
      setNotice(t('classroom.selectFirst'));
      return;
    }
    const { from, to } = chosen.controller.state.selection;
    const quote = chosen.controller.state.doc.textBetween(from, to, ' ');
    setHighlights((all) => withHighlight(all, chosen.digest, part.id, { from, to, quote }));
    setNotice(null);
    setAnnouncement(t('classroom.highlighted', { quote }));
  };

  const clearHighlights = () => {
    if (!part) return;
    setHighlights((all) =>
      [shown?.digest, besideWork?.digest].reduce(
        (left, digest) => (digest ? withoutHighlights(left, digest, part.id) : left),
        all,
      ),
    );
    setAnnouncement('');
  };

  useKeyTableShortcuts(
    CLASSROOM_PART_KEYS,
    { nextPart: () => step(1), previousPart: () => step(-1) },
    { within: outsideTextAndFields },
  );
  useKeyTableShortcuts(
    CLASSROOM_HIGHLIGHT_KEYS,
    { highlight, ...(fullScreen.active && { leaveFullScreen: fullScreen.leave }) },
    { within: outsideFields },
  );

  const toggleFullScreen = () => {
    fullScreen
      .toggle()
      .catch((error: unknown) => setNotice(errorMessage(t, 'classroom.fullScreenRefused', error)));
  };

  const partHeading = part?.heading[language] ?? '';
  const stageStyle = { '--editor-zoom': ZOOMS[zoomIndex] } as CSSProperties;
  return (
    <div className={`screen classroom${fullScreen.active ? ' classroom--full-screen' : ''}`}>
      <header className="classroom__bar">
        {/* The window's title says where this is: the bar keeps its one row for the controls. */}
        <h1 className="visually-hidden">{t('classroom.title')}</h1>
        <WorkPicker
          label={t('classroom.workShown')}
          works={works}
          value={shown?.digest ?? ''}
          onChange={setChosenShown}
        />
        <WorkPicker
          label={t('classroom.beside')}
          works={besideOptions}
          value={typeof beside === 'string' ? beside : beside.digest}
          onChange={setChosenBeside}
          before={
            <>
              <option value={MODEL}>{t('classroom.modelAnswer')}</option>
              <option value={NOTHING}>{t('classroom.nothingBeside')}</option>
            </>
          }
        />
        <div className="classroom__parts">
          <button
            type="button"
            className="button classroom__step"
            disabled={partIndex === 0}
            onClick={() => step(-1)}
            aria-label={t('classroom.previousPart')}
            title={t('classroom.previousPart')}
          >
            ‹
          </button>
          <p className="classroom__part" aria-live="polite">
            {t('classroom.part', {
              index: partIndex + 1,
              count: template.parts.length,
              heading: partHeading,
            })}
          </p>
          <button
            type="button"
            className="button classroom__step"
            disabled={partIndex >= template.parts.length - 1}
            onClick={() => step(1)}
            aria-label={t('classroom.nextPart')}
            title={t('classroom.nextPart')}
          >
            ›
          </button>
        </div>
        <div className="classroom__actions">
          <button
            type="button"
            className="button"
            // The selection stays where it is: in the act.
            onMouseDown={(event) => event.preventDefault()}
            onClick={highlight}
          >
            {t('classroom.highlight')}
          </button>
          <button type="button" className="button" onClick={clearHighlights}>
            {t('classroom.clearHighlights')}
          </button>
          <button
            type="button"
            className="button"
            disabled={zoomIndex === 0}
            onClick={() => setZoomIndex((index) => Math.max(0, index - 1))}
          >
            {t('classroom.smallerText')}
          </button>
          <button
            type="button"
            className="button"
            disabled={zoomIndex === ZOOMS.length - 1}
            onClick={() => setZoomIndex((index) => Math.min(ZOOMS.length - 1, index + 1))}
          >
            {t('classroom.largerText')}
          </button>
          <button
            type="button"
            className="button classroom__full-screen"
            aria-pressed={fullScreen.active}
            onClick={toggleFullScreen}
          >
            {fullScreen.active ? t('classroom.leaveFullScreen') : t('classroom.fullScreen')}
          </button>
          <a className="button" href={routeHref({ screen: 'review', reviewKey })}>
            {t('classroom.exit')}
          </a>
        </div>
      </header>
      <p className="classroom__keys">{t('classroom.keysHint')}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {notice && (
        <Notice tone="info" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      )}
      {works.length === 0 || !shown || !part ? (
        <main className="classroom__message">
          <p>{t('classroom.noWorks')}</p>
        </main>
      ) : (
        <main
          className={`classroom__stage${beside === NOTHING ? ' classroom__stage--single' : ''}`}
          style={stageStyle}
        >
          <WorkSide
            loader={loader}
            digest={shown.digest}
            label={workLabel(shown, letters)}
            part={part}
            language={language}
            caseRecord={caseRecord}
            highlights={highlightsOf(highlights, shown.digest, part.id)}
            onController={(controller) => (controllers.current.shown = controller)}
          />
          {beside === MODEL && (
            <ModelAnswerSide modelAnswer={modelAnswer} template={template} part={part} language={language} />
          )}
          {besideWork && (
            <WorkSide
              loader={loader}
              digest={besideWork.digest}
              label={workLabel(besideWork, letters)}
              part={part}
              language={language}
              caseRecord={caseRecord}
              highlights={highlightsOf(highlights, besideWork.digest, part.id)}
              onController={(controller) => (controllers.current.beside = controller)}
            />
          )}
        </main>
      )}
    </div>
  );
}
