import type { CaseRecord } from '../../storage/records';
import { Reader } from './reader/Reader';

/**
 * The case file beside the editor: the reader (reader/), which shows one document at a time and searches them
 * all. Rich text is sanitised again before it is rendered; PDFs and images come from the attachment store.
 */
export function MaterialsPane({ caseRecord }: { caseRecord: CaseRecord }) {
  return <Reader caseRecord={caseRecord} />;
}
