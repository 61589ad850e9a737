// `npm run pack:check`: builds every exercises/*/ folder in memory and checks each pack and key with the app's
// importer, and the dates that should be working days against the calendar (calendar/check-calendar.ts). One line
// per pack, then its problems, warnings and notes; exits with 1 when any pack has a problem (warnings do not fail).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkExercises, plural } from './check-exercises';
import { displayPath } from './source-problem';

const EXERCISES = fileURLToPath(new URL('../../exercises/', import.meta.url));

const checks = await checkExercises(EXERCISES);
if (!checks.length) console.log(`There are no exercise folders in ${displayPath(path.resolve(EXERCISES))}.`);
for (const check of checks) {
  console.log(`${check.ok ? 'ok    ' : 'errors'}  ${check.summary}`);
  for (const problem of check.problems) console.log(`          - ${problem}`);
  for (const warning of check.warnings) console.log(`          warning: ${warning}`);
  for (const note of check.notes) console.log(`          note: ${note}`);
}
const failed = checks.filter((check) => !check.ok).length;
if (checks.length) {
  console.log(`\n${plural(checks.length, 'pack')}: ${checks.length - failed} ok, ${failed} with errors.`);
}
process.exitCode = failed ? 1 : 0;
