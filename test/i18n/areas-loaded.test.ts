/**
 * Each area of the catalogue registers itself when its module is loaded (src/engine/i18n/table.ts),
 * so that a bundle carries only the texts its code uses. This test reads every source file and
 * checks that a file writing out a key of an area (`'sheet.audit.title'`, `` `fn.header.${k}` ``)
 * imports one of that area's modules itself; `diag` and `result` are loaded by `t`.
 */
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';
import { AREA_MODULES } from '../../src/engine/i18n/catalogue';

const ROOT = join(__dirname, '..', '..');
const I18N = join(ROOT, 'src', 'engine', 'i18n');
const ALWAYS = new Set(['diag', 'result']);
/** `sheet.audit.*` and `sheet.form.*` live in their own modules. */
const SUB_AREAS: Record<string, string> = { 'sheet.audit.': 'audit-sheet', 'sheet.form.': 'form-sheet' };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The modules an area key may come from. */
function modulesOf(key: string): readonly string[] | null {
  for (const [prefix, mod] of Object.entries(SUB_AREAS)) if (key.startsWith(prefix)) return [mod];
  const area = key.slice(0, key.indexOf('.'));
  if (ALWAYS.has(area) || !(area in AREA_MODULES)) return null;
  return AREA_MODULES[area as keyof typeof AREA_MODULES].filter((m) => !Object.values(SUB_AREAS).includes(m));
}

function check(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imported = new Set<string>();
  const needed: { key: string; modules: readonly string[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolve(dirname(file), node.moduleSpecifier.text);
      if (dirname(target) === I18N) imported.add(target.slice(I18N.length + 1));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && /^[a-z]+\.[A-Za-z]/.test(node.text) && !/\.(html|js|css|json|xlsx)$/.test(node.text)) {
      const modules = modulesOf(node.text);
      if (modules) needed.push({ key: node.text, modules });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return needed.filter((n) => !n.modules.some((m) => imported.has(m))).map((n) => `${relative(ROOT, file)}: “${n.key}” needs import of ${n.modules.join(' or ')}`);
}

describe('every area a module uses is loaded by that module', () => {
  const files = sources(join(ROOT, 'src')).filter((f) => !f.startsWith(I18N));

  it('imports the area of every key it writes out', () => {
    expect(files.flatMap(check)).toEqual([]);
  });

  it('sees the keys (the check is not blind)', () => {
    const used = files.filter((f) => /'(sheet|fn|preview)\./.test(readFileSync(f, 'utf8')));
    expect(used.length).toBeGreaterThan(10);
  });
});
