/**
 * The preview's static server: node's http, no dependency. It serves the files under one folder
 * (out/preview/ by default) and nothing else — no directory listing, no path outside the folder
 * (`..`, encoded or not, and symbolic links leading out are refused) — on 127.0.0.1 only.
 * GET and HEAD; `/` is preview.html.
 */
'use strict';
const http = require('http');
const { createReadStream, promises: fs } = require('fs');
const path = require('path');
const { PREVIEW } = require('../build/ensure-build');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * The file a request path names under `root`, or null when it names none (or something outside).
 * @param {string} root real path of the served folder
 * @param {string} urlPath
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' ? 'preview.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const real = await fs.realpath(file);
    if (!real.startsWith(root + path.sep)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? { file: real, size: stat.size } : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server; port 0 picks a free one.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
async function startServer(options = {}) {
  const root = await fs.realpath(options.root ?? PREVIEW);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    const send = (/** @type {number} */ status, /** @type {string} */ text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(405, 'Method not allowed');
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    resolveFile(root, urlPath).then(
      (found) => {
        if (!found) {
          send(404, 'Not found');
          return;
        }
        res.writeHead(200, {
          'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (path.extname(found.file).toLowerCase())] ?? 'application/octet-stream',
          'Content-Length': found.size,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
      },
      () => send(500, 'Server error'),
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3001, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = { startServer, resolveFile };
