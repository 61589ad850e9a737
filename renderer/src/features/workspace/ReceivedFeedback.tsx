import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { listFeedback } from '../../storage/feedback-repository';
import { FeedbackResults } from '../act-panels/FeedbackResults';

/** The results of the trainee's marked work on this case, each a link to its feedback; nothing until there is one. */
export function ReceivedFeedback({ caseKey }: { caseKey: string }) {
  const { db } = useServices();
  const records = useLiveQuery(() => listFeedback(db, caseKey), [db, caseKey]);
  if (!records || records.length === 0) return null;
  return (
    <div className="workspace__feedback">
      <FeedbackResults records={records} />
    </div>
  );
}
