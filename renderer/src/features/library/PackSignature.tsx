import { useI18n } from '../../i18n/I18nProvider';
import type { PackSigner } from '../../storage/records';

/**
 * Who signed a pack, by name and key fingerprint (what a trainee compares with the trainer's sheet), or that
 * nobody did. The signature itself was checked on import: a pack changed after signing never gets here.
 */
export function PackSignature({ signedBy }: { signedBy: PackSigner | undefined }) {
  const { t } = useI18n();
  return signedBy ? (
    <span className="pack-signature pack-signature--signed" data-fingerprint={signedBy.fingerprint}>
      {t('library.signedBy', { name: signedBy.identity.name, fingerprint: signedBy.fingerprint })}
    </span>
  ) : (
    <span className="pack-signature pack-signature--unsigned">{t('library.unsigned')}</span>
  );
}
