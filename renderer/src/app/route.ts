import { useSyncExternalStore } from 'react';

/**
 * Screens are addressed by the URL hash, so a reload (or a crash and restart) returns to the same screen.
 * `#/case/<packId>/<caseId>`, `#/settings`, the trainer's `#/reviews`, `#/review/<reviewKey>` and the marking of one
 * submission `#/review/<reviewKey>/<digest>`, a review's charts `#/analytics/<reviewKey>` and classroom mode
 * `#/classroom/<reviewKey>`, and a trainee's received feedback `#/feedback/<feedbackId>`; anything else is the library.
 */
export type Route =
  | { screen: 'library' }
  | { screen: 'settings' }
  | { screen: 'case'; packId: string; caseId: string }
  | { screen: 'reviews' }
  | { screen: 'review'; reviewKey: string }
  | { screen: 'marking'; reviewKey: string; digest: string }
  | { screen: 'analytics'; reviewKey: string }
  | { screen: 'classroom'; reviewKey: string }
  | { screen: 'feedback'; feedbackId: string };

/** A submission's SHA-256 digest, as its file seals it; a key left unencoded (`pack/case@1`) is not mistaken for one. */
const DIGEST = /^[0-9a-f]{64}$/;

export function parseRoute(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (screen === 'settings') return { screen: 'settings' };
  if (screen === 'reviews') return { screen: 'reviews' };
  // A review's key holds a slash of its own (`pack/case@version`), encoded as one segment.
  if (screen === 'review' && rest.length === 1 && rest[0]) return { screen: 'review', reviewKey: rest[0] };
  if (screen === 'review' && rest.length === 2 && rest[0] && rest[1] && DIGEST.test(rest[1]))
    return { screen: 'marking', reviewKey: rest[0], digest: rest[1] };
  if (screen === 'analytics' && rest.length === 1 && rest[0])
    return { screen: 'analytics', reviewKey: rest[0] };
  if (screen === 'classroom' && rest.length === 1 && rest[0])
    return { screen: 'classroom', reviewKey: rest[0] };
  if (screen === 'feedback' && rest.length === 1 && rest[0])
    return { screen: 'feedback', feedbackId: rest[0] };
  if (screen === 'case' && rest.length === 2 && rest[0] && rest[1])
    return { screen: 'case', packId: rest[0], caseId: rest[1] };
  return { screen: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'case':
      return `#/case/${encodeURIComponent(route.packId)}/${encodeURIComponent(route.caseId)}`;
    case 'reviews':
      return '#/reviews';
    case 'review':
      return `#/review/${encodeURIComponent(route.reviewKey)}`;
    case 'marking':
      return `#/review/${encodeURIComponent(route.reviewKey)}/${encodeURIComponent(route.digest)}`;
    case 'analytics':
      return `#/analytics/${encodeURIComponent(route.reviewKey)}`;
    case 'classroom':
      return `#/classroom/${encodeURIComponent(route.reviewKey)}`;
    case 'feedback':
      return `#/feedback/${encodeURIComponent(route.feedbackId)}`;
  }
}

/** Asked before the screen changes; returning false keeps the trainee where they are. */
type LeaveGuard = () => boolean;
let leaveGuard: LeaveGuard | null = null;

/** A screen that must not be left silently (unsaved text) installs a guard while that is so. */
export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}

function subscribe(listener: () => void): () => void {
  const onHashChange = (event: HashChangeEvent) => {
    // Links and the Back button have already changed the URL; undo that before any screen sees it.
    if (leaveGuard && !leaveGuard()) {
      history.replaceState(history.state, '', event.oldURL);
      return;
    }
    listener();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
