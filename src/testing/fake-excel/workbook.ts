/**
 * An in-memory Excel workbook behind a fake of the Excel JavaScript API subset the Office.js host
 * uses: `book.run` is shaped like `Excel.run`. Built from a `WorkbookGrid`, exportable back to one,
 * with what tests need to look inside: formulas, formats, conditional formats, names, and the
 * counts of syncs and the bytes of every request and response.
 */
import type { Cell, WorkbookGrid } from '../../workbook/grid';
import { areaText, parseAddress } from './address';
import { formatOf, sheetsFromGrid, sheetSnapshot } from './book';
import { FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { BookState, Fault, MemoryChange, MemoryFormat, MemoryName, MemorySheet, MemoryStats } from './types';



export class MemoryWorkbook implements BookState {
  name: string;
  sheets: MemorySheet[];
  names: MemoryName[] = [];
  active: string | null;
  selection: { sheet: string; address: string } | null = null;
  /** Milliseconds each `context.sync()` waits, as a round trip to Excel would (0: none). */
  syncDelayMs = 0;
  /** Each request applied in a task of its own and measured as `fake-excel:apply` (the preview: Excel's work apart from the pane's). */
  applyApart = false;
  /** Whether WorksheetCollection.onChanged exists (false: an Excel before ExcelApi 1.9, where the pane re-reads). */
  changeEvents = true;
  /** Excel on the web refuses requests and responses over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  stats: MemoryStats = MemoryWorkbook.emptyStats();
  private faults: Fault[] = [];
  private ids = 1000;

  constructor(grid: WorkbookGrid = { sheets: [] }) {
    this.name = grid.name ?? 'Book1.xlsx';
    this.sheets = sheetsFromGrid(grid);
    this.active = this.sheets[0]?.name ?? null;
  }

  private static emptyStats(): MemoryStats {
    return { syncs: 0, requestBytes: [], requestOps: [], responseBytes: [], calculationSuspensions: 0 };
  }

  static fromGrid(grid: WorkbookGrid): MemoryWorkbook {
    return new MemoryWorkbook(grid);
  }

  /** Like `Excel.run`: a fresh context per run; what is still queued at the end is synced. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    // The one cast: the fake implements, with the same names and behaviour, only the subset of
    // Excel.RequestContext the hosts use; TypeScript cannot see that subset as the whole type.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  private readonly changeListeners = new Set<(change: MemoryChange) => void>();

  /** Listens to cell values written (WorksheetCollection.onChanged); returns the removal. */
  addChangeListener(listener: (change: MemoryChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  /** Tells the listeners that values of `sheet` were written, after the request (as Excel raises events). */
  _changed(sheet: MemorySheet, address: string): void {
    if (this.changeListeners.size === 0) return;
    const change: MemoryChange = { worksheetId: String(sheet.id), address, type: 'WorksheetChanged', source: 'Local' };
    setTimeout(() => {
      for (const l of [...this.changeListeners]) l(change);
    }, 0);
  }

  /** Makes the n-th sync from now fail, after applying `afterOps` of its operations. */
  failOnSync(n: number, options: { afterOps?: number; code?: string; message?: string; location?: string } = {}): void {
    this.faults.push({
      at: this.stats.syncs + n,
      afterOps: options.afterOps ?? 0,
      code: options.code ?? 'ConnectionFailure',
      message: options.message ?? 'The connection to Excel was lost.',
      ...(options.location ? { location: options.location } : {}),
    });
  }

  _faultAt(index: number): Fault | null {
    const i = this.faults.findIndex((f) => f.at === index);
    return i < 0 ? null : this.faults.splice(i, 1)[0]!;
  }

  _nextId(): number {
    return ++this.ids;
  }

  resetStats(): void {
    this.stats = MemoryWorkbook.emptyStats();
    this.faults = [];
  }

  get largestRequest(): number {
    return Math.max(0, ...this.stats.requestBytes);
  }

  get largestResponse(): number {
    return Math.max(0, ...this.stats.responseBytes);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private cell(sheet: string, address: string): { s: MemorySheet; r: number; c: number } {
    const s = this.sheet(sheet);
    const a = parseAddress(address);
    if (!s || !a) throw new FakeOfficeError('ItemNotFound', `${sheet}!${address} does not exist.`);
    return { s, r: a.top, c: a.left };
  }

  valueAt(sheet: string, address: string): Cell {
    const { s, r, c } = this.cell(sheet, address);
    return s.rows[r]?.[c] ?? null;
  }

  /** The formula of a cell, or null when it holds a plain value. */
  formulaAt(sheet: string, address: string): string | null {
    const { s, r, c } = this.cell(sheet, address);
    return s.formulas.get(`${r}:${c}`) ?? null;
  }

  formatAt(sheet: string, address: string): MemoryFormat {
    const { s, r, c } = this.cell(sheet, address);
    return formatOf(s, r, c);
  }

  /** Everything about a sheet, JSON-able, to compare before and after a run. */
  snapshot(sheet: string): unknown {
    const s = this.sheet(sheet);
    if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet ${sheet}.`);
    return sheetSnapshot(s);
  }

  /** Back to a plain grid (values; a formula cell gives its formula text). */
  toGrid(options: { hidden?: boolean } = {}): WorkbookGrid {
    return {
      name: this.name,
      sheets: this.sheets
        .filter((s) => options.hidden || s.visibility === 'Visible')
        .map((s) => ({ name: s.name, rows: Array.from(s.rows, (r) => (r ? [...r] : [])), originRow: 0, originCol: 0, merges: s.merges.map(areaText) })),
    };
  }
}
