/**
 * The model's figures indexed once by (unit, leaf): a flat array of units × leaves holding the row
 * of the figures' columns (columns.ts), so validation and scoring look figures up by position
 * instead of building string keys or objects (a 10,000-unit cluster with 100 criteria has a
 * million rows).
 */
import { EntryColumns } from './columns';
import type { ClusterModel, Criterion, Entry, Unit } from './model';
import { normalizeUnitName } from './names';
import type { CriteriaTree } from './tree';

export interface EntryIndex {
  /** The key (names.ts normalizeUnitName) of each of the model's units, in the model's order. */
  unitKeys: string[];
  /** The units to score: the model's units, each name once. */
  units: Unit[];
  unitIndex: Map<string, number>;
  /** Every leaf (scored, bonus, penalty), in sheet order, and its position. */
  leaves: Criterion[];
  leafIndex: Map<string, number>;
  /** The figures, one row per data row. */
  columns: EntryColumns;
  /** rows[u × leaves.length + l]: the first row of unit u for leaf l; −1 when it has none. */
  rows: Int32Array;
  /** Entries that name a leaf a unit already has (the later ones), with the first. */
  duplicates: { entry: Entry; first: Entry }[];
  /** Entries whose unit is not among the units. */
  unlisted: Entry[];
  /** Entries whose code is not a leaf (unknown, or a group). */
  notLeaves: Entry[];
}

/** The model's figures as columns: the reader's own, or made from its entries. */
export function columnsOf(model: Pick<ClusterModel, 'entries' | 'columns'>): EntryColumns {
  return model.columns ?? EntryColumns.fromEntries(model.entries);
}

export function indexEntries(model: ClusterModel, tree: CriteriaTree): EntryIndex {
  const units: Unit[] = [];
  const unitIndex = new Map<string, number>();
  // Each unit name normalised once, here; validation reads the keys from the index.
  const unitKeys = model.units.map((u) => normalizeUnitName(u.name));
  for (let i = 0; i < model.units.length; i++) {
    const key = unitKeys[i]!;
    if (unitIndex.has(key)) continue;
    unitIndex.set(key, units.length);
    units.push(model.units[i]!);
  }
  const leaves = [...tree.scoredLeaves, ...tree.bonusLeaves, ...tree.penaltyLeaves];
  const leafIndex = new Map(leaves.map((c, i) => [c.code, i] as const));
  const L = leaves.length;
  const columns = columnsOf(model);
  const rows = new Int32Array(units.length * L).fill(-1);
  const duplicates: EntryIndex['duplicates'] = [];
  const unlisted: Entry[] = [];
  const notLeaves: Entry[] = [];
  // Unit names as written and codes, each looked up once (−1: not a unit, not a leaf).
  const unitOfName = Int32Array.from(columns.unitNames, (name) => unitIndex.get(normalizeUnitName(name)) ?? -1);
  const leafOfCode = Int32Array.from(columns.codes, (code) => leafIndex.get(code) ?? -1);
  // The common case in a loop over typed arrays alone; the rows it cannot place are listed after.
  if (!placeRows(unitOfName, leafOfCode, columns.unit, columns.criterion, columns.length, rows, L))
    for (let r = 0; r < columns.length; r++) {
      const u = unitOfName[columns.unit[r]!]!;
      const l = leafOfCode[columns.criterion[r]!]!;
      if (l < 0) notLeaves.push(columns.entry(r));
      if (u < 0) {
        unlisted.push(columns.entry(r));
        continue;
      }
      if (l < 0) continue;
      const first = rows[u * L + l]!;
      if (first !== r) duplicates.push({ entry: columns.entry(r), first: columns.entry(first) });
    }
  return { units, unitKeys, unitIndex, leaves, leafIndex, columns, rows, duplicates, unlisted, notLeaves };
}

/**
 * rows[u × L + l] = the first row of each unit and leaf. True when every row found its place (a
 * listed unit, a leaf, the first of its pair); false when some did not, which the caller lists.
 */
function placeRows(unitOfName: Int32Array, leafOfCode: Int32Array, unit: Int32Array, criterion: Int32Array, length: number, rows: Int32Array, L: number): boolean {
  let placed = true;
  for (let r = 0; r < length; r++) {
    const u = unitOfName[unit[r]!]!;
    const l = leafOfCode[criterion[r]!]!;
    if (u < 0 || l < 0) {
      placed = false;
      continue;
    }
    const slot = u * L + l;
    if (rows[slot]! >= 0) placed = false;
    else rows[slot] = r;
  }
  return placed;
}

/** The row of unit u's figures for leaf l, or −1. */
export function rowOf(index: EntryIndex, unit: number, leaf: number): number {
  return index.rows[unit * index.leaves.length + leaf]!;
}

