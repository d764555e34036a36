/**
 * The official documents as a use case: the output sheets of a ranked result with
 * `Danh sách đề nghị khen thưởng` added after them (documents.md §1), for the CLI's result workbook
 * (`thidua score --documents`) and the pane (*Ghi thêm Danh sách đề nghị khen thưởng*) alike. The
 * vote's minutes come with the vote's sheets; `--pdf` prints both (documentSheets).
 */
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { officialListSheet } from '../workbook/documents';
import type { OutputSheet } from '../workbook/output';

/** The sheets to write: the given ones, then the official documents (none when the result is not ranked). */
export function withDocuments(result: ClusterResult, lang: Lang, sheets: readonly OutputSheet[]): OutputSheet[] {
  return result.ok ? [...sheets, officialListSheet(result, lang)] : [...sheets];
}
