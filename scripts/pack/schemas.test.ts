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

  it('of signed files (feedback 2, review file 2) give the signature: the signer’s identity and 64 bytes', async () => {
    const signed = ['feedback-v2.schema.json', 'review-file-v2.schema.json'];
    const schemas = (await generateSchemas()).filter(({ file }) =>
      signed.some((name) => file.endsWith(name)),
    );
    expect(schemas).toHaveLength(2);
    for (const { text } of schemas) {
      const schema = JSON.parse(text) as {
        properties: Record<string, { const?: unknown; properties?: Record<string, { required?: string[] }> }>;
        required: string[];
      };
      expect(schema.properties.formatVersion?.const).toBe(2);
      expect(schema.required).toContain('digest');
      expect(schema.required).not.toContain('signature');
      const signature = schema.properties.signature;
      expect(signature?.properties?.signer?.required).toEqual(['name', 'signingKey', 'encryptionKey']);
      expect(signature?.properties).toHaveProperty('signature');
    }
  });
});
