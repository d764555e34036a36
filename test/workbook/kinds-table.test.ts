/**
 * The criterion kinds and scoring methods are ONE table (engine/kinds.ts, engine/methods.ts): the
 * reader's words, the scoring, the explanation and the audit's formulas all come from an entry. A
 * method added as ONE entry is read, scored, explained and audited with nothing else changed.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { auditKey, auditKinds, KIND_CHOICES, KIND_NAMES, KINDS, kindText, kindWord, METHOD_CHOICES } from '../../src/engine/kinds';
import { methodNames, METHODS, type MethodEntry, type TargetBranch } from '../../src/engine/methods';
import type { Criterion, CriterionKind, Method } from '../../src/engine/model';
import { normalizeKey } from '../../src/engine/names';
import { KIND_WORDS, METHOD_WORDS } from '../../src/workbook/schema';
import { setCell, sheetOf, withSheet } from './grids';
import { columnOf, fixtureGrid } from './audit-support';

const key = (w: string): string => normalizeKey(w).replace(/\//g, '');

describe('the kinds table', () => {
  it('the reader takes exactly the words of each entry, and lists the first of each', () => {
    for (const kind of KIND_NAMES) for (const w of [...KINDS[kind].words.vi, ...KINDS[kind].words.en]) expect([w, KIND_WORDS[key(w)]]).toEqual([w, kind]);
    for (const m of methodNames()) for (const w of [...METHODS[m].words.vi, ...METHODS[m].words.en]) expect([w, METHOD_WORDS[key(w)]]).toEqual([w, m]);
    // Nothing else: `pass/fail` and `passfail` are one key (the reader ignores the slash).
    const kindKeys = new Set(KIND_NAMES.flatMap((k) => [...KINDS[k].words.vi, ...KINDS[k].words.en].map(key)));
    expect(Object.keys(KIND_WORDS).sort()).toEqual([...kindKeys].sort());
    expect(KIND_CHOICES).toBe('nhóm, định lượng, đạt/không đạt, đếm, chấm điểm, thưởng, trừ');
    expect(METHOD_CHOICES).toBe('tỷ lệ, ngưỡng, so với dẫn đầu (proportional, threshold, relative)');
    expect(kindWord('passfail')).toBe('đạt/không đạt (passfail)');
    expect(kindText('bonus', 'en')).toBe('bonus');
  });

  it('every leaf kind is scored and explained by its entry; every kind or method it scores by has audit formulas', () => {
    const audited = auditKinds();
    for (const kind of KIND_NAMES) {
      const k = KINDS[kind];
      const c = { kind, method: 'proportional' as Method };
      if (k.role === 'group') {
        expect([kind, k.score, auditKey(c)]).toEqual([kind, undefined, null]);
        continue;
      }
      expect([kind, typeof k.score, typeof k.explain]).toEqual([kind, 'function', 'function']);
      if (k.byMethod) for (const m of methodNames()) expect(audited.get(auditKey({ kind, method: m })!)?.words).toEqual({ vi: `${k.label.vi} · ${METHODS[m].audit.words.vi}`, en: `${k.label.en} · ${METHODS[m].audit.words.en}` });
      else expect(audited.get(auditKey(c)!)).toBe(k.audit);
    }
    // 3 methods of `định lượng` and the 5 other leaf kinds, in table order.
    expect([...audited.keys()]).toEqual(['target.proportional', 'target.threshold', 'target.relative', 'passfail', 'count', 'manual', 'bonus', 'penalty']);
  });

  it('has no separate views module: the explanation and the audit formula live in each entry', () => {
    expect(existsSync(join(__dirname, '..', '..', 'src', 'engine', 'kind-views.ts'))).toBe(false);
    for (const m of methodNames()) expect([m, typeof METHODS[m].explain, typeof METHODS[m].audit.points]).toEqual([m, 'function', 'function']);
  });
});

/** `bậc thang` (step): MS from r ≥ 1, half of MS from r ≥ 0.9, else 0. Its own branch names. */
const STEP: MethodEntry = {
  words: { vi: ['bậc thang'], en: ['step'] },
  usesLeader: false,
  overBonus: false,
  branch: (r) => (r >= 1 - 1e-9 ? 'stepFull' : r >= 0.9 - 1e-9 ? 'stepHalf' : 'stepNone') as TargetBranch,
  points: (b, _r, s) => ((b as string) === 'stepFull' ? s.max : (b as string) === 'stepHalf' ? 0.5 * s.max : 0),
  explain: (t, p) => `${p.ratio} → ${t.lang === 'vi' ? 'bậc' : 'step'} ${(p.branch as string) === 'stepNone' ? '0' : (p.branch as string) === 'stepHalf' ? '90%' : '100%'} = ${t.n(t.pts)}`,
  audit: {
    words: { vi: 'bậc thang', en: 'step' },
    rule: { vi: 'Điểm = MS nếu r ≥ 1; MS/2 nếu r ≥ 0,9; không thì 0', en: 'Points = MS when r ≥ 1; MS/2 when r ≥ 0.9; else 0' },
    points: (x, k) => `IF(${x.ratio}>=1-0.000000001,${k.ms},IF(${x.ratio}>=0.9-0.000000001,0.5*${k.ms},0))`,
  },
};

