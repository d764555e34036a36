/**
 * The command line's SheetSinks (src/jobs/ports.ts) over an input package: they make the bytes of
 * the result workbook; the command writes them to disk (atomically, with the JSON) itself.
 *
 * - `SurgicalSink`: the input package with the sheet documents added, every other part kept byte
 *   for byte; or why it will not edit this package (`reason`).
 * - `PackageSink`: the surgical sink, falling back for a package it will not edit (strict OOXML that
 *   cannot be mapped, a missing part) on exceljs rewriting the workbook the source opened
 *   (hosts/exceljs/sink.ts, loaded only then) — which draws no charts, so the notes say so.
 */
import type { Diagnostic } from '../../engine/diagnostics';
import type { SheetSink } from '../../jobs/ports';
import type { OutputSheet } from '../../workbook/output';
import type { PackageSource } from '../exceljs/source';
import { addOutputSheets, type Written } from './write';

/** The result workbook's bytes, the notes of the writing, and whether the input's parts were kept byte for byte. */
export interface FileWritten {
  bytes: Uint8Array;
  notes: Diagnostic[];
  surgical: boolean;
}

export class SurgicalSink implements SheetSink<Written> {
  constructor(private readonly input: Uint8Array) {}

  write(sheets: readonly OutputSheet[]): Promise<Written> {
    return addOutputSheets(this.input, sheets);
  }
}

export class PackageSink implements SheetSink<FileWritten> {
  constructor(private readonly source: PackageSource) {}

  async write(sheets: readonly OutputSheet[]): Promise<FileWritten> {
    const written = await new SurgicalSink(this.source.bytes).write(sheets);
    if (written.ok) return { bytes: written.bytes, notes: written.notes, surgical: true };
    const { WorkbookSink } = await import('../exceljs/sink');
    return new WorkbookSink(this.source, { chartNotes: true }).write(sheets);
  }
}
