import { useEffect, useState } from 'react';
import { useServices } from '../../../app/services';
import { readAttachment, type Attachment } from '../../../storage/attachment-repository';

export type AttachmentState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; record: Attachment };

/** A stored PDF or image of the case, read from the database. */
export function useAttachment(sha256: string): AttachmentState {
  const { db } = useServices();
  const [loaded, setLoaded] = useState<{ sha256: string; state: AttachmentState } | null>(null);
  useEffect(() => {
    let live = true;
    readAttachment(db, sha256).then(
      (record) =>
        live && setLoaded({ sha256, state: record ? { status: 'ready', record } : { status: 'missing' } }),
      () => live && setLoaded({ sha256, state: { status: 'failed' } }),
    );
    return () => {
      live = false;
    };
  }, [db, sha256]);
  return loaded?.sha256 === sha256 ? loaded.state : { status: 'loading' };
}
