import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useServices } from '../../app/services';
import { readSetting, updateSetting } from '../../storage/settings-repository';

/**
 * Whether a review shows participants' names, remembered per review. Anonymous until the setting is read and
 * says otherwise, so no name flashes while it loads.
 */
export function useShowNames(reviewKey: string): [boolean, (show: boolean) => Promise<void>] {
  const { db } = useServices();
  const showing = useLiveQuery(() => readSetting(db, 'reviewsShowingNames'), [db]);
  const setShowNames = useCallback(
    (show: boolean) =>
      updateSetting(db, 'reviewsShowingNames', (current = []) => {
        const others = current.filter((key) => key !== reviewKey);
        return show ? [...others, reviewKey] : others;
      }),
    [db, reviewKey],
  );
  return [showing?.includes(reviewKey) ?? false, setShowNames];
}
