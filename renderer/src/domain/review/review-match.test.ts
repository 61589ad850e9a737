import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { createActDocument } from '../act/document';
import { actSchema } from '../act/schema';
import { civilDecision } from '../act/templates/civil-decision';
import { civilRuling } from '../act/templates/civil-ruling';
import { encodeSubmission, readSubmission, sealSubmission } from '../submission/submission';
import { validSubmissionContent } from '../submission/test-submission';
import { matchReview, type ReadSubmission, type ReviewTarget } from './review-match';

const target: ReviewTarget = {
  packId: 'civil-loan-karaganda',
  packVersion: 1,
  caseId: 'loan-dispute',
  actType: 'civil-decision',
  template: civilDecision,
};

async function readValid(): Promise<ReadSubmission> {
  const check = await readSubmission(encodeSubmission(await sealSubmission(validSubmissionContent())));
  if (!check.ok) throw new Error(`the test submission was refused: ${check.reason}`);
  return check;
}

/** The act with a paragraph added at the end of its last part. */
function withParagraph(act: ProseMirrorNode, text: string): ProseMirrorNode {
  const last = act.lastChild!;
  const paragraph = actSchema.nodes.paragraph.create(null, actSchema.text(text));
  return act.copy(act.content.replaceChild(act.childCount - 1, last.copy(last.content.addToEnd(paragraph))));
}

describe('matchReview', () => {
  it('sums up the act as the reader parsed it, without reading the document again', async () => {
    const read = await readValid();
    const plain = matchReview(read, target);
    const longer = matchReview({ ...read, act: withParagraph(read.act, 'три новых слова') }, target);
    expect(plain.ok && longer.ok && longer.summary.wordCount - plain.summary.wordCount).toBe(3);
  });

  it('refuses an act that does not follow the template of the review’s case', async () => {
    const read = await readValid();
    expect(matchReview({ ...read, act: createActDocument(civilRuling, 'ru') }, target)).toEqual({
      ok: false,
      reason: 'otherTemplate',
    });
  });
});
