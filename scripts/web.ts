import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-build.ts';
import { createStaticServer } from './static-server.ts';
import { parseWebOptions, UsageError, WEB_USAGE } from './web-options.ts';

let options;
try {
  options = parseWebOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`npm run web: ${error.message}\n\n${WEB_USAGE}`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
// The default folder is the app's own build: make sure it is there and current.
if (resolve(options.dir) === resolve(root, 'out/renderer') && !ensureBuilt(root, console.log)) {
  process.exit(1);
}
if (!existsSync(join(options.dir, 'index.html'))) {
  console.error(`npm run web: no built renderer in ${options.dir}. Run "npm run build" first.`);
  process.exit(1);
}

const server = createStaticServer(options.dir);
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${options.port} is already in use; choose another with --port`
      : error.code === 'EACCES'
        ? `port ${options.port} needs privileges; choose one above 1024 with --port`
        : error.message;
  console.error(`npm run web: ${reason}`);
  process.exit(1);
});
server.listen(options.port, options.host, () => {
  const url = `http://${options.host}:${options.port}/`;
  console.log(`Serving the briefing at ${url}`);
  console.log(`  present:  ${url}?lang=fr`);
  console.log(`  kiosk:    ${url}?mode=kiosk&langs=fr,kk,en`);
  console.log(`  handout:  ${url}?mode=print&layout=handout`);
  console.log('Press Ctrl+C to stop.');
});
