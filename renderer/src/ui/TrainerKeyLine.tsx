import './TrainerKeyLine.css';
import type { PublicIdentity } from '../domain/keys/identity';
import { useI18n } from '../i18n/I18nProvider';
import { useFingerprint } from './use-fingerprint';

/** «Ключ тренера: Имя · 7KQ2-M9XD-4HPA»: the trainer's own key as a person checks it (trainer area, Settings). */
export function TrainerKeyLine({ identity }: { identity: PublicIdentity }) {
  const { t } = useI18n();
  const fingerprint = useFingerprint(identity);
  if (!fingerprint) return null;
  return (
    <p className="trainer-key-line" data-fingerprint={fingerprint}>
      {t('identity.line', { name: identity.name, fingerprint })}
    </p>
  );
}
