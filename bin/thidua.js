#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  process.stderr.write('thidua: the command line is not built yet; run `npm ci` (or `npm run build:cli`) first.\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
