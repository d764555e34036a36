/**
 * A returned submission form (any .xlsx) as consolidation reads it — its grid, workbook-level
 * defined names and save time — through the package reader (read-book.ts), for the command line.
 */
import type { SubmittedForm } from '../../workbook/consolidate';
import { inflateRawNode } from './inflate-node';
import { readBook } from './read-book';

/** The save time as an ISO instant (`2024-05-01T10:00:00.000Z`), as the exceljs reader gave it; null when none or not a date. */
function instant(text: string | null): string | null {
  if (text === null) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export async function readSubmittedForm(file: string, bytes: Uint8Array): Promise<SubmittedForm> {
  try {
    const book = await readBook(bytes, file, inflateRawNode);
    return { file, grid: book.grid, names: book.names, modified: instant(book.modified) };
  } catch {
    return { file, grid: null, names: new Map(), modified: null };
  }
}
