/**
 * The formula audit (`Công thức kiểm tra`, documents.md §2): an own sheet that recomputes every
 * figure of `Kết quả` with ordinary formulas over the input cells, so anyone can check the result
 * without the add-in. One row per unit and leaf (the target and actual as references to their input
 * cells, the ratio, the points by the formula of the criterion's kind and method), one row per unit
 * (groups, bonus, deductions, total, maximum, percent, classification, rank) with a `Khớp` / `Lệch`
 * check against the figures the add-in wrote.
 *
 * Only functions Excel 2019, Excel on the web, LibreOffice and HyperFormula all compute (IF, AND,
 * OR, MIN, MAX, ABS, ROUND, SUM, SUMIFS, COUNTIFS, MAXIFS), nothing volatile. Keys the formulas
 * match on are numbers (the unit's and the group's numbers) or fixed words of this file: a unit name
 * or a code as a SUMIFS criterion would be read as a wildcard, an operator or a number ("1.10" =
 * "1.1"). User text only ever stands in a cell as text, never inside a formula (band names are
 * string literals, quotes doubled).
 *
 * Rounding: the engine rounds half up and reads a binary float within a few units in the last place
 * of one half as the half (9.325 → 9.33, as Excel's ROUND does). HyperFormula's ROUND does not
 * (9.32), so the points add the engine's own tolerance before ROUND:
 * `ROUND(x + MAX(1E-9 / 10^d, x × 1E-14), d)` — the very test of `toUnits` in engine/decimal.ts.
 */
import { groupHeading } from '../engine/format';
import { EPS, YES_WORDS, type AuditKind, type AuditWords, type FormulaContext, type LeafRefs } from '../engine/audit-formulas';
import { t } from '../engine/i18n';
import { auditKey, auditKinds, isBonus, isDeduction, isGroup, isLeaf, readsScores, readsYesNo, hasTarget, usesLeader } from '../engine/kinds';
import { statusLabel } from '../engine/labels';
import type { CellRef, Entry, Lang, TieBreak } from '../engine/model';
import type { ClusterResult, CriterionResult } from '../engine/result';
import { buildTree } from '../engine/tree';
import { numberLiteral, sheetRef, textLiteral } from './formula';
import { columnLetter, isBlank, parseArea, type Cell, type WorkbookGrid } from './grid';
import { OUTPUT_NAMES, type ColumnFormat, type OutputSheet, type StyledSheet } from './output';
import { DETAIL } from './reports/detail';
import { RANKING } from './reports/ranking';
import '../engine/i18n/audit-sheet';

/** The leaf kinds and methods the audit has a formula for, in table order (engine/kinds.ts): one entry each. */
export const AUDIT_KINDS: ReadonlyMap<string, AuditKind> = auditKinds();

/** The words the formulas write and match on (COUNTIFS on the status): fixed, never user text. */
const wordsOf = (lang: Lang): AuditWords => ({
  // The statuses are the words the results show (Chi tiết điểm's status column): one key each.
  exceeded: statusLabel('exceeded', lang),
  met: statusLabel('met', lang),
  below: statusLabel('below', lang),
  missing: statusLabel('missing', lang),
  match: t(lang, 'sheet.audit.word.match'),
  differs: t(lang, 'sheet.audit.word.differs'),
});

/** Half-up rounding to `d` places with the engine's tolerance for binary floats (see the file's note). */
export function roundFormula(x: string, d: number): string {
  return `ROUND(${x}+MAX(${numberLiteral(1e-9 / 10 ** d)},${x}*0.00000000000001),${d})`;
}

const UNIT_HEAD = ['no', 'unit', 'bonus', 'penalty', 'total', 'max', 'percent', 'cls', 'exceeded', 'head', 'rank', 'check'] as const;
const LEAF_HEAD = ['unitNo', 'unit', 'critNo', 'code', 'group', 'kind', 'target', 'actual', 'self', 'appraised', 'ratio', 'best', 'status', 'max', 'raw', 'points', 'check', 'note'] as const;

