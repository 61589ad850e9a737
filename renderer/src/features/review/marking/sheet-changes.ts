import { emptyCriterionMark, type CriterionMark, type MarkSheet } from '../../../domain/review/marks';

/** A change of one sheet, as useMarkSheet's `update` takes it. */
export type SheetChange = (sheet: MarkSheet) => MarkSheet;

/** Changes one criterion's mark, creating it the first time the criterion is touched. */
export function changeCriterion(
  criterionId: string,
  change: (mark: CriterionMark) => CriterionMark,
): SheetChange {
  return (sheet) => ({
    ...sheet,
    criteria: {
      ...sheet.criteria,
      [criterionId]: change(sheet.criteria[criterionId] ?? emptyCriterionMark()),
    },
  });
}

/** Gives a score, or takes it away (`undefined`). The caller has checked it with isValidPoints. */
export function setPoints(criterionId: string, points: number | undefined): SheetChange {
  return changeCriterion(criterionId, (mark) => {
    const next = { ...mark, points };
    if (points === undefined) delete next.points;
    return next;
  });
}

export function setComment(criterionId: string, comment: string): SheetChange {
  return changeCriterion(criterionId, (mark) => ({ ...mark, comment }));
}

/** The trainer takes the app's proposal: its words join the criterion's comment, and it is a proposal no more. */
export function acceptProposal(criterionId: string, proposalComment: string): SheetChange {
  return changeCriterion(criterionId, (mark) => ({
    ...mark,
    comment: mark.comment.trim() === '' ? proposalComment : `${mark.comment.trimEnd()}\n${proposalComment}`,
    proposalAccepted: true,
  }));
}

/** Inserts a bank comment into a criterion; one already there is not repeated. */
export function insertBankComment(criterionId: string, bankId: string): SheetChange {
  return changeCriterion(criterionId, (mark) =>
    mark.bankComments.includes(bankId) ? mark : { ...mark, bankComments: [...mark.bankComments, bankId] },
  );
}

export function removeBankComment(criterionId: string, bankId: string): SheetChange {
  return changeCriterion(criterionId, (mark) => ({
    ...mark,
    bankComments: mark.bankComments.filter((id) => id !== bankId),
  }));
}

export function setOverallComment(overallComment: string): SheetChange {
  return (sheet) => ({ ...sheet, overallComment });
}
