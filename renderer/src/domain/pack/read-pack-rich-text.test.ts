import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { sha256HexOfBytes } from '../integrity/sha256';
import { PackError, type PackProblem } from './pack-error';
import { readPackFile, type ReadPackOptions } from './read-pack';
import { createRichTextSanitizer } from './rich-text';
import { PACK_RICH_TEXT_LIMITS, type RichTextLimits } from './rich-text-limits';
import { bytesOf, validArchiveSource, validPack, variedText, zipSource } from './test-pack';

const CLAIM = 'cases/case-one/claim.html';

/** The app's sanitiser, counting the texts it is given. */
function countingSanitizer(): ReadPackOptions['sanitize'] & { mock: { calls: unknown[][] } } {
  return vi.fn(createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis));
}

/** The valid pack with its claim holding `html` and named by `namings` materials of its one case. */
async function packNamingClaim(namings: number, html?: string): Promise<Uint8Array> {
  const source = await validArchiveSource();
  if (html !== undefined) source.files.set(CLAIM, bytesOf(html));
  const sha256 = await sha256HexOfBytes(source.files.get(CLAIM)!);
  const packCase = source.manifest.cases[0]!;
  const [claim, receipt] = packCase.materials;
  packCase.materials = [
    ...Array.from({ length: namings }, (_, i) => ({ ...claim!, id: `claim-${i + 1}`, sha256 })),
    receipt!,
  ];
  return zipSource(source);
}

async function problemsOf(
  bytes: Uint8Array,
  sanitize: ReadPackOptions['sanitize'],
  richTextLimits?: RichTextLimits,
): Promise<PackProblem[]> {
  try {
    await readPackFile(bytes, { sanitize, richTextLimits });
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
  throw new Error('the pack was accepted');
}

describe('readPackFile: one rich-text file named by several materials', () => {
  it('is sanitised once, and each material gets its text', async () => {
    const sanitize = countingSanitizer();
    const { pack } = await readPackFile(await packNamingClaim(3), { sanitize });
    expect(sanitize.mock.calls).toHaveLength(1);
    const texts = pack.cases[0]!.materials.filter((material) => material.kind === 'text');
    expect(texts.map((material) => material.id)).toEqual(['claim-1', 'claim-2', 'claim-3']);
    expect(new Set(texts.map((material) => material.html))).toEqual(
      new Set(['<h2>Исковое заявление</h2><p>Истец просит взыскать долг.</p>']),
    );
  });

  it('is refused once when unsafe, however often it is named', async () => {
    const problems = await problemsOf(
      await packNamingClaim(3, '<p onclick="x()">a</p>'),
      countingSanitizer(),
    );
    expect(problems).toEqual([
      {
        code: 'unsafeRichText',
        path: ['cases', 0, 'materials', 0, 'file'],
        file: CLAIM,
        found: ['onclick on <p>'],
      },
    ]);
  });

  it('is refused when named by more materials than the limit, before anything is sanitised', async () => {
    const sanitize = countingSanitizer();
    const namings = PACK_RICH_TEXT_LIMITS.maxNamings + 1;
    expect(await problemsOf(await packNamingClaim(namings), sanitize)).toEqual([
      { code: 'richTextNamedTooOften', file: CLAIM, namings, max: PACK_RICH_TEXT_LIMITS.maxNamings },
    ]);
    expect(sanitize.mock.calls).toHaveLength(0);
  });

  it('refuses a pack whose rich text, counted per naming, is too much to store, before sanitising', async () => {
    // Just under the limit for one file (Cyrillic is two bytes a letter), named as often as one file may be.
    const html = `<p>${variedText(900_000)}</p>`;
    expect(bytesOf(html).byteLength).toBeLessThan(PACK_RICH_TEXT_LIMITS.maxFileBytes);
    const sanitize = countingSanitizer();
    const archive = await packNamingClaim(PACK_RICH_TEXT_LIMITS.maxNamings, html);
    expect(await problemsOf(archive, sanitize)).toEqual([
      { code: 'packRichTextTooLarge', maxBytes: PACK_RICH_TEXT_LIMITS.maxPackBytes },
    ]);
    expect(sanitize.mock.calls).toHaveLength(0);
  });

  it('refuses rich text that grows past the limit once the parser completes its markup', async () => {
    const html = '<ul><li>a<li>b'; // stored as <ul><li>a</li><li>b</li></ul>
    const limits = { ...PACK_RICH_TEXT_LIMITS, maxPackBytes: 2 * html.length };
    expect(await problemsOf(await packNamingClaim(2, html), countingSanitizer(), limits)).toEqual([
      { code: 'packRichTextTooLarge', maxBytes: limits.maxPackBytes },
    ]);
  });

  it('refuses a version-1 pack whose text, once escaped as HTML, is more than the limit', async () => {
    const text = '<'.repeat(1000); // stored as &lt; four times as long
    const pack = validPack();
    pack.cases[0]!.materials[0]!.blocks = [{ type: 'paragraph', text }];
    const limits = { ...PACK_RICH_TEXT_LIMITS, maxPackBytes: 2 * text.length };
    expect(await problemsOf(bytesOf(pack), countingSanitizer(), limits)).toEqual([
      { code: 'packRichTextTooLarge', maxBytes: limits.maxPackBytes },
    ]);
  });
});
