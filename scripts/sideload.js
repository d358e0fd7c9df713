#!/usr/bin/env node
/* Sideload the add-in (manifest.xml, served by the dev server on https://localhost:3000) into Excel.
 *
 *   npm run sideload:desktop                        Excel on Windows or Mac
 *   npm run sideload:web -- --document "<URL>"      Excel on the web; <URL> is a workbook in OneDrive
 *                                                   or SharePoint that you may edit
 *   npm run sideload:stop                           unregister it and stop the dev server it started
 *
 * Microsoft's office-addin-debugging does the work, as in Microsoft's add-in templates (it starts
 * `npm run dev-server` if nothing answers on port 3000, asks office-addin-dev-certs for the https
 * certificate, registers the manifest and opens Excel; office-addin-dev-settings underneath writes
 * the developer settings, and `npx office-addin-dev-settings clear manifest.xml` forgets a cached
 * manifest). Both are optional dependencies of this project, pinned in package.json: their tree
 * includes keytar, which is compiled from source (Debian: libsecret-1-dev and build-essential). On
 * a machine where that fails, `npm ci` leaves them out and everything else works; this script then
 * says in Danish what is missing instead of failing somewhere inside.
 */
'use strict';
const { spawn } = require('child_process');
const path = require('path');
// The dev texts live in scripts/da.ts (every other sentence in src/core/da); `npm ci` compiles them to lib/ (prepare).
const da = require('../lib/scripts/da.js');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = 'manifest.xml';
const DEV_SERVER = ['--dev-server', 'npm run dev-server', '--dev-server-port', '3000'];
const TOOLS = ['office-addin-debugging', 'office-addin-dev-settings'];

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

/** The command-line entry of an installed package, or null when `npm ci` left it out. */
function installedCli(name) {
  try {
    const manifest = require.resolve(`${name}/package.json`, { paths: [ROOT] });
    const bin = require(manifest).bin;
    return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
  } catch {
    return null;
  }
}

const args = debuggingArgs(process.argv.slice(2));
const missing = TOOLS.filter((name) => installedCli(name) === null);
if (missing.length > 0) {
  console.error(da.dev.toolsMissing(missing));
  process.exit(1);
}
const cli = installedCli('office-addin-debugging');
console.log(`> office-addin-debugging ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
// Node runs the tool's own script: no shell, so arguments with spaces ("npm run dev-server") arrive whole.
const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' });
child.once('error', (error) => {
  console.error(da.dev.toolFailed(error.message));
  process.exit(1);
});
child.once('exit', (code) => process.exit(code ?? 1));
