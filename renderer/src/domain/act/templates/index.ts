import type { ActTemplate } from '../template';
import { administrativeDecision } from './administrative-decision';
import { administrativeOffenceResolution } from './administrative-offence-resolution';
import { civilAppealResolution } from './civil-appeal-resolution';
import { civilDecision } from './civil-decision';
import { civilRuling } from './civil-ruling';
import { courtOrder } from './court-order';
import { criminalVerdictAcquittal } from './criminal-verdict-acquittal';
import { criminalVerdictGuilty } from './criminal-verdict-guilty';

/** Every act template the app ships, by id. Case packs name one of these ids as a case's act type. */
export const ACT_TEMPLATES: ReadonlyMap<string, ActTemplate> = new Map(
  [
    civilDecision,
    civilRuling,
    civilAppealResolution,
    courtOrder,
    criminalVerdictGuilty,
    criminalVerdictAcquittal,
    administrativeDecision,
    administrativeOffenceResolution,
  ].map((template): [string, ActTemplate] => [template.id, template]),
);

export function findActTemplate(id: string): ActTemplate | undefined {
  return ACT_TEMPLATES.get(id);
}
