/**
 * What `webpack --mode production` leaves in dist/: the functions' metadata in both languages, the
 * manifest, the page and the bundles. dist/ is rebuilt first when it is missing or stale (dist.ts).
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import ts from 'typescript';
import { JSDOM } from 'jsdom';
import { gzipSync } from 'zlib';
import { DIST, ROOT, distText, ensureDist } from './dist';

interface ParamMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  options?: Record<string, boolean>;
  result?: { type?: string; dimensionality?: string };
}

const IDS = ['RATE', 'STATUS', 'SCORE', 'RANK', 'RESULTS', 'NOMINATIONS', 'EXPLAIN', 'VOTE'];

/** The @customfunction functions of functions.ts as the source declares them (TypeScript's parser). */
function sourceFunctions(): { id: string; params: { name: string; optional: boolean; matrix: boolean }[] }[] {
  const file = join(ROOT, 'src', 'functions', 'functions.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { id: string; params: { name: string; optional: boolean; matrix: boolean }[] }[] = [];
  sf.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'customfunction');
    if (!tag) return;
    const id = String(tag.comment ?? '').trim().split(/\s+/)[0]!;
    const params = node.parameters
      .filter((p) => p.type?.getText() !== 'CustomFunctions.Invocation')
      .map((p) => ({ name: p.name.getText(), optional: p.questionToken !== undefined, matrix: p.type !== undefined && ts.isArrayTypeNode(p.type) }));
    out.push({ id, params });
  });
  return out;
}

const VIETNAMESE = /[ăâđêôơưạảãáàấầẩẫậắằẳẵặẹẻẽéèếềểễệỉịíìĩọỏõóòốồổỗộớờởỡợụủũúùứừửữựỳỵỷỹý]/i;

let build: Awaited<ReturnType<typeof ensureDist>>;
let en: FunctionMeta[];
let vi: FunctionMeta[];
let manifest: Document;

beforeAll(async () => {
  build = await ensureDist();
  if (build.reason) console.log(`dist/ rebuilt (${build.reason}) in ${build.seconds.toFixed(1)} s`);
  en = (JSON.parse(distText('functions.json')) as { functions: FunctionMeta[] }).functions;
  vi = (JSON.parse(distText('functions-vi.json')) as { functions: FunctionMeta[] }).functions;
  manifest = new new JSDOM('').window.DOMParser().parseFromString(distText('manifest.xml'), 'text/xml');
}, 300_000);

describe('dist/functions.json', () => {
  it('holds the seven THIDUA functions, ids in upper case, named as their ids', () => {
    expect(en.map((f) => f.id)).toEqual(IDS);
    for (const f of en) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBeTruthy();
      for (const text of [f.description!, ...f.parameters.map((p) => p.description ?? '')]) expect(text.length).toBeLessThanOrEqual(255);
    }
  });

  it('lists each function’s parameters as the source declares them', () => {
    const source = sourceFunctions();
    expect(source.map((f) => f.id)).toEqual(IDS);
    for (const s of source) {
      const meta = en.find((f) => f.id === s.id)!;
      expect(meta.parameters.map((p) => ({ name: p.name, optional: p.optional === true, matrix: p.dimensionality === 'matrix' }))).toEqual(s.params);
      expect(meta.parameters.every((p) => p.description)).toBe(true);
    }
  });

  it('asks Excel for the ranges’ addresses in RESULTS and NOMINATIONS, spills their tables, and repeats RANK’s tie-breaks', () => {
    for (const id of ['RESULTS', 'NOMINATIONS']) {
      const f = en.find((x) => x.id === id)!;
      expect(f.options).toEqual({ requiresParameterAddresses: true });
      expect(f.result?.dimensionality).toBe('matrix');
    }
    expect(en.find((f) => f.id === 'RANK')!.parameters[2]).toMatchObject({ name: 'tieBreaks', repeating: true, optional: true });
  });
});

