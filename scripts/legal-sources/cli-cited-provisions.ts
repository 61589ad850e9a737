// `npm run legal:sources`: rewrites the generated table of cited provisions in docs/legal-sources.md.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LEGAL_SOURCES_FILE, PROJECT_ROOT, readLegalSources, withCitedProvisions } from './cited-provisions';

await writeFile(
  path.join(PROJECT_ROOT, LEGAL_SOURCES_FILE),
  await withCitedProvisions(await readLegalSources()),
);
console.log(`Wrote the cited provisions into ${LEGAL_SOURCES_FILE}`);
