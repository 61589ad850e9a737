import './SignPack.css';
import { useId, useState } from 'react';
import { useServices } from '../../../app/services';
import type { ReadPack } from '../../../domain/pack/pack';
import { PackError } from '../../../domain/pack/pack-error';
import { MAX_PACK_TRAINERS } from '../../../domain/pack/pack-v4';
import { readPackFile } from '../../../domain/pack/read-pack';
import { signPackAsV4 } from '../../../domain/pack/sign-pack';
import { useI18n, type Translate } from '../../../i18n/I18nProvider';
import { loadTrainerIdentity } from '../../../storage/trainer-identity-repository';
import { describePackProblem } from '../../../ui/describe-pack-problem';
import { errorDetail } from '../../../ui/error-message';
import { Notice, type NoticeTone } from '../../../ui/Notice';
import { sanitizeOnPage } from '../../case-file/documents/rich-text-html';
import { IssuedCodesSheet } from './IssuedCodesSheet';
import { issueExamCodes, readKeyCards, type CodeChoice, type IssuedCodes } from './sign-pack-request';

interface ChosenPack {
  fileName: string;
  bytes: Uint8Array;
  read: ReadPack;
}

/**
 * «Подписать пакет»: the trainer chooses a pack file, names co-trainers and the programme key by their key cards,
 * asks for exam codes for timed cases, and saves the pack signed (format 4). The chosen file is read with the
 * importer's own check first, and the signed one again before it is saved: what trainees get imports.
 */
