#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (built by `npm run build:cli`, which `npm ci` runs via `prepare`).

// On a big machine V8 lets the heap grow towards 4 GB before it collects; a full sheet (1,048,576
// rows) needs well under 1 GB live. Run once more with a ceiling, so memory stays what the work needs.
const HEAP_MB = 1400;
// A small run never comes near either size, and a second Node process costs more than its work
// (about 0.05–0.1 s of the 324-row example's 0.3 s): the relaunch is for runs whose files are big.
const BIG_FILES_BYTES = 16 * 1024 * 1024;
const hasCeiling = process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/.test(process.env.NODE_OPTIONS || '');
if (!hasCeiling && namedFileBytes(process.argv.slice(2)) >= BIG_FILES_BYTES) {
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status === null ? 1 : child.status);
}

/** The sizes of the files the arguments name (input, agreements, state), added up. */
function namedFileBytes(args) {
  const { statSync } = require('fs');
  let total = 0;
  for (const a of args) {
    if (a.startsWith('--')) continue;
    try {
      const s = statSync(a);
      if (s.isFile()) total += s.size;
    } catch {
      // Not a file: an option's value, or a file the command itself will report missing.
    }
  }
  return total;
}

const { main } = require('../lib/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  // A failed stdout may already have set 1 (src/cli/io.ts); the larger code wins.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
