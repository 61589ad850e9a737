import { describe, expect, it } from 'vitest';
import { handedOver, handOverToReview, takeHandedOver } from './cohort-handoff';

describe('handing over to the review just opened', () => {
  it('tells that review, once, that it already existed, with the files to import', () => {
    const files = [{ name: 'a.cdsub', bytes: new Uint8Array([1]) }];
    handOverToReview('pack/case@1', { existed: true, files });
    expect(takeHandedOver('pack/other@1')).toBeUndefined();
    expect(handedOver('pack/case@1')).toEqual({ existed: true, files });
    expect(takeHandedOver('pack/case@1')).toEqual({ existed: true, files });
    expect(takeHandedOver('pack/case@1')).toBeUndefined();
  });
});
