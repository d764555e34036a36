/**
 * exceljs as a SheetSink (src/jobs/ports.ts): the workbook a PackageSource opened, rewritten whole
 * with the sheet documents; with `history`, this run is also appended to `Lịch sử` (`--save-history`:
 * the surgical writer only adds sheets). The fallback of `PackageSink` (hosts/xlsx/sink.ts) for a
 * package the surgical writer will not edit.
 */
import type { SheetSink } from '../../jobs/ports';
import type { HistoryAppend } from '../../jobs/save-history';
import type { OutputSheet } from '../../workbook/output';
import type { FileWritten } from '../xlsx/sink';
import { appendHistory } from './history';
import type { PackageSource } from './source';
import { toBuffer, writeOutputs } from './write';

export interface WorkbookSinkOptions {
  /** Also append this run to `Lịch sử`. */
  history?: HistoryAppend;
  /** Say, for each sheet with a chart, that the chart was not written (exceljs draws none). */
  chartNotes?: boolean;
}

export class WorkbookSink implements SheetSink<FileWritten> {
  constructor(
    private readonly source: PackageSource,
    private readonly options: WorkbookSinkOptions = {},
  ) {}

  async write(sheets: readonly OutputSheet[]): Promise<FileWritten> {
    const workbook = await this.source.workbook();
    const notes = writeOutputs(workbook, sheets);
    if (this.options.chartNotes)
      for (const s of sheets) if (s.chart) notes.push({ severity: 'warning', sheet: s.name, cell: 'A1', code: s.chart.kind === 'line' ? 'ranksChartNotWritten' : 'chartNotWritten', params: { sheet: s.name } });
    if (this.options.history) appendHistory(workbook, this.options.history);
    return { bytes: await toBuffer(workbook), notes, surgical: false };
  }
}
