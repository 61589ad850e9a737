import { useId } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../domain/keys/recovery-file';
import { useI18n } from '../../../i18n/I18nProvider';
import { passphraseStrength } from './passphrase';

export interface PassphrasePair {
  passphrase: string;
  repeated: string;
}

/** The passphrase typed twice, with how strong it looks as it is typed. */
export function PassphraseFields({
  value,
  onChange,
}: {
  value: PassphrasePair;
  onChange: (value: PassphrasePair) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const strength = passphraseStrength(value.passphrase);
  return (
    <>
      <label className="field" htmlFor={`${id}-passphrase`}>
        <span>{t('identity.passphraseLabel')}</span>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={`${id}-help ${id}-strength`}
          value={value.passphrase}
          onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        />
        <small id={`${id}-help`} className="field__help">
          {t('identity.passphraseHelp', { min: MIN_PASSPHRASE_LENGTH })}
        </small>
        <small
          id={`${id}-strength`}
          className={`trainer-identity__strength trainer-identity__strength--${strength}`}
          aria-live="polite"
          hidden={!value.passphrase}
        >
          {t(`identity.strength.${strength}`)}
        </small>
      </label>
      <label className="field" htmlFor={`${id}-repeated`}>
        <span>{t('identity.passphraseRepeat')}</span>
        <input
          id={`${id}-repeated`}
          type="password"
          autoComplete="new-password"
          required
          value={value.repeated}
          onChange={(event) => onChange({ ...value, repeated: event.target.value })}
        />
      </label>
    </>
  );
}