export function SignPackPanel() {
  const { db, platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<ChosenPack | null>(null);
  const [coTrainers, setCoTrainers] = useState('');
  const [programme, setProgramme] = useState('');
  const [codes, setCodes] = useState<Record<string, { start: boolean; extraTime: boolean }>>({});
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);
  const [signing, setSigning] = useState(false);
  const [issued, setIssued] = useState<{ title: string; codes: IssuedCodes[] } | null>(null);

  async function choose() {
    setNotice(null);
    try {
      const file = await platform.openFile({
        title: t('signPack.dialogTitle'),
        filters: [{ name: t('signPack.filter'), extensions: ['cdpack'] }],
      });
      if (!file) return;
      const read = await readPackFile(file.bytes, { sanitize: sanitizeOnPage });
      setChosen({ fileName: file.name, bytes: file.bytes, read });
      setCodes({});
    } catch (error) {
      setChosen(null);
      setNotice({ tone: 'error', text: t('signPack.unreadable', { reason: reasonOf(t, error) }) });
    }
  }

  async function sign() {
    if (!chosen) return;
    setNotice(null);
    const coTrainerCards = readKeyCards(coTrainers);
    if (!coTrainerCards.ok) return refuseCard(coTrainerCards.line, t('signPack.coTrainers'));
    const programmeCards = readKeyCards(programme);
    if (!programmeCards.ok || programmeCards.cards.length > 1) {
      return refuseCard(programmeCards.ok ? 2 : programmeCards.line, t('signPack.programme'));
    }
    if (coTrainerCards.cards.length + programmeCards.cards.length + 1 > MAX_PACK_TRAINERS) {
      return setNotice({ tone: 'error', text: t('signPack.tooManyTrainers', { max: MAX_PACK_TRAINERS }) });
    }
    const identity = await loadTrainerIdentity(db);
    if (!identity) return setNotice({ tone: 'error', text: t('signPack.needsKey') });
    setSigning(true);
    try {
      const { pack } = chosen.read;
      const choices: CodeChoice[] = timedCases(chosen.read).map((packCase) => ({
        caseId: packCase.id,
        caseTitle: packCase.title,
        start: codes[packCase.id]?.start ?? false,
        extraTime: codes[packCase.id]?.extraTime ?? false,
      }));
      const { examCodes, issued: made } = await issueExamCodes(pack.id, choices);
      const signed = await signPackAsV4(chosen.bytes, identity, {
        coTrainers: coTrainerCards.cards,
        programme: programmeCards.cards[0],
        examCodes,
      });
      await readPackFile(signed, { sanitize: sanitizeOnPage });
      const saved = await platform.saveFile({
        title: t('signPack.saveTitle'),
        suggestedName: `${pack.id}-v${pack.version}.cdpack`,
        filters: [{ name: t('signPack.filter'), extensions: ['cdpack'] }],
        bytes: signed,
      });
      if (!saved.saved) return setNotice({ tone: 'info', text: t('signPack.notSaved') });
      setNotice({
        tone: 'success',
        text: t('signPack.signed', {
          file: saved.name,
          name: identity.public.name,
          fingerprint: identity.fingerprint,
        }),
      });
      setChosen(null);
      if (made.length) setIssued({ title: pack.title, codes: made });
    } catch (error) {
      setNotice({ tone: 'error', text: t('signPack.failed', { reason: reasonOf(t, error) }) });
    } finally {
      setSigning(false);
    }
  }

  function refuseCard(line: number, field: string) {
    setNotice({ tone: 'error', text: t('signPack.notACard', { line, field }) });
  }

  const toggle = (caseId: string, kind: 'start' | 'extraTime', on: boolean) =>
    setCodes((current) => ({
      ...current,
      [caseId]: { start: false, extraTime: false, ...current[caseId], [kind]: on },
    }));

  return (
    <section className="sign-pack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signPack.title')}</h2>
      <p>{t('signPack.lead')}</p>
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      {issued && (
        <IssuedCodesSheet packTitle={issued.title} codes={issued.codes} onDone={() => setIssued(null)} />
      )}
      <button type="button" className="button" onClick={() => void choose()} disabled={signing}>
        {t('signPack.choose')}
      </button>
      {chosen && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void sign();
          }}
        >
          <p lang={chosen.read.pack.language}>
            {t('signPack.chosen', {
              title: chosen.read.pack.title,
              version: chosen.read.pack.version,
              file: chosen.fileName,
            })}
          </p>
          <label className="sign-pack__field">
            {t('signPack.coTrainers')}
            <textarea rows={3} value={coTrainers} onChange={(event) => setCoTrainers(event.target.value)} />
            <span className="sign-pack__hint">{t('signPack.coTrainersHint')}</span>
          </label>
          <label className="sign-pack__field">
            {t('signPack.programme')}
            <input value={programme} onChange={(event) => setProgramme(event.target.value)} />
            <span className="sign-pack__hint">{t('signPack.programmeHint')}</span>
          </label>
          {timedCases(chosen.read).length > 0 && (
            <fieldset>
              <legend>{t('signPack.timedCases')}</legend>
              {timedCases(chosen.read).map((packCase) => (
                <fieldset key={packCase.id} data-case={packCase.id}>
                  <legend lang={packCase.language}>{packCase.title}</legend>
                  {(['start', 'extraTime'] as const).map((kind) => (
                    <label key={kind} className="sign-pack__choice">
                      <input
                        type="checkbox"
                        checked={codes[packCase.id]?.[kind] ?? false}
                        onChange={(event) => toggle(packCase.id, kind, event.target.checked)}
                      />{' '}
                      {t(kind === 'start' ? 'signPack.startCode' : 'signPack.extraTimeCode')}
                    </label>
                  ))}
                </fieldset>
              ))}
            </fieldset>
          )}
          <button type="submit" className="button button--primary" disabled={signing}>
            {signing ? t('signPack.signing') : t('signPack.sign')}
          </button>
        </form>
      )}
    </section>
  );
}

const timedCases = (read: ReadPack) =>
  read.pack.cases.filter((packCase) => packCase.timeLimitMinutes !== undefined);

function reasonOf(t: Translate, error: unknown): string {
  return error instanceof PackError
    ? error.problems.map((problem) => describePackProblem(t, problem)).join(' ')
    : errorDetail(error);
}
