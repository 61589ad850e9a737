import type { ActTemplate } from '../template';
import { civilDecision } from './civil-decision';

/** Every act template the app ships, by id. Case packs name one of these ids as a case's act type. */
export const ACT_TEMPLATES: ReadonlyMap<string, ActTemplate> = new Map([[civilDecision.id, civilDecision]]);

export function findActTemplate(id: string): ActTemplate | undefined {
  return ACT_TEMPLATES.get(id);
}
