/**
 * THIDUA.RESULTS's `Số liệu` range as the sheet the workbook reader takes: Excel's 2-D array as it
 * came, which the reader reads straight into the figures' columns (src/workbook/read-range.ts, a
 * `RangeSheet`: no grid rows, no row objects, no converted copy); its rows as a grid are made only
 * if something asks for them. test/functions/columns-in.test.ts compares it with the sheet reader.
 */
import type { Cell } from '../workbook/grid';
import { toCell, toRows } from './args';

/**
 * The `Số liệu` range as the sheet the workbook reader takes: it reads itself into columns
 * (readDataRange); its rows as a grid are made only if something asks for them.
 */
export class DataRangeSheet {
  private converted: Cell[][] | undefined;

  /** The range as Excel passed it, and how its values become cells (workbook/read-columns.ts `RangeSheet`). */
  readonly range: { values: unknown; toCell: (v: unknown) => Cell };

  constructor(
    readonly name: string,
    values: unknown,
  ) {
    this.range = { values, toCell };
  }

  get rows(): Cell[][] {
    return (this.converted ??= toRows(this.range.values));
  }
}
