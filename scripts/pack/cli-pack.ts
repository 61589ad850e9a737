// `npm run pack -- exercises/<id> [--out <dir>]`: builds one exercise into <id>-v<version>.cdpack (for trainees)
// and <id>-v<version>.cdkey (for trainers), then checks both with the app's own importer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackFiles } from './build-pack';
import { authorProblems, kilobytes, plural } from './check-exercises';
import { displayPath, formatSourceProblem } from './source-problem';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'Usage: npm run pack -- exercises/<pack-id> [--out <folder>]   (default folder: dist/packs)';

function parseArguments(args: string[]): { source: string; out: string } | string {
  let source: string | undefined;
  let out: string | undefined;
  const rest = [...args];
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--out') out = rest.shift();
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) return `Unknown option ${arg}.\n${USAGE}`;
    else if (source === undefined) source = arg;
    else return `Give one exercise folder at a time.\n${USAGE}`;
  }
  if (source === undefined) return `Say which exercise folder to build.\n${USAGE}`;
  if (out === undefined && args.includes('--out')) return `--out needs a folder.\n${USAGE}`;
  // npm runs scripts from the project folder; paths the user typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    source: path.resolve(cwd, source),
    out: out ? path.resolve(cwd, out) : path.join(ROOT, 'dist', 'packs'),
  };
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  try {
    const written = await buildPackFiles(parsed.source, parsed.out);
    const { manifest } = written;
    const materials = manifest.cases.flatMap((packCase) => packCase.materials);
    const attachments = materials.filter((material) => material.mediaType !== 'text/html').length;
    console.log(
      `Built ${manifest.id} version ${manifest.version}: ${plural(manifest.cases.length, 'case')}, ` +
        `${plural(materials.length, 'material')} (${plural(attachments, 'attachment')}).`,
    );
    console.log(
      `  ${displayPath(written.packFile)}  ${kilobytes(written.packBytes.byteLength)}  give this file to trainees`,
    );
    console.log(
      `  ${displayPath(written.keyFile)}  ${kilobytes(written.keyBytes.byteLength)}  keep this file: the model answers, for trainers only`,
    );
    console.log("Checked with the app's importer: both files open without problems.");
    if (written.warnings.length) {
      console.log(`\n${plural(written.warnings.length, 'warning')} (the pack was built; check these):`);
      for (const warning of written.warnings) console.log(`  - ${formatSourceProblem(warning)}`);
    }
    return 0;
  } catch (error) {
    const problems = authorProblems(error);
    if (!problems) throw error;
    console.error(
      `Could not build ${displayPath(parsed.source)}. Fix ${problems.length === 1 ? 'this' : 'these'} and run the command again:`,
    );
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
}

process.exitCode = await main();
