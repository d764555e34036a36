/**
 * What the end-to-end tests share: Debian's Chromium through playwright-core (no downloaded
 * browser), the preview served on a free port, a network guard (only the preview's own origin is
 * reachable: any other request, office.js from the Office CDN first of all, is aborted and
 * recorded), handles on the pane's frame and the grid view, and screenshots into docs/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { ROOT } from '../../scripts/build/ensure-build';
import { startServer, type PreviewServer } from '../../scripts/preview/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const VIEWPORT = { width: 1100, height: 800 };
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface Session {
  browser: Browser;
  server: PreviewServer;
  /** Requests that left the preview's origin (each aborted). */
  external: string[];
  /** Errors thrown in a page (uncaught). */
  pageErrors: string[];
  newPage(options?: { bypassCSP?: boolean; lang?: 'vi' | 'en' }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Starts the server (free port) and Chromium; every page gets the network guard. */
export async function startSession(): Promise<Session> {
  const server = await startServer({ port: 0 });
  // launch() gives the browser a fresh temporary profile (user-data dir), removed on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }).catch(async (e: unknown) => {
    await server.close();
    throw e;
  });
  const origin = new URL(server.url).origin;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    external,
    pageErrors,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, bypassCSP: options.bypassCSP ?? false, locale: 'vi-VN', acceptDownloads: true });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        external.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** The pane's frame (pane.html in the #pane iframe). */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#pane');
  for (let i = 0; i < 100; i++) {
    const frame = await handle.contentFrame();
    if (frame && frame.url().includes('/pane.html')) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the pane did not load');
}

/** Opens the preview and waits until the pane has read the workbook (its summary is shown). */
export async function openPreview(page: Page, server: PreviewServer, query = ''): Promise<Frame> {
  await page.goto(`${server.url}${query}`);
  const pane = await paneFrame(page);
  await pane.getByTestId('summary').waitFor();
  await page.waitForSelector('body[data-ready="true"]');
  return pane;
}

/** Loads an .xlsx through the page's file input; resolves once the new pane has read it. */
export async function loadFile(page: Page, file: string): Promise<Frame> {
  const name = file.split(/[\\/]/).pop()!;
  await page.setInputFiles('#file', file);
  await page.waitForFunction((n) => document.getElementById('file-name')?.textContent === n && document.body.dataset.ready === 'true', name);
  const pane = await paneFrame(page);
  await pane.getByTestId('summary').waitFor();
  return pane;
}

/** Waits until the grid view has drawn `sheet` (the tab selected and its table shown). */
export async function gridShows(page: Page, sheet: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('table.grid')?.getAttribute('data-sheet') === s, sheet);
}

/** The grid view's sheet tabs, in order. */
export function gridTabs(page: Page): Promise<string[]> {
  return page.$$eval('#workbook [role=tab]', (tabs) => tabs.map((t) => t.textContent ?? ''));
}

/** The text of a cell of the grid view (A1 address), '' when it is not drawn. */
export function gridCell(page: Page, cell: string): Promise<string> {
  return page.$eval(`table.grid td[data-cell="${cell}"]`, (td) => td.textContent ?? '').catch(() => '');
}

/** Saves a screenshot of the whole preview (pane and grid) as docs/screenshots/NAME. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  // Let the grid's animation frame and Fluent's transitions settle.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/** A temporary folder removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-files-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One Chromium session and one temporary folder for a test file, opened before its tests and closed
 * after them; after each test, nothing left the preview's origin (never office.js, never the
 * internet) and no page threw.
 */
export function useSession(): { readonly session: Session; readonly files: ReturnType<typeof tempDir> } {
  let session: Session | undefined;
  let files: ReturnType<typeof tempDir> | undefined;
  beforeAll(async () => {
    session = await startSession();
    files = tempDir();
  });
  afterAll(async () => {
    await session?.close();
    files?.remove();
  });
  afterEach(() => {
    expect(session!.external).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });
  return {
    get session(): Session {
      return session!;
    },
    get files(): ReturnType<typeof tempDir> {
      return files!;
    },
  };
}
