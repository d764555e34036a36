/** The build's own pieces (scripts/build), each on its own: no dist/ needed. */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';
import { ROOT } from './dist';

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS modules run by Node */
const { localize } = require('../../scripts/build/localize-functions') as {
  localize: (m: unknown, d: unknown) => { metadata: { functions: { id: string; name: string; parameters: { name: string }[] }[] }; problems: string[] };
};
const { DEV_URL, productionUrl, manifestVersion, rewriteManifest } = require('../../scripts/build/addin-url') as {
  DEV_URL: string;
  productionUrl: (v: string | undefined) => string | null;
  manifestVersion: (v: string) => string;
  rewriteManifest: (xml: string, o: { url: string; version: string }) => string;
};
const { contentSecurityPolicy } = require('../../scripts/build/csp') as { contentSecurityPolicy: (o?: { dev?: boolean }) => string };
const icons = require('../../scripts/build/make-icons') as { SIZES: number[]; render: (size: number) => Buffer };
const zodNoEval = require('../../scripts/build/zod-no-eval-loader') as (this: { resourcePath: string; emitError: (e: Error) => void }, source: string) => string;
const { ForbiddenModulesPlugin } = require('../../scripts/build/plugins') as { ForbiddenModulesPlugin: new () => webpack.WebpackPluginInstance };
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
  generateCustomFunctionsMetadata: (input: string[]) => Promise<{ metadataJson: string; errors: string[] }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe('functions-vi.json from the dictionary', () => {
  const metadata = {
    functions: [
      { id: 'RATE', name: 'RATE', description: 'Ratio.', parameters: [{ name: 'actual', type: 'any' }, { name: 'target', type: 'any', optional: true }] },
      { id: 'RANK', name: 'RANK', description: 'Rank.', parameters: [{ name: 'value', type: 'any' }] },
    ],
  };
  const dictionary = () => ({
    RATE: { name: 'TYLE', description: 'Tỷ lệ.', parameters: { actual: { name: 'thực_hiện', description: 'Số thực hiện.' }, target: { name: 'chỉ_tiêu', description: 'Chỉ tiêu.' } } },
    RANK: { name: 'XEPHANG', description: 'Hạng.', parameters: { value: { name: 'giá_trị', description: 'Giá trị.' } } },
  });

  it('replaces names and descriptions and keeps ids, types and flags', () => {
    const { metadata: out, problems } = localize(metadata, dictionary());
    expect(problems).toEqual([]);
    expect(out.functions.map((f) => [f.id, f.name])).toEqual([['RATE', 'TYLE'], ['RANK', 'XEPHANG']]);
    expect(out.functions[0]!.parameters).toEqual([
      { name: 'thực_hiện', description: 'Số thực hiện.', type: 'any' },
      { name: 'chỉ_tiêu', description: 'Chỉ tiêu.', type: 'any', optional: true },
    ]);
  });

  it('reports every way the dictionary and the functions can disagree', () => {
    const d = dictionary() as Record<string, unknown>;
    delete d.RANK;
    d.SCORE = { name: 'DIEM', description: 'Điểm.', parameters: {} };
    (d.RATE as { parameters: Record<string, unknown> }).parameters.extra = { name: 'thêm', description: 'Thêm.' };
    delete (d.RATE as { parameters: Record<string, unknown> }).parameters.target;
    expect(localize(metadata, d).problems).toEqual([
      'SCORE: in the dictionary but not a custom function',
      'RATE: the dictionary has a parameter "extra" the function does not have',
      'RATE: parameter "target" is not in the dictionary',
      'RANK: no entry in the dictionary',
    ]);
    const bad = dictionary();
    bad.RATE.name = '1X';
    bad.RANK.name = 'XEPHANG';
    (bad.RANK as { description: string }).description = ' ';
    expect(localize(metadata, bad).problems).toEqual(['RATE: "1X" is not a valid function name', 'RANK: no description']);
    const twice = dictionary();
    twice.RANK.name = 'tyle';
    expect(localize(metadata, twice).problems).toEqual(['RANK: name "tyle" is also the name of RATE']);
    const long = dictionary();
    long.RATE.parameters.actual.description = 'x'.repeat(256);
    expect(localize(metadata, long).problems).toEqual(['RATE.actual: description longer than 255 characters (256)']);
  });

  it('accepts the project’s dictionary for the metadata of functions.ts (the build would fail otherwise)', async () => {
    const generated = await generateCustomFunctionsMetadata([join(ROOT, 'src', 'functions', 'functions.ts')]);
    expect(generated.errors).toEqual([]);
    const vi = JSON.parse(readFileSync(join(ROOT, 'src', 'functions', 'vi.json'), 'utf8')) as Record<string, unknown>;
    const { metadata: out, problems } = localize(JSON.parse(generated.metadataJson), vi);
    expect(problems).toEqual([]);
    expect(out.functions.map((f) => f.name)).toEqual(['TYLE', 'TRANGTHAI', 'DIEM', 'XEPHANG', 'KETQUA', 'DENGHI', 'GIAITHICH', 'BOPHIEU']);
  });
});

