#!/usr/bin/env node
/**
 * npm run preview [-- --port 3001] [-- --no-build]
 * Builds dist/ and out/preview/ when missing or stale (build.js), then serves the preview on
 * http://localhost:PORT/ (127.0.0.1 only) until Ctrl+C.
 */
'use strict';
const { ensurePreview } = require('../build/ensure-build');
const { startServer } = require('./server');

/** @param {string} [message] @returns {never} */
function usage(message) {
  if (message) console.error(message);
  console.error('Usage: npm run preview [-- --port <port>] [-- --no-build]');
  process.exit(2);
}

/** @param {string[]} argv */
function parse(argv) {
  const options = { port: 3001, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--port(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[1] ?? argv[++i];
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port: “${value ?? ''}” is not a port number.`);
      options.port = port;
    } else if (a === '--no-build') options.build = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`Unknown option ${a}.`);
  }
  return options;
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.build) await ensurePreview({ log: (l) => console.log(l) });
  let server;
  try {
    server = await startServer({ port: options.port });
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? e.code : undefined;
    console.error(code === 'EADDRINUSE' ? `Port ${options.port} is in use: try --port <another>.` : String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
  console.log(`Thi đua preview: ${server.url}  (Ctrl+C to stop)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
