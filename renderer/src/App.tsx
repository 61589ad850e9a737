import { ClassroomScreen } from './features/classroom/ClassroomScreen';
import { FeedbackScreen } from './features/feedback/FeedbackScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { AnalyticsScreen } from './features/review/analytics/AnalyticsScreen';
import { MarkingScreen } from './features/review/marking/MarkingScreen';
import { ReviewScreen } from './features/review/ReviewScreen';
import { ReviewsScreen } from './features/review/ReviewsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { WorkspaceScreen } from './features/workspace/WorkspaceScreen';
import { routeHref, useRoute } from './app/route';
import { ServicesProvider, type AppServices } from './app/services';
import { AppLinksContext, type AppLinks } from './ui/app-links';
import { ScreenErrorBoundary } from './ui/ScreenErrorBoundary';

const APP_LINKS: AppLinks = {
  library: routeHref({ screen: 'library' }),
  settings: routeHref({ screen: 'settings' }),
};

/** `bundledPacksError`: why the packs that come with the app could not all be stored at this start, if so. */
export function App({ services, bundledPacksError }: { services: AppServices; bundledPacksError?: unknown }) {
  const route = useRoute();
  return (
    <ServicesProvider services={services}>
      <AppLinksContext value={APP_LINKS}>
        {route.screen === 'case' ? (
          // A new key per case: the workspace and its editor start fresh for each case, and so does its boundary.
          <ScreenErrorBoundary key={`case/${route.packId}/${route.caseId}`}>
            <WorkspaceScreen packId={route.packId} caseId={route.caseId} />
          </ScreenErrorBoundary>
        ) : route.screen === 'reviews' ? (
          <ScreenErrorBoundary key="reviews">
            <ReviewsScreen />
          </ScreenErrorBoundary>
        ) : route.screen === 'review' ? (
          <ScreenErrorBoundary key={`review/${route.reviewKey}`}>
            <ReviewScreen reviewKey={route.reviewKey} />
          </ScreenErrorBoundary>
        ) : route.screen === 'marking' ? (
          // One screen per review: going to the next submission keeps the review, its queue and key loaded (the
          // screen starts each submission's saving afresh itself).
          <ScreenErrorBoundary key={`marking/${route.reviewKey}`}>
            <MarkingScreen reviewKey={route.reviewKey} digest={route.digest} />
          </ScreenErrorBoundary>
        ) : route.screen === 'classroom' ? (
          <ScreenErrorBoundary key={`classroom/${route.reviewKey}`}>
            <ClassroomScreen reviewKey={route.reviewKey} />
          </ScreenErrorBoundary>
        ) : route.screen === 'analytics' ? (
          <ScreenErrorBoundary key={`analytics/${route.reviewKey}`}>
            <AnalyticsScreen reviewKey={route.reviewKey} />
          </ScreenErrorBoundary>
        ) : route.screen === 'feedback' ? (
          <ScreenErrorBoundary key={`feedback/${route.feedbackId}`}>
            <FeedbackScreen feedbackId={route.feedbackId} />
          </ScreenErrorBoundary>
        ) : route.screen === 'settings' ? (
          <ScreenErrorBoundary key="settings">
            <SettingsScreen />
          </ScreenErrorBoundary>
        ) : (
          <ScreenErrorBoundary key="library" onLibrary>
            <LibraryScreen bundledPacksError={bundledPacksError} />
          </ScreenErrorBoundary>
        )}
      </AppLinksContext>
    </ServicesProvider>
  );
}
