import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { AppServices } from '../../../app/services';
import { actToAkomaNtoso } from '../../../domain/act/akoma-ntoso';
import type { ActTemplate } from '../../../domain/act/template';
import type { SaveFileResult } from '../../../platform';
import { readSetting } from '../../../storage/settings-repository';
import type { CaseRecord } from '../../../storage/records';

export interface AkomaNtosoExportRequest {
  caseRecord: CaseRecord;
  template: ActTemplate;
  /** The act as on screen. */
  doc: ProseMirrorNode;
  dialog: { title: string; filterName: string };
  now?: Date;
}

/**
 * Saves the act as an Akoma Ntoso judgment (domain/act/akoma-ntoso.ts) for legal software that reads the
 * standard. Unlike a submission it marks nothing: it is a copy of the text, not the trainee's work handed in.
 */
export async function exportAkomaNtoso(
  services: AppServices,
  { caseRecord, template, doc, dialog, now = new Date() }: AkomaNtosoExportRequest,
): Promise<SaveFileResult> {
  const author = await readSetting(services.db, 'participantName');
  const xml = actToAkomaNtoso(doc, template, {
    packId: caseRecord.packId,
    caseId: caseRecord.id,
    date: localDate(now),
    generator: `${services.appInfo.name} ${services.appInfo.version}`,
    ...(author ? { author } : {}),
  });
  return services.platform.saveFile({
    title: dialog.title,
    suggestedName: `${caseRecord.id}.akn.xml`,
    filters: [{ name: dialog.filterName, extensions: ['xml'] }],
    bytes: new TextEncoder().encode(xml),
  });
}

/** YYYY-MM-DD of the day on this computer's calendar, which is the day the trainee sees. */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
