#!/usr/bin/env node
/* The second half of `npm start` (the first half prints the Randers allocation of the example):
 * build and serve the add-in with webpack-dev-server on port 3000, wait until the pages answer,
 * then say where the workbench is and how to sideload the add-in into Excel. Ctrl+C stops it.
 *
 * HTTPS comes from office-addin-dev-certs (see webpack.config.js). Where it cannot make and trust a
 * certificate (e.g. Linux without sudo) the server runs plain http: the workbench works, Excel
 * does not load add-ins over http.
 *
 * The sideload commands (npm run sideload:desktop / sideload:web / sideload:stop, scripts/sideload.js)
 * run Microsoft's office-addin-debugging, an optional dependency of this project (see sideload.js).
 */
'use strict';
const { spawn } = require('child_process');
const http = require('http');
const https = require('https');
const net = require('net');
const path = require('path');
// The dev texts live in scripts/da.ts (every other sentence in src/core/da); `npm ci` compiles them to lib/ (prepare).
const da = require('../lib/scripts/da.js');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const HOST = 'localhost';
const READY_TIMEOUT_MS = 5 * 60_000;

/** Whether something already listens on the port (a dev server left running, another app). */
function portTaken() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port: PORT });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** 'https' or 'http' when /workbench.html answers 200 that way, else null. Certificates not checked: only whether it serves. */
async function probe() {
  for (const [scheme, client] of [
    ['https', https],
    ['http', http],
  ]) {
    const status = await new Promise((resolve) => {
      const request = client.get({ host: HOST, port: PORT, path: '/workbench.html', rejectUnauthorized: false, timeout: 120_000 }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.once('timeout', () => request.destroy());
      request.once('error', () => resolve(null));
    });
    if (status === 200) return scheme;
  }
  return null;
}

function banner(scheme) {
  const http = scheme === 'https' ? null : process.env.DEV_SERVER_HTTP === '1' ? 'flag' : 'no-certificate';
  return da.dev.banner(`${scheme}://${HOST}:${PORT}/`, http);
}

async function main() {
  if (await portTaken()) {
    console.error(da.dev.portBusy(PORT));
    process.exit(1);
  }
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit' });
  let exited = false;
  server.once('exit', (code, signal) => {
    exited = true;
    process.exit(code ?? (signal ? 1 : 0));
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!exited) server.kill(signal);
    });
  }

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!exited && Date.now() < deadline) {
    const scheme = await probe();
    if (scheme) {
      console.log(banner(scheme));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!exited) console.error(da.dev.notReady(HOST, PORT, READY_TIMEOUT_MS / 60_000));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
