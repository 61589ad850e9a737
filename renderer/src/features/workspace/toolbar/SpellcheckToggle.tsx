import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../../app/services';
import { useActEditor } from '../../../editor/core/act-editor-context';
import {
  acceptSpelling,
  replaceMisspelt,
  startSpellcheck,
  stopSpellcheck,
  type MisspeltWord,
} from '../../../editor/spellcheck/spellcheck-plugin';
import { dictionaryPaths, hasDictionary } from '../../../editor/spellcheck/dictionaries';
import { SpellcheckWorkerClient } from '../../../editor/spellcheck/spellcheck-worker-client';
import { dictionaryForm } from '../../../editor/spellcheck/words';
import { useI18n } from '../../../i18n/I18nProvider';
import { readSetting, updateSetting, writeSetting } from '../../../storage/settings-repository';
import { SpellcheckMenu } from './SpellcheckMenu';
import { IconButton } from '../../../ui/IconButton';

/**
 * The toolbar's spellcheck switch, remembered in settings. While it is on, a worker with the act language's
 * dictionary checks the text and misspelt words are underlined; off, there is neither worker nor underline.
 * It also shows the menu of a misspelt word. For a language without a shipped dictionary it is disabled.
 */
export function SpellcheckToggle() {
  const controller = useActEditor();
  const { db } = useServices();
  const { t } = useI18n();
  const enabled =
    useLiveQuery(() => readSetting(db, 'spellcheck').then((value) => value ?? false), [db]) ?? false;
  const language = controller?.language ?? '';
  const [client, setClient] = useState<SpellcheckWorkerClient | null>(null);
  const [menu, setMenu] = useState<MisspeltWord | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!controller || !enabled || !hasDictionary(controller.language)) return;
    const { view } = controller;
    const dictionary = controller.language;
    let running: SpellcheckWorkerClient | null = null;
    let stopped = false;
    void readSetting(db, 'spellcheckOwnWords').then((ownWords) => {
      if (stopped || view.isDestroyed) return;
      const paths = dictionaryPaths(dictionary);
      const files = {
        aff: new URL(paths.aff, document.baseURI).href,
        dic: new URL(paths.dic, document.baseURI).href,
      };
      const started = new SpellcheckWorkerClient(files, ownWords?.[dictionary] ?? []);
      running = started;
      const check = (words: readonly string[]) =>
        started.check(words).catch((error: unknown) => {
          if (!stopped) setFailed(true);
          throw error;
        });
      startSpellcheck({ verdict: started.verdict, check, openMenu: setMenu })(view.state, view.dispatch);
      setClient(started);
    });
    return () => {
      stopped = true;
      if (!view.isDestroyed) stopSpellcheck(view.state, view.dispatch);
      running?.terminate();
      setClient(null);
      setMenu(null);
      setFailed(false);
    };
  }, [controller, enabled, db]);

  const suggest = useCallback((word: string) => client?.suggest(word) ?? Promise.resolve([]), [client]);
  const closeMenu = useCallback(() => {
    setMenu(null);
    controller?.view.focus();
  }, [controller]);

  const addWord = async (target: MisspeltWord) => {
    closeMenu();
    if (!controller || !client) return;
    const word = dictionaryForm(target.word);
    client.addWord(word);
    acceptSpelling(word)(controller.view.state, controller.view.dispatch);
    await updateSetting(db, 'spellcheckOwnWords', (saved = {}) => {
      const words = saved[language] ?? [];
      return words.includes(word) ? saved : { ...saved, [language]: [...words, word] };
    });
  };

  const available = hasDictionary(language);
  const title = !available
    ? t('spellcheck.unavailable')
    : failed
      ? t('spellcheck.failed')
      : t('spellcheck.toggle');
  return (
    <>
      <span className="toolbar__separator" />
      <IconButton
        className="toolbar__button toolbar__button--spellcheck"
        label={t('spellcheck.toggle')}
        hint={title}
        aria-pressed={available && enabled}
        disabled={!controller || !available}
        data-failed={failed || undefined}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void writeSetting(db, 'spellcheck', !enabled)}
      >
        {t('spellcheck.buttonText')}
      </IconButton>
      {menu && controller && (
        <SpellcheckMenu
          target={menu}
          suggest={suggest}
          onClose={closeMenu}
          onReplace={(replacement) => {
            setMenu(null);
            controller.run(replaceMisspelt(menu, replacement));
          }}
          onAddWord={() => void addWord(menu)}
        />
      )}
    </>
  );
}
