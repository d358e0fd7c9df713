#!/usr/bin/env node
/* Sideload the add-in (manifest.xml, served by the dev server on https://localhost:3000) into Excel.
 *
 *   npm run sideload:desktop                        Excel on Windows or Mac
 *   npm run sideload:web -- --document "<URL>"      Excel on the web; <URL> is a workbook in OneDrive
 *                                                   or SharePoint that you may edit
 *   npm run sideload:stop                           unregister it and stop the dev server it started
 *
 * Microsoft's office-addin-debugging does the work (it starts `npm run dev-server` if nothing
 * answers on port 3000, asks office-addin-dev-certs for the https certificate, registers the
 * manifest and opens Excel; office-addin-dev-settings underneath writes the developer settings).
 * It is NOT a dependency of this project: its current version depends on a Microsoft toolkit with
 * a package that is missing from the registry this project is built with, so `npm ci` could not
 * install it. Instead it is fetched, pinned, by `npx --yes office-addin-debugging@6.0.5` on the
 * machine where you sideload (a network download the first time). The same goes for
 * `npx --yes office-addin-dev-settings@3.0.5` should you need its commands directly (for example
 * `npx --yes office-addin-dev-settings@3.0.5 clear manifest.xml` to forget a cached manifest).
 */
'use strict';
const { spawn } = require('child_process');
const path = require('path');
// Every sentence a user reads lives in src/core/da.ts; `npm ci` compiles it to lib/ (prepare).
const da = require('../lib/src/core/da.js');

const DEBUGGING = 'office-addin-debugging@6.0.5';
const ROOT = path.resolve(__dirname, '..');
const MANIFEST = 'manifest.xml';
const DEV_SERVER = ['--dev-server', 'npm run dev-server', '--dev-server-port', '3000'];

function usage(message) {
  if (message) console.error(message);
  console.error(da.dev.sideloadUsage);
  process.exit(2);
}

/** The arguments for office-addin-debugging, or a usage error. */
function debuggingArgs(argv) {
  const [what, ...rest] = argv;
  switch (what) {
    case 'desktop':
      if (process.platform !== 'win32' && process.platform !== 'darwin') {
        usage(da.dev.desktopOnlyWindowsMac);
      }
      return ['start', MANIFEST, 'desktop', '--app', 'excel', ...DEV_SERVER, ...rest];
    case 'web':
      if (!rest.includes('--document')) {
        usage(da.dev.webNeedsDocument);
      }
      return ['start', MANIFEST, 'web', '--app', 'excel', ...DEV_SERVER, ...rest];
    case 'stop':
      return ['stop', MANIFEST, ...rest];
    default:
      return usage(what ? da.dev.unknownChoice(what) : undefined);
  }
}

/** npx without a shell where we can: through the npm that runs this script (npm_execpath). */
function npxCommand() {
  const npmCli = process.env.npm_execpath;
  if (npmCli && path.basename(npmCli) === 'npm-cli.js') {
    return { command: process.execPath, prefix: [path.join(path.dirname(npmCli), 'npx-cli.js')], shell: false };
  }
  return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', prefix: [], shell: process.platform === 'win32' };
}

const args = debuggingArgs(process.argv.slice(2));
const npx = npxCommand();
console.log(`> npx --yes ${DEBUGGING} ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
// A shell joins arguments with spaces: quote the ones that hold spaces ("npm run dev-server").
const spawnArgs = [...npx.prefix, '--yes', DEBUGGING, ...args].map((a) => (npx.shell && /\s/.test(a) ? `"${a}"` : a));
const child = spawn(npx.command, spawnArgs, { cwd: ROOT, stdio: 'inherit', shell: npx.shell });
child.once('error', (error) => {
  console.error(`Kunne ikke starte npx: ${error.message}`);
  process.exit(1);
});
child.once('exit', (code) => process.exit(code ?? 1));
