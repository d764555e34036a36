/** Status colours as conditional-format rules: only when exact, and never with a formula over Excel's 255 characters. */
import { planTones, toneFormula } from '../../src/hosts/office/tones';
import type { StyledSheet } from '../../src/workbook/output';

function sheetWith(texts: string[]): StyledSheet {
  return {
    name: 'Chi tiết điểm',
    rows: [['Trạng thái'], ...texts.map((t) => [t])],
    headerRows: [0],
    titleRows: [],
    columns: [],
    tones: texts.map((_, i) => ({ row: i + 1, col: 0, tone: i % 2 ? 'bad' : 'good' })),
    freeze: { rows: 1, cols: 0 },
  };
}

describe('planTones', () => {
  it('makes one rule per distinct text when each text has one tone', () => {
    const plan = planTones(sheetWith(['Vượt', 'Chưa đạt', 'Vượt', 'Chưa đạt']));
    expect(plan.rules.map((r) => [r.value, r.tone, toneFormula(r)])).toEqual([
      ['Vượt', 'good', '=A2="Vượt"'],
      ['Chưa đạt', 'bad', '=A2="Chưa đạt"'],
    ]);
    expect(plan.fills).toEqual([]);
  });

  it('keeps static fills when a rule formula would pass 255 characters once its quotes are doubled', () => {
    const quoted = `${'"'.repeat(125)}x`; // 126 characters; doubled, 251: with =A2="…" the formula is 257
    expect(quoted.length).toBeLessThan(200);
    const plan = planTones(sheetWith([quoted, 'Chưa đạt']));
    expect(plan.rules).toEqual([]);
    expect(plan.fills).toHaveLength(2);
  });

  it('every rule it makes has a formula of at most 255 characters', () => {
    const near = 'x'.repeat(249); // =A2="…" adds 6: exactly 255
    const plan = planTones(sheetWith([near, 'y']));
    expect(plan.rules.map((r) => toneFormula(r).length)).toEqual([255, 7]);
  });
});
