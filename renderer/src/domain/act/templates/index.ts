import type { ActTemplate } from '../template';
import { administrativeDecision } from './administrative-decision';
import { administrativeDecisionShort } from './administrative-decision-short';
import { administrativeOffenceResolution } from './administrative-offence-resolution';
import { administrativeOffenceResolutionReasoned } from './administrative-offence-resolution-reasoned';
import { civilAppealResolution } from './civil-appeal-resolution';
import { civilDecision } from './civil-decision';
import { civilDecisionSimplified } from './civil-decision-simplified';
import { civilDecisionSimplifiedReasoned } from './civil-decision-simplified-reasoned';
import { civilRuling } from './civil-ruling';
import { courtOrder } from './court-order';
import { criminalVerdictAcquittal } from './criminal-verdict-acquittal';
import { criminalVerdictGuilty } from './criminal-verdict-guilty';

/**
 * Every act template the app ships, by id. A case's act type is one of these ids or the id of a template its pack
 * carries (see resolveActTemplate in storage/pack-repository.ts).
 */
export const ACT_TEMPLATES: ReadonlyMap<string, ActTemplate> = new Map(
  [
    civilDecision,
    civilDecisionSimplified,
    civilDecisionSimplifiedReasoned,
    civilRuling,
    civilAppealResolution,
    courtOrder,
    criminalVerdictGuilty,
    criminalVerdictAcquittal,
    administrativeDecision,
    administrativeDecisionShort,
    administrativeOffenceResolution,
    administrativeOffenceResolutionReasoned,
  ].map((template): [string, ActTemplate] => [template.id, template]),
);

export function findActTemplate(id: string): ActTemplate | undefined {
  return ACT_TEMPLATES.get(id);
}

/**
 * Whether an id is taken by a template the app ships: a template carried in a file (a pack's own, a submission's)
 * may not take it, or the act would be checked against the file's parts instead of the app's.
 */
export function isBuiltInTemplateId(id: string): boolean {
  return ACT_TEMPLATES.has(id);
}

/** Whether a template is one the app ships, rather than a pack's own (whose id is never a built-in one). */
export function isBuiltInTemplate(template: ActTemplate): boolean {
  return ACT_TEMPLATES.get(template.id) === template;
}

/** The template an act type names for a case of a pack: the pack's own of that id first, else the app's. */
export function templateForActType(
  id: string,
  packTemplates: readonly ActTemplate[] | undefined,
): ActTemplate | undefined {
  return packTemplates?.find((template) => template.id === id) ?? findActTemplate(id);
}
