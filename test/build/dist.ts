/**
 * The production build the build tests read: dist/ as `webpack --mode production` leaves it. It is
 * rebuilt (once, in a child process) when it is missing, older than any of its inputs, or a
 * development build. Test runs that start together (several people, one checkout) take turns through
 * a lock directory, and a new build replaces dist/ only once it is complete.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export const OUTPUTS = ['manifest.xml', 'taskpane.html', 'functions.js', 'taskpane.js', 'functions.json', 'functions-vi.json'];
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', join('scripts', 'build'), 'package.json', 'tsconfig.json'];
const LOCK = join(ROOT, 'node_modules', '.cache', 'thidua-dist.lock');
/** A lock older than this was left by a run that died. */
const LOCK_EXPIRY_MS = 10 * 60 * 1000;

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleness(): string | null {
  const missing = OUTPUTS.filter((f) => !existsSync(join(DIST, f)));
  if (missing.length) return `missing ${missing.join(', ')}`;
  const built = Math.min(...OUTPUTS.map((f) => statSync(join(DIST, f)).mtimeMs));
  const changed = INPUTS.filter((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p)) > built);
  if (changed.length) return `older than ${changed.join(', ')}`;
  // Development bundles carry webpack's banner comments; production ones are minified.
  if (readFileSync(join(DIST, 'functions.js'), 'utf8').includes('/******/')) return 'a development build';
  return null;
}

export interface BuildRun {
  /** Why dist/ was rebuilt; null when it was up to date. */
  reason: string | null;
  seconds: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock<T>(body: () => T): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (existsSync(LOCK) ? statSync(LOCK).mtimeMs : Date.now());
      if (age > LOCK_EXPIRY_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ for production when it is stale. */
export async function ensureDist(): Promise<BuildRun> {
  if (!staleness()) return { reason: null, seconds: 0 };
  return withLock(() => {
    const reason = staleness(); // another run may have built it while this one waited
    if (!reason) return { reason, seconds: 0 };
    const start = Date.now();
    const out = `${DIST}.build-${process.pid}`;
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    const run = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) {
      rmSync(out, { recursive: true, force: true });
      throw new Error(`webpack --mode production failed (${reason}):\n${run.stdout}\n${run.stderr}`);
    }
    rmSync(DIST, { recursive: true, force: true });
    renameSync(out, DIST);
    return { reason, seconds: (Date.now() - start) / 1000 };
  });
}

export const distText = (file: string): string => readFileSync(join(DIST, file), 'utf8');