/** The headers of part 1 by key. */
function unitHead(lang: Lang): Record<(typeof UNIT_HEAD)[number], string> {
  return Object.fromEntries(UNIT_HEAD.map((k) => [k, t(lang, `sheet.audit.unitHead.${k}`)])) as Record<(typeof UNIT_HEAD)[number], string>;
}


/** The raw value of an input cell in the grid (undefined: the sheet or the cell is not in it). */
function rawCell(grid: WorkbookGrid, ref: CellRef): Cell | undefined {
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  const a = parseArea(ref.cell);
  if (!sheet || !a) return undefined;
  return sheet.rows[a.top - (sheet.originRow ?? 0)]?.[a.left - (sheet.originCol ?? 0)];
}

const refText = (ref: CellRef): string => `${sheetRef(ref.sheet)}!${ref.cell}`;

/** How the pass/fail formula reads a cell (isYes): TRUE, 1 or one of the words, case aside. */
function formulaYes(raw: Cell | undefined): boolean {
  if (raw === true || raw === 1) return true;
  return typeof raw === 'string' && YES_WORDS.includes(raw.toLocaleLowerCase('vi'));
}

/**
 * An input figure in the audit: a reference to its cell when a formula reads it as the engine did
 * (a number, a blank, a yes/no the formula knows), else the engine's reading with a note saying why.
 */
function inputFigure(grid: WorkbookGrid, ref: CellRef | undefined, value: number | boolean | null, yesNo: boolean, lang: Lang): { cell: Cell; note: string | null } {
  if (!ref) return { cell: value, note: null };
  const raw = rawCell(grid, ref);
  const r = refText(ref);
  if (raw === undefined || isBlank(raw)) {
    if (value === null || (yesNo && value === false)) return { cell: { formula: `IF(${r}="","",${r})` }, note: null };
  } else if (yesNo ? typeof value === 'boolean' && formulaYes(raw) === value && (typeof raw !== 'number' || raw === 0 || raw === 1) : typeof raw === 'number' && raw === value)
    return { cell: { formula: r }, note: null };
  const shown = raw === undefined || raw === null ? '' : typeof raw === 'object' ? ('error' in raw ? raw.error : '') : String(raw);
  return { cell: value, note: t(lang, 'sheet.audit.read', { ref: `${ref.sheet}!${ref.cell}`, raw: shown }) };
}

/** Where the audit reads the add-in's figures: the names its results and detail sheets were written under. */
export interface AuditTargets {
  results: string;
  /** The detail sheet (each leaf's points are checked against it); null: not checked. */
  detail: string | null;
  /**
   * The results and detail sheets as they are written: the checks find each unit's row and each
   * figure's column in them by the unit's name and the headers. Without them, the layouts of
   * output.ts as they are today.
   */
  resultsSheet?: StyledSheet;
  detailSheet?: StyledSheet;
}

/** The headers of the output sheets the checks look for: those of their column tables (reports/ranking.ts, detail.ts). */
const OUT_COLUMNS = {
  rank: [RANKING, 'rank'],
  unit: [RANKING, 'unit'],
  bonus: [RANKING, 'bonus'],
  penalty: [RANKING, 'penalty'],
  total: [RANKING, 'total'],
  max: [RANKING, 'max'],
  percent: [RANKING, 'percent'],
  cls: [RANKING, 'classification'],
  exceeded: [RANKING, 'exceeded'],
  code: [DETAIL, 'code'],
  points: [DETAIL, 'points'],
} as const satisfies Record<string, readonly [readonly { key: string }[], string]>;

/** A column's fixed header on the sheet, from its column table (a header made from the run has none here). */
function sheetHeader(table: readonly { key: string; header?: unknown; headers?: { sheet?: unknown } }[], key: string, lang: Lang): string {
  const column = table.find((c) => c.key === key);
  const header = column?.headers?.sheet ?? column?.header;
  if (typeof header !== 'object' || header === null) throw new Error(`The column ${key} has no fixed header`);
  return (header as Record<Lang, string>)[lang];
}

