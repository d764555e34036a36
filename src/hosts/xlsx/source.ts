/**
 * The command line's BookSource: an .xlsx package opened once by the package reader (read-book.ts:
 * unzipped within the limits, checked, parsed without exceljs) and kept, so that every later use of
 * the same input — the grid to score, the sheets to place outputs beside, and the whole workbook a
 * writer rewrites (the exceljs fallback for a package the surgical writer will not edit,
 * `--save-history`) — comes from the one opening. exceljs is loaded only for that rewrite (never at
 * start, never for reading), from the package's entries inflated again (not kept through the run).
 */
import type ExcelJS from 'exceljs';
import type { BookSource, SourceBook } from '../../jobs/ports';
import { LIMITS, unzipBounded, type InflateRaw } from './open';
import { inflateRawNode } from './inflate-node';
import { readBook, type PackageBook } from './read-book';

/** Opens a package (readBook by default; tests count the openings through it). */
export type Opener = (bytes: Uint8Array, name?: string, inflateRaw?: InflateRaw) => Promise<PackageBook>;

export class PackageSource implements BookSource {
  /** What is kept of the opening: the grid and the sheets (not the inflated entries, which are dropped). */
  private opened: Promise<Pick<PackageBook, 'grid' | 'sheets' | 'markers'>> | null = null;

  constructor(
    readonly bytes: Uint8Array,
    private readonly name?: string,
    private readonly open: Opener = readBook,
  ) {}

  /** The package as read (once). Throws a PackageError for a package it cannot read. */
  book(): Promise<Pick<PackageBook, 'grid' | 'sheets' | 'markers'>> {
    return (this.opened ??= this.open(this.bytes, this.name, inflateRawNode).then(({ grid, sheets, markers }) => ({ grid, sheets, markers })));
  }

  /** The input sheets and the sheets the workbook has (with the add-in's markers). Throws a PackageError for a package it cannot read. */
  async read(): Promise<SourceBook> {
    const { grid, sheets } = await this.book();
    return { grid, existing: sheets.map((s) => ({ name: s.name, marker: s.marker })) };
  }

  /** The opened package as an exceljs workbook, for a writer that rewrites it whole (only once: it is written into). */
  async workbook(): Promise<ExcelJS.Workbook> {
    // Read (and so checked) first; the entries are inflated again rather than kept through the run.
    await this.book();
    const files = await unzipBounded(this.bytes, LIMITS, inflateRawNode);
    const { workbookOfFiles } = await import('../exceljs/read');
    return workbookOfFiles(files);
  }
}
