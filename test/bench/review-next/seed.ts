import { parseActDocument } from '../../../renderer/src/domain/act/document';
import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import { countOutcomes } from '../../../renderer/src/domain/review/import-report';
import type { Submission } from '../../../renderer/src/domain/submission/submission';
import { importCohort } from '../../../renderer/src/storage/cohort-import';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { importPack } from '../../../renderer/src/storage/pack-repository';
import { startReview } from '../../../renderer/src/storage/review-repository';
import { COHORT_150, COHORT_CASE, COHORT_PACK, generateCohort } from '../cohort-import/generate-cohort';
import { generatePack } from '../pack-import/generate-pack';
import type { ReviewSeed, SeededReview } from './protocol';

/** Through the app's own storage code, into the app's database: what a trainer's cohort import leaves there. */
async function seed(submissions: number): Promise<SeededReview> {
  const db = new CaseDraftDatabase();
  try {
    const { manifest, files: packFiles } = await generatePack(COHORT_PACK);
    const pack = await readPackFile(writePackArchive(manifest, packFiles), {
      sanitize: createRichTextSanitizer(window),
    });
    await importPack(db, pack, { bundled: false });
    const started = await startReview(db, COHORT_CASE.packId, COHORT_CASE.caseId);
    if (!started.ok) throw new Error(`The review did not start: ${started.reason}`);
    const files = await generateCohort({ ...COHORT_150, submissions });
    const counts = countOutcomes(await importCohort(db, started.review, files));
    if (counts.imported !== files.length)
      throw new Error(`Not every file went in: ${JSON.stringify(counts)}`);

    const acts = files.map((file) => {
      const submission = JSON.parse(new TextDecoder().decode(file.bytes)) as Submission;
      return { digest: submission.digest.value, act: parseActDocument(submission.document) };
    });
    const texts = acts.map(({ act }) => act.textContent);
    const snippets: Record<string, string> = {};
    for (const [index, { digest, act }] of acts.entries()) {
      // The first paragraph of plain text that no other act holds: contiguous in the act view's DOM too.
      let found: string | undefined;
      act.descendants((node) => {
        if (found) return false;
        if (!node.isTextblock) return true;
        const text = node.textContent;
        const plain = node.childCount > 0 && node.content.content.every((child) => child.isText);
        if (plain && text.length >= 80 && texts.every((other, at) => at === index || !other.includes(text)))
          found = text;
        return false;
      });
      if (!found) throw new Error('No run of text tells this act apart.');
      snippets[digest] = found;
    }
    const largestActChars = Math.max(...texts.map((text) => text.length));
    return { reviewKey: started.review.key, snippets, largestActChars };
  } finally {
    db.close();
  }
}

const reviewSeed: ReviewSeed = { seed };
window.reviewSeed = reviewSeed;
