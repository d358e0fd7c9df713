#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (built by `npm run build:cli`, which `npm ci` runs via `prepare`).

// On a big machine V8 lets the heap grow towards 4 GB before it collects; a full sheet (1,048,576
// rows) needs well under 1 GB live. Run once more with a ceiling, so memory stays what the work needs.
const HEAP_MB = 1400;
const hasCeiling = process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/.test(process.env.NODE_OPTIONS || '');
if (!hasCeiling) {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status === null ? 1 : child.status);
}

const { main } = require('../lib/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  // A failed stdout may already have set 1 (src/cli/io.ts); the larger code wins.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
