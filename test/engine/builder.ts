/**
 * A small builder of engine models for readable rule tests. Every record gets the location it
 * would have in a workbook laid out as workbook-format.md says, so tests can check where a
 * diagnostic points:
 * - `Tiêu chí` row n+2 for the n-th criterion: A code, C parent, E max, H bonus/%, I bonus cap, K mandatory;
 * - `Số liệu` row n+2 for the n-th entry: A unit, B criterion, C target, D actual, E self, F appraised;
 * - `Đơn vị` row n+2 for the n-th unit: A name, C disciplined;
 * - `Khen thưởng` row n+2 for the n-th award: A order, B name, D quota, E share, H criterion.
 */
import { detailOf, type Detail } from '../../src/engine/detail';
import { evaluate } from '../../src/engine/evaluate';
import type { Award, ClusterModel, Criterion, CriterionKind, Direction, Entry, Method, Unit } from '../../src/engine/model';
import type { ClusterResult, CriterionResult, UnitResult } from '../../src/engine/result';
import { makeSettings, type SettingsInput } from '../../src/engine/settings';

export interface LeafOptions {
  parent?: string | null;
  direction?: Direction;
  method?: Method;
  bonusPerPercent?: number | null;
  bonusCap?: number | null;
  pointsPerUnit?: number | null;
  mandatory?: boolean;
  name?: string;
}

export interface Figures {
  target?: number | null;
  actual?: number | boolean | null;
  self?: number | null;
  appraised?: number | null;
}

export type AwardInput = Partial<Omit<Award, 'at' | 'name'>> & { name: string };

const at = (sheet: string, col: string, row: number) => ({ sheet, cell: `${col}${row}` });

export class ClusterBuilder {
  private readonly criteria: Criterion[] = [];
  private readonly unitList: Unit[] = [];
  private readonly entries: Entry[] = [];
  private readonly awardList: Award[] = [];
  private settingsInput: SettingsInput = {};
  private fromSheet = true;

  private add(code: string, kind: CriterionKind, max: number | null, o: LeafOptions = {}): this {
    const row = this.criteria.length + 2;
    const sheet = 'Tiêu chí';
    this.criteria.push({
      code,
      name: o.name ?? `Tiêu chí ${code}`,
      parent: o.parent ?? null,
      kind,
      max,
      direction: o.direction ?? 'higher',
      method: o.method ?? 'proportional',
      bonusPerPercent: o.bonusPerPercent ?? null,
      bonusCap: o.bonusCap ?? null,
      pointsPerUnit: o.pointsPerUnit ?? null,
      mandatory: o.mandatory ?? false,
      measure: '',
      at: {
        code: at(sheet, 'A', row),
        parent: at(sheet, 'C', row),
        max: at(sheet, 'E', row),
        bonusPerPercent: at(sheet, 'H', row),
        bonusCap: at(sheet, 'I', row),
        mandatory: at(sheet, 'K', row),
      },
    });
    return this;
  }

  group(code: string, parent: string | null = null, max: number | null = null): this {
    return this.add(code, 'group', max, { parent });
  }
  target(code: string, max: number | null, o: LeafOptions = {}): this {
    return this.add(code, 'target', max, o);
  }
  passfail(code: string, max: number, o: LeafOptions = {}): this {
    return this.add(code, 'passfail', max, o);
  }
  count(code: string, max: number, o: LeafOptions = {}): this {
    return this.add(code, 'count', max, o);
  }
  manual(code: string, max: number, o: LeafOptions = {}): this {
    return this.add(code, 'manual', max, o);
  }
  bonus(code: string, max: number, o: LeafOptions = {}): this {
    return this.add(code, 'bonus', max, o);
  }
  penalty(code: string, max: number, o: LeafOptions = {}): this {
    return this.add(code, 'penalty', max, o);
  }

  /** Units in the `Đơn vị` sheet. */
  units(...names: string[]): this {
    for (const name of names) this.unit(name);
    return this;
  }
  unit(name: string, o: { disciplined?: boolean; role?: string } = {}): this {
    const row = this.unitList.length + 2;
    this.unitList.push({
      name,
      role: o.role ?? 'Thành viên',
      disciplined: o.disciplined ?? false,
      note: '',
      at: { name: at('Đơn vị', 'A', row), disciplined: at('Đơn vị', 'C', row) },
    });
    return this;
  }
  /** The model's units are those named in the data (no `Đơn vị` sheet). */
  noUnitsSheet(): this {
    this.fromSheet = false;
    return this;
  }

