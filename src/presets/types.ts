import type { Lang } from '../engine/model';
import type { Cell } from '../workbook/grid';

/** A ready workbook's content, row by row in the column order of workbook-format.md. */
export interface PresetData {
  name: string;
  title: Record<Lang, string>;
  /** Where the figures come from: shown to users in the workbook and by `thidua presets`. */
  source: Record<Lang, string>;
  criteria: Cell[][];
  data: Cell[][];
  units: Cell[][];
  awards: Cell[][];
  settings: Cell[][];
  /** `Lịch sử` rows (cycle.md §2), an example; absent: no such sheet. */
  history?: Cell[][];
  /** Said on the `Giới thiệu` sheet: what each award condition stands for (cycle.md §3). */
  notes?: Record<Lang, string[]>;
}
