import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * The trainer's passphrase for `npm run pack -- --sign`: from CASEDRAFT_PASSPHRASE (scripts, CI), else typed on
 * the terminal without being shown. Undefined when there is neither (input is not a terminal).
 */
export async function askPassphrase(): Promise<string | undefined> {
  const fromEnvironment = process.env.CASEDRAFT_PASSPHRASE;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) return undefined;
  process.stdout.write('Passphrase of the trainer recovery file: ');
  // Echo nothing of what is typed; the line break after it is written below.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  const passphrase = await new Promise<string>((resolve) => reader.question('', resolve));
  reader.close();
  process.stdout.write('\n');
  return passphrase;
}
