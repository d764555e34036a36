/**
 * Each module of the catalogue registers its texts when it is loaded (src/engine/i18n/table.ts), so
 * that a bundle carries only the texts its code uses. This test loads each module alone to learn its
 * keys, then reads every source file: a file that writes out a key (`'sheet.audit.title'`, or a
 * prefix such as `` `fn.header.${k}` ``) must import the module that holds it; the diagnostics are
 * loaded by `t` itself.
 */
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';
import { AREA_MODULES } from '../../src/engine/i18n/catalogue';

const ROOT = join(__dirname, '..', '..');
const I18N = join(ROOT, 'src', 'engine', 'i18n');
const ALWAYS = 'diagnostics';

/** Each key and the module that registers it. */
const moduleOf = new Map<string, string>();
beforeAll(() => {
  for (const mod of AREA_MODULES)
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh registry per module
      const table = require('../../src/engine/i18n/table') as typeof import('../../src/engine/i18n/table');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module alone
      require(`../../src/engine/i18n/${mod}`);
      for (const [key] of table.loadedEntries()) moduleOf.set(key, mod);
    });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The modules holding `text` as a key, or (a template's head) keys that start with it. */
function holders(text: string, prefix: boolean): Set<string> {
  if (!prefix) return new Set(moduleOf.has(text) ? [moduleOf.get(text)!] : []);
  return new Set([...moduleOf].filter(([k]) => k.startsWith(text)).map(([, m]) => m));
}

function check(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imported = new Set<string>([ALWAYS]);
  const needed: { key: string; modules: Set<string> }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolve(dirname(file), node.moduleSpecifier.text);
      if (dirname(target) === I18N) imported.add(target.slice(I18N.length + 1));
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const modules = holders(node.text, ts.isTemplateHead(node) && node.text.includes('.'));
      if (modules.size) needed.push({ key: node.text, modules });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return needed
    .filter((n) => ![...n.modules].every((m) => imported.has(m)))
    .map((n) => `${relative(ROOT, file)}: “${n.key}” needs: import '…/engine/i18n/${[...n.modules].join("', '")}'`);
}

describe('every text a module uses is loaded by that module', () => {
  const files = sources(join(ROOT, 'src')).filter((f) => !f.startsWith(I18N));

  it('knows the keys of every module', () => {
    expect(moduleOf.size).toBeGreaterThan(500);
    expect(moduleOf.get('sheet.audit.title')).toBe('audit-sheet');
    expect(moduleOf.get('result.status.met')).toBe('result-labels');
  });

  it('imports the module of every key it writes out', () => {
    expect(files.flatMap(check)).toEqual([]);
  });

  it('sees the keys (the check is not blind)', () => {
    const using = files.filter((f) => /'(sheet|fn|preview|result)\./.test(readFileSync(f, 'utf8')));
    expect(using.length).toBeGreaterThan(15);
  });
});
