/**
 * The check use case (Kiểm tra; the pane's inspect): the book read, validated and scored, without
 * the output sheets — so the pane's first load carries no output builder. Every surface that only
 * needs the diagnostics or the summary calls this, never the reader.
 */
import type { ClusterResult } from '../engine/result';
import { checkGrid } from '../workbook/check';
import type { WorkbookSummary } from '../workbook/read';
import type { BookSource, SourceBook } from './ports';

export type { WorkbookSummary };

export interface CheckRun {
  result: ClusterResult;
  summary: WorkbookSummary;
}

/** Reads and checks a book already in hand. */
export function checkBook(book: SourceBook): CheckRun {
  return checkGrid(book.grid, book.ignore ? { ignore: book.ignore } : {});
}

/** The cluster's result alone (the custom functions, Lưu vào lịch sử): scored, ranked, nominated; no sheet is built. */
export function scoreResult(book: SourceBook): ClusterResult {
  return checkBook(book).result;
}

/** Reads the book once from its source and checks it. */
export async function check(source: BookSource): Promise<CheckRun & { book: SourceBook }> {
  const book = await source.read();
  return { ...checkBook(book), book };
}
