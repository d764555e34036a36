/**
 * The flags use case (Tô màu tại chỗ): which input cells to flag and how — every actual cell with an
 * over/under status gets its tone's code (1 exceeded, 2 met, 3 below), over the bounding area of
 * the flagged cells on the data sheet. The host (a Flagger) paints them its own way: the Office.js
 * host with a helper sheet and three conditional formats (src/hosts/office/flags.ts).
 */
import type { ClusterResult } from '../engine/result';
import { parseArea, type Area, type Cell } from '../workbook/grid';
import { STATUS_TONES, type Tone } from '../workbook/output';

/** Paints a plan's flags in the book, or takes every flag the add-in added away. */
export interface Flagger {
  flag(plan: FlagPlan): Promise<number>;
  clear(): Promise<number>;
}

export const FLAG_CODES: Readonly<Record<Tone, number>> = { good: 1, neutral: 2, bad: 3 };

export interface FlagPlan {
  /** The input sheet flagged. */
  sheet: string;
  area: Area;
  /** Status codes over `area` (null: not flagged). */
  codes: Cell[][];
  tones: Tone[];
  count: number;
}

/** The cells to flag, from a ranked result; null when no cell has an over/under status. */
export function planFlags(result: ClusterResult): FlagPlan | null {
  const bySheet = new Map<string, { row: number; col: number; tone: Tone }[]>();
  for (const u of result.units)
    for (const r of Object.values(u.criteria)) {
      const tone = STATUS_TONES[r.status];
      const at = r.entry?.at?.actual;
      const a = at ? parseArea(at.cell) : null;
      if (!tone || !at || !a) continue;
      let list = bySheet.get(at.sheet);
      if (!list) bySheet.set(at.sheet, (list = []));
      list.push({ row: a.top, col: a.left, tone });
    }
  // Both layouts put every actual on one sheet; were there several, the largest group is flagged.
  const [sheet, cells] = [...bySheet.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!sheet || !cells) return null;
  const area: Area = { top: Infinity, bottom: -1, left: Infinity, right: -1 };
  for (const c of cells) {
    area.top = Math.min(area.top, c.row);
    area.bottom = Math.max(area.bottom, c.row);
    area.left = Math.min(area.left, c.col);
    area.right = Math.max(area.right, c.col);
  }
  const codes: Cell[][] = Array.from({ length: area.bottom - area.top + 1 }, () => Array<Cell>(area.right - area.left + 1).fill(null));
  for (const c of cells) codes[c.row - area.top]![c.col - area.left] = FLAG_CODES[c.tone];
  const tones = (Object.keys(FLAG_CODES) as Tone[]).filter((t) => cells.some((c) => c.tone === t));
  return { sheet, area, codes, tones, count: cells.length };
}
