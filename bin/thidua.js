#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  process.stderr.write('thidua: the command line is not built yet; run `npm ci` (or `npm run build:cli`) first.\n');
  process.exit(2);
}
// `thidua score … | head`: a reader that stops early ends the output, not with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => process.exit(e && e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2));
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
