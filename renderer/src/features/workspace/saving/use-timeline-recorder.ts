import { useState } from 'react';
import { useServices } from '../../../app/services';
import { richTextPlain } from '../../case-file/documents/rich-text-html';
import type { CaseRecord } from '../../../storage/records';
import { TimelineRecorder } from './timeline-recorder';

/**
 * The open draft's timeline recorder, made once for the screen. The case text a paste is looked for in: the text
 * materials and the legislation excerpts (a PDF's text is not read; a passage copied from one counts as not from
 * the case).
 */
export function useTimelineRecorder(caseRecord: CaseRecord): TimelineRecorder {
  const { db } = useServices();
  const [recorder] = useState(
    () =>
      new TimelineRecorder({
        db,
        draftKey: caseRecord.key,
        readCaseTexts: () => [
          ...caseRecord.materials.flatMap((material) =>
            material.kind === 'text' ? [richTextPlain(material)] : [],
          ),
          ...caseRecord.legislation.map((excerpt) => excerpt.text),
        ],
      }),
  );
  return recorder;
}
