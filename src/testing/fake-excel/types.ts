/**
 * The types every part of the fake Excel shares: the workbook's state (sheets, formats, names,
 * charts, print settings) and what a proxy needs of its context and of a range. They live here, with
 * no import from the other modules, so that the modules import this one and never each other in a
 * circle (test/build/layers.test.ts checks there is no import cycle).
 */
import type { Area, Cell } from '../../workbook/grid';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** The static formats the fake keeps (what the hosts set). */
export interface MemoryFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  underline?: string;
}

/** A format applied to an area; `null` is a reset (Range.clear of formats). */
export interface FormatLayer {
  area: Area;
  format: MemoryFormat | null;
}

export interface MemoryConditionalFormat {
  id: string;
  type: string;
  area: Area;
  /** Further areas the rule applies to (`$B$2:$B$10,$D$2:$D$10`, as users make them): Excel's getRange() then throws. */
  moreAreas?: Area[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface MemorySheet {
  id: number;
  name: string;
  visibility: Visibility;
  /** Values by 0-based row and column; a formula cell holds its formula text. */
  rows: (Cell[] | undefined)[];
  /** Formula cells, by `row:col`. */
  formulas: Map<string, string>;
  layers: FormatLayer[];
  /** Column widths in points, by 0-based column. */
  widths: Map<number, number>;
  conditionalFormats: MemoryConditionalFormat[];
  merges: Area[];
  freeze: { rows: number; cols: number };
  /** Page layout, borders, row heights, links and validations, once any is set (print.ts). */
  print?: MemoryPrint;
  /** Charts added with `sheet.charts.add` (charts.ts). */
  charts?: MemoryChart[];
}

export interface MemoryName {
  name: string;
  /** `='Kết quả'!$A$1`, or `=#REF!` once its sheet is gone. */
  formula: string;
  comment: string;
}

export interface MemoryChart {
  type: string;
  /** The source data's area on the sheet. */
  source: Area;
  seriesBy: string;
  name?: string;
  title?: string;
  /** The cells of the top-left and bottom-right corners (A1). */
  position?: { start: string; end?: string };
  reversePlotOrder?: boolean;
  /** The value axis' reversePlotOrder, minimum and majorUnit. */
  valueReversePlotOrder?: boolean;
  valueMinimum?: number;
  valueMajorUnit?: number;
}

export interface MemoryPrint {
  page: {
    orientation?: string;
    paperSize?: string;
    margins: Record<string, number>;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    printTitleRows?: string;
    /** PageLayout.headersFooters: the state and each group's texts, as set. */
    headersFooters?: { state?: string; defaultForAllPages: Record<string, string>; firstPage: Record<string, string> };
  };
  gridlines?: boolean;
  borders: { area: Area; side: string; style: string }[];
  heights: Map<number, number>;
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  validations: { area: Area; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
}

export interface RangeTarget {
  sheet: MemorySheet;
  area: Area;
}

export interface MemoryStats {
  /** `context.sync()` calls (one request each), the implicit final one of `run` included. */
  syncs: number;
  /** Bytes of each request, in order. */
  requestBytes: number[];
  /** What each request did: how many operations of each member (`load`, `values`, `add`, …). */
  requestOps: Record<string, number>[];
  /** Bytes of each response that came back (failed requests have none). */
  responseBytes: number[];
  calculationSuspensions: number;
}

export interface Fault {
  /** 1-based index of the sync (counting from the workbook's creation or the last resetStats). */
  at: number;
  /** How many of that request's operations are applied before it fails (default 0). */
  afterOps: number;
  code: string;
  message: string;
  /** The error's `debugInfo.errorLocation`, as Excel names the refused statement ("PageLayout.paperSize"). */
  location?: string;
}

export interface QueuedOp {
  path: string;
  member: string;
  args?: unknown;
  /** Runs the operation on the live workbook; returns what a load sends back. */
  apply: () => unknown;
  /** Hands a load's answer to its proxy (only when the whole request succeeded). */
  deliver?: (payload: unknown) => void;
  /** What of the answer to count as response bytes (default: the answer). */
  measure?: (payload: unknown) => unknown;
}

/** What the proxies use of the workbook (`MemoryWorkbook` implements it). */
/** What WorksheetCollection.onChanged hands its handlers (the part the hosts read). */
export interface MemoryChange {
  worksheetId: string;
  address: string;
  type: 'WorksheetChanged';
  source: 'Local';
}

export interface BookState {
  name: string;
  sheets: MemorySheet[];
  names: MemoryName[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
  payloadLimit: number;
  /** Milliseconds each `context.sync()` waits, as a round trip to Excel would (0: none). */
  syncDelayMs: number;
  /**
   * Whether each request is applied in a task of its own (after the pane's, even at no delay) and
   * measured as a User Timing measure `fake-excel:apply`: Excel's work, not the pane's (the preview).
   */
  applyApart: boolean;
  /** Whether WorksheetCollection.onChanged exists (ExcelApi 1.9). */
  changeEvents: boolean;
  stats: MemoryStats;
  _faultAt(index: number): Fault | null;
  _nextId(): number;
  /** Listens to cell values written (WorksheetCollection.onChanged); returns the removal. */
  addChangeListener(listener: (change: MemoryChange) => void): () => void;
  /** Tells the listeners that values of `sheet` were written, after the request. */
  _changed(sheet: MemorySheet, address: string): void;
}

/** What the proxies use of their context (`FakeContext` implements it). */
export interface ContextLike {
  readonly book: BookState;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  _queue(op: QueuedOp): void;
  _track(obj: { _settle(): void }): void;
  sync(): Promise<void>;
}

/** What charts, names and conditional formats use of a range proxy (`FakeRange` is one). */
export interface RangeRef {
  readonly _path: string;
  _target(): RangeTarget | null;
  _strict(): RangeTarget;
}

/** Makes a range proxy (handed to the modules that give ranges back but must not import range.ts). */
export type RangeMaker<R> = (path: string, resolve: () => RangeTarget | null, nullable?: boolean) => R;
