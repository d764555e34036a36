import type { Diagnostic } from './diagnostics';
import type { Comparison } from './compare';
import type { ConditionFailure, UncheckedCondition } from './eligibility';
import type { Award, Criterion, Entry, Settings, TieBreak } from './model';
import type { VoteResult } from './vote';

/** A criterion's status for a unit (the JSON words of cli.md). */
export type Status = 'exceeded' | 'met' | 'below' | 'missing' | 'excluded' | 'scored';

/**
 * What the points were computed from, kept small (most are shared constants: a million results
 * must not carry a million detail objects). `detailOf` (detail.ts) derives the full detail on demand.
 */
export type Basis =
  | { kind: 'target'; leader: number | null }
  | { kind: 'noTarget'; zero: boolean }
  | { kind: 'missing'; policy: Settings['missing'] }
  | { kind: 'passfail'; yes: boolean }
  | { kind: 'count' }
  | { kind: 'manual' }
  | { kind: 'invalid' };

export interface CriterionResult {
  code: string;
  status: Status;
  /** Rounded points; null when the criterion does not apply to the unit. */
  points: number | null;
  /** The criterion's maximum when it applies to the unit. */
  max: number | null;
  /** r of R1, null where there is none. */
  rate: number | null;
  basis: Basis;
  entry: Entry | null;
}

/** How a tie-break placed a unit against a neighbour with the same total (or percent). */
export interface TieNote {
  relation: 'ahead' | 'behind' | 'tied';
  /** The tie-break that decided; null when nothing did (a shared rank). */
  by: TieBreak | null;
}

export interface UnitResult {
  unit: string;
  role: string;
  disciplined: boolean;
  rank: number;
  total: number;
  max: number;
  percent: number;
  classification: string;
  /** Points of every group, nested ones included, by code. */
  groups: Record<string, number>;
  bonus: number;
  penalty: number;
  exceeded: number;
  met: number;
  below: number;
  tie: TieNote | null;
  /** Scored leaves (not bonus/penalty), by code. */
  criteria: Record<string, CriterionResult>;
  /** Bonus and penalty criteria, by code. */
  extras: Record<string, CriterionResult>;
}

export type NotPlacedReason =
  | { kind: 'disciplined' }
  | { kind: 'mandatory'; code: string }
  | { kind: 'belowMin'; award: string }
  | { kind: 'quotaFilled' }
  /** No award looked at the unit (no awards, or only thematic ones whose criterion does not apply). */
  | { kind: 'noAward' }
  /** The unit fails a condition of the award (cycle.md §3). */
  | { kind: 'ineligible'; award: string; failures: ConditionFailure[] };

export type NominationBasis =
  | { kind: 'overall'; rank: number; total: number; percent: number }
  | { kind: 'thematic'; code: string; points: number; rank: number }
  /** Tied at the quota boundary: `units` share `seats` seats, a vote is needed. */
  | { kind: 'vote'; seats: number; units: number; rank: number };

export interface Nomination {
  award: string;
  order: number;
  unit: string;
  status: 'nominated' | 'vote';
  basis: NominationBasis;
  /** Conditions of the award that could not be checked (no `Lịch sử`): said in the reason. */
  unchecked?: UncheckedCondition[];
}

/** A unit an award's conditions left out of its draft (cycle.md §3). */
export interface Ineligible {
  award: string;
  unit: string;
  failures: ConditionFailure[];
}

export interface NotNominated {
  unit: string;
  reason: NotPlacedReason;
}

export interface ClusterResult {
  ok: boolean;
  cluster: string | null;
  year: number | null;
  period: string | null;
  settings: Settings;
  criteria: Criterion[];
  awards: Award[];
  /** Units in rank order (units sharing a rank by name in Vietnamese collation). */
  units: UnitResult[];
  nominations: Nomination[];
  notNominated: NotNominated[];
  diagnostics: Diagnostic[];
  /** The tie-break chain that was applied. */
  tieBreaks: TieBreak[];
  /** Codes of the top-level groups, in sheet order. */
  topGroups: string[];
  /** The count of `Phiếu bầu` when the workbook has ballots (vote.md). */
  vote?: VoteResult;
  /** Units an award's conditions left out of its draft; absent or empty when none. */
  ineligible?: Ineligible[];
  /** The comparison with an earlier period (cycle.md §2); absent when the history holds none. */
  comparison?: Comparison;
}
