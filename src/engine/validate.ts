/**
 * Checks that span records: the criteria tree, references between sheets, duplicates. Cell-level
 * checks (is this a number?) belong to the workbook reader; this works on any model, however built.
 */
import { sumRounded } from './decimal';
import { DiagnosticList } from './diagnostics';
import type { CellRef, ClusterModel, Criterion } from './model';
import { absentRow, isGroup, isLeaf, kindWord, usesOverBonus } from './kinds';
import { SHEET, where } from './sheets';
import { buildTree, isExtra } from './tree';
import { normalizeUnitName } from './names';
import type { EntryIndex } from './entries';

export { SHEET, where } from './sheets';

function cellName(at: CellRef | undefined): string {
  return at ? `${at.sheet}!${at.cell}` : '?';
}

export function validateModel(model: ClusterModel, index: EntryIndex, out: DiagnosticList): void {
  validateCriteria(model.criteria, out);
  const codes = new Map(model.criteria.map((c) => [c.code, c] as const));
  validateUnits(model, index, out);
  validateEntries(model, codes, index, out);
  validateAwards(model, codes, out);
  validateTieBreaks(model, codes, out);
  validateBands(model, out);
}

/** Bands that leave the low percents without a name (R4's default ends with `Yếu 0`). */
function validateBands(model: ClusterModel, out: DiagnosticList): void {
  const lowest = Math.min(...model.settings.classification.map((b) => b.min));
  if (lowest > 0)
    out.warning(where(model.settings.at?.classification, model.sheets?.settings ?? SHEET.settings), 'bandsNotFromZero', { min: lowest });
}

function validateCriteria(criteria: readonly Criterion[], out: DiagnosticList): void {
  const first = new Map<string, Criterion>();
  for (const c of criteria) {
    const prior = first.get(c.code);
    if (prior) out.error(where(c.at?.code, SHEET.criteria), 'duplicateCode', { code: c.code, first: cellName(prior.at?.code) });
    else first.set(c.code, c);
  }
  for (const c of criteria) {
    if (c.parent !== null) {
      const parent = first.get(c.parent);
      if (!parent) out.error(where(c.at?.parent, SHEET.criteria), 'unknownParent', { parent: c.parent, code: c.code });
      else if (!isGroup(parent))
        out.error(where(c.at?.parent, SHEET.criteria), 'parentNotGroup', { parent: c.parent, code: c.code, kind: kindWord(parent.kind) });
    }
    if (isLeaf(c) && c.max === null) out.error(where(c.at?.max ?? c.at?.code, SHEET.criteria), 'leafMaxRequired', { code: c.code });
    if (isGroup(c) && c.mandatory) out.warning(where(c.at?.mandatory, SHEET.criteria), 'mandatoryOnGroup', { code: c.code });
    if (usesOverBonus(c) && (c.bonusPerPercent ?? 0) > 0 && c.bonusCap === null)
      out.warning(where(c.at?.bonusCap ?? c.at?.bonusPerPercent, SHEET.criteria), 'bonusWithoutCap', {});
  }
  reportCycles(criteria, first, out);
  const tree = buildTree(criteria);
  if (tree.scoredLeaves.length === 0 && tree.bonusLeaves.length === 0 && tree.penaltyLeaves.length === 0 && criteria.length > 0)
    out.error(where(criteria[0]?.at?.code, SHEET.criteria), 'noLeaves', {});
  // A group's maximum: its own `Điểm chuẩn`, or (left blank) the sum of its children's.
  const derived = new Map<string, number | null>();
  const maxOf = (c: Criterion): number | null => {
    if (c.max !== null || !isGroup(c)) return c.max;
    if (derived.has(c.code)) return derived.get(c.code)!;
    derived.set(c.code, null); // a cycle (reported above) has no maximum
    const kids = (tree.children.get(c.code) ?? []).filter((k) => !isExtra(k)).map(maxOf);
    const max = kids.length === 0 || kids.some((m) => m === null) ? null : sumRounded(kids as number[], 6);
    derived.set(c.code, max);
    return max;
  };
  for (const g of tree.groups) {
    if ((tree.children.get(g.code) ?? []).length === 0) {
      out.warning(where(g.at?.code, SHEET.criteria), 'emptyGroup', { code: g.code });
      continue;
    }
    const kids = (tree.children.get(g.code) ?? []).filter((k) => !isExtra(k)).map(maxOf);
    if (g.max === null || kids.some((m) => m === null)) continue;
    const sum = sumRounded(kids as number[], 6);
    if (Math.abs(sum - g.max) > 1e-9) out.warning(where(g.at?.max, SHEET.criteria), 'groupMaxMismatch', { code: g.code, max: g.max, sum });
  }
}