  data(unit: string, criterion: string, f: Figures | number | boolean): this {
    const figures: Figures = typeof f === 'object' ? f : { actual: f };
    const row = this.entries.length + 2;
    const sheet = 'Số liệu';
    this.entries.push({
      unit,
      criterion,
      target: figures.target ?? null,
      actual: figures.actual ?? null,
      self: figures.self ?? null,
      appraised: figures.appraised ?? null,
      evidence: '',
      note: '',
      at: {
        unit: at(sheet, 'A', row),
        criterion: at(sheet, 'B', row),
        target: at(sheet, 'C', row),
        actual: at(sheet, 'D', row),
        self: at(sheet, 'E', row),
        appraised: at(sheet, 'F', row),
      },
    });
    return this;
  }

  award(a: AwardInput): this {
    const row = this.awardList.length + 2;
    const sheet = 'Khen thưởng';
    this.awardList.push({
      order: a.order ?? this.awardList.length + 1,
      name: a.name,
      scope: a.scope ?? 'overall',
      quota: a.quota === undefined ? 1 : a.quota,
      maxShare: a.maxShare ?? null,
      minScore: a.minScore ?? null,
      minPercent: a.minPercent ?? null,
      criterion: a.criterion ?? null,
      at: {
        order: at(sheet, 'A', row),
        name: at(sheet, 'B', row),
        quota: at(sheet, 'D', row),
        maxShare: at(sheet, 'E', row),
        criterion: at(sheet, 'H', row),
      },
    });
    return this;
  }

  settings(s: SettingsInput): this {
    this.settingsInput = { ...this.settingsInput, ...s };
    return this;
  }

  build(): ClusterModel {
    let units = this.unitList;
    if (!this.fromSheet) {
      const seen = new Set<string>();
      units = [];
      for (const e of this.entries)
        if (!seen.has(e.unit)) {
          seen.add(e.unit);
          units.push({ name: e.unit, role: '', disciplined: false, note: '', at: { name: e.at?.unit } });
        }
    }
    return {
      criteria: [...this.criteria],
      units: [...units],
      entries: [...this.entries],
      awards: [...this.awardList],
      settings: makeSettings(this.settingsInput),
      unitsFromSheet: this.fromSheet,
    };
  }

  evaluate(): ClusterResult {
    return evaluate(this.build());
  }
}

export function cluster(): ClusterBuilder {
  return new ClusterBuilder();
}

/** The unit's result; fails the test when the unit is not there. */
export function unitOf(result: ClusterResult, name: string): UnitResult {
  const u = result.units.find((x) => x.unit === name);
  if (!u) throw new Error(`no unit ${name} in the result (ok: ${result.ok}; ${JSON.stringify(result.diagnostics.map((d) => d.code))})`);
  return u;
}

/** A leaf's result (scored leaves and bonus/penalty alike). */
export function leafOf(result: ClusterResult, unit: string, code: string): CriterionResult {
  const u = unitOf(result, unit);
  const c = u.criteria[code] ?? u.extras[code];
  if (!c) throw new Error(`no criterion ${code} for ${unit}`);
  return c;
}

export function pointsOf(result: ClusterResult, unit: string, code: string): number | null {
  return leafOf(result, unit, code).points;
}

/** Diagnostics as `severity Sheet!Cell code` strings: easy to compare exactly. */
export function diagList(result: { diagnostics: readonly { severity: string; sheet: string; cell: string; code: string }[] }): string[] {
  return result.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.code}`);
}

/** Unit names in result order. */
export function order(result: ClusterResult): string[] {
  return result.units.map((u) => u.unit);
}

export function ranks(result: ClusterResult): Record<string, number> {
  return Object.fromEntries(result.units.map((u) => [u.unit, u.rank]));
}

/**
 * A cluster of one target criterion in one group, one unit per figure: quick for R1–R3 cases.
 * `figures` maps unit names to their target/actual.
 */
export function oneTarget(o: LeafOptions & { max?: number }, figures: Record<string, Figures>): ClusterResult {
  const b = cluster().group('I').target('1.1', o.max ?? 10, { parent: 'I', ...o });
  for (const [unit, f] of Object.entries(figures)) b.unit(unit).data(unit, '1.1', f);
  return b.evaluate();
}

/** The full detail of how a unit's criterion was scored (derived on demand by the engine). */
export function detailFor(result: ClusterResult, unit: string, code: string): Detail {
  const criterion = result.criteria.find((c) => c.code === code);
  if (!criterion) throw new Error(`no criterion ${code}`);
  return detailOf(leafOf(result, unit, code), criterion);
}
