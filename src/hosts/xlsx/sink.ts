/**
 * The surgical writer as a SheetSink (src/jobs/ports.ts): the input package with the sheet documents
 * added, every other part kept byte for byte; or why it will not edit this package (`reason`), for
 * the caller to fall back on a writer that rewrites the workbook whole (hosts/exceljs/sink.ts).
 */
import type { SheetSink } from '../../jobs/ports';
import type { OutputSheet } from '../../workbook/output';
import { addOutputSheets, type Written } from './write';

export class SurgicalSink implements SheetSink<Written> {
  constructor(private readonly input: Uint8Array) {}

  write(sheets: readonly OutputSheet[]): Promise<Written> {
    return addOutputSheets(this.input, sheets);
  }
}
