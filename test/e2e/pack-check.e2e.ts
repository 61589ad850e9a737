import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const exercises = readdirSync(new URL('exercises/', new URL('../../', import.meta.url)), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('npm run pack:check', () => {
  it(
    'builds every exercise, passes each through the importer’s own check and finds no warning',
    { timeout: 180_000 },
    async () => {
      // Rejects (and so fails the test) if the command exits non-zero.
      const { stdout } = await run('npm', ['run', '--silent', 'pack:check'], { cwd: root });
      for (const id of exercises) expect(stdout).toMatch(new RegExp(`^ok\\s+${id} v\\d+:`, 'm'));
      expect(stdout).toContain(`${exercises.length} packs: ${exercises.length} ok, 0 with errors.`);
      // A warning does not fail the command, but the exercises we ship have none: no unused file, and no hearing,
      // dismissal or act of a body dated on a weekend or day off (scripts/pack/calendar).
      expect(stdout.split('\n').filter((line) => line.trimStart().startsWith('warning:'))).toEqual([]);
    },
  );
});
