import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';

/**
 * Says that the case's pack was updated after the draft was started: the materials shown are the new version's,
 * the draft is as the trainee left it (and its submission names the version it was written against).
 */
export function PackUpdatedNotice({
  draftVersion,
  caseVersion,
}: {
  draftVersion: number;
  caseVersion: number;
}) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <Notice tone="info" onDismiss={() => setDismissed(true)}>
      {t('workspace.packUpdated', { draftVersion, caseVersion })}
    </Notice>
  );
}
