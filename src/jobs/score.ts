/**
 * The score use case (Chấm điểm; `thidua score`; THIDUA.RESULTS): the book read once and scored
 * once — grid → read → model → score → rank → nominate (→ vote) — and the sheet documents to write:
 * `Kết quả`, `Chi tiết điểm`, `Đề nghị khen thưởng`, the Warnings sheet and, when asked, the formula
 * audit. Hosts give the book and write what comes back; none of them reads or scores by itself.
 */
import type { Lang } from '../engine/model';
import type { OutputSheet } from '../workbook/output';
import { scoreGrid } from '../workbook/pipeline';
import { withAudit } from './audit';
import { withDocuments } from './documents';
import type { CheckRun } from './check';
import { tell, type BookSource, type Progress, type SheetSink, type SourceBook } from './ports';

export interface ScoreOptions {
  lang: Lang;
  /** Also the formula audit (`Công thức kiểm tra`) after the output sheets. */
  audit?: boolean;
  /** Also the official list (`Danh sách đề nghị khen thưởng`) after them (jobs/documents.ts). */
  documents?: boolean;
}

export interface ScoreRun extends CheckRun {
  /** The sheets to write, in order; empty while the book has errors. */
  readonly sheets: readonly OutputSheet[];
}

/** Scores a book already in hand; the sheets are built on first use (a caller that only wants the result pays nothing for them). */
export function scoreBook(book: SourceBook, options: ScoreOptions): ScoreRun {
  const scored = scoreGrid(book.grid, options.lang, book.ignore ? { ignore: book.ignore } : {});
  const { result, summary } = scored;
  let sheets: OutputSheet[] | undefined;
  return {
    result,
    summary,
    get sheets(): OutputSheet[] {
      if (sheets === undefined) {
        const audited = options.audit ? withAudit({ result, grid: book.grid, lang: options.lang, sheets: scored.sheets, existing: book.existing }) : [...scored.sheets];
        sheets = options.documents ? withDocuments(result, options.lang, audited) : audited;
      }
      return sheets;
    },
  };
}

/**
 * Writes a scored run's sheets through a host's sink, when the book has no error: the one way a
 * surface writes them (the CLI's package sink, the Office.js sink). The sink's report, or null when
 * nothing was written.
 */
export async function writeScored<R>(run: ScoreRun, sink: SheetSink<R>, progress?: Progress): Promise<R | null> {
  if (!run.result.ok) return null;
  tell(progress, 'write');
  return sink.write(run.sheets);
}

/**
 * The whole run over the ports: the book read once, scored once, the sheets written when the book
 * has no error. `written` is the sink's report (null when nothing was written).
 */
export async function score<R>(source: BookSource, sink: SheetSink<R>, options: ScoreOptions, progress?: Progress): Promise<ScoreRun & { book: SourceBook; written: R | null }> {
  tell(progress, 'read');
  const book = await source.read();
  tell(progress, 'score');
  const run = scoreBook(book, options);
  const written = await writeScored(run, sink, progress);
  return { result: run.result, summary: run.summary, sheets: run.sheets, book, written };
}
