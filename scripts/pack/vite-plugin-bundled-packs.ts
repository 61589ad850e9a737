import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type * as BundleModule from './bundle-exercises.ts';

const VIRTUAL_ID = 'virtual:bundled-packs';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the dev server serves packs; a build writes them as `packs/<id>.cdpack` beside the app. */
const DEV_PREFIX = '/__bundled-packs/';
const BUNDLER = fileURLToPath(new URL('./bundle-exercises.ts', import.meta.url));

/**
 * `virtual:bundled-packs`: the exercises under `exercisesDir`, compiled into `.cdpack` archives and checked
 * with the importer's own check; the default export lists `{ id, version, url }`. A build writes each as the
 * asset `packs/<id>.cdpack`; the dev server builds them on request. Answer keys are never built into the app.
 * A broken exercise fails the build with the messages `npm run pack` prints.
 *
 * The compiler is loaded through Vite's module runner when needed, not imported here: the config stays small,
 * and the compiler's code (and the app's domain code it uses) is not bundled into the config.
 */
export function bundledPacks({ exercisesDir }: { exercisesDir: string }): Plugin {
  let serving = false;
  return {
    name: 'casedraft:bundled-packs',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = await (await loadBundler()).bundleExercises(exercisesDir);
      if (!result.ok) return this.error(result.message);
      const entries = result.packs.map(({ id: packId, version, bytes }) => {
        const url = serving
          ? JSON.stringify(`${DEV_PREFIX}${packId}.cdpack`)
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', fileName: `packs/${packId}.cdpack`, source: bytes })}`;
        return `  { id: ${JSON.stringify(packId)}, version: ${version}, url: ${url} },`;
      });
      return `export default [\n${entries.join('\n')}\n];\n`;
    },
    configureServer(server) {
      serveOnRequest(server, exercisesDir);
    },
  };
}

async function loadBundler(): Promise<typeof BundleModule> {
  return (await runnerImport<typeof BundleModule>(BUNDLER)).module;
}

/** In development: each pack built when the app asks for it, and a reload when an exercise changes. */
function serveOnRequest(server: ViteDevServer, exercisesDir: string): void {
  const root = path.resolve(exercisesDir);
  server.watcher.add(root);
  const onChange = (file: string): void => {
    if (!path.resolve(file).startsWith(root + path.sep)) return;
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
  server.middlewares.use((request, response, next) => {
    const url = request.url?.split('?')[0] ?? '';
    const id = url.startsWith(DEV_PREFIX) ? url.slice(DEV_PREFIX.length).replace(/\.cdpack$/, '') : '';
    if (!/^[a-z0-9-]+$/.test(id) || !existsSync(path.join(root, id))) return next();
    loadBundler()
      .then((bundler) => bundler.bundleExercise(path.join(root, id)))
      .then(
        (result) => {
          if (result.ok) {
            response.setHeader('Content-Type', 'application/octet-stream');
            response.end(Buffer.from(result.pack.bytes));
          } else {
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end(result.problems.join('\n'));
          }
        },
        (error: unknown) => next(error),
      );
  });
}
