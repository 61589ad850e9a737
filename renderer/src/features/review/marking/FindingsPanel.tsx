import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useCallback } from 'react';
import { checkCompleteness, isGap } from '../../../domain/act/completeness';
import type { ActTemplate } from '../../../domain/act/template';
import type { ContentLanguage } from '../../../domain/language';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { useI18n } from '../../../i18n/I18nProvider';
import { useIdleValue } from '../../../ui/use-idle-value';
import { CompletenessList } from '../../act-panels/CompletenessList';

interface FindingsPanelProps {
  act: ProseMirrorNode;
  template: ActTemplate;
  language: ContentLanguage;
  controller: ActEditorController | null;
  readingPart: number;
}

/**
 * What the completeness checker finds in the submitted act, part by part, as the trainee saw it beside their draft:
 * each item takes the act's caret to its place. Read-only: nothing here can mark a requisite not applicable.
 */
export function FindingsPanel({ act, template, language, controller, readingPart }: FindingsPanelProps) {
  const { t } = useI18n();
  // Checked once the act is on screen, not before (the proposals' check of the same act leaves its result cached).
  const report = useIdleValue(useCallback(() => checkCompleteness(act, template), [act, template]));
  if (!report) return <p className="findings__summary">{t('marking.findingsChecking')}</p>;
  const gaps = report.parts.reduce((sum, part) => sum + part.requisites.filter(isGap).length, 0);
  const empty = report.parts.filter((part) => part.empty).length;

  return (
    <div className="findings">
      <p className="findings__summary">{t('marking.findingsSummary', { gaps, empty })}</p>
      <ol className="findings__parts">
        {report.parts.map((result, index) => (
          <li key={result.part.id} className="findings__part">
            <h3 className="findings__heading" lang={language}>
              {result.part.heading[language]}
            </h3>
            <CompletenessList
              result={result}
              language={language}
              current={index === readingPart}
              readOnly
              onGoTo={(position) => controller?.focusPosition(position)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
