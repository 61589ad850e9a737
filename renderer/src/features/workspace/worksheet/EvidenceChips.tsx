import { useEffect, useId, useRef } from 'react';
import type { PackMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { WORKSHEET_LIMITS } from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMaterialNavigator } from '../../case-file/material-navigator';
import { IconButton } from '../../../ui/IconButton';

interface EvidenceChipsProps {
  materials: readonly PackMaterial[];
  /** Ids of the chosen materials. */
  evidence: string[];
  onChange: (evidence: string[]) => void;
  language: ContentLanguage;
}

/**
 * The materials a fact rests on, as chips: clicking one opens the material in the reader (the pane switches back
 * to the case materials); × removes it. New ones are chosen from the case's materials not yet cited.
 */
export function EvidenceChips({ materials, evidence, onChange, language }: EvidenceChipsProps) {
  const { t } = useI18n();
  const navigator = useMaterialNavigator();
  const labelId = useId();
  const titles = new Map(materials.map((material) => [material.id, material.title]));
  const available = materials.filter((material) => !evidence.includes(material.id));
  const group = useRef<HTMLDivElement>(null);
  /** After a chip is removed its button is gone: the focus goes to the first chip left, or the picker. */
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    group.current?.querySelector<HTMLElement>('.evidence-chip__open, select')?.focus();
  }, [evidence]);

  return (
    <div ref={group} className="worksheet-evidence" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="worksheet-field__label">
        {t('worksheet.evidence')}
      </span>
      {evidence.length === 0 ? (
        <p className="worksheet-field__hint">{t('worksheet.noEvidence')}</p>
      ) : (
        <ul className="worksheet-evidence__chips">
          {evidence.map((id) => {
            const title = titles.get(id);
            const shown = title ?? t('worksheet.missingMaterial', { id });
            return (
              <li key={id} className="evidence-chip">
                <IconButton
                  className="evidence-chip__open"
                  lang={title === undefined ? undefined : language}
                  label={t('worksheet.openEvidence', { title: shown })}
                  onClick={() => navigator.open(id)}
                >
                  {shown}
                </IconButton>
                <IconButton
                  className="evidence-chip__remove"
                  label={t('worksheet.removeEvidence', { title: shown })}
                  onClick={() => {
                    refocus.current = true;
                    onChange(evidence.filter((other) => other !== id));
                  }}
                >
                  ×
                </IconButton>
              </li>
            );
          })}
        </ul>
      )}
      {available.length > 0 && evidence.length < WORKSHEET_LIMITS.evidencePerFact && (
        <select
          className="worksheet-evidence__add"
          aria-label={t('worksheet.addEvidence')}
          value=""
          onChange={(event) => {
            if (event.target.value) onChange([...evidence, event.target.value]);
          }}
        >
          <option value="">{t('worksheet.addEvidence')}</option>
          {available.map((material) => (
            <option key={material.id} value={material.id} lang={language}>
              {material.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
