/** The preview's static server: only the files under its folder, only on 127.0.0.1, GET and HEAD. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { request } from 'http';
import { tmpdir } from 'os';
import { join } from 'path';
import { startServer, type PreviewServer } from '../../scripts/preview/server';

let root: string;
let outside: string;
let server: PreviewServer;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'thidua-server-'));
  root = join(base, 'site');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'app'), { recursive: true });
  writeFileSync(join(root, 'preview.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'app', 'a.js'), 'console.log(1)');
  writeFileSync(outside, 'secret');
  symlinkSync(outside, join(root, 'link.txt'));
  server = await startServer({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

/** A raw request (the path sent as it is, never normalised by a client). */
function get(path: string, method = 'GET', host = '127.0.0.1'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves preview.html at / and files below the folder with their types', async () => {
  expect(server.url).toBe(`http://localhost:${server.port}/`);
  expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(await get('/app/a.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)' });
  expect(await get('/app/a.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
});

test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/app/..%2f..%2fsecret.txt', '/app/%2e%2e%5c%2e%2e%5csecret.txt', '/link.txt', '/app/', '/nope.js', '/%00', '/%E0%A4%A'])(
  'refuses %s',
  async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('secret');
  },
);

test('answers GET and HEAD only', async () => {
  expect((await get('/', 'POST')).status).toBe(405);
  expect((await get('/', 'PUT')).status).toBe(405);
});

test('listens on 127.0.0.1 only', async () => {
  const { networkInterfaces } = await import('os');
  const other = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (other) await expect(get('/', 'GET', other.address)).rejects.toThrow();
  await expect(get('/', 'GET', '::1')).rejects.toThrow();
});
