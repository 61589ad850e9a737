import { nodeSanitizer } from '../../../scripts/pack/node-sanitizer';
import { MB, type Benchmark, type BenchReport } from '../benchmark';
import { mulberry32 } from '../random';
import { median, type BenchResults } from '../results';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

/**
 * The pack tool's check of one rich-text file as large as a pack may hold (2 MB), in Node: the app's sanitiser
 * on jsdom, as `npm run pack` runs it. The text is the densest a case file has: tables of short cells, as an
 * account statement, about one element every 8 bytes.
 */
export const packToolBenchmark: Benchmark = {
  name: 'pack-tool',
  run,
};

async function run(): Promise<BenchReport> {
  if (!Number.isInteger(REPEATS) || REPEATS < 1)
    throw new Error('BENCH_REPEATS must be a whole number above 0.');
  const html = denseRichText(2 * MB);
  const sanitize = nodeSanitizer();
  sanitize('<p>warm-up</p>');
  const times: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    const start = performance.now();
    const { removed } = sanitize(html);
    times.push(performance.now() - start);
    if (removed.length) throw new Error(`The generated text was refused: ${removed.join(', ')}`);
    console.log(`  round ${round + 1}/${REPEATS}: ${times.at(-1)!.toFixed(0)} ms`);
    await Promise.resolve();
  }
  const results: BenchResults = {
    pack_tool_sanitise_2mb_ms: { value: Math.round(median(times)), unit: 'ms' },
  };
  return { title: 'Pack tool: sanitising one 2 MB rich-text file in Node (jsdom)', results };
}

/** `bytes` of UTF-8 HTML: tables of dated sums, 50 rows each, under a heading. */
function denseRichText(bytes: number): string {
  const random = mulberry32(7);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const rows = Array.from(
      { length: 50 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>${1 + Math.floor(random() * 28)}.0${1 + Math.floor(random() * 9)}.2024</td>` +
        `<td>${Math.floor(random() * 1e6)}</td><td><strong>да</strong></td></tr>`,
    ).join('');
    const part = `<h3>Выписка ${parts.length + 1}</h3><table><tbody>${rows}</tbody></table>\n`;
    parts.push(part);
    size += new TextEncoder().encode(part).byteLength;
  }
  return parts.join('');
}
