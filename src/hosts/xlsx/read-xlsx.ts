/**
 * The .xlsx reader for files the user picks in the task pane (which does not bundle exceljs): the
 * package reader the command line uses (read-book.ts: one reader), giving the plain grid (the
 * add-in's own sheets left out), the workbook-level defined names and the time the file was last
 * saved. Loaded on demand (dynamic import), never on the pane's first load.
 */
import type { WorkbookGrid } from '../../workbook/grid';
import { readBook } from './read-book';

export interface ReadXlsx {
  grid: WorkbookGrid;
  /** Workbook-level defined names: name → what it refers to. */
  names: Map<string, string>;
  /** `dcterms:modified` (or `created`), ISO text; null when absent. */
  modified: string | null;
}

export async function readXlsx(bytes: Uint8Array, name?: string): Promise<ReadXlsx> {
  const book = await readBook(bytes, name);
  return { grid: book.grid, names: book.names, modified: book.modified };
}
