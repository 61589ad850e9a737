import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { AppHeader } from '../../ui/AppHeader';
import { errorDetail } from '../../ui/error-message';
import { Notice } from '../../ui/Notice';
import { loadWorkspace, type LoadedWorkspace } from './load-workspace';
import { Workspace } from './Workspace';

/** Opens a case: loads it and its draft once, then hands them to the workspace. */
export function WorkspaceScreen({ packId, caseId }: { packId: string; caseId: string }) {
  const { db } = useServices();
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<
    LoadedWorkspace | { kind: 'loading' } | { kind: 'failed'; detail: string }
  >({
    kind: 'loading',
  });

  useEffect(() => {
    let current = true;
    loadWorkspace(db, packId, caseId).then(
      (result) => current && setLoaded(result),
      (error: unknown) => current && setLoaded({ kind: 'failed', detail: errorDetail(error) }),
    );
    return () => {
      current = false;
    };
  }, [db, packId, caseId]);

  if (loaded.kind === 'ready') return <Workspace {...loaded} />;
  const message =
    loaded.kind === 'loading'
      ? null
      : loaded.kind === 'missing'
        ? t('workspace.notFound')
        : loaded.kind === 'unknownActType'
          ? t('workspace.unknownActType', { actType: loaded.actType })
          : t('workspace.draftDamaged', { detail: loaded.detail });
  return (
    <div className="screen">
      <AppHeader title={loaded.kind === 'loading' ? t('workspace.loading') : t('workspace.cannotOpen')} />
      <main className="screen__body">{message && <Notice tone="error">{message}</Notice>}</main>
    </div>
  );
}
