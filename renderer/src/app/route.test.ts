import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

const DIGEST = 'a1b2c3d4'.repeat(8);

describe('routes', () => {
  it.each<Route>([
    { screen: 'library' },
    { screen: 'settings' },
    { screen: 'case', packId: 'civil-loan-karaganda', caseId: 'loan-dispute' },
    { screen: 'reviews' },
    { screen: 'review', reviewKey: 'civil-loan-karaganda/loan-dispute@3' },
    { screen: 'marking', reviewKey: 'civil-loan-karaganda/loan-dispute@3', digest: DIGEST },
    { screen: 'analytics', reviewKey: 'civil-loan-karaganda/loan-dispute@3' },
    { screen: 'classroom', reviewKey: 'civil-loan-karaganda/loan-dispute@3' },
    { screen: 'feedback', feedbackId: '6f1c0a52-3e1b-4c5e-9a51-0d9f3b8e2a77' },
  ])('%j survives a round trip through the URL hash', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('sends anything unknown to the library', () => {
    expect(parseRoute('#/case/only-pack')).toEqual({ screen: 'library' });
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/review/')).toEqual({ screen: 'library' });
    expect(parseRoute('#/classroom/')).toEqual({ screen: 'library' });
    expect(parseRoute('#/feedback/a/b')).toEqual({ screen: 'library' });
    expect(parseRoute('#/review/civil-loan-karaganda/loan-dispute@3')).toEqual({ screen: 'library' });
    expect(parseRoute(`#/review/civil-loan-karaganda/loan-dispute@3/${DIGEST}`)).toEqual({
      screen: 'library',
    });
    expect(parseRoute('#/review/civil-loan-karaganda%2Floan-dispute%403/not-a-digest')).toEqual({
      screen: 'library',
    });
  });

  it('opens a submission of a review for marking by its digest', () => {
    expect(parseRoute(`#/review/civil-loan-karaganda%2Floan-dispute%403/${DIGEST}`)).toEqual({
      screen: 'marking',
      reviewKey: 'civil-loan-karaganda/loan-dispute@3',
      digest: DIGEST,
    });
  });
});
