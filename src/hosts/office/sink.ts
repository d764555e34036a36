/**
 * The Office.js host's SheetSink (src/jobs/ports.ts): writes a job's sheet documents into the open
 * workbook — where each goes beside the user's sheets (placement), every operation that writes it
 * packed into as few syncs as the other writers allow (chunks.ts), the page layouts last, optional
 * (a layout Excel refuses fails nothing, and costs no sync of its own: write.ts `printOps`).
 * Operations a host runs alongside (the flags of a score run) go in the same batches,
 * so the sink adds no sync of its own. What it begins to add is known before the first operation
 * runs (`created`), for the host to take back if the run fails half-way.
 */
import type { ScoreStep } from '../../app/api';
import type { Diagnostic } from '../../engine/diagnostics';
import type { SheetSink } from '../../jobs/ports';
import type { OutputKind, OutputSheet } from '../../workbook/output';
import { execute } from './chunks';
import type { BookState } from './read';
import { Handles, planOutputs, type Op, type OutputPlan } from './write';

/** A sheet a run adds to the book (taken back when the run fails). */
export interface AddedSheet {
  name: string;
  /** The output kind whose marker points to it (null: none). */
  kind: OutputKind | null;
  /** The flag helper: very hidden, so it is made hidden first (Excel cannot delete it otherwise). */
  helper?: boolean;
}

/** What the Office sink reports: the names written, in order, and the notes of their placement. */
export interface OfficeWritten {
  written: string[];
  notes: Diagnostic[];
}

export interface OfficeSinkOptions {
  /** Operations of the host run in the same batches, after the sheets' (the score run's flags), and the sheets they add. */
  alongside?: { ops: readonly Op[]; adds: readonly AddedSheet[] };
  /** Told the steps the operations carry (the flags' step). */
  progress?: (step: ScoreStep) => void;
  /** Whether to set the page layouts after the sheets (last in the same requests; default true). */
  print?: boolean;
  /** How the writing is planned (default `planOutputs`; a host may plan in slices, breathing between them). */
  plan?: (book: BookState, sheets: readonly OutputSheet[]) => OutputPlan | Promise<OutputPlan>;
}

export class OfficeSheetSink implements SheetSink<OfficeWritten> {
  /** The sheets this sink has begun to add (with the host's alongside), set before the first operation runs. */
  created: AddedSheet[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly book: BookState,
    private readonly options: OfficeSinkOptions = {},
  ) {}

  async write(sheets: readonly OutputSheet[]): Promise<OfficeWritten> {
    const plan = await (this.options.plan ?? planOutputs)(this.book, sheets);
    const alongside = this.options.alongside;
    this.created = [...plan.created, ...(alongside?.adds ?? [])];
    const handles = new Handles(this.context);
    // The page layouts after everything else: optional operations come last (chunks.ts `execute`).
    const print = this.options.print !== false ? plan.print : [];
    await execute(this.context, handles, [...plan.ops, ...(alongside?.ops ?? []), ...print], this.options.progress);
    return { written: plan.placements.map((p) => p.name), notes: plan.notes };
  }
}
