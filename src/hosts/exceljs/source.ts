/**
 * The command line's BookSource: an .xlsx package opened once (unzipped within the limits, checked,
 * normalised and parsed by exceljs: loadXlsx) and kept, so that every later use of the same input —
 * the grid to score, the sheets to place outputs beside, and the whole workbook the exceljs writers
 * rewrite (the fallback for a package the surgical writer will not edit, `--save-history`) — is the
 * one opening. (The surgical writer copies the input's parts byte for byte from its bytes.)
 */
import type ExcelJS from 'exceljs';
import type { BookSource, SourceBook } from '../../jobs/ports';
import type { InflateRaw } from '../xlsx/open';
import { inflateRawNode } from '../xlsx/inflate-node';
import { loadXlsx, type LoadedWorkbook } from './read';

/** Opens a package (loadXlsx by default; tests count the openings through it). */
export type Opener = (bytes: Uint8Array, name?: string, inflateRaw?: InflateRaw) => Promise<LoadedWorkbook>;

export class PackageSource implements BookSource {
  private opened: Promise<LoadedWorkbook> | null = null;

  constructor(
    readonly bytes: Uint8Array,
    private readonly name?: string,
    private readonly open: Opener = loadXlsx,
  ) {}

  private load(): Promise<LoadedWorkbook> {
    return (this.opened ??= this.open(this.bytes, this.name, inflateRawNode));
  }

  /** The input sheets and the sheets the workbook has (with the add-in's markers). Throws a PackageError for a package it cannot read. */
  async read(): Promise<SourceBook> {
    const { grid, workbook, markers } = await this.load();
    return { grid, existing: workbook.worksheets.map((ws) => ({ name: ws.name, marker: markers.get(ws.name) ?? null })) };
  }

  /** The opened workbook, for a writer that rewrites it whole (only once: it is written into). */
  async workbook(): Promise<ExcelJS.Workbook> {
    return (await this.load()).workbook;
  }
}