function reportCycles(criteria: readonly Criterion[], byCode: Map<string, Criterion>, out: DiagnosticList): void {
  const reported = new Set<string>();
  for (const start of criteria) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let c: Criterion | undefined = start;
    while (c && c.parent !== null && !onPath.has(c.code)) {
      onPath.add(c.code);
      path.push(c.code);
      c = byCode.get(c.parent);
    }
    if (c && onPath.has(c.code)) {
      const loop = path.slice(path.indexOf(c.code));
      const key = [...loop].sort().join('\u0000');
      if (reported.has(key)) continue;
      reported.add(key);
      out.error(where(c.at?.parent, SHEET.criteria), 'cycle', { path: [...loop, c.code].join(' → ') });
    }
  }
}

function validateUnits(model: ClusterModel, index: EntryIndex, out: DiagnosticList): void {
  const seen = new Map<string, CellRef | undefined>();
  for (let i = 0; i < model.units.length; i++) {
    const u = model.units[i]!;
    const key = index.unitKeys[i]!;
    if (seen.has(key)) out.error(where(u.at?.name, SHEET.units), 'duplicateUnit', { unit: u.name, first: cellName(seen.get(key)) });
    else seen.set(key, u.at?.name);
  }
  if (model.units.length === 0) {
    const sheet = model.unitsFromSheet ? (model.sheets?.units ?? SHEET.units) : (model.sheets?.data ?? SHEET.data);
    out.error({ sheet, cell: 'A1' }, 'noUnits', {});
  }
}

function validateEntries(model: ClusterModel, codes: Map<string, Criterion>, index: EntryIndex, out: DiagnosticList): void {
  for (const e of index.notLeaves) {
    const c = codes.get(e.criterion);
    if (!c) out.error(where(e.at?.criterion, SHEET.data), 'unknownCriterion', { code: e.criterion });
    else if (isGroup(c)) out.error(where(e.at?.criterion, SHEET.data), 'dataForGroup', { code: e.criterion });
  }
  if (model.unitsFromSheet) {
    const reported = new Set<string>();
    for (const e of index.unlisted) {
      const key = normalizeUnitName(e.unit);
      if (reported.has(key)) continue;
      reported.add(key);
      out.error(where(e.at?.unit, SHEET.data), 'unitNotListed', { unit: e.unit });
    }
  }
  for (const { entry, first } of index.duplicates)
    out.error(where(entry.at?.unit, SHEET.data), 'duplicateEntry', { unit: entry.unit, code: entry.criterion, first: cellName(first.at?.unit) });
  reportAbsentRows(model, index, out);
}

/**
 * Rows a unit lacks, which change its result without any cell to flag: a unit with no data row at
 * all, or without the row of a target criterion (no row = no target, so the criterion leaves the
 * unit's maximum: docs/decisions.md). One warning per unit, at its name.
 */
