/**
 * Load time of the task pane and the size of the production bundles, for the benchmark.
 *
 *   const { measureLoad } = require('<repo>/scripts/preview/measure.js');
 *   const report = await measureLoad({ runs: 5 });
 *
 *   node scripts/preview/measure.js [--runs N]      prints the report as JSON
 *
 * Load time: Chromium (Debian's, through playwright-core) opens the page in a fresh browser context
 * (empty cache) each run, and the time is taken in the page, from the navigation's start
 * (performance.timeOrigin of the top document) to the moment a MutationObserver, installed before
 * any script of every frame runs, sees
 *   - `interactiveMs`: the *Chấm điểm & xếp hạng* button rendered and enabled (the pane answers);
 *   - `readyMs`: the workbook summary shown (the first read of the workbook, through Excel.run, done).
 * Two pages: `pane` is pane.html alone — the production taskpane.html minus office.js, with the
 * simulated Office over the Hải Phòng sample — the nearest to Excel opening the task pane;
 * `preview` is the whole preview page (grid view, pane in its iframe).
 * Bundle sizes: dist/taskpane.js, dist/functions.js and dist/taskpane.html, raw and gzip (level 9).
 * dist/ and out/preview/ are built first when stale (build.js); the server is started on a free
 * port and stopped after.
 */
'use strict';
const { readFileSync } = require('fs');
const { join } = require('path');
const { gzipSync } = require('zlib');
const { DIST, ensurePreview } = require('../build/ensure-build');
const { startServer } = require('./server');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUNDLES = ['taskpane.js', 'functions.js', 'taskpane.html'];

/** Runs in every frame before its scripts: records when the pane becomes interactive and ready. */
function watchPane() {
  const top = /** @type {Window & { __thiduaLoad?: { interactive?: number, ready?: number } }} */ (window.top ?? window);
  const marks = (top.__thiduaLoad ??= {});
  const now = () => performance.timeOrigin + performance.now() - top.performance.timeOrigin;
  const check = () => {
    if (marks.interactive === undefined) {
      const button = Array.from(document.querySelectorAll('#panel-score button')).find((b) => /Chấm điểm & xếp hạng|Score & rank/.test(b.textContent ?? ''));
      if (button && !(/** @type {HTMLButtonElement} */ (button).disabled)) marks.interactive = now();
    }
    if (marks.ready === undefined && document.querySelector('[data-testid="summary"]')) marks.ready = now();
    if (marks.interactive !== undefined && marks.ready !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The production bundles' sizes, raw and gzip. */
function bundleSizes() {
  return BUNDLES.map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file: `dist/${file}`, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}

/**
 * @param {{ runs?: number, executablePath?: string, build?: boolean, timeoutMs?: number }} [options]
 */
async function measureLoad(options = {}) {
  const runs = options.runs ?? 5;
  if (options.build !== false) await ensurePreview();
  const { chromium } = require('playwright-core');
  const server = await startServer({ port: 0 });
  const origin = new URL(server.url).origin;
  const browser = await chromium.launch({ executablePath: options.executablePath ?? CHROMIUM, headless: true, args: ARGS });
  /** @type {Record<'pane' | 'preview', { interactiveMs: number[], readyMs: number[] }>} */
  const samples = { pane: { interactiveMs: [], readyMs: [] }, preview: { interactiveMs: [], readyMs: [] } };
  /** @type {string[]} */
  const external = [];
  try {
    for (let i = 0; i < runs; i++)
      for (const [kind, path] of /** @type {const} */ ([
        ['pane', 'pane.html'],
        ['preview', ''],
      ])) {
        const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
        try {
          await context.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith(`${origin}/`)) return route.continue();
            external.push(url);
            return route.abort('blockedbyclient');
          });
          await context.addInitScript(watchPane);
          const page = await context.newPage();
          await page.goto(`${server.url}${path}`);
          const marks = await page.waitForFunction(
            () => {
              const m = /** @type {any} */ (window).__thiduaLoad;
              return m && m.interactive !== undefined && m.ready !== undefined ? m : null;
            },
            undefined,
            { timeout: options.timeoutMs ?? 30_000, polling: 50 },
          );
          const { interactive, ready } = await marks.jsonValue();
          samples[kind].interactiveMs.push(Math.round(interactive * 10) / 10);
          samples[kind].readyMs.push(Math.round(ready * 10) / 10);
        } finally {
          await context.close();
        }
      }
  } finally {
    await browser.close();
    await server.close();
  }
  if (external.length) throw new Error(`requests outside the preview: ${external.join(', ')}`);
  const summary = (/** @type {{ interactiveMs: number[], readyMs: number[] }} */ s) => ({
    ...s,
    interactiveMedianMs: median(s.interactiveMs),
    readyMedianMs: median(s.readyMs),
  });
  const bundles = bundleSizes();
  return {
    runs,
    browser: `Chromium ${browser.version()}`,
    pane: summary(samples.pane),
    preview: summary(samples.preview),
    bundles,
    totalGzipBytes: bundles.filter((b) => b.file.endsWith('.js')).reduce((n, b) => n + b.gzipBytes, 0),
  };
}

module.exports = { measureLoad, bundleSizes };

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  measureLoad({ runs: Number.isInteger(runs) && runs > 0 ? runs : 5 }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
