import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

describe('routes', () => {
  it.each<Route>([
    { screen: 'library' },
    { screen: 'settings' },
    { screen: 'case', packId: 'civil-loan-karaganda', caseId: 'loan-dispute' },
    { screen: 'reviews' },
    { screen: 'review', reviewKey: 'civil-loan-karaganda/loan-dispute@3' },
  ])('%j survives a round trip through the URL hash', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('sends anything unknown to the library', () => {
    expect(parseRoute('#/case/only-pack')).toEqual({ screen: 'library' });
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/review/')).toEqual({ screen: 'library' });
    expect(parseRoute('#/review/civil-loan-karaganda/loan-dispute@3')).toEqual({ screen: 'library' });
  });
});