function reportAbsentRows(model: ClusterModel, index: EntryIndex, out: DiagnosticList): void {
  const L = index.leaves.length;
  const dataSheet = model.sheets?.data ?? SHEET.data;
  const unitsSheet = model.unitsFromSheet ? (model.sheets?.units ?? SHEET.units) : dataSheet;
  const U = index.units.length;
  const policy = model.settings.missing;
  // A leaf no unit has a row for is one warning at its code, not one per unit: a target criterion
  // then applies to no unit; the others are missing data for every unit (under `lỗi`, errors say so).
  const unused = new Set<number>();
  for (let l = 0; l < L; l++) {
    const c = index.leaves[l]!;
    if (absentRow(c) !== 'missing' && absentRow(c) !== 'notAssigned') continue;
    if (U === 0) continue;
    let any = false;
    for (let u = 0; u < U && !any; u++) any = index.rows[u * L + l]! >= 0;
    if (any) continue;
    unused.add(l);
    if (absentRow(c) === 'notAssigned') out.warning(where(c.at?.code, SHEET.criteria), 'targetWithoutRows', { code: c.code, sheet: dataSheet });
    else if (policy !== 'error')
      out.warning(where(c.at?.code, SHEET.criteria), policy === 'zero' ? 'leafWithoutRowsZero' : 'leafWithoutRowsExcluded', { code: c.code, sheet: dataSheet });
  }
  const rowsOf = index.rows;
  for (let u = 0; u < U; u++) {
    // A unit with a row for every leaf (the common case) has nothing to say: counted first.
    let rows = 0;
    for (let l = 0; l < L; l++) if (rowsOf[u * L + l]! >= 0) rows++;
    if (rows === L) continue;
    const unit = index.units[u]!;
    const targets: string[] = [];
    const others: string[] = [];
    for (let l = 0; l < L; l++) {
      const c = index.leaves[l]!;
      if (rowsOf[u * L + l]! >= 0 || unused.has(l)) continue;
      else if (absentRow(c) === 'notAssigned') targets.push(c.code);
      else if (absentRow(c) === 'missing' && policy !== 'error') others.push(c.code);
    }
    const at = where(unit.at?.name, unitsSheet);
    if (rows === 0 && L > 0) out.warning(at, 'unitWithoutRows', { unit: unit.name, sheet: dataSheet });
    else if (targets.length > 0 && others.length > 0)
      out.warning(at, policy === 'zero' ? 'rowsAbsentBothZero' : 'rowsAbsentBothExcluded', { unit: unit.name, targets: targets.join(', '), codes: others.join(', '), sheet: dataSheet });
    else if (targets.length > 0) out.warning(at, 'targetRowsAbsent', { unit: unit.name, codes: targets.join(', '), sheet: dataSheet });
    else if (others.length > 0) out.warning(at, policy === 'zero' ? 'rowsAbsentZero' : 'rowsAbsentExcluded', { unit: unit.name, codes: others.join(', '), sheet: dataSheet });
  }
}

/**
 * R5 ranks by total unless told otherwise: when units have different maxima (criteria not assigned
 * or left out), those with less to score lose out. A warning names the setting that ranks by percent.
 */
export function warnUnequalMaxima(units: readonly { unit: string; max: number }[], model: ClusterModel, out: DiagnosticList): void {
  if (model.settings.rankBy !== 'total' || units.length < 2) return;
  let low = units[0]!;
  let high = units[0]!;
  for (const u of units) {
    if (u.max < low.max) low = u;
    if (u.max > high.max) high = u;
  }
  if (high.max - low.max <= 1e-9) return;
  const key = normalizeUnitName(low.unit);
  const lowUnit = model.units.find((u) => normalizeUnitName(u.name) === key);
  // At the setting when it is written, else where it would be written, else at the unit with the lowest maximum.
  const settingsSheet = model.sheets?.settings;
  const at = model.settings.at?.rankBy ?? (settingsSheet ? { sheet: settingsSheet, cell: 'A1' } : lowUnit?.at?.name);
  out.warning(where(at, model.sheets?.data ?? SHEET.data), 'unequalMaxima', { min: low.max, max: high.max });
}

function validateAwards(model: ClusterModel, codes: Map<string, Criterion>, out: DiagnosticList): void {
  const orders = new Map<number, CellRef | undefined>();
  for (const a of model.awards) {
    if (orders.has(a.order))
      out.error(where(a.at?.order, SHEET.awards), 'duplicateAwardOrder', { order: a.order, first: cellName(orders.get(a.order)) });
    else orders.set(a.order, a.at?.order);
    if (a.scope !== 'thematic') continue;
    if (a.criterion === null) out.error(where(a.at?.criterion ?? a.at?.name, SHEET.awards), 'thematicWithoutCriterion', { award: a.name });
    else if (!codes.has(a.criterion))
      out.error(where(a.at?.criterion, SHEET.awards), 'unknownAwardCriterion', { award: a.name, code: a.criterion });
  }
}

function validateTieBreaks(model: ClusterModel, codes: Map<string, Criterion>, out: DiagnosticList): void {
  for (const t of model.settings.tieBreaks ?? []) {
    if (t.kind === 'criterion' && !codes.has(t.code))
      out.error(where(model.settings.at?.tieBreaks, SHEET.settings), 'unknownTieBreak', { value: t.code });
  }
}