const outHeaders = (lang: Lang): Record<keyof typeof OUT_COLUMNS, string> =>
  Object.fromEntries(Object.entries(OUT_COLUMNS).map(([k, [table, key]]) => [k, sheetHeader(table, key, lang)])) as Record<keyof typeof OUT_COLUMNS, string>;

/** A written sheet's header row and the Excel row of each data row, by a key made of some of its cells. */
function locate(sheet: StyledSheet | undefined, keyOf: (row: Cell[]) => string | null): { header: Cell[]; rowOf: Map<string, number> } | null {
  const h = sheet?.headerRows[0];
  if (!sheet || h === undefined) return null;
  const rowOf = new Map<string, number>();
  for (let r = h + 1; r < sheet.rows.length; r++) {
    if (sheet.headerRows.includes(r)) break;
    const key = keyOf(sheet.rows[r] ?? []);
    if (key !== null && !rowOf.has(key)) rowOf.set(key, r + 1);
  }
  return { header: sheet.rows[h] ?? [], rowOf };
}

const L = {
  unitNo: 0,
  unit: 1,
  critNo: 2,
  code: 3,
  group: 4,
  kind: 5,
  target: 6,
  actual: 7,
  self: 8,
  appraised: 9,
  ratio: 10,
  best: 11,
  status: 12,
  max: 13,
  raw: 14,
  points: 15,
  check: 16,
  note: 17,
} as const;

const abs = (col: number, top: number, bottom: number): string => `$${columnLetter(col)}$${top}:$${columnLetter(col)}$${bottom}`;

/** The row markers of a formula made once per criterion: `\uE000` its own row, `\uE001` its row of the detail sheet. */
const SPLIT = new RegExp('(\uE000|\uE001)');

/** A compiled formula (split on the row markers) with its rows filled in, as one flat string. */
function fillRows(parts: readonly string[], row: string, detail: string): string {
  // join makes one flat string (`+=` would build a rope of many small strings).
  return parts.map((p) => (p === '\uE000' ? row : p === '\uE001' ? detail : p)).join('');
}

/** `a` equals `b` to the cent, blanks alike. */
const sameNumber = (a: string, b: string): string => `IF(${a}="",${b}="",AND(${b}<>"",ABS(${a}-${b})<=0.000001))`;

/**
 * The audit sheet of a ranked result. `grid` is the workbook the result was read from (to see what
 * each input cell holds); `targets` the names the results and detail sheets were written under.
 */
