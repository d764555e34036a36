/**
 * Every user-visible text lives in the one catalogue (src/engine/i18n/). This test reads every source
 * file and lists the string literals (and JSX text) with Vietnamese diacritics outside it: there must
 * be none, except in the files of the allow-list below — each with the reason, and for those still to
 * be moved, the number of such literals they hold today, which may only go down.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const CATALOGUE = 'src/engine/i18n/';
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

/** Words that are data, not messages: matched against the user's files or written as their content. */
const DATA: Record<string, string> = {
  // The sheet vocabulary the reader matches in the user's workbook: sheet names, headers, choice words.
  'src/workbook/schema.ts': 'sheet names, headers and choice words read from user files',
  'src/workbook/output-kinds.ts': 'the names of the own sheets (a sheet is found by its name)',
  'src/engine/compare.ts': 'the sheet name `Cài đặt` as a fallback location of a diagnostic',
  'src/engine/eligibility.ts': 'the sheet name `Khen thưởng` as a fallback location of a diagnostic',
  'src/engine/evaluate.ts': 'the sheet name `Phiếu bầu` as a fallback location of a diagnostic',
  'src/workbook/read-history.ts': 'the header `Đơn vị` of a history sheet',
  // Defaults that become the user's data (written into the template's sheets, compared with results).
  'src/engine/awards.ts': 'default award names, setting values',
  'src/engine/sheets.ts': 'sheet names as the user names them, quoted in diagnostics',
  'src/engine/audit-formulas.ts': 'the yes words a pass/fail formula matches in the user’s cells',
  // The tables of design.md, one entry per kind, method or setting, with their words in both languages.
  'src/engine/kinds.ts': 'the kinds table: each kind’s words as the user types them',
  'src/engine/methods.ts': 'the methods table: each method’s words as the user types them',
  'src/engine/kind-views.ts': 'each kind’s and method’s name and rule in the audit, vi and en side by side in its entry',
  'src/engine/settings-table.ts': 'the settings table: keys, choice words, defaults and hints, vi and en side by side',
  'src/workbook/reports/ranking.ts': 'the ranking’s column table: each column’s header, vi and en side by side in its entry',
  'src/workbook/reports/detail.ts': 'the score detail’s column table: headers and yes/no words, vi and en in each entry',
  'src/workbook/reports/nominations.ts': 'the nominations’ column table: headers and statuses, vi and en in each entry',
  // The presets: sample workbooks, their cells are data (Vietnamese place names, criteria, figures).
  'src/presets/hai-phong-huyen-2024.ts': 'sample workbook content',
  'src/presets/catalogue.ts': 'sample workbook titles and sources, vi and en side by side',
  // Names that are never translated.
  'src/taskpane/strings.ts': '“Tiếng Việt”, the name of the language in itself',
  'src/taskpane/components/ErrorBoundary.tsx': 'the product name “Thi đua” in a console line',
  'src/hosts/exceljs/write.ts': 'the product name “Thi đua” as the workbook’s creator',
  'src/hosts/xlsx/form-xlsx.ts': 'the product name “Thi đua” in the package’s core properties',
  'src/preview/download.ts': 'the product name “Thi đua” in a file title',
};

/**
 * Files whose texts are still to be moved into the catalogue, with today's count of literals. Most
 * hold a small `{ vi, en }` table of their own, owned by work in progress (report column tables,
 * official documents, settings table, jobs); the count may only go down.
 */
const PENDING: Record<string, number> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literals with Vietnamese diacritics of one file, as `line: text`. */
function vietnameseLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node);
    if (literal && VIETNAMESE.test(node.text) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent))
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text.trim().slice(0, 80)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sources(join(ROOT, 'src')).map((f) => relative(ROOT, f).split('\\').join('/'));
const found = new Map(files.filter((f) => !f.startsWith(CATALOGUE)).map((f) => [f, vietnameseLiterals(join(ROOT, f))] as const));

describe('user-visible text lives in the catalogue', () => {
  it('no Vietnamese text outside src/engine/i18n/ but in the allow-list', () => {
    const stray = [...found].filter(([f, texts]) => texts.length > 0 && !(f in DATA) && !(f in PENDING)).map(([f, texts]) => `${f}:${texts.join(`\n${f}:`)}`);
    expect(stray).toEqual([]);
  });

  it('files still to be moved hold no more texts than they did', () => {
    const grown = Object.entries(PENDING)
      .filter(([f, max]) => (found.get(f)?.length ?? 0) > max)
      .map(([f, max]) => `${f}: ${found.get(f)!.length} > ${max}\n  ${found.get(f)!.join('\n  ')}`);
    expect(grown).toEqual([]);
  });

  it('the allow-list names only files that exist and still need it (a moved file leaves the list)', () => {
    const stale = [...Object.keys(DATA), ...Object.keys(PENDING)].filter((f) => !found.get(f)?.length);
    expect(stale).toEqual([]);
  });

  it('sees the catalogue itself (the scan is not blind)', () => {
    expect(vietnameseLiterals(join(ROOT, CATALOGUE, 'diagnostics.ts')).length).toBeGreaterThan(100);
    expect(vietnameseLiterals(join(ROOT, 'src/taskpane/components/ErrorBoundary.tsx'))).toEqual([expect.stringContaining('Thi đua')]);
  });
});
