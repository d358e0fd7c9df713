#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (built by `npm run build:cli`, which `npm ci` runs via `prepare`).
const { main } = require('../lib/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
