/**
 * The requisites templates share, as data the completeness checker evaluates (template.ts, RequisiteCheck), by
 * family of acts: requisites/builder.ts says how they are made and what their text patterns may be.
 */
export { requiredBy, whereApplicable, type RequisiteBuilder } from './requisites/builder';
export * from './requisites/common';
export * from './requisites/civil';
export * from './requisites/criminal';
export * from './requisites/administrative';
