import { builders } from 'prosemirror-test-builder';
import { actSchema } from './schema';

/** prosemirror-test-builder helpers for the act schema: `b.doc(attrs, b.part({ id }, b.part_heading({ text }), b.paragraph('…')))`. */
export const b = builders(actSchema);