describe('dist/functions-vi.json', () => {
  it('has the same functions, parameters, types and options as functions.json', () => {
    expect(vi.map((f) => f.id)).toEqual(IDS);
    vi.forEach((f, i) => {
      const e = en[i]!;
      expect(f.parameters.length).toBe(e.parameters.length);
      expect(f.parameters.map(({ type, dimensionality, optional, repeating }) => ({ type, dimensionality, optional, repeating }))).toEqual(
        e.parameters.map(({ type, dimensionality, optional, repeating }) => ({ type, dimensionality, optional, repeating })),
      );
      expect(f.options).toEqual(e.options);
      expect(f.result).toEqual(e.result);
    });
  });

  it('names and describes every function and parameter in Vietnamese', () => {
    const dictionary = JSON.parse(readFileSync(join(ROOT, 'src', 'functions', 'vi.json'), 'utf8')) as Record<string, { name: string }>;
    for (const f of vi) {
      expect(f.name).toBe(dictionary[f.id]!.name);
      expect(f.name).not.toBe(f.id);
      expect(f.name).toMatch(/^[A-Z][A-Z0-9._]{2,}$/);
      expect(f.description).toMatch(VIETNAMESE);
      for (const p of f.parameters) expect(`${p.name} ${p.description}`).toMatch(VIETNAMESE);
    }
    expect(new Set(vi.map((f) => f.name)).size).toBe(vi.length);
  });
});

