import { useId, useState } from 'react';
import { keyCard, type PublicIdentity } from '../../../domain/keys/identity';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * Copies the key card (one line a colleague pastes to name this trainer as a co-trainer). The line is shown too,
 * selected, for when the clipboard refuses (a browser without the permission).
 */
export function CopyKeyCard({ identity }: { identity: PublicIdentity }) {
  const { t } = useI18n();
  const id = useId();
  const [shown, setShown] = useState<{ copied: boolean } | null>(null);
  const card = keyCard(identity);

  async function copy() {
    try {
      await navigator.clipboard.writeText(card);
      setShown({ copied: true });
    } catch {
      setShown({ copied: false });
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('identity.copyCard')}
      </button>
      {shown && (
        <div className="trainer-identity__card">
          <label htmlFor={`${id}-card`}>{t('identity.cardLabel')}</label>
          <input
            id={`${id}-card`}
            readOnly
            value={card}
            onFocus={(event) => event.target.select()}
            autoFocus={!shown.copied}
          />
          {shown.copied && <p role="status">{t('identity.cardCopied')}</p>}
        </div>
      )}
    </>
  );
}
