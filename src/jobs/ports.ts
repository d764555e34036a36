/**
 * The small ports a job runs over; each host implements them (the Office.js host over Excel, the
 * command line over an .xlsx package, the custom functions over their ranges, the tests over the
 * fake Excel). A job asks for the book once, writes sheet documents, paints flags and reports its
 * progress; it never knows which host it talks to.
 */
import type { WorkbookGrid } from '../workbook/grid';
import type { OutputSheet } from '../workbook/output';
import type { ExistingSheet } from '../workbook/placement';

/** The book as a host hands it to a job: read once, then only looked at. */
export interface SourceBook {
  /** The input sheets (the add-in's own output sheets left out, or named in `ignore`). */
  grid: WorkbookGrid;
  /** Every sheet of the book before writing, with the add-in's markers (for placing the outputs). */
  existing: readonly ExistingSheet[];
  /** Sheets of `grid` to leave out of reading (own output sheets a host could not leave out itself). */
  ignore?: ReadonlySet<string>;
}

/** Gives the book, once per job run. */
export interface BookSource {
  read(): Promise<SourceBook>;
}

/** Writes sheet documents (cells, styles, widths, page setup, charts) into the book. */
export interface SheetSink<Report> {
  write(sheets: readonly OutputSheet[]): Promise<Report>;
}

/** The steps of a run as the pane shows them. */
export type Step = 'read' | 'score' | 'write' | 'flag' | 'done';

/** Told each step as it begins; a failing callback never stops a run. */
export type Progress = (step: Step) => void;

/** Calls `progress`, swallowing what it throws. */
export function tell(progress: Progress | undefined, step: Step): void {
  try {
    progress?.(step);
  } catch {
    // A failing progress callback must not abort the run.
  }
}
