/**
 * Reading the open workbook into the plain grid, loading only what is needed:
 *   sync 1 — the workbook name, the sheet names, the defined names (to find the add-in's own
 *            sheets by their markers, and the flag helper sheet);
 *   sync 2 — every input sheet's used range address and merged areas (and, when flags are
 *            concerned, the types of its conditional formats, and the helper's recorded count);
 *            Excel refuses the whole request when a sheet has more than 512 merged areas, so then
 *            sync 2 is made again without them (`mergesChecked` false: the caller says so);
 *   sync 3 — the values, value types and number formats of the used ranges (Excel errors become
 *            `{ error }`; a number shown as a date or a percent is noted in the grid's `shapes`), and
 *            the formulas of custom conditional formats when flags are concerned. A workbook whose
 *            answers weigh more than REQUEST_BUDGET takes one more sync per further 3.5 MB of
 *            answers (./read-plan.ts cuts the reads by the measured weight of the cells), and a
 *            slice Excel refuses as too large (cells far longer than measured) is read again as
 *            two smaller ones.
 * Own output sheets and the helper sheet are not read at all: they are left out of the grid.
 */
import { RANKS_CHART, RESULTS_CHART } from '../../workbook/chart';
import { numberFormatShape, parseArea, type Area, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import type { OutputKind } from '../../workbook/output-kinds';
import { gridCell } from './cells';
import { answerBytes, ReadPlanner } from './read-plan';
import { isFlagFormula, markedSheets, splitAreas } from './markers';

export interface SheetInfo {
  name: string;
  /** The output kind the sheet is marked as, or null for a user's sheet. */
  marker: OutputKind | null;
}

export interface BookState {
  /** The input sheets (own output sheets and the helper left out). */
  grid: WorkbookGrid;
  /** Every sheet but the flag helper, in order, with its marker. */
  sheets: SheetInfo[];
  /** Every sheet name, the helper's included. */
  allNames: string[];
  /** Names to leave out of reading (own output sheets and the helper). */
  ignore: Set<string>;
  /** Marker names that exist (lower case) → the sheet each points to (null when dangling). */
  markers: Map<string, string | null>;
  /** The flag helper sheet, when there is one. */
  helper: string | null;
  /** The add-in's flag rules found on input sheets (only when asked for). */
  flagFormats: Excel.ConditionalFormat[];
  /** How many cells the helper says were flagged (only when asked for). */
  helperCount: number | null;
  /** False when the merged areas could not be read (too many, or an Excel without ExcelApi 1.13). */
  mergesChecked: boolean;
  /** The add-in's charts on its own results sheet (by sheet), deleted before a rewrite draws a new one. */
  oldCharts?: Map<string, string[]>;
}

export interface ReadOptions {
  /** Read the cell values (everything but clearFlags). */
  values: boolean;
  /** Find the add-in's flag rules (score with flags, clearFlags). */
  flags: boolean;
  /** Ask for the merged areas (ExcelApi 1.13); default true. */
  merges?: boolean;
}

interface Pending {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  formats: Excel.ConditionalFormatCollection | null;
  area: Area | null;
  rows: Cell[][];
  shapes: (NumberShape | null)[][];
}

/** Excel refused a request or its answer as too large (5 MB on the web). */
function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export { splitSlice } from './read-plan';

function usedArea(range: Excel.Range): Area | null {
  if (range.isNullObject) return null;
  return parseArea(range.address.slice(range.address.lastIndexOf('!') + 1));
}

export async function readBook(context: Excel.RequestContext, options: ReadOptions): Promise<BookState> {
  const workbook = context.workbook;
  workbook.load('name');
  const worksheets = workbook.worksheets;
  worksheets.load('items/name');
  const names = workbook.names;
  names.load('items/name,items/formula');
  await context.sync();

  const allNames = worksheets.items.map((ws) => ws.name);
  const { markers, own, helper, ignore } = markedSheets(names.items, allNames);

  const ownCharts = new Map<string, Excel.ChartCollection>();
  const queue = (withMerges: boolean): { pending: Pending[]; helperCell: Excel.Range | null } => {
    const pending: Pending[] = worksheets.items
      .filter((ws) => !ignore.has(ws.name))
      .map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address');
        const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
        merged?.load('address');
        let formats: Excel.ConditionalFormatCollection | null = null;
        if (options.flags) {
          formats = ws.getRange().conditionalFormats;
          formats.load('items/type');
        }
        return { name: ws.name, ws, used, merged, formats, area: null, rows: [], shapes: [] };
      });
    // The charts of the own results and comparison sheets, read in the same request (charts.ts deletes ours on a rewrite).
    for (const [name, kind] of own) if (kind === 'results' || kind === 'compare') ownCharts.set(name, worksheets.getItem(name).charts.load('items/name'));
    let helperCell: Excel.Range | null = null;
    if (options.flags && helper) {
      helperCell = worksheets.getItem(helper).getRange('A1');
      helperCell.load('values');
    }
    return { pending, helperCell };
  };
  let mergesChecked = options.merges !== false;
  let { pending, helperCell } = queue(mergesChecked);
  try {
    await context.sync();
  } catch (e) {
    if (!mergesChecked) throw e;
    // Most likely a sheet with more than 512 merged areas: the same request without them.
    mergesChecked = false;
    ({ pending, helperCell } = queue(false));
    await context.sync();
  }

  for (const p of pending) p.area = usedArea(p.used);
  const rules = pending.flatMap((p) =>
    (p.formats?.items ?? []).filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, rule: cf.custom.rule })),
  );
  const planner = new ReadPlanner(
    options.values ? pending.filter((p) => p.area).map((p) => ({ key: p, rows: p.area!.bottom - p.area!.top + 1, cols: p.area!.right - p.area!.left + 1 })) : [],
  );
  let slice = planner.next() ?? (rules.length > 0 ? [] : null);
  let rulesLoaded = false;
  while (slice) {
    if (!rulesLoaded) for (const r of rules) r.rule.load('formula');
    const loads = slice.map((s) => {
      const a = s.key.area!;
      const range = s.key.ws.getRangeByIndexes(a.top + s.start, a.left, s.count, a.right - a.left + 1);
      range.load('values,valueTypes,numberFormat');
      return { s, range };
    });
    // One sync per request: each answer must stay under the payload limit.
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Cells far longer than measured (long texts): the same cells in two smaller requests.
      if (!isPayloadError(e) || !planner.refused(slice)) throw e;
      slice = planner.next();
      continue;
    }
    rulesLoaded = true;
    const bytes: number[] = [];
    for (const { s, range } of loads) {
      const types = range.valueTypes;
      const formats = range.numberFormat as unknown[][];
      bytes.push(answerBytes([range.values, types, formats], s.count));
      range.values.forEach((row, i) => {
        s.key.rows[s.start + i] = row.map((v, j) => {
          const shape = typeof v === 'number' ? numberFormatShape(String(formats[i]?.[j] ?? '')) : null;
          if (shape) (s.key.shapes[s.start + i] ??= [])[j] = shape;
          return gridCell(v, types[i]?.[j]);
        });
      });
    }
    planner.done(slice, bytes);
    slice = planner.next();
  }

  const sheets: SheetGrid[] = pending.map((p) => ({
    name: p.name,
    rows: p.rows,
    originRow: p.area?.top ?? 0,
    originCol: p.area?.left ?? 0,
    merges: !p.merged || p.merged.isNullObject ? [] : splitAreas(p.merged.address),
    ...(p.shapes.length > 0 ? { shapes: p.shapes } : {}),
  }));
  const count = helperCell?.values[0]?.[0];
  return {
    grid: { name: workbook.name, sheets, ...(mergesChecked ? {} : { mergesUnknown: true }) },
    sheets: allNames.filter((n) => n !== helper).map((name) => ({ name, marker: own.get(name) ?? null })),
    allNames,
    ignore,
    markers,
    helper,
    flagFormats: rules.filter((r) => isFlagFormula(r.rule.formula)).map((r) => r.cf),
    helperCount: typeof count === 'number' ? count : null,
    mergesChecked,
    oldCharts: new Map([...ownCharts].map(([name, charts]) => [name, charts.items.map((c) => c.name).filter((n) => n === RESULTS_CHART || n === RANKS_CHART)])),
  };
}