describe('dist/manifest.xml', () => {
  const all = (tag: string): Element[] => Array.from(manifest.getElementsByTagName(tag));
  const resource = (kind: 'bt:Url' | 'bt:Image' | 'bt:String', id: string): Element => all(kind).find((e) => e.getAttribute('id') === id)!;
  const urls = (): string[] =>
    Array.from(distText('manifest.xml').matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/g), (m) => m[1]!).concat(all('AppDomain').map((e) => e.textContent ?? ''));

  it('is a well-formed Excel task pane add-in with a fixed id and the package’s version', () => {
    expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(manifest.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(all('Id')[0]!.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(all('Version')[0]!.textContent).toBe(`${version}.0`);
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  });

  it('asks for ReadWriteDocument only', () => {
    expect(all('Permissions').map((p) => p.textContent)).toEqual(['ReadWriteDocument']);
  });

  it('runs the task pane and the functions in one long-lived shared runtime', () => {
    const sets = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(sets).toContain('SharedRuntime 1.1');
    const runtimes = all('Runtime');
    expect(runtimes.map((r) => [r.getAttribute('resid'), r.getAttribute('lifetime')])).toEqual([['Taskpane.Url', 'long']]);
    expect(resource('bt:Url', 'Taskpane.Url').getAttribute('DefaultValue')).toMatch(/\/taskpane\.html$/);
  });

  it('declares the custom functions under the THIDUA namespace, with Vietnamese metadata for vi-VN', () => {
    const point = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    const resid = (tag: string): string | null => point.getElementsByTagName(tag)[0]!.getElementsByTagName('SourceLocation')[0]!.getAttribute('resid');
    expect(resid('Page')).toBe('Taskpane.Url');
    expect(resource('bt:Url', resid('Script')!).getAttribute('DefaultValue')).toMatch(/\/functions\.js$/);
    const metadata = resource('bt:Url', resid('Metadata')!);
    expect(metadata.getAttribute('DefaultValue')).toMatch(/\/functions\.json$/);
    const override = metadata.getElementsByTagName('bt:Override')[0]!;
    expect([override.getAttribute('Locale'), override.getAttribute('Value')?.replace(/.*\//, '')]).toEqual(['vi-VN', 'functions-vi.json']);
    const namespace = point.getElementsByTagName('Namespace')[0]!.getAttribute('resid')!;
    expect(resource('bt:String', namespace).getAttribute('DefaultValue')).toBe('THIDUA');
  });

  it('opens the task pane from a button on the Home tab', () => {
    const tab = all('OfficeTab')[0]!;
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = tab.getElementsByTagName('Action')[0]!;
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(action.getElementsByTagName('SourceLocation')[0]!.getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('is English by default with vi-VN overrides for names and descriptions', () => {
    expect(all('DefaultLocale')[0]!.textContent).toBe('en-US');
    const viOverride = (e: Element): string | null | undefined =>
      Array.from(e.children).find((c) => c.localName === 'Override' && c.getAttribute('Locale') === 'vi-VN')?.getAttribute('Value');
    expect(all('DisplayName')[0]!.getAttribute('DefaultValue')).toBe('Thi đua');
    expect(viOverride(all('DisplayName')[0]!)).toBe('Thi đua');
    expect(viOverride(all('Description')[0]!)).toMatch(VIETNAMESE);
    for (const id of ['Group.Label', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip']) expect(viOverride(resource('bt:String', id))).toMatch(VIETNAMESE);
  });

  it('points at icons that exist in dist/ at the sizes it declares', () => {
    const pngSize = (url: string): number[] => {
      const file = join(DIST, new URL(url).pathname.split('/').slice(-2).join('/'));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(pngSize(all('IconUrl')[0]!.getAttribute('DefaultValue')!)).toEqual([32, 32]);
    expect(pngSize(all('HighResolutionIconUrl')[0]!.getAttribute('DefaultValue')!)).toEqual([64, 64]);
    const images = all('bt:Image').filter((e) => e.getAttribute('DefaultValue'));
    expect(images.map((e) => e.getAttribute('id'))).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
    for (const image of images) {
      const size = Number(/Icon\.(\d+)x\d+/.exec(image.getAttribute('id')!)![1]);
      expect(pngSize(image.getAttribute('DefaultValue')!)).toEqual([size, size]);
    }
    for (const use of all('bt:Image').filter((e) => e.getAttribute('size'))) expect(use.getAttribute('resid')).toBe(`Icon.${use.getAttribute('size')}x${use.getAttribute('size')}`);
  });

  it('uses https URLs under the add-in’s own base only, and no extra domains', () => {
    // XML namespace names are identifiers that happen to look like http URLs; nothing is loaded from them.
    expect(distText('manifest.xml').replace(/\sxmlns(?::\w+)?="[^"]*"/g, '')).not.toMatch(/http:\/\//);
    expect(all('AppDomains')).toHaveLength(0);
    const base = resource('bt:Url', 'Taskpane.Url').getAttribute('DefaultValue')!.replace(/taskpane\.html$/, '');
    expect(base).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    const list = urls();
    expect(list.length).toBeGreaterThan(10);
    for (const url of list) expect(url.startsWith(base)).toBe(true);
  });
});

describe('dist/taskpane.html', () => {
  const page = (): Document => new JSDOM(distText('taskpane.html')).window.document;

  it('has a strict Content-Security-Policy: scripts from the add-in and the Office CDN only, no eval', () => {
    const meta = page().querySelector('meta[http-equiv="Content-Security-Policy"]');
    const csp = meta?.getAttribute('content') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('loads office.js from the Office CDN, then the functions and the task pane bundles, and no inline script', () => {
    const scripts = Array.from(page().querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
    expect(scripts.every((s) => (s.textContent ?? '').trim() === '')).toBe(true);
    expect(page().getElementById('container')).not.toBeNull();
  });
});

describe('the bundles', () => {
  const bundles = ['functions.js', 'taskpane.js'];

  it('hold no exceljs and no code evaluated from strings', () => {
    for (const file of bundles) {
      const code = distText(file);
      expect(code).not.toMatch(/exceljs/i);
      expect(code).not.toMatch(/xl\/worksheets\/sheet/); // exceljs's zip paths, whatever its name became
      expect(code).not.toMatch(/\beval\s*\(/);
      expect(code).not.toMatch(/new\s+Function\s*\(/);
      expect(code).not.toMatch(/\bFunction\s*\(\s*["'`]/);
    }
  });

  it('stay small: Fluent icons come in by name, not the whole set', () => {
    const taskpane = distText('taskpane.js');
    const icons = new Set(taskpane.match(/"[A-Z][A-Za-z0-9]*(?:Regular|Filled)"/g) ?? []);
    expect(icons.size).toBeLessThan(100);
    expect(Buffer.byteLength(taskpane)).toBeLessThan(1.5 * 1024 * 1024);
    expect(Buffer.byteLength(distText('functions.js'))).toBeLessThan(400 * 1024);
  });

  it('functions.js loads without Excel, and registers every function of functions.json with it', () => {
    const code = distText('functions.js');
    const bare = vm.createContext({ console });
    expect(() => vm.runInContext(code, bare)).not.toThrow();
    const registered: string[] = [];
    const excel = vm.createContext({
      console,
      CustomFunctions: { associate: (id: string, fn: unknown) => typeof fn === 'function' && registered.push(id) },
    });
    vm.runInContext(code, excel);
    expect(registered).toEqual(en.map((f) => f.id));
  });
});

/** The project's budget for the task pane's first load (docs/benchmarks.md, line 6): 200 KB gzip, KB = 1,024 bytes. */
const FIRST_LOAD_BUDGET = 200 * 1024;

/** The chunks, other than the first load and the functions' bundle, whose code contains the text. */
const lazyChunksWith = (text: string): string[] =>
  readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'taskpane.js' && f !== 'functions.js' && distText(f).includes(text));

describe('the task pane’s first load', () => {
  const gzipped = (file: string): number => gzipSync(readFileSync(join(DIST, file))).length;

  it('is under 200 KB gzip: taskpane.js, the only pane script the page loads', () => {
    // taskpane.html loads functions.js (the custom functions' own entry) and taskpane.js, nothing else of the pane's.
    const page = new JSDOM(distText('taskpane.html')).window.document;
    const scripts = [...page.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).filter((src) => !/^https?:/.test(src));
    expect(scripts.map((src) => src.replace(/^.*\//, ''))).toEqual(['functions.js', 'taskpane.js']);
    const size = gzipped('taskpane.js');
    console.log(`dist/taskpane.js: ${(size / 1024).toFixed(1)} KB gzip (budget ${FIRST_LOAD_BUDGET / 1024} KB)`);
    expect(size).toBeLessThan(FIRST_LOAD_BUDGET);
  });

  it('leaves the writing actions, the results view and the later sections to chunks loaded on first use', () => {
    const pane = distText('taskpane.js');
    for (const chunk of ['workbook-read', 'workbook-actions', 'score-results', 'template-panel', 'forms-panel', 'unit-forms']) {
      expect(existsSync(join(DIST, `${chunk}.js`))).toBe(true);
      // Named in the pane's chunk map (webpack's runtime), not inlined in it.
      expect(pane).toContain(`"${chunk}"`);
    }
    // The formula audit's and the vote sheets' builders (their texts) are in the lazy chunks, not in the first load.
    expect(pane).not.toContain('Points = min(actual × points per unit, MS)');
    expect(lazyChunksWith('Points = min(actual × points per unit, MS)').length).toBeGreaterThan(0);
    expect(pane).not.toContain('KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG');
    // Nor the catalogue areas of the sheets it does not write (issue 11): the ND 30 paper, the official
    // list, the template's input messages, the flags' helper note.
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Tổng cộng: {count} tập thể', 'Chọn một khóa cài đặt', 'mã tô màu tại chỗ']) {
      expect(pane).not.toContain(text);
      expect(lazyChunksWith(text).length).toBeGreaterThan(0);
    }
    // The reader, the check and zod (inspect) load right after the pane paints, not with it.
    expect(pane).not.toContain('ZodError');
    expect(lazyChunksWith('ZodError').length).toBeGreaterThan(0);
  });
});
