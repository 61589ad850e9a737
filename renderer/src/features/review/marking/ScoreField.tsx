import { useEffect, useEffectEvent, useState, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { ariaKeyShortcuts, RUBRIC_KEYS } from './rubric-keys';
import { formatPoints } from '../../../i18n/format-points';
import { parsePoints, type PointsInput } from './parse-points';

const SCORE_KEYS = [
  ariaKeyShortcuts(RUBRIC_KEYS.nextCriterion),
  ariaKeyShortcuts(RUBRIC_KEYS.previousCriterion),
  'Enter',
].join(' ');

const PROBLEM_MESSAGES: Partial<Record<PointsInput['kind'], MessageKey>> = {
  notANumber: 'rubric.score.notANumber',
  outOfRange: 'rubric.score.outOfRange',
  notAHalf: 'rubric.score.notAHalf',
};

interface ScoreFieldProps {
  id: string;
  /** The id of the criterion's title, which names the field with the word «score». */
  criterionTitleId: string;
  maxPoints: number;
  points: number | undefined;
  /** A score the criterion accepts, or `undefined` when the field was emptied; never anything else. */
  onPoints: (points: number | undefined) => void;
  /** Enter in the field: the panel accepts the criterion's proposal, if it has one. */
  onEnter: () => void;
  /** Whether the field holds a score it refused, for the save line to say that not everything typed was kept. */
  onRefused?: (refused: boolean) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A criterion's score: digits with a point or a comma (7.5 or 7,5), from 0 to the maximum in halves. What the
 * trainer types stays in the field as typed; only a score the criterion accepts reaches the sheet. Anything else is
 * said at once under the field and leaves the criterion without a score, so the sheet never holds an invalid score
 * nor one other than the field shows.
 */
export function ScoreField({
  id,
  criterionTitleId,
  maxPoints,
  points,
  onPoints,
  onEnter,
  onRefused,
  ref,
}: ScoreFieldProps) {
  const { t, locale } = useI18n();
  /** What is typed, while it differs from the stored score's own writing; `null` shows the stored score. */
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const shown = typed ?? (points === undefined ? '' : formatPoints(locale, points));
  const input = parsePoints(shown, maxPoints);
  // «7,» is on its way to a score while the trainer types; left like that, it is not one.
  const problem = input.kind === 'incomplete' && !focused ? 'notANumber' : input.kind;
  const messageKey = PROBLEM_MESSAGES[problem];
  const refused = messageKey !== undefined;
  const reportRefused = useEffectEvent((isRefused: boolean) => onRefused?.(isRefused));
  useEffect(() => {
    reportRefused(refused);
    // A field that goes (another rubric) holds nothing refused any more.
    return () => reportRefused(false);
  }, [refused]);

  function change(text: string) {
    setTyped(text);
    const next = parsePoints(text, maxPoints);
    if (next.kind === 'valid') {
      if (next.points !== points) onPoints(next.points);
    } else if (next.kind !== 'incomplete' && points !== undefined) {
      // Emptied, or wrong: the criterion has no score until the field holds one, rather than keep a score the
      // trainer typed on the way («1» on the way to «15») or meant to replace.
      onPoints(undefined);
    }
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onEnter();
  }

  return (
    <div className="rubric-score">
      <label className="rubric-score__label" id={`${id}-label`} htmlFor={id}>
        {t('rubric.score.label')}
      </label>
      <input
        ref={ref}
        id={id}
        className="rubric-score__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={5}
        value={shown}
        aria-labelledby={`${id}-label ${criterionTitleId}`}
        aria-describedby={messageKey ? `${id}-max ${id}-problem` : `${id}-max`}
        aria-invalid={messageKey ? true : undefined}
        aria-keyshortcuts={SCORE_KEYS}
        onChange={(event) => change(event.target.value)}
        onKeyDown={keyDown}
        onFocus={(event) => {
          setFocused(true);
          event.target.select();
        }}
        onBlur={() => {
          setFocused(false);
          // A score the sheet holds is shown again in the interface's own writing (7,5 or 7.5).
          if (input.kind === 'valid' || input.kind === 'empty') setTyped(null);
          else if (input.kind === 'incomplete' && points !== undefined) onPoints(undefined);
        }}
      />
      <span className="rubric-score__max" id={`${id}-max`}>
        {t('rubric.score.outOf', { max: formatPoints(locale, maxPoints) })}
      </span>
      {messageKey && (
        <p className="rubric-score__problem" id={`${id}-problem`} role="alert">
          {t(messageKey, { max: formatPoints(locale, maxPoints) })}
        </p>
      )}
    </div>
  );
}