describe('a new scoring method is one entry', () => {
  it('registered as one entry of METHODS only, it is read, scored, explained and audited (HyperFormula agrees)', async () => {
    const base = await fixtureGrid('example-a');
    // `1.2` is a threshold criterion of example-a; its `Cách tính` now says `bậc thang`.
    const criteria = sheetOf(base, 'Tiêu chí');
    const methodCol = criteria.rows[0]!.indexOf('Cách tính');
    const row = criteria.rows.findIndex((r) => r[0] === '1.2');
    expect([methodCol, row, criteria.rows[row]![methodCol]]).toEqual([6, 3, 'ngưỡng']);
    const grid = withSheet(base, setCell(criteria, row, methodCol, 'bậc thang'));

    await jest.isolateModulesAsync(async () => {
      // A fresh copy of every module: the entry is in the table before the reader and the audit load.
      const methods = await import('../../src/engine/methods');
      (methods.METHODS as Record<string, MethodEntry>).step = STEP;
      const { evaluateAudit } = await import('./audit-support');
      const { explain } = await import('../../src/engine/explain');

      const e = evaluateAudit(grid);
      const { result, audit, value } = e;
      const c = result.criteria.find((x) => x.code === '1.2') as Criterion;
      expect([c.kind, c.method]).toEqual(['target' satisfies CriterionKind, 'step']);
      const points = Object.fromEntries(result.units.map((u) => [u.unit, u.criteria['1.2']!.points]));
      // A: 95/100 = 95% (threshold: 0); B: 110%; C: 100%; D: 120%; E: 50%.
      expect(points).toEqual({ A: 7.5, B: 15, C: 15, D: 15, E: 0 });
      const a = result.units.find((u) => u.unit === 'A')!;
      expect(explain(a.criteria['1.2']!, c, 'vi')).toBe('Tỷ lệ 95/100 = 95% → bậc 90% = 7,5');
      expect(explain(a.criteria['1.2']!, c, 'en')).toBe('Ratio 95/100 = 95% → step 90% = 7.5');

      // The audit: the kind column, the rule in words and the recomputed points, all from the entry.
      const h = audit.headerRows[1]!;
      const leafRows = audit.rows.map((r, i) => [r, i] as const).filter(([r, i]) => i > h && r[3] === '1.2');
      expect(leafRows.map(([r]) => r[5])).toEqual(Array(5).fill('định lượng · bậc thang'));
      const pointsCol = columnOf(audit, h, 'Điểm');
      const checkCol = columnOf(audit, h, 'Kiểm tra');
      expect(leafRows.map(([r, i]) => [r[1], value(i, pointsCol), value(i, checkCol)]).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual([
        ['A', 7.5, 'Khớp'],
        ['B', 15, 'Khớp'],
        ['C', 15, 'Khớp'],
        ['D', 15, 'Khớp'],
        ['E', 0, 'Khớp'],
      ]);
      expect(audit.rows).toContainEqual(['định lượng · bậc thang', STEP.audit.rule.vi]);
      // The unit rows (totals, ranks) still agree with what the add-in wrote.
      const u = audit.headerRows[0]!;
      const unitCheck = columnOf(audit, u, 'Kiểm tra');
      expect(result.units.map((_, i) => value(u + 1 + i, unitCheck))).toEqual(Array(5).fill('Khớp'));
    });
    // Outside the isolated modules, the tables are as shipped.
    expect(methodNames()).toEqual(['proportional', 'threshold', 'relative']);
  });
});
