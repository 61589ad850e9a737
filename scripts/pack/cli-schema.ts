// `npm run pack:schema`: writes the JSON Schemas of the pack manifest (v2, v3), the answer key (v1), the
// feedback file (v1) and the review file (v1) into docs/formats/, generated from the validators the app runs.
// schemas.test.ts fails when they are out of date.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSchemas, PROJECT_ROOT } from './schemas';

for (const { file, text } of await generateSchemas()) {
  await writeFile(path.join(PROJECT_ROOT, file), text);
  console.log(`Wrote ${file}`);
}
