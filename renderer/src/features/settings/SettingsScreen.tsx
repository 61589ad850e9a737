import './SettingsScreen.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { UI_LOCALES, isUiLocale, localeFromSystem } from '../../i18n/locales';
import { readSetting, writeSetting } from '../../storage/settings-repository';
import { findTrainerIdentityRecord } from '../../storage/trainer-identity-repository';
import { routeHref } from '../../app/route';
import { AppHeader } from '../../ui/AppHeader';
import { TrainerKeyLine } from '../../ui/TrainerKeyLine';
import { Notice } from '../../ui/Notice';
import { saveErrorReason } from '../../ui/error-message';

const SYSTEM = 'system';

/** Interface language, the trainee's name and the trainer's; each change is saved at once. */
export function SettingsScreen() {
  const { db, appInfo } = useServices();
  const { t, locale, setLocale } = useI18n();
  const chosenLocale = useLiveQuery(() => readSetting(db, 'locale').then((value) => value ?? SYSTEM), [db]);
  const [saved, setSaved] = useState(false);
  /** Why the last setting could not be stored (a full disk); null while storing works. */
  const [notStored, setNotStored] = useState<{ error: unknown } | null>(null);
  const systemLocale = localeFromSystem(appInfo.locale);

  /** Stores a setting; if the disk refuses, says so rather than failing silently. */
  async function store(write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      setNotStored(null);
      return true;
    } catch (error) {
      setNotStored({ error });
      return false;
    }
  }

  async function changeLocale(value: string) {
    // The language changes at once, for this session at least: if the disk refuses it, the notice says so.
    if (value === SYSTEM) {
      setLocale(systemLocale);
      await store(() => db.settings.delete('locale'));
    } else if (isUiLocale(value)) {
      setLocale(value);
      await store(() => writeSetting(db, 'locale', value));
    }
  }

  return (
    <div className="screen">
      <AppHeader title={t('settings.title')} />
      <main className="screen__body settings">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={chosenLocale ?? SYSTEM}
            onChange={(event) => void changeLocale(event.target.value)}
            lang={locale}
          >
            <option value={SYSTEM}>
              {t('settings.languageSystem', { language: t(`language.${systemLocale}`) })}
            </option>
            {UI_LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`language.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <NameSetting
          setting="participantName"
          label={t('settings.participantName')}
          help={t('settings.participantHelp')}
          store={store}
          onEdit={() => setSaved(false)}
          onSaved={() => setSaved(true)}
        />
        <NameSetting
          setting="trainerName"
          label={t('handback.trainerNameSetting')}
          help={t('handback.trainerNameHelp')}
          store={store}
          onEdit={() => setSaved(false)}
          onSaved={() => setSaved(true)}
        />
        <TrainerKeySetting />
        {saved && <Notice tone="success">{t('settings.saved')}</Notice>}
        {notStored && (
          <Notice tone="error">
            {t('settings.notStored', { reason: saveErrorReason(t, notStored.error) })}
          </Notice>
        )}
        <p className="settings__about">
          {t('settings.about', { version: appInfo.version, platform: appInfo.platform })}
        </p>
      </main>
    </div>
  );
}

/** The trainer's own key as the trainer area shows it, or where to make it. */
function TrainerKeySetting() {
  const { db } = useServices();
  const { t } = useI18n();
  const record = useLiveQuery(() => findTrainerIdentityRecord(db).then((found) => found ?? null), [db]);
  if (record === undefined) return null;
  return (
    <div className="settings__trainer-key">
      {record ? (
        <TrainerKeyLine identity={record.secrets.public} />
      ) : (
        <p>
          {t('identity.none')} <a href={routeHref({ screen: 'reviews' })}>{t('identity.goToTrainerArea')}</a>
        </p>
      )}
    </div>
  );
}

interface NameSettingProps {
  setting: 'participantName' | 'trainerName';
  label: string;
  help: string;
  /** Stores a setting, saying so on the screen when the disk refuses; false then. */
  store: (write: () => Promise<void>) => Promise<boolean>;
  onEdit: () => void;
  onSaved: () => void;
}

/** A name kept in Settings, saved on Enter, on the button, and when the field loses focus: a typed name is never dropped. */
function NameSetting({ setting, label, help, store, onEdit, onSaved }: NameSettingProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const savedName = useLiveQuery(() => readSetting(db, setting).then((value) => value ?? ''), [db, setting]);
  const [name, setName] = useState<string | null>(null);

  async function saveName(event?: FormEvent) {
    event?.preventDefault();
    if (name === null || !name.trim()) return;
    // A name that cannot be stored stays in the field, so nothing typed is lost.
    if (!(await store(() => writeSetting(db, setting, name.trim())))) return;
    setName(null);
    onSaved();
  }

  return (
    <form className="field" onSubmit={(event) => void saveName(event)}>
      <label htmlFor={id}>{label}</label>
      <div className="field__row">
        <input
          id={id}
          maxLength={200}
          value={name ?? savedName ?? ''}
          onBlur={() => void saveName()}
          onChange={(event) => {
            onEdit();
            setName(event.target.value);
          }}
        />
        <button type="submit" className="button" disabled={name === null || !name.trim()}>
          {t('common.save')}
        </button>
      </div>
      <p className="field__help">{help}</p>
    </form>
  );
}
