import { describe, expect, it } from 'vitest';
import { committedSchema, generateSchemas } from './schemas';

describe('the JSON Schemas in docs/formats', () => {
  it('are what `npm run pack:schema` generates from the validators (run it after changing a format)', async () => {
    for (const { file, text } of await generateSchemas()) {
      expect(await committedSchema(file), file).toBe(text);
    }
  });

  it('name themselves and refuse unknown fields', async () => {
    for (const { text } of await generateSchemas()) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$id).toMatch(/^urn:casedraft:schema:/);
      expect(schema.title).toMatch(/^CaseDraft /);
      expect(schema.additionalProperties).toBe(false);
    }
  });
});
