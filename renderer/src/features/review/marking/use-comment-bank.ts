import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useServices } from '../../../app/services';
import { countBankUses, listBank } from '../../../storage/comment-bank-repository';
import type { CommentBankRecord } from '../../../storage/records';

/**
 * The pack's comment bank, kept current: an edit made anywhere (the bank dialog of this or another review, another
 * window) shows at once wherever a comment is shown. `undefined` while it loads.
 */
export function useCommentBank(packId: string): {
  entries: CommentBankRecord[] | undefined;
  byId: ReadonlyMap<string, CommentBankRecord> | undefined;
} {
  const { db } = useServices();
  const entries = useLiveQuery(() => listBank(db, packId), [db, packId]);
  const byId = useMemo(() => entries && new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  return { entries, byId };
}

/**
 * How often each bank comment of the pack was used, over every review's marks: counted only where it is shown
 * (the bank dialog), as it reads every sheet of the pack and is counted again whenever one is saved.
 */
export function useBankUses(packId: string): ReadonlyMap<string, number> | undefined {
  const { db } = useServices();
  return useLiveQuery(() => countBankUses(db, packId), [db, packId]);
}
