// `npm start` (electron-vite preview) and `npm run dev` (electron-vite dev): makes sure Electron's runtime is
// there, fetching it on the first start, then hands over to electron-vite with the given command.
// Usage: node scripts/start-desktop.mjs <preview|dev> [electron-vite options]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  downloadFailedMessage,
  electronRuntimeMissing,
  installElectronRuntime,
} from './electron-runtime.mjs';

const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

const electronDir = packageDir('electron');
// Said only once the download is under way: where there is no network the installer fails at once, and the one
// line below is all the trainee reads.
const downloading = electronRuntimeMissing(electronDir)
  ? setTimeout(() => console.log('First start: downloading the Electron runtime (about 100 MB)…'), 1500)
  : undefined;
const installed = await installElectronRuntime(electronDir);
clearTimeout(downloading);
if (!installed.ok) {
  console.error(downloadFailedMessage(installed.reason));
  process.exit(1);
}

const electronViteDir = packageDir('electron-vite');
const { bin } = JSON.parse(readFileSync(path.join(electronViteDir, 'package.json'), 'utf8'));
const electronVite = path.join(electronViteDir, typeof bin === 'string' ? bin : bin['electron-vite']);
const app = spawn(process.execPath, [electronVite, ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
