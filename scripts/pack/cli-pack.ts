// `npm run pack -- exercises/<id> [--out <dir>]`: builds one exercise into <id>-v<version>.cdpack (for trainees)
// and <id>-v<version>.cdkey (for trainers), then checks both with the app's own importer. With --sign, the pack is
// signed by the trainer whose recovery file is given (format 4, naming co-trainers and the programme key).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackFiles } from './build-pack';
import { askPassphrase } from './ask-passphrase';
import { signBuiltPack, SigningError, type SigningRequest } from './sign-built-pack';
import { authorProblems, kilobytes, plural } from './check-exercises';
import { displayPath, formatSourceProblem } from './source-problem';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = [
  'Usage: npm run pack -- exercises/<pack-id> [--out <folder>]   (default folder: dist/packs)',
  '         [--sign <trainer.cdtrainer> [--co-trainer <key-card-file>]... [--programme-key <key-card-file>]]',
  '  --sign: sign the pack with the trainer keys in that recovery file; the passphrase is read from',
  '          CASEDRAFT_PASSPHRASE, else asked here. Key card files hold the line a colleague copied with',
  '          «Скопировать карточку ключа»; submissions of the pack are sealed to every trainer it names.',
].join('\n');

interface Arguments {
  source: string;
  out: string;
  signing?: Omit<SigningRequest, 'passphrase'>;
}

function parseArguments(args: string[]): Arguments | string {
  let source: string | undefined;
  let out: string | undefined;
  let recoveryFile: string | undefined;
  let programmeCard: string | undefined;
  const coTrainerCards: string[] = [];
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const rest = [...args];
  const fileAfter = (): string | undefined => {
    const value = rest.shift();
    return value === undefined || value.startsWith('-') ? undefined : path.resolve(cwd, value);
  };
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--out') out = rest.shift();
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--sign' || arg === '--co-trainer' || arg === '--programme-key') {
      const file = fileAfter();
      if (file === undefined) return `${arg} needs a file.\n${USAGE}`;
      if (arg === '--sign') recoveryFile = file;
      else if (arg === '--co-trainer') coTrainerCards.push(file);
      else programmeCard = file;
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.\n${USAGE}`;
    else if (source === undefined) source = arg;
    else return `Give one exercise folder at a time.\n${USAGE}`;
  }
  if (source === undefined) return `Say which exercise folder to build.\n${USAGE}`;
  if (out === undefined && args.includes('--out')) return `--out needs a folder.\n${USAGE}`;
  if (recoveryFile === undefined && (coTrainerCards.length || programmeCard)) {
    return `--co-trainer and --programme-key name trainers in a signed pack: add --sign.\n${USAGE}`;
  }
  // npm runs scripts from the project folder; paths the user typed are relative to where they typed them.
  return {
    source: path.resolve(cwd, source),
    out: out ? path.resolve(cwd, out) : path.join(ROOT, 'dist', 'packs'),
    ...(recoveryFile ? { signing: { recoveryFile, coTrainerCards, programmeCard } } : {}),
  };
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  // Asked before building, so a mistyped passphrase does not leave an unsigned pack behind.
  const passphrase = parsed.signing ? await askPassphrase() : undefined;
  if (parsed.signing && passphrase === undefined) {
    console.error('Set CASEDRAFT_PASSPHRASE or run the command in a terminal to type the passphrase.');
    return 2;
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
    if (parsed.signing && passphrase !== undefined) {
      const signedBy = await signBuiltPack(written.packFile, { ...parsed.signing, passphrase });
      console.log(
        `Signed by ${signedBy.identity.name}, key ${signedBy.fingerprint} (pack format 4); checked again.`,
      );
    }
    if (written.warnings.length) {
      console.log(`\n${plural(written.warnings.length, 'warning')} (the pack was built; check these):`);
      for (const warning of written.warnings) console.log(`  - ${formatSourceProblem(warning)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof SigningError) {
      console.error(`Built, but could not sign (the pack file is left unsigned):\n  ${error.message}`);
      return 1;
    }
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
