import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/I18nProvider';
import { errorMessage, saveErrorReason } from './error-message';

/** A catalogue of its own: the key and its parameters as text, so the test reads what was asked for. */
const t: Translate = (key, params) => `${key} ${JSON.stringify(params ?? {})}`;

describe('error messages', () => {
  it('puts the error’s own words in the translated sentence, whatever was thrown', () => {
    expect(errorMessage(t, 'workspace.exportFailed', new Error('disk gone'))).toBe(
      'workspace.exportFailed {"detail":"disk gone"}',
    );
    expect(errorMessage(t, 'aknExport.failed', 'refused', { name: 'a.xml' })).toBe(
      'aknExport.failed {"name":"a.xml","detail":"refused"}',
    );
  });

  it('says the disk is full when the database, or the browser error it wraps, says the quota is exceeded', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(saveErrorReason(t, quota)).toBe('save.reason.quota {}');
    expect(saveErrorReason(t, Object.assign(new Error('AbortError'), { inner: quota }))).toBe(
      'save.reason.quota {}',
    );
    expect(saveErrorReason(t, new Error('locked'))).toBe('save.reason.unknown {"detail":"locked"}');
  });
});