export function auditSheet(result: ClusterResult, grid: WorkbookGrid, lang: Lang, targets: AuditTargets): OutputSheet {
  const w = wordsOf(lang);
  const s = result.settings;
  const d = s.decimals;
  const missing: FormulaContext['missing'] = s.missing === 'exclude' ? 'exclude' : 'zero';
  const tree = buildTree(result.criteria);
  const groups = result.criteria.filter(isGroup);
  const groupNo = new Map(groups.map((g, i) => [g.code, i + 1] as const));
  const leaves = result.criteria.filter(isLeaf);
  const critNo = new Map(leaves.map((c, i) => [c.code, i + 1] as const));
  const n = result.units.length;
  const head = unitHead(lang);
  const resultsRef = sheetRef(targets.results);

  // Unit section columns.
  const U0 = 2;
  const gCol = new Map(groups.map((g, i) => [g.code, U0 + i] as const));
  let col = U0 + groups.length;
  const uc = { bonus: col++, penalty: col++, total: col++, max: col++, percent: col++, cls: col++, exceeded: col++ };
  const dense = s.rankStyle === 'dense';
  const headCol = dense ? col++ : -1;
  const leafKeys = result.tieBreaks.filter((t): t is Extract<TieBreak, { kind: 'criterion' }> => t.kind === 'criterion' && !gCol.has(t.code) && critNo.has(t.code));
  const keyCol = new Map(leafKeys.map((t) => [t.code, col++] as const));
  const rankCol = col++;
  const checkCol = col++;
  const width = Math.max(col, L.note + 1);

  const rows: Cell[][] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const titleParts = [result.cluster, result.period, result.year === null ? null : String(result.year)].filter((p) => p);
  rows.push([titleParts.length ? `${t(lang, 'sheet.audit.title')} — ${titleParts.join(' ')}` : t(lang, 'sheet.audit.title')]);
  titleRows.push(0);
  rows.push([t(lang, 'sheet.audit.intro', { results: targets.results })]);
  rows.push([]);
  titleRows.push(rows.length);
  rows.push([t(lang, 'sheet.audit.units')]);
  const chainWords = result.tieBreaks
    .map((t) => (t.kind === 'criterion' ? t.code : t.kind === 'exceeded' ? head.exceeded : t.kind === 'penalty' ? head.penalty : head.bonus))
    .join(', ');
  rows.push([t(lang, 'sheet.audit.unitNote', { by: t(lang, `sheet.audit.by.${s.rankBy}`), chain: chainWords, results: targets.results })]);
  headerRows.push(rows.length);
  const unitHeader: Cell[] = Array<Cell>(width).fill(null);
  unitHeader[0] = head.no;
  unitHeader[1] = head.unit;
  groups.forEach((g, i) => (unitHeader[U0 + i] = t(lang, 'sheet.audit.group', { heading: groupHeading(g.code, g.name), n: String(i + 1) })));
  unitHeader[uc.bonus] = head.bonus;
  unitHeader[uc.penalty] = head.penalty;
  unitHeader[uc.total] = head.total;
  unitHeader[uc.max] = head.max;
  unitHeader[uc.percent] = head.percent;
  unitHeader[uc.cls] = head.cls;
  unitHeader[uc.exceeded] = head.exceeded;
  if (dense) unitHeader[headCol] = head.head;
  for (const [code, c] of keyCol) unitHeader[c] = t(lang, 'sheet.audit.unitHead.key', { code });
  unitHeader[rankCol] = head.rank;
  unitHeader[checkCol] = head.check;
  rows.push(unitHeader);
  const unitTop = rows.length + 1; // Excel row of the first unit
  const unitBottom = unitTop + n - 1;
  // Leaf section: after the units, a blank row, its title and its header.
  const leafTop = unitBottom + 4;
  const leafBottom = leafTop + n * leaves.length - 1;
  const leafRange = (c: number): string => abs(c, leafTop, Math.max(leafTop, leafBottom));
  const unitRange = (c: number): string => abs(c, unitTop, Math.max(unitTop, unitBottom));
  const leafRow = (u: number, l: number): number => leafTop + u * leaves.length + l;

  // Where the checks look: found in the sheets as written, else output.ts's layouts as they are today.
  const oh = outHeaders(lang);
  const resultsAt = locate(targets.resultsSheet, (r) => (typeof r[1] === 'string' ? r[1] : null));
  const detailAt = locate(targets.detailSheet, (r) => (typeof r[0] === 'string' && typeof r[1] === 'string' ? `${r[0]}\u0000${r[1]}` : null));
  const colIn = (header: Cell[] | undefined, label: string, fallback: number): number => {
    if (!header) return fallback;
    const j = header.indexOf(label);
    return j;
  };
  const detailRow = new Map<string, number>();
  if (targets.detail !== null) {
    let r = 4;
    result.units.forEach((u, ui) => {
      for (const c of leaves)
        if (u.criteria[c.code] ?? u.extras[c.code]) {
          const found = detailAt ? detailAt.rowOf.get(`${u.unit}\u0000${c.code}`) : r;
          if (found !== undefined) detailRow.set(`${ui}\u0000${c.code}`, found);
          r++;
        }
    });
  }
  const detailPoints = colIn(detailAt?.header, oh.points, 7);
  const detailMax = colIn(detailAt?.header, oh.max, 8);

  // Unit rows.
  result.units.forEach((u, i) => {
    const r = unitTop + i;
    const no = i + 1;
    const at = (c: number): string => `${columnLetter(c)}${r}`;
    const row: Cell[] = Array<Cell>(width).fill(null);
    row[0] = no;
    row[1] = u.unit;
    const sumifs = (valueCol: number, key: string): string => `SUMIFS(${leafRange(valueCol)},${leafRange(L.unitNo)},${at(0)},${leafRange(L.group)},${key})`;
    for (const g of groups) {
      const sub = (tree.children.get(g.code) ?? []).filter(isGroup).map((c) => `+${at(gCol.get(c.code)!)}`);
      row[gCol.get(g.code)!] = { formula: `ROUND(${sumifs(L.points, String(groupNo.get(g.code)))}${sub.join('')},${d})` };
    }
    const bonusSum = `ROUND(${sumifs(L.points, '-1')},${d})`;
    row[uc.bonus] = { formula: s.totalBonusCap === null ? bonusSum : `MIN(${bonusSum},${numberLiteral(s.totalBonusCap)})` };
    row[uc.penalty] = { formula: `ROUND(${sumifs(L.points, '-2')},${d})` };
    const tops = tree.topLevel.filter(isGroup).map((g) => at(gCol.get(g.code)!));
    row[uc.total] = { formula: `MAX(0,ROUND(${[...tops, sumifs(L.points, '0')].join('+')}+${at(uc.bonus)}-${at(uc.penalty)},${d}))` };
    row[uc.max] = { formula: `ROUND(${sumifs(L.max, '">=0"')},${d})` };
    const ratio = `${at(uc.total)}/${at(uc.max)}`;
    row[uc.percent] = { formula: `IF(${at(uc.max)}>0,ROUND(${ratio}*100+MAX(0.00000000001,${ratio}*0.000000000001),2),0)` };
    row[uc.cls] = { formula: s.classification.reduceRight((rest, b) => `IF(${at(uc.percent)}>=${numberLiteral(b.min)}-${EPS},${textLiteral(b.name)},${rest})`, '""') };
    row[uc.exceeded] = { formula: `COUNTIFS(${leafRange(L.unitNo)},${at(0)},${leafRange(L.status)},${textLiteral(w.exceeded)})` };
    for (const [code, c] of keyCol) {
      const p = `${columnLetter(L.points)}${leafRow(i, critNo.get(code)! - 1)}`;
      row[c] = { formula: `IF(${p}="",-1,${p})` };
    }
    // Rank keys: the main value, then each tie-break, with the direction that is better.
    const keys: { col: number; better: '>' | '<' }[] = [{ col: s.rankBy === 'percent' ? uc.percent : uc.total, better: '>' }];
    for (const t of result.tieBreaks) {
      if (t.kind === 'exceeded') keys.push({ col: uc.exceeded, better: '>' });
      else if (t.kind === 'penalty') keys.push({ col: uc.penalty, better: '<' });
      else if (t.kind === 'bonus') keys.push({ col: uc.bonus, better: '>' });
      else {
        const c = gCol.get(t.code) ?? keyCol.get(t.code);
        if (c !== undefined) keys.push({ col: c, better: '>' });
      }
    }
    const equal = (k: number): string => keys.slice(0, k).map((key) => `${unitRange(key.col)},${at(key.col)},`).join('');
    const headCrit = dense ? `,${unitRange(headCol)},1` : '';
    if (dense) row[headCol] = { formula: `IF(COUNTIFS(${equal(keys.length)}${unitRange(0)},"<"&${at(0)})=0,1,0)` };
    const ahead = keys.map((key, k) => `COUNTIFS(${equal(k)}${unitRange(key.col)},"${key.better}"&${at(key.col)}${headCrit})`);
    row[rankCol] = { formula: `1+${ahead.join('+')}` };
    // The check: every figure against the row the add-in wrote in the results sheet, and every leaf.
    const rr = resultsAt ? resultsAt.rowOf.get(u.unit) : 4 + i;
    const res = (c: number): string => `${resultsRef}!${columnLetter(c)}${rr ?? 1}`;
    const tg = result.topGroups.length;
    const rh = resultsAt?.header;
    const num = (mine: number, label: string, fallback: number): string | null => {
      const c = colIn(rh, label, fallback);
      return c < 0 ? null : `ABS(${at(mine)}-${res(c)})<=0.000001`;
    };
    const same = (mine: number, label: string, fallback: number): string | null => {
      const c = colIn(rh, label, fallback);
      return c < 0 ? null : `${at(mine)}=${res(c)}`;
    };
    const groupHeader = (code: string): string => groupHeading(code, result.criteria.find((c) => c.code === code)?.name ?? '');
    const found = [
      same(1, oh.unit, 1),
      same(rankCol, oh.rank, 0),
      ...result.topGroups.map((code, k) => num(gCol.get(code)!, groupHeader(code), 2 + k)),
      num(uc.bonus, oh.bonus, 2 + tg),
      num(uc.penalty, oh.penalty, 3 + tg),
      num(uc.total, oh.total, 4 + tg),
      num(uc.max, oh.max, 5 + tg),
      num(uc.percent, oh.percent, 6 + tg),
      same(uc.cls, oh.cls, 7 + tg),
      same(uc.exceeded, oh.exceeded, 8 + tg),
    ];
    // A unit the results sheet does not list cannot match.
    const checks = rr === undefined ? ['FALSE()'] : found.filter((f): f is string => f !== null);
    if (targets.detail !== null) checks.push(`COUNTIFS(${leafRange(L.unitNo)},${at(0)},${leafRange(L.check)},${textLiteral(w.differs)})=0`);
    row[checkCol] = { formula: `IF(AND(${checks.join(',')}),${textLiteral(w.match)},${textLiteral(w.differs)})` };
    rows.push(row);
  });

  rows.push([]);
  titleRows.push(rows.length);
  rows.push([t(lang, 'sheet.audit.leaves')]);
  headerRows.push(rows.length);
  rows.push(LEAF_HEAD.map((k) => t(lang, `sheet.audit.leafHead.${k}`)));

  // Leaf rows. Each criterion's formulas are made once with markers for the row numbers and filled
  // in per unit (one flat string each: 50,000 rows × 8 formulas would otherwise be rope trees).
  const detailRef = targets.detail === null ? '' : sheetRef(targets.detail);
  const used = new Set<string>();
  const ROW = '\uE000';
  const DET = '\uE001';
  const formulaOf = (template: string[] | null, r: number, dr = 0): Cell =>
    template === null ? null : { formula: template.length === 1 ? template[0]! : fillRows(template, String(r), String(dr)) };
  const plans = leaves.map((c, li) => {
    const key = auditKey(c)!;
    const kind = AUDIT_KINDS.get(key)!;
    const at = (k: number): string => `${columnLetter(k)}${ROW}`;
    const x: LeafRefs = {
      target: at(L.target),
      actual: at(L.actual),
      self: at(L.self),
      appraised: at(L.appraised),
      ratio: at(L.ratio),
      best: at(L.best),
      status: at(L.status),
      max: at(L.max),
      raw: at(L.raw),
    };
    const k: FormulaContext = { c, ms: numberLiteral(c.max ?? 0), missing, words: w };
    const det = (col: string): string => `${detailRef}!${col}${DET}`;
    const compile = (f: string | null): string[] | null => (f === null ? null : f.split(SPLIT));
    return {
      c,
      key,
      kind,
      group: isBonus(c) ? -1 : isDeduction(c) ? -2 : c.parent === null ? 0 : (groupNo.get(c.parent) ?? 0),
      ratio: compile(kind.ratio ? kind.ratio(x, k) : null),
      best: compile(usesLeader(c) ? `MAXIFS(${leafRange(L.ratio)},${leafRange(L.critNo)},${li + 1})` : null),
      status: compile(kind.status ? kind.status(x, k) : null),
      max: compile(kind.max(x, k)),
      raw: compile(kind.raw(x, k)),
      points: compile(`IF(${x.raw}="","",${roundFormula(x.raw, d)})`),
      check: compile(
        `IF(AND(${[detailPoints >= 0 ? sameNumber(at(L.points), det(columnLetter(detailPoints))) : 'TRUE()', detailMax >= 0 ? sameNumber(at(L.max), det(columnLetter(detailMax))) : 'TRUE()'].join(',')}),${textLiteral(w.match)},${textLiteral(w.differs)})`,
      ),
    };
  });
  result.units.forEach((u, ui) => {
    plans.forEach((p, li) => {
      const { c, kind } = p;
      const r = leafRow(ui, li);
      used.add(p.key);
      const res: CriterionResult | undefined = u.criteria[c.code] ?? u.extras[c.code];
      const entry: Entry | null = res?.entry ?? null;
      const row: Cell[] = Array<Cell>(L.note + 1).fill(null);
      const notes: string[] = [];
      row[L.unitNo] = ui + 1;
      row[L.unit] = u.unit;
      row[L.critNo] = li + 1;
      row[L.code] = c.code;
      row[L.group] = p.group;
      row[L.kind] = kind.words[lang];
      const put = (slot: number, ref: CellRef | undefined, value: number | boolean | null, yesNo = false): void => {
        const f = inputFigure(grid, ref, value, yesNo, lang);
        row[slot] = f.cell;
        if (f.note) notes.push(f.note);
      };
      if (entry) {
        if (hasTarget(c)) put(L.target, entry.at?.target, entry.target);
        if (readsScores(c)) {
          put(L.self, entry.at?.self, entry.self);
          put(L.appraised, entry.at?.appraised, entry.appraised);
        } else put(L.actual, entry.at?.actual, entry.actual, readsYesNo(c));
      }
      row[L.ratio] = formulaOf(p.ratio, r);
      row[L.best] = formulaOf(p.best, r);
      if (readsYesNo(c) && !entry) {
        // No data row: missing data (R6), whatever the cells would say.
        notes.push(t(lang, 'sheet.audit.noRow'));
        row[L.status] = missing === 'zero' ? w.missing : null;
        row[L.max] = missing === 'zero' ? (c.max ?? 0) : null;
        row[L.raw] = missing === 'zero' ? 0 : null;
      } else {
        row[L.status] = formulaOf(p.status, r);
        row[L.max] = formulaOf(p.max, r);
        row[L.raw] = formulaOf(p.raw, r);
      }
      row[L.points] = formulaOf(p.points, r);
      const dr = detailRow.get(`${ui}\u0000${c.code}`);
      if (dr !== undefined) row[L.check] = formulaOf(p.check, r, dr);
      if (notes.length) row[L.note] = notes.join('; ');
      rows.push(row);
    });
  });

  // The rules in words, for the kinds this cluster uses.
  rows.push([]);
  titleRows.push(rows.length);
  rows.push([t(lang, 'sheet.audit.rules')]);
  for (const [key, kind] of AUDIT_KINDS) if (used.has(key)) rows.push([kind.words[lang], kind.rule[lang]]);
  rows.push([t(lang, 'sheet.audit.groupsNote', { d: String(d), tol: numberLiteral(1e-9 / 10 ** d) })]);

  const columns: ColumnFormat[] = Array.from({ length: width }, (_, j) => ({ width: j === 1 ? 26 : j === L.kind ? 22 : 12 }));
  columns[L.note] = { width: 40 };
  return {
    kind: 'audit',
    name: OUTPUT_NAMES.audit[lang],
    rows,
    headerRows,
    titleRows,
    columns,
    tones: [],
    freeze: { rows: 0, cols: 2 },
  };
}
