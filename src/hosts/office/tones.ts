/**
 * The status colours of a styled sheet (its `tones`) as a bounded number of conditional formats
 * instead of one fill per cell, so a request does not grow with the unit count. A column's tones
 * become one custom rule per distinct toned text (`=G4="Vượt"` over the toned rows) when that is
 * exact: every cell of those rows holding such a text carries that tone, and no text carries two
 * tones. Otherwise (numbers, long or too many texts) the cells keep static fills.
 */
import { columnLetter } from '../../workbook/grid';
import type { StyledSheet, Tone } from '../../workbook/output';

export interface ToneRule {
  col: number;
  top: number;
  bottom: number;
  value: string;
  tone: Tone;
}

export interface TonePlan {
  rules: ToneRule[];
  /** Tones kept as static fills. */
  fills: StyledSheet['tones'];
}

/** More distinct texts than this in one column: fills instead of rules. */
const MAX_RULES_PER_COLUMN = 12;
/** The longest formula Excel allows a condition. */
const MAX_FORMULA = 255;

/** `=G4="text"` for a text of a column's first toned row: how long the rule's formula will be. */
function formulaLength(col: number, top: number, value: string): number {
  return toneFormula({ col, top, bottom: top, value, tone: 'good' }).length;
}

export function planTones(sheet: StyledSheet): TonePlan {
  const byCol = new Map<number, StyledSheet['tones']>();
  for (const t of sheet.tones) {
    let list = byCol.get(t.col);
    if (!list) byCol.set(t.col, (list = []));
    list.push(t);
  }
  const plan: TonePlan = { rules: [], fills: [] };
  for (const [col, tones] of byCol) {
    const texts = new Map<string, { value: string; tone: Tone }>();
    const top = tones.reduce((m, t) => Math.min(m, t.row), Infinity);
    const bottom = tones.reduce((m, t) => Math.max(m, t.row), -1);
    let exact = true;
    for (const t of tones) {
      const v = sheet.rows[t.row]?.[col];
      // The whole formula, quotes doubled, must fit Excel's limit.
      if (typeof v !== 'string' || v === '' || formulaLength(col, top, v) > MAX_FORMULA) exact = false;
      else {
        const key = v.toLocaleLowerCase();
        const seen = texts.get(key);
        if (seen && seen.tone !== t.tone) exact = false;
        else texts.set(key, { value: v, tone: t.tone });
      }
    }
    const toned = new Set(tones.map((t) => t.row));
    for (let r = top; exact && r <= bottom; r++) {
      const v = sheet.rows[r]?.[col];
      if (typeof v === 'string' && texts.has(v.toLocaleLowerCase()) && !toned.has(r)) exact = false;
    }
    if (exact && texts.size <= MAX_RULES_PER_COLUMN) for (const { value, tone } of texts.values()) plan.rules.push({ col, top, bottom, value, tone });
    else plan.fills.push(...tones);
  }
  return plan;
}

/** The custom rule's formula, relative to the first cell of its range. */
export function toneFormula(rule: ToneRule): string {
  return `=${columnLetter(rule.col)}${rule.top + 1}="${rule.value.replace(/"/g, '""')}"`;
}
