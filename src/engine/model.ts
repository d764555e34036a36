/**
 * The typed model the engine works on: what a workbook says once it has been read and validated.
 * Nothing here knows where the data came from; locations (`at`) only let the engine point its
 * diagnostics at the cell a user has to fix.
 */

export type Lang = 'vi' | 'en';

/** A cell of a sheet, as users see it: `'Số liệu'!D7` is `{ sheet: 'Số liệu', cell: 'D7' }`. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** Where each field of a record was read from; missing fields have no location. */
export type Locations<K extends string> = Partial<Record<K, CellRef>>;

export type CriterionKind = 'group' | 'target' | 'passfail' | 'count' | 'manual' | 'bonus' | 'penalty';
export type Direction = 'higher' | 'lower';
export type Method = 'proportional' | 'threshold' | 'relative';

export interface Criterion {
  code: string;
  name: string;
  /** Code of the parent group; null at the top level. */
  parent: string | null;
  kind: CriterionKind;
  /** Standard (maximum) points; null only for a group that does not state it. */
  max: number | null;
  direction: Direction;
  method: Method;
  bonusPerPercent: number | null;
  bonusCap: number | null;
  pointsPerUnit: number | null;
  mandatory: boolean;
  measure: string;
  at?: Locations<'code' | 'max' | 'parent' | 'bonusPerPercent' | 'bonusCap' | 'mandatory'>;
}

export interface Unit {
  name: string;
  role: string;
  disciplined: boolean;
  note: string;
  at?: Locations<'name' | 'disciplined'>;
}

/** One unit's figures for one leaf criterion (a row of `Số liệu`, or the cells of the wide layout). */
export interface Entry {
  unit: string;
  criterion: string;
  target: number | null;
  /** A number, or a yes/no for pass/fail criteria. */
  actual: number | boolean | null;
  self: number | null;
  appraised: number | null;
  evidence: string;
  note: string;
  at?: Locations<'unit' | 'criterion' | 'target' | 'actual' | 'self' | 'appraised'>;
}

export type AwardScope = 'overall' | 'thematic';

export interface Award {
  order: number;
  name: string;
  scope: AwardScope;
  quota: number | null;
  /** A fraction of the cluster's units (0.2 for 20 %). */
  maxShare: number | null;
  minScore: number | null;
  /** A percent of the applicable maximum (85 for 85 %). */
  minPercent: number | null;
  /** For thematic awards: the criterion or group whose points decide. */
  criterion: string | null;
  at?: Locations<'order' | 'name' | 'quota' | 'maxShare' | 'criterion'>;
}

export type TieBreak =
  | { kind: 'criterion'; code: string }
  | { kind: 'exceeded' }
  | { kind: 'penalty' }
  | { kind: 'bonus' };

export interface Band {
  name: string;
  /** The percent a unit must reach for this band. */
  min: number;
}

export interface Settings {
  cluster: string | null;
  year: number | null;
  period: string | null;
  decimals: number;
  missing: 'zero' | 'exclude' | 'error';
  rankBy: 'total' | 'percent';
  rankStyle: 'competition' | 'dense';
  /** null: the default chain (first top-level group, exceeded count, deductions). */
  tieBreaks: TieBreak[] | null;
  classification: Band[];
  oneAwardPerUnit: boolean;
  /** A fraction of the criterion's maximum (0.05 for 5 %). */
  selfScoreGap: number;
  totalBonusCap: number | null;
  /** When the units' submission forms are due (`Hạn nộp`), as shown on the forms; null when not set. */
  deadline: string | null;
  at?: Partial<Record<keyof Omit<Settings, 'at'>, CellRef>>;
}

export interface ClusterModel {
  criteria: Criterion[];
  units: Unit[];
  entries: Entry[];
  awards: Award[];
  settings: Settings;
  /** Where the unit list came from: the `Đơn vị` sheet, or the names in the data. */
  unitsFromSheet: boolean;
  /** The names the input sheets really have (diagnostics without a cell point at them). */
  sheets?: Partial<Record<'criteria' | 'data' | 'units' | 'awards' | 'settings', string>>;
}
