/**
 * The one place that builds what the tests, the preview and the bench read, when missing or stale:
 *   1. dist/ (webpack --mode production): when a bundle is missing, older than any input, or a
 *      development build; into dist.build-PID, then renamed (ensureDist);
 *   2. out/preview/ (webpack -c webpack.preview.config.js), when older than any of its inputs,
 *      dist/'s bundles included; into out/preview.build-PID, then renamed (ensurePreview).
 * Both under one lock directory (node_modules/.cache/thidua-dist.lock), so test runs, a preview and
 * a benchmark started together never step on each other.
 */
'use strict';
const { spawn } = require('child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const PREVIEW = join(ROOT, 'out', 'preview');

const DIST_OUTPUTS = ['manifest.xml', 'taskpane.html', 'functions.js', 'taskpane.js', 'functions.json', 'functions-vi.json'];
const DIST_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', join('scripts', 'build'), 'package.json', 'tsconfig.json'];
const PREVIEW_OUTPUTS = ['preview.html', 'preview.js', 'preview.css', 'pane.html', 'pane.js', 'exceljs-host.js', join('app', 'taskpane.js'), join('app', 'functions.js')];
const PREVIEW_INPUTS = [
  'src',
  'webpack.preview.config.js',
  join('scripts', 'build', 'csp.js'),
  'package.json',
  'tsconfig.json',
  join('dist', 'taskpane.js'),
  join('dist', 'functions.js'),
];
const LOCK = join(ROOT, 'node_modules', '.cache', 'thidua-dist.lock');
const LOCK_EXPIRY_MS = 10 * 60 * 1000;

/**
 * The latest change under a path (its own mtime and everything below), leaving out `skip`.
 * @param {string} path
 * @param {string} [skip]
 * @returns {number}
 */
function newest(path, skip) {
  if (path === skip) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name), skip)), s.mtimeMs);
}

/**
 * @param {string} dir
 * @param {string[]} outputs
 * @param {string[]} inputs
 * @param {string} [skip] an input folder that does not count
 */
function stale(dir, outputs, inputs, skip) {
  const missing = outputs.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) return `missing ${missing.join(', ')}`;
  const built = Math.min(...outputs.map((f) => statSync(join(dir, f)).mtimeMs));
  const changed = inputs.filter((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p), skip) > built);
  return changed.length ? `older than ${changed.join(', ')}` : null;
}

/**
 * Why dist/ must be rebuilt, or null. The preview's own sources (src/preview/) are not in the
 * production bundles, so changing them does not rebuild dist/.
 */
function distStaleness() {
  const why = stale(DIST, DIST_OUTPUTS, DIST_INPUTS, join(ROOT, 'src', 'preview'));
  if (why) return why;
  if (readFileSync(join(DIST, 'functions.js'), 'utf8').includes('/******/')) return 'a development build';
  return null;
}

/** Why out/preview/ must be rebuilt, or null. */
function previewStaleness() {
  return stale(PREVIEW, PREVIEW_OUTPUTS, PREVIEW_INPUTS);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removes the lock if this process holds it (on exit, Ctrl+C or kill, not only on return). */
let holding = false;
function release() {
  if (!holding) return;
  holding = false;
  rmSync(LOCK, { recursive: true, force: true });
}
/** @type {Set<import('child_process').ChildProcess>} */
const children = new Set();
/** Build directories being written (removed when interrupted). @type {Set<string>} */
const temps = new Set();
/** @param {NodeJS.Signals} signal */
function onSignal(signal) {
  for (const c of children) c.kill('SIGTERM');
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  release();
  unhook();
  process.kill(process.pid, signal);
}
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
function hook() {
  process.on('exit', release);
  for (const s of SIGNALS) process.on(s, onSignal);
}
function unhook() {
  process.off('exit', release);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * @template T
 * @param {() => Promise<T>} body
 * @returns {Promise<T>}
 */
async function withLock(body) {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  hook();
  for (;;) {
    try {
      mkdirSync(LOCK);
      holding = true;
      break;
    } catch {
      const age = Date.now() - (existsSync(LOCK) ? statSync(LOCK).mtimeMs : Date.now());
      if (age > LOCK_EXPIRY_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await body();
  } finally {
    release();
    unhook();
  }
}

/**
 * Runs webpack-cli into a fresh directory and puts it in place of `target`.
 * @param {string[]} args
 * @param {string} target
 * @param {string} what
 */
async function webpackInto(args, target, what) {
  const out = `${target}.build-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const child = spawn(process.execPath, [cli, ...args, '--output-path', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  temps.add(out);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const status = await new Promise((resolve) => {
    child.on('error', (e) => {
      output += String(e);
      resolve(-1);
    });
    child.on('close', (code) => resolve(code));
  });
  children.delete(child);
  temps.delete(out);
  if (status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`${what} failed:\n${output}`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(out, target);
}

/**
 * Builds dist/ when stale.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ reason: string | null, seconds: number }>}
 */
async function ensureDist(options = {}) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  if (!distStaleness()) return { reason: null, seconds: 0 };
  return withLock(async () => {
    const reason = distStaleness(); // another run may have built it while this one waited
    if (reason) {
      log(`Building dist/ for production (${reason})…`);
      await webpackInto(['--mode', 'production'], DIST, 'webpack --mode production');
    }
    return { reason, seconds: (Date.now() - started) / 1000 };
  });
}

/**
 * Builds dist/ and out/preview/ when stale.
 * @param {{ log?: (line: string) => void }} [options]
 */
async function ensurePreview(options = {}) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  if (!distStaleness() && !previewStaleness()) return { dist: null, preview: null, seconds: 0 };
  return withLock(async () => {
    const dist = distStaleness();
    if (dist) {
      log(`Building dist/ for production (${dist})…`);
      await webpackInto(['--mode', 'production'], DIST, 'webpack --mode production');
    }
    const preview = previewStaleness();
    if (preview) {
      log(`Building the preview into out/preview/ (${preview})…`);
      await webpackInto(['-c', 'webpack.preview.config.js'], PREVIEW, 'webpack -c webpack.preview.config.js');
    }
    return { dist, preview, seconds: (Date.now() - started) / 1000 };
  });
}

module.exports = { ROOT, DIST, PREVIEW, DIST_OUTPUTS, ensureDist, ensurePreview, distStaleness, previewStaleness };

if (require.main === module) {
  ensurePreview({ log: (l) => console.log(l) }).then(
    (r) => console.log(r.dist || r.preview ? `Built in ${r.seconds.toFixed(1)} s.` : 'dist/ and out/preview/ are up to date.'),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
