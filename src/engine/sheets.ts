/** The input sheets' names and the fallback location of a diagnostic (shared by validation and scoring). */
import type { CellRef } from './model';

export const SHEET = {
  criteria: 'Tiêu chí',
  data: 'Số liệu',
  units: 'Đơn vị',
  awards: 'Khen thưởng',
  settings: 'Cài đặt',
} as const;

/** A location, or the first cell of the sheet it is about when the model has none. */
export function where(at: CellRef | undefined, sheet: string): CellRef {
  return at ?? { sheet, cell: 'A1' };
}

