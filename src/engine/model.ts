/**
 * The typed model the engine works on: what a workbook says once it has been read and validated.
 * Nothing here knows where the data came from; locations (`at`) only let the engine point its
 * diagnostics at the cell a user has to fix.
 */

import type { SettingKey, SettingValues } from './settings-table';
import type { BallotRow } from './vote';

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
  /** `Tên trước đây`: names the unit had before (renamed, merged); history rows under them count for it. */
  formerNames?: string[];
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
  /** Conditions that look back (cycle.md §3); absent when the sheet has none of their columns. */
  conditions?: AwardConditions;
}

/** The optional condition columns of `Khen thưởng` (cycle.md §3); blank = not required. */
export interface AwardConditions {
  /** `Chỉ đơn vị dẫn đầu`: only a unit ranked 1st. */
  leaderOnly: boolean;
  /** `Số năm liên tục`: the N years before the current one each have `requiredResult`. */
  consecutiveYears: number | null;
  /** `Kết quả yêu cầu`: matched against `Kết quả nhiệm vụ`, or `Xếp loại` when that is blank. */
  requiredResult: string | null;
  /** `Đã được tặng`: an award the unit must have received… */
  priorAward: string | null;
  /** `Trong số năm`: …within this many years before the current one (null = ever). */
  withinYears: number | null;
  /** `Không tặng lại trong`: the unit did not receive this award in the N years before. */
  notAgainWithin: number | null;
  at?: Locations<'leaderOnly' | 'consecutiveYears' | 'requiredResult' | 'priorAward' | 'withinYears' | 'notAgainWithin'>;
}

/** `Kỳ`: the mid-year review or the year. */
export type PeriodKind = 'half' | 'year';

/** One row of `Lịch sử` (cycle.md §2). */
export interface HistoryRow {
  year: number;
  period: PeriodKind;
  /** The name as written (a current name or a former one). */
  unit: string;
  rank: number | null;
  total: number | null;
  /** A percent (92.5 for 92.5 %). */
  percent: number | null;
  classification: string;
  taskResult: string;
  award: string;
  decision: string;
  at?: Locations<'year' | 'period' | 'unit' | 'award'>;
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

/**
 * The `Cài đặt` settings: their values are derived from the one settings table (engine/settings-table.ts,
 * where each setting's meaning is written), plus where each was read from.
 */
export type Settings = SettingValues & { at?: Partial<Record<SettingKey, CellRef>> };

export interface ClusterModel {
  criteria: Criterion[];
  units: Unit[];
  entries: Entry[];
  awards: Award[];
  settings: Settings;
  /** Where the unit list came from: the `Đơn vị` sheet, or the names in the data. */
  unitsFromSheet: boolean;
  /** The names the input sheets really have (diagnostics without a cell point at them). */
  sheets?: Partial<Record<'criteria' | 'data' | 'units' | 'awards' | 'settings' | 'ballots' | 'history', string>>;
  /** The rows of `Phiếu bầu` when the sheet has any: the vote is counted (vote.md). */
  ballots?: BallotRow[];
  /** `Lịch sử` rows; absent (undefined) when the workbook has no such sheet. */
  history?: HistoryRow[];
}
