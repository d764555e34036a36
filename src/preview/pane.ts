/**
 * The simulated Office of the preview's task pane (pane.html). This bundle runs first and sets the
 * globals the production bundles expect from office.js — `Office` (onReady, context.displayLanguage),
 * `Excel` (run over an in-memory workbook, and the enums the Office.js host could use) and
 * `CustomFunctions` (associate, Error, ErrorCode) — then pane.html loads the production
 * functions.js and taskpane.js unchanged. office.js itself is never loaded.
 *
 * The workbook: the source the preview page gives (window.parent.thiduaPreview), or the Hải Phòng
 * preset when the pane is opened alone (pane.html?lang=en for English). `?excelApi=1.8` plays an
 * older Excel: no requirement set of ExcelApi above 1.8, and no WorksheetCollection.onChanged.
 */
import { MemoryWorkbook } from '../testing/fake-excel';
import { execute } from '../hosts/office/chunks';
import { formatOps, Handles } from '../hosts/office/write';
import { findPreset, presetSheets } from '../presets';
import type { WorkbookGrid } from '../workbook/grid';
import { bridgeOf, SAMPLE_PRESET, type PreviewSource } from './bridge';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const bridge = bridgeOf(window.parent !== window ? window.parent : null);
const query = new URLSearchParams(window.location.search);
const displayLanguage = bridge?.displayLanguage() ?? (query.get('lang') === 'en' ? 'en-US' : 'vi-VN');
/** The highest ExcelApi version this Excel plays (`?excelApi=1.8`), or null for every one. */
const excelApi = query.get('excelApi');
const minor = (version: string): number => Number(version.split('.')[1] ?? 0);
const isSetSupported = (set: string, version = '1.1'): boolean => excelApi === null || set !== 'ExcelApi' || minor(version) <= minor(excelApi);
const source: PreviewSource = bridge ? structuredClone(bridge.source()) : { kind: 'preset', preset: SAMPLE_PRESET, name: `${SAMPLE_PRESET}.xlsx` };

/** The in-memory workbook, with the preset's formats written as the Office.js host writes them. */
async function openBook(src: PreviewSource): Promise<MemoryWorkbook> {
  if (src.kind === 'grid') return MemoryWorkbook.fromGrid({ ...src.grid, name: src.name });
  const preset = findPreset(src.preset);
  if (!preset) throw new Error(`No preset ${src.preset}`);
  const sheets = presetSheets(preset, 'vi');
  const grid: WorkbookGrid = { name: src.name, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges ?? [] })) };
  const book = MemoryWorkbook.fromGrid(grid);
  await book.run(async (context) => {
    await execute(context, new Handles(context), sheets.flatMap((s) => formatOps(s.name, s)));
  });
  book.resetStats();
  return book;
}

const domReady = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

const bookReady: Promise<MemoryWorkbook> = openBook(source).then((book) => {
  book.changeEvents = isSetSupported('ExcelApi', '1.9');
  // Excel applies a request in its own process: here in a task of its own, measured apart
  // (`fake-excel:apply`), so the pane's own longest task can be told from Excel's work.
  book.applyApart = true;
  bridge?.attach(book);
  return book;
});

async function run<T>(batch: Batch<T>): Promise<T> {
  const book = await bookReady;
  try {
    return await book.run(batch);
  } finally {
    bridge?.changed();
  }
}

const hostInfo = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  onReady(callback?: (info: typeof hostInfo) => void): Promise<typeof hostInfo> {
    return Promise.all([domReady, bookReady]).then(() => {
      callback?.(hostInfo);
      return hostInfo;
    });
  },
  context: {
    displayLanguage,
    contentLanguage: displayLanguage,
    host: 'Excel',
    platform: 'OfficeOnline',
    diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: 'preview' },
    requirements: { isSetSupported },
  },
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
};

const excel = {
  run,
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ConditionalFormatType: { custom: 'Custom', cellValue: 'CellValue', containsText: 'ContainsText' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  RangeValueType: { empty: 'Empty', string: 'String', double: 'Double', boolean: 'Boolean', error: 'Error' },
  ErrorCodes: { itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', generalException: 'GeneralException' },
};

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'CustomFunctions.Error';
  }
}

/** The functions functions.js registered, by id (for the preview's checks). */
const registered = new Map<string, (...args: never[]) => unknown>();

const customFunctions = {
  associate(id: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown): void {
    if (typeof id === 'string') {
      if (fn) registered.set(id, fn);
    } else for (const [k, f] of Object.entries(id)) registered.set(k, f);
  },
  Error: CustomFunctionError,
  ErrorCode: ERROR_CODES,
};

Object.assign(globalThis, {
  Office: office,
  Excel: excel,
  CustomFunctions: customFunctions,
  thiduaPane: { book: bookReady, functions: (): string[] => [...registered.keys()] },
});
