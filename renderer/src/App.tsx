import { LibraryScreen } from './features/library/LibraryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { WorkspaceScreen } from './features/workspace/WorkspaceScreen';
import { useRoute } from './app/route';
import { ServicesProvider, type AppServices } from './app/services';

/** `bundledPacksError`: why the packs that come with the app could not all be stored at this start, if so. */
export function App({ services, bundledPacksError }: { services: AppServices; bundledPacksError?: unknown }) {
  const route = useRoute();
  return (
    <ServicesProvider services={services}>
      {route.screen === 'case' ? (
        // A new key per case: the workspace and its editor start fresh for each case.
        <WorkspaceScreen
          key={`${route.packId}/${route.caseId}`}
          packId={route.packId}
          caseId={route.caseId}
        />
      ) : route.screen === 'settings' ? (
        <SettingsScreen />
      ) : (
        <LibraryScreen bundledPacksError={bundledPacksError} />
      )}
    </ServicesProvider>
  );
}
