/**
 * The production build stays clean of the preview: dist/taskpane.js and dist/functions.js hold no
 * exceljs, no exceljs host, no in-memory host and no preview code (by their source maps' module
 * lists and by strings only those modules carry), and the preview's own bundles do hold them (so
 * the checks can fail). The preview serves dist's bundles byte for byte, under the production
 * Content-Security-Policy minus the Office CDN; dist/taskpane.html still loads office.js.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DIST, PREVIEW } from '../../scripts/build/ensure-build';
import { OFFICE_JS } from './support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('../../scripts/build/csp') as { contentSecurityPolicy(o: { dev: boolean }): string };

const text = (path: string): string => readFileSync(path, 'utf8');
const sources = (bundle: string): string[] => (JSON.parse(text(`${bundle}.map`)) as { sources: string[] }).sources;

/** Modules that must never be in a production bundle, by source path. */
const FORBIDDEN_MODULES: [string, RegExp][] = [
  ['exceljs', /node_modules\/exceljs\//],
  ['the exceljs host', /src\/hosts\/exceljs\//],
  ['the in-memory host', /src\/testing\/fake-excel\//],
  ['the preview', /src\/preview\//],
  ['the command line', /src\/cli\//],
];

/** Strings only those modules carry (they survive minification). */
const FORBIDDEN_STRINGS: [string, string][] = [
  ['exceljs', 'xl/workbook.xml'],
  ['exceljs', 'exceljs'],
  ['the in-memory host', 'A custom rule formula starts with'],
  ['the in-memory host', 'Only strings, numbers and booleans can be written to values.'],
  ['the preview', 'thiduaPreview'],
  ['the preview', 'thiduaPane'],
];

describe.each(['taskpane.js', 'functions.js'])('dist/%s', (file) => {
  const bundle = join(DIST, file);

  test('bundles none of exceljs, the exceljs host, the in-memory host, the preview or the CLI', () => {
    const list = sources(bundle);
    expect(list.length).toBeGreaterThan(10);
    for (const [what, re] of FORBIDDEN_MODULES) expect({ what, modules: list.filter((s) => re.test(s)) }).toEqual({ what, modules: [] });
  });

  test('holds none of their strings', () => {
    const code = text(bundle);
    for (const [what, s] of FORBIDDEN_STRINGS) expect({ what, s, found: code.includes(s) }).toEqual({ what, s, found: false });
  });

  test('is served by the preview unchanged', () => {
    expect(readFileSync(join(PREVIEW, 'app', file)).equals(readFileSync(bundle))).toBe(true);
  });
});

describe('the checks can fail: the preview bundles hold what dist must not', () => {
  test('pane.js holds the in-memory host (and not exceljs)', () => {
    expect(sources(join(PREVIEW, 'pane.js')).some((s) => /src\/testing\/fake-excel\//.test(s))).toBe(true);
    expect(text(join(PREVIEW, 'pane.js'))).toContain('A custom rule formula starts with');
    expect(text(join(PREVIEW, 'pane.js'))).not.toContain('xl/workbook.xml');
  });

  test('exceljs-host.js, loaded on demand by the page, holds exceljs and the exceljs host', () => {
    const list = sources(join(PREVIEW, 'exceljs-host.js'));
    expect(list.some((s) => /node_modules\/exceljs\//.test(s))).toBe(true);
    expect(list.some((s) => /src\/hosts\/exceljs\//.test(s))).toBe(true);
    expect(text(join(PREVIEW, 'preview.js'))).not.toContain('xl/workbook.xml');
  });
});

describe('pages', () => {
  // The pages are minified: attribute quotes may be gone.
  const csp = (html: string): string => /http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

  test('dist/taskpane.html loads office.js from the Office CDN (production unchanged)', () => {
    expect(text(join(DIST, 'taskpane.html'))).toContain(OFFICE_JS);
  });

  test('the preview pages never reference the Office CDN and keep the production policy without it', () => {
    const production = contentSecurityPolicy({ dev: false });
    const expected = production.replace(' https://appsforoffice.microsoft.com', '');
    expect(expected).not.toBe(production);
    for (const page of ['pane.html', 'preview.html']) {
      const html = text(join(PREVIEW, page));
      expect(html).not.toContain('appsforoffice.microsoft.com');
      expect(csp(html)).toBe(expected);
      expect(csp(html)).not.toContain('unsafe-eval');
    }
    const pane = text(join(PREVIEW, 'pane.html'));
    expect([...pane.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(['pane.js', 'app/functions.js', 'app/taskpane.js']);
  });
});
