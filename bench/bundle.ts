/** Production bundle sizes, gzipped as a web server sends them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  taskpaneBytes: number;
  taskpaneGzipBytes: number;
  functionsBytes: number;
  functionsGzipBytes: number;
}

export function bundleSizes(dist: string): BundleFigures | null {
  const tp = path.join(dist, 'taskpane.js');
  const fn = path.join(dist, 'functions.js');
  if (!existsSync(tp) || !existsSync(fn)) return null;
  const a = readFileSync(tp);
  const b = readFileSync(fn);
  return { taskpaneBytes: a.length, taskpaneGzipBytes: gzipSync(a, { level: 9 }).length, functionsBytes: b.length, functionsGzipBytes: gzipSync(b, { level: 9 }).length };
}
