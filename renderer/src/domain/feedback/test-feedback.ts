import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { createActDocument, parseActDocument } from '../act/document';
import { civilDecision } from '../act/templates/civil-decision';
import { anchorOf } from '../review/anchor';
import { emptyMarkSheet } from '../review/marks';
import { readSubmission, sealSubmission, encodeSubmission } from '../submission/submission';
import { validSubmissionContent } from '../submission/test-submission';
import type { FeedbackInput } from './feedback';

/** The sentence the test act's reasoning holds, for anchored comments to quote. */
export const REASONING = 'Долг не возвращён. Иск удовлетворить.';

/** A civil decision whose reasoning says REASONING. */
export function actWithReasoning(): Record<string, unknown> {
  const document = createActDocument(civilDecision, 'ru').toJSON() as {
    content: { attrs: { id: string }; content: Record<string, unknown>[] }[];
  };
  const reasoning = document.content.find((part) => part.attrs.id === 'reasoning');
  if (!reasoning) throw new Error('no reasoning part');
  reasoning.content[1] = { type: 'paragraph', content: [{ type: 'text', text: REASONING }] };
  return document as unknown as Record<string, unknown>;
}

/** The anchor of `text` in an act (its first occurrence). */
export function anchorOfText(act: ProseMirrorNode, text: string) {
  let found: number | undefined;
  act.descendants((node, pos) => {
    const at = node.isText ? (node.text?.indexOf(text) ?? -1) : -1;
    if (found === undefined && at !== -1) found = pos + at;
    return found === undefined;
  });
  if (found === undefined) throw new Error(`${text} is not in the act`);
  const anchor = anchorOf(act, found, found + text.length);
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

/**
 * What the trainer's app gives buildFeedback for a marked test submission: two criteria (one scored with its own
 * and a bank comment, one not scored), an anchored comment with a bank comment, an overall comment.
 */
export async function markedFeedbackInput(): Promise<FeedbackInput> {
  const sealed = await sealSubmission({ ...validSubmissionContent(), document: actWithReasoning() });
  const check = await readSubmission(encodeSubmission(sealed));
  if (!check.ok) throw new Error(`test submission refused: ${check.reason}`);
  const sheet = emptyMarkSheet();
  sheet.criteria.form = { points: 7.5, comment: 'Структура соблюдена.', bankComments: ['bank-1'] };
  sheet.criteria.norms = { comment: '', bankComments: [] };
  sheet.anchored.push({
    id: 'a1',
    anchor: anchorOfText(parseActDocument(sealed.document), 'Иск удовлетворить.'),
    text: 'Сформулируйте точнее.',
    criterionId: 'form',
    bankId: 'bank-2',
  });
  sheet.overallComment = 'Хорошая работа.';
  return {
    submissionText: check.json,
    trainerName: 'Гульнара Сапарова',
    caseTitle: 'Дело о займе',
    rubric: [
      { id: 'form', title: 'Форма', maxPoints: 10 },
      { id: 'norms', title: 'Нормы', maxPoints: 5 },
    ],
    sheet,
    bankTexts: new Map([
      ['bank-1', 'Вводная часть полная.'],
      ['bank-2', 'Резолютивная часть неконкретна.'],
    ]),
    now: new Date('2026-12-01T10:00:00.000Z'),
    feedbackId: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
  };
}
