import type { Signer } from '../domain/keys/signed-digest';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Who signed a file, the signature checked: «Подписано: Гульнара Сапарова, ключ 7KQ2-M9XD-4HPA»; or that it is not
 * signed, so a file nobody vouches for is never taken for a signed one. The fingerprint is what a person compares
 * with the trainer's printed sheet; the name alone proves nothing.
 */
export function SignerLine({ signer, className }: { signer: Signer | undefined; className?: string }) {
  const { t } = useI18n();
  return (
    <p className={className} data-signed={signer ? 'yes' : 'no'}>
      {signer
        ? t('signature.signedBy', { name: signer.identity.name, fingerprint: signer.fingerprint })
        : t('signature.unsigned')}
    </p>
  );
}
