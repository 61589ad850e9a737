import {
  formatPoints,
  type GradedParticipant,
  type GradesHeadings,
  criterionComment,
} from '../../../domain/review/grades-csv';
import { markStatus, totalPoints } from '../../../domain/review/marks';
import type { WorksheetParticipant } from '../../../domain/review/moodle-worksheet';
import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import { shortDateTimeFormat } from '../../../i18n/format-date';
import type { Translate } from '../../../i18n/I18nProvider';
import type { UiLocale } from '../../../i18n/locales';
import type { ParticipantMarks, ReviewGrades } from '../../../storage/review-grades';

/** What a participant is called in a file or a report: their code, or their name when the trainer chose names. */
function labelOf({ entry }: ParticipantMarks, withNames: boolean): string {
  return withNames ? entry.participantName : entry.anonymousCode;
}

/** The rows of the grade sheet and the breakdown, in the order of their labels. */
export function gradedParticipants(
  grades: ReviewGrades,
  withNames: boolean,
  locale: UiLocale,
): GradedParticipant[] {
  const time = shortDateTimeFormat(locale);
  return grades.participants
    .map((participant): GradedParticipant => {
      const { marks } = participant;
      return {
        label: labelOf(participant, withNames),
        ...(marks && { sheet: marks.sheet }),
        gradedBy: marks?.markedBy?.name ?? grades.trainerName,
        timeGraded: marks ? time.format(new Date(marks.updatedAt)) : '',
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function gradesHeadings(t: Translate): GradesHeadings {
  return {
    participant: t('grades.column.participant'),
    score: (criterion) => t('grades.column.score', { criterion }),
    comment: (criterion) => t('grades.column.comment', { criterion }),
    total: t('grades.column.total'),
    overallComment: t('grades.column.overall'),
    gradedBy: t('grades.column.gradedBy'),
    timeGraded: t('grades.column.timeGraded'),
  };
}

/**
 * The participants as the Moodle worksheet is filled for them: a total only for a fully marked work, and a feedback
 * comment made of the overall comment and a line per criterion (its score and comment), numbers written with the
 * worksheet's own decimal mark.
 */
export function worksheetParticipants(
  t: Translate,
  grades: ReviewGrades,
  rubric: readonly RubricCriterion[],
  showNames: boolean,
  decimalMark: ',' | '.',
): WorksheetParticipant[] {
  return grades.participants.map((participant) => {
    const sheet = participant.marks?.sheet;
    const marked = sheet !== undefined && markStatus(sheet, rubric) === 'marked';
    const lines = sheet
      ? [
          sheet.overallComment.trim(),
          ...rubric.map((criterion) => {
            const mark = sheet.criteria[criterion.id];
            const score = t('grades.feedback.criterion', {
              criterion: criterion.title,
              points: mark?.points === undefined ? '—' : formatPoints(mark.points, decimalMark),
              max: formatPoints(criterion.maxPoints, decimalMark),
            });
            const comment = criterionComment(mark, grades.bankTexts);
            return comment === '' ? score : `${score}. ${comment}`;
          }),
        ]
      : [];
    return {
      label: labelOf(participant, showNames),
      name: participant.entry.participantName,
      ...(marked && { total: totalPoints(sheet, rubric) }),
      feedback: lines.filter((line) => line !== '').join('\n'),
    };
  });
}
