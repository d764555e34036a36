/**
 * The command line's SheetSinks (src/jobs/ports.ts) over the input package a PackageSource opened:
 * they make the bytes of the result workbook; the command writes them to disk (atomically, with the
 * JSON) itself.
 *
 * - `PackageSink`: the surgical writer (hosts/xlsx/sink.ts) adds the sheets to the input package;
 *   for a package it will not edit (strict OOXML that cannot be mapped, a missing part), the
 *   workbook the source opened is rewritten whole by exceljs — which cannot draw charts, so a sheet
 *   goes without its chart and the notes say so.
 * - `WorkbookSink`: exceljs alone, the workbook rewritten whole; with `history`, this run is also
 *   appended to `Lịch sử` (`--save-history`: the surgical writer only adds sheets).
 */
import type { Diagnostic } from '../../engine/diagnostics';
import type { SheetSink } from '../../jobs/ports';
import type { HistoryAppend } from '../../jobs/save-history';
import type { OutputSheet } from '../../workbook/output';
import { SurgicalSink } from '../xlsx/sink';
import { appendHistory } from './history';
import type { PackageSource } from './source';
import { toBuffer, writeOutputs } from './write';

/** The result workbook's bytes, the notes of the writing, and whether the input's parts were kept byte for byte. */
export interface FileWritten {
  bytes: Uint8Array;
  notes: Diagnostic[];
  surgical: boolean;
}

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

export class PackageSink implements SheetSink<FileWritten> {
  constructor(private readonly source: PackageSource) {}

  async write(sheets: readonly OutputSheet[]): Promise<FileWritten> {
    const written = await new SurgicalSink(this.source.bytes).write(sheets);
    if (written.ok) return { bytes: written.bytes, notes: written.notes, surgical: true };
    return new WorkbookSink(this.source, { chartNotes: true }).write(sheets);
  }
}
