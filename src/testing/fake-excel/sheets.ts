/**
 * Fake workbook, worksheet collection, worksheet and freeze panes (the subset the hosts use).
 */
import type { Area } from '../../workbook/grid';
import { MAX_COLS, MAX_ROWS, parseAddress, quoteSheet, WHOLE_SHEET } from './address';
import { newSheet, usedArea } from './book';
import { FakeChartCollection } from './charts';
import { FakeOfficeError } from './errors';
import { FakeNamedItemCollection } from './names';
import { FakePageLayout, printOf } from './print';
import { FakeCollection, FakeObject } from './proxy';
import { FakeRange } from './range';
import type { BookState, ContextLike, MemoryChange, MemorySheet, Visibility } from './types';

const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The ways a formula may refer to a sheet: `'Name'!` and, for plain names, `Name!`. */
const refForms = (name: string): string[] => [...new Set([`'${name.replace(/'/g, "''")}'!`, `${quoteSheet(name)}!`])];

export function findSheet(book: BookState, key: string): MemorySheet | null {
  return book.sheets.find((s) => sameName(s.name, key) || String(s.id) === key) ?? null;
}

function checkName(book: BookState, name: string, except?: MemorySheet): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new FakeOfficeError('InvalidArgument', `“${name}” is not a valid sheet name.`);
  if (book.sheets.some((s) => s !== except && sameName(s.name, name)))
    throw new FakeOfficeError('ItemAlreadyExists', `A sheet named “${name}” already exists.`);
}

export class FakeWorkbookObject extends FakeObject<BookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: ContextLike) {
    super(context, 'workbook', () => context.book);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }

  override _getters(): Record<string, (t: BookState) => unknown> {
    return { name: (t) => t.name };
  }

  get name(): string {
    return this._get('name');
  }

  get application(): ContextLike['application'] {
    return this.context.application;
  }
}

export class FakeWorksheetCollection extends FakeCollection<MemorySheet, FakeWorksheet> {
  constructor(context: ContextLike) {
    super(context, 'worksheets', () => context.book.sheets);
  }

  protected override _item(target: MemorySheet): FakeWorksheet {
    const book = this.context.book;
    return new FakeWorksheet(this.context, `worksheets[${target.name}]`, () => (book.sheets.includes(target) ? target : null));
  }

  add(name: string): FakeWorksheet {
    const book = this.context.book;
    let created: MemorySheet | null = null;
    this._call('add', name, (sheets) => {
      checkName(book, name);
      created = newSheet(book._nextId(), name);
      sheets.push(created);
    });
    return new FakeWorksheet(this.context, `worksheets.add(${name})`, () => (created && book.sheets.includes(created) ? created : null));
  }

  getItem(key: string): FakeWorksheet {
    const book = this.context.book;
    return new FakeWorksheet(this.context, `worksheets[${key}]`, () => findSheet(book, key));
  }

  /**
   * WorksheetCollection.onChanged (ExcelApi 1.9): handlers hear every write of cell values, with
   * the sheet's id and the address, once the request is over. `remove()` then `context.sync()`, as in Office.js.
   */
  get onChanged(): { add(handler: (e: MemoryChange) => Promise<unknown>): { remove(): void; context: { sync(): Promise<void> } } } | undefined {
    const book = this.context.book;
    // An Excel without ExcelApi 1.9 has no such member.
    if (!book.changeEvents) return undefined;
    return {
      add: (handler) => {
        const remove = book.addChangeListener((e) => void handler(e).catch(() => undefined));
        return { remove, context: { sync: async () => undefined } };
      },
    };
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const book = this.context.book;
    return new FakeWorksheet(this.context, `worksheets[${key}]?`, () => findSheet(book, key), true);
  }
}