describe('production URLs', () => {
  it('takes ADDIN_URL as an https base URL with a trailing slash', () => {
    expect(productionUrl(undefined)).toBeNull();
    expect(productionUrl('  ')).toBeNull();
    expect(productionUrl('https://thidua.example.vn')).toBe('https://thidua.example.vn/');
    expect(productionUrl('https://thidua.example.vn/addin')).toBe('https://thidua.example.vn/addin/');
    expect(() => productionUrl('http://thidua.example.vn/')).toThrow(/https/);
    expect(() => productionUrl('thidua.example.vn')).toThrow(/not a URL/);
    expect(() => productionUrl('https://thidua.example.vn/?v=2')).toThrow(/plain base URL/);
  });

  it('rewrites every development URL of the manifest and stamps the version', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const out = rewriteManifest(xml, { url: 'https://thidua.example.vn/addin/', version: '1.2.3-beta.1' });
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://thidua.example.vn/addin/taskpane.html"/>');
    expect(out).toContain('Value="https://thidua.example.vn/addin/functions-vi.json"');
    expect(out).toContain('<Version>1.2.3.0</Version>');
    expect(out.split('https://thidua.example.vn/addin/').length).toBe(xml.split(DEV_URL).length);
    expect(rewriteManifest(xml, { url: DEV_URL, version: '0.1.0' })).toContain(`${DEV_URL}taskpane.html`);
    expect(() => rewriteManifest('<OfficeApp/>', { url: DEV_URL, version: '0.1.0' })).toThrow(/no https:\/\/localhost:3000\//);
    expect(manifestVersion('10.0.7')).toBe('10.0.7.0');
    expect(() => manifestVersion('next')).toThrow();
  });
});

describe('the page’s Content-Security-Policy', () => {
  it('never allows eval, and opens the dev server’s socket in development only', () => {
    for (const dev of [false, true]) {
      const csp = contentSecurityPolicy({ dev });
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp.includes('wss://localhost:3000')).toBe(dev);
    }
  });
});

describe('the icons', () => {
  it('are the PNGs make-icons.js draws, at 16, 32, 64 and 80 px', () => {
    expect(icons.SIZES).toEqual([16, 32, 64, 80]);
    const dir = mkdtempSync(join(tmpdir(), 'thidua-icons-'));
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build', 'make-icons.js'), dir], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    for (const size of icons.SIZES) {
      const committed = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect(committed.equals(readFileSync(join(dir, `icon-${size}.png`)))).toBe(true);
      expect([committed.readUInt32BE(16), committed.readUInt32BE(20), committed[24], committed[25]]).toEqual([size, size, 8, 6]);
    }
  });

  it('draw an opaque glyph on a transparent background', () => {
    const px = icons.render(32);
    const alpha = (x: number, y: number): number => px[(y * 32 + x) * 4 + 3]!;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(16, 8)).toBe(255); // the bowl
    expect(alpha(16, 27)).toBe(255); // the plinth
    const opaque = Array.from({ length: 32 * 32 }, (_, i) => px[i * 4 + 3]!).filter((a) => a === 255).length;
    expect(opaque).toBeGreaterThan(200);
    expect(opaque).toBeLessThan(800);
  });
});

describe('zod without eval', () => {
  const run = (file: string): { out: string; errors: Error[] } => {
    const resourcePath = join(ROOT, 'node_modules', 'zod', 'v4', 'core', file);
    const errors: Error[] = [];
    const out = zodNoEval.call({ resourcePath, emitError: (e) => errors.push(e) }, readFileSync(resourcePath, 'utf8'));
    return { out, errors };
  };

  it('compiles the probe and the parser generator out of the installed zod', () => {
    const util = run('util.js');
    expect(util.errors).toEqual([]);
    expect(util.out).toContain('export const allowsEval = /* @__PURE__*/ cached(() => false);');
    const doc = run('doc.js');
    expect(doc.errors).toEqual([]);
    for (const { out } of [util, doc]) expect(out).not.toMatch(/new F\(|Function\(/);
  });

  it('fails the build when zod no longer has the code it removes', () => {
    const errors: Error[] = [];
    zodNoEval.call({ resourcePath: '/x/node_modules/zod/v4/core/doc.js', emitError: (e) => errors.push(e) }, 'export class Doc {}');
    expect(errors[0]?.message).toMatch(/no longer has the code/);
  });
});

describe('modules kept out of the browser bundles', () => {
  it('fails a build that would bundle exceljs, naming who imported it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-forbidden-'));
    writeFileSync(join(dir, 'entry.js'), "import './pane.js';\n");
    writeFileSync(join(dir, 'pane.js'), "import ExcelJS from 'exceljs';\nexport const wb = new ExcelJS.Workbook();\n");
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: 'development',
          devtool: false,
          context: dir,
          entry: './entry.js',
          output: { path: join(dir, 'out') },
          resolve: { modules: [join(ROOT, 'node_modules')], fallback: { fs: false, path: false, stream: false, crypto: false, zlib: false, util: false, events: false, buffer: false, string_decoder: false, os: false, timers: false } },
          plugins: [new ForbiddenModulesPlugin()],
          infrastructureLogging: { level: 'none' },
        },
        (err, s) => (err || !s ? reject(err) : resolve(s)),
      ),
    );
    const messages = stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message);
    const forbidden = messages.filter((m) => m.includes('must not be bundled'));
    expect(forbidden.length).toBeGreaterThan(0);
    expect(forbidden[0]).toMatch(/node_modules[\\/]exceljs[\\/].*exceljs is the command line’s workbook library.*pane\.js/s);
  }, 120_000);
});
