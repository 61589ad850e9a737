import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mappedCodePoints } from './font-cmap';

/**
 * The act's font must draw every Kazakh and Russian letter itself: a letter it lacks would be drawn from whatever
 * font the machine has, a different design in the middle of a word, or not at all. This reads the font files that
 * renderer/src/fonts.css brings into the build, face by face, in every format shipped.
 */
const FONTS_CSS = fileURLToPath(new URL('../../renderer/src/fonts.css', import.meta.url));
const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const RUSSIAN_LETTERS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** What acts write besides letters: the number sign, guillemets, dashes, the section sign. */
const ACT_SYMBOLS = '№«»–—§0123456789';

interface FontFace {
  style: string;
  files: string[];
  ranges: [number, number][];
}

/** The @font-face rules of the stylesheets fonts.css imports, with their files as paths on disk. */
function bundledFaces(): FontFace[] {
  const require = createRequire(FONTS_CSS);
  const imports = [...readFileSync(FONTS_CSS, 'utf8').matchAll(/@import\s+'([^']+)'/g)].map((match) =>
    require.resolve(match[1]!),
  );
  return imports.flatMap((stylesheet) =>
    [...readFileSync(stylesheet, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map(([, rule]) => {
      const property = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(rule!)?.[1]?.trim() ?? '';
      return {
        style: `${property('font-weight')} ${property('font-style')}`,
        files: [...property('src').matchAll(/url\(([^)]+)\)/g)].map((url) =>
          path.resolve(path.dirname(stylesheet), url[1]!),
        ),
        ranges: unicodeRanges(property('unicode-range')),
      };
    }),
  );
}

/** `U+0460-052F,U+20B4` as [start, end] pairs; a face without unicode-range covers everything. */
function unicodeRanges(value: string): [number, number][] {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').map((range) => {
    const [start, end = start] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start!, 16), Number.parseInt(end!, 16)];
  });
}

const faces = bundledFaces();
const codePoints = new Map<string, Set<number>>();
function glyphsOf(file: string): Set<number> {
  let glyphs = codePoints.get(file);
  if (!glyphs) codePoints.set(file, (glyphs = mappedCodePoints(readFileSync(file))));
  return glyphs;
}

describe('the bundled document font', () => {
  it('comes in the four faces an act uses', () => {
    expect(new Set(faces.map((face) => face.style))).toEqual(
      new Set(['400 normal', '400 italic', '700 normal', '700 italic']),
    );
  });

  it('ships every face in WOFF2, the format the browser loads', () => {
    for (const face of faces) expect(face.files.some((file) => file.endsWith('.woff2'))).toBe(true);
  });

  for (const style of ['400 normal', '400 italic', '700 normal', '700 italic']) {
    it(`draws every Kazakh and Russian letter in ${style}`, () => {
      // Faces of one family may overlap (Ұ is in both Cyrillic subsets' ranges, but only the basic Cyrillic file
      // has it); the browser tries each face whose range covers a character until one has its glyph.
      const missing: string[] = [];
      for (const character of KAZAKH_LETTERS + RUSSIAN_LETTERS + ACT_SYMBOLS) {
        const codePoint = character.codePointAt(0)!;
        const covering = faces.filter(
          (face) =>
            face.style === style &&
            face.ranges.some(([start, end]) => start <= codePoint && codePoint <= end),
        );
        const drawn = covering.some((face) => face.files.every((file) => glyphsOf(file).has(codePoint)));
        if (!drawn) missing.push(character);
      }
      expect(missing).toEqual([]);
    });
  }

  it('is read correctly: a character the font lacks is not reported as present', () => {
    const file = faces.find((face) => face.style === '400 normal')!.files[0]!;
    expect(glyphsOf(file).size).toBeGreaterThan(50);
    expect(glyphsOf(file).has(0x4e00)).toBe(false);
  });
});