export class FakeWorksheet extends FakeObject<MemorySheet> {
  override _getters(): Record<string, (t: MemorySheet) => unknown> {
    const book = this.context.book;
    return { name: (t) => t.name, id: (t) => String(t.id), visibility: (t) => t.visibility, position: (t) => book.sheets.indexOf(t) };
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    const book = this.context.book;
    this._set('name', value, (t) => {
      checkName(book, value, t);
      // References follow a renamed sheet, as in Excel.
      const rename = (f: string): string => refForms(t.name).reduce((out, from) => out.split(from).join(`${quoteSheet(value)}!`), f);
      for (const n of book.names) n.formula = rename(n.formula);
      for (const s of book.sheets) for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = rename(cf.formula);
      t.name = value;
    });
  }
  get visibility(): Visibility {
    return this._get('visibility');
  }
  set visibility(value: Visibility) {
    const book = this.context.book;
    this._set('visibility', value, (t) => {
      if (value !== 'Visible' && !book.sheets.some((s) => s !== t && s.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      t.visibility = value;
    });
  }
  get position(): number {
    return this._get('position');
  }

  /** A range by A1 address; the whole sheet without one. */
  getRange(address?: string): FakeRange {
    const area = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new FakeRange(this.context, `${this._path}.range(${address ?? ''})`, () => {
      if (!area) throw new FakeOfficeError('InvalidArgument', `“${address}” is not a valid range address.`);
      return { sheet: this._strict(), area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const area: Area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    const ok = rowCount > 0 && columnCount > 0 && startRow >= 0 && startColumn >= 0 && area.bottom < MAX_ROWS && area.right < MAX_COLS;
    return new FakeRange(this.context, `${this._path}.range[${startRow},${startColumn},${rowCount},${columnCount}]`, () => {
      if (!ok) throw new FakeOfficeError('InvalidArgument', 'The range is outside the sheet.');
      return { sheet: this._strict(), area };
    });
  }

  /** The used range of values (the fake keeps no formats-only cells apart, so both modes agree). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.usedRange(${valuesOnly ? 'values' : ''})?`,
      () => {
        const sheet = this._target();
        const area = sheet ? usedArea(sheet) : null;
        return sheet && area ? { sheet, area } : null;
      },
      true,
    );
  }

  get pageLayout(): FakePageLayout {
    return this._child('pageLayout', () => new FakePageLayout(this.context, `${this._path}.pageLayout`, () => this._target()));
  }

  set showGridlines(on: boolean) {
    this._set('showGridlines', on, (t) => void (printOf(t).gridlines = on));
  }

  get charts(): FakeChartCollection {
    return this._child('charts', () => new FakeChartCollection(this.context, `${this._path}.charts`, () => this._target()));
  }

  get freezePanes(): FakeFreezePanes {
    return this._child('freeze', () => new FakeFreezePanes(this.context, `${this._path}.freezePanes`, () => this._target()));
  }

  activate(): void {
    const book = this.context.book;
    this._call('activate', null, (t) => {
      if (t.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      book.active = t.name;
    });
  }

  delete(): void {
    const book = this.context.book;
    this._call('delete', null, (t) => {
      if (t.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden sheet cannot be deleted; make it hidden or visible first.');
      if (t.visibility === 'Visible' && !book.sheets.some((s) => s !== t && s.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted.');
      book.sheets.splice(book.sheets.indexOf(t), 1);
      const forms = refForms(t.name);
      const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const refs = new RegExp(`(${forms.map(escape).join('|')})\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, 'g');
      for (const n of book.names) if (forms.some((f) => n.formula.includes(f))) n.formula = '=#REF!';
      for (const s of book.sheets) for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = cf.formula.replace(refs, '#REF!');
      if (book.active !== null && sameName(book.active, t.name)) book.active = book.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
    });
  }
}

export class FakeFreezePanes extends FakeObject<MemorySheet> {
  override _getters(): Record<string, (t: MemorySheet) => unknown> {
    return {};
  }

  freezeAt(frozenRange: FakeRange | string): void {
    const path = typeof frozenRange === 'string' ? frozenRange : frozenRange._path;
    this._call('freezeAt', path, (t) => {
      const area = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange._strict().area;
      if (!area || area.top !== 0 || area.left !== 0) throw new FakeOfficeError('InvalidArgument', 'Freeze panes start at A1.');
      t.freeze = { rows: area.bottom + 1, cols: area.right + 1 };
    });
  }

  freezeRows(count = 1): void {
    this._call('freezeRows', count, (t) => void (t.freeze = { rows: count, cols: 0 }));
  }

  freezeColumns(count = 1): void {
    this._call('freezeColumns', count, (t) => void (t.freeze = { rows: 0, cols: count }));
  }

  unfreeze(): void {
    this._call('unfreeze', null, (t) => void (t.freeze = { rows: 0, cols: 0 }));
  }
}
