/**
 * Flagging the input data in place: the actual cells (long layout: the `Thực hiện` cell of each
 * entry; wide layout: the cells of the `Thực hiện` sheet) turn green / yellow / red for exceeded /
 * met / below (and red for missing data), with conditional formats only: no value and no static
 * format of an input sheet is ever changed.
 *
 * How (the choice, and why): a very hidden helper sheet of the add-in's own (`ThiDua_DanhDau`,
 * marked by the defined name of the same text) holds, at the same address as each flagged cell, its
 * status code (1 exceeded, 2 met, 3 below); A1 records how many cells were flagged. On the input
 * sheet, three custom conditional formats cover the bounding area of the flagged cells, each with
 * the formula `=AND(N("ThiDua:<status>")=0,'ThiDua_DanhDau'!D5=<code>)` (relative to the area's
 * first cell). So a request holds three rules whatever the unit count (the codes are values, cut
 * into row blocks like any other), and `clearFlags` removes exactly the rules whose formula carries
 * the `N("ThiDua:` tag, then the helper sheet and its name, and nothing else. The flags show the
 * last run: edits, sorting or inserted rows after it are not followed until the next run.
 */
import { t } from '../../engine/i18n';
import '../../engine/i18n/flag-sheet';
import { address, areaAddress, type Area } from '../../workbook/grid';
import { TONE_COLORS, type Tone } from '../../workbook/output';
import { execute, type PlannedOp } from './chunks';
import { FLAG_MARKER, FLAG_SHEET, FLAG_TAG, quoteSheet, sameName } from './markers';
import { readBook, type BookState } from './read';
import { Handles, valueOps, type Op } from './write';
import { FLAG_CODES, type FlagPlan } from '../../jobs/flags';

export { planFlags, type FlagPlan } from '../../jobs/flags';

const TAGS: Record<Tone, string> = { good: 'vuot', neutral: 'dat', bad: 'chuadat' };
/** The helper sheet's note (very hidden: seen only by whoever unhides it); in Vietnamese whatever the pane's language, as before. */
const HELPER_NOTE = t('vi', 'sheet.flags.note');


const op = (bytes: number, run: (h: Handles) => void): Op => ({ bytes, run });

/** Removes the add-in's flag rules found by the reader, the helper sheet and its name. */
export function removeFlagOps(book: BookState): Op[] {
  const ops: Op[] = book.flagFormats.map((cf) => op(256, () => cf.delete()));
  if (book.markers.has(FLAG_MARKER.toLowerCase())) ops.push(op(256, (h) => h.context.workbook.names.getItem(FLAG_MARKER).delete()));
  if (book.helper) {
    const helper = book.helper;
    ops.push(
      op(256, (h) => {
        const ws = h.sheet(helper);
        ws.visibility = 'Hidden'; // Excel refuses to delete a very hidden sheet
        ws.delete();
      }),
    );
  }
  return ops;
}

/** The name a new helper sheet gets (FLAG_SHEET unless a sheet of that name is in the way). */
export function freeHelperName(book: BookState): string {
  let name = FLAG_SHEET;
  for (let n = 2; book.allNames.some((s) => sameName(s, name)); n++) name = `${FLAG_SHEET} (${n})`;
  return name;
}

/** Replaces the flags: old rules out, helper (re)written, three rules on the flagged area. */
export function flagOps(plan: FlagPlan | null, book: BookState): Op[] {
  if (!plan) return removeFlagOps(book);
  const ops: Op[] = book.flagFormats.map((cf) => op(256, () => cf.delete()));
  const helper = book.helper ?? freeHelperName(book);
  if (book.helper) ops.push(op(256, (h) => h.sheet(helper).getRange().clear('Contents')));
  else
    ops.push(
      op(512, (h) => {
        const ws = h.add(helper);
        ws.visibility = 'VeryHidden';
        const names = h.context.workbook.names;
        if (book.markers.has(FLAG_MARKER.toLowerCase())) names.getItem(FLAG_MARKER).delete();
        names.add(FLAG_MARKER, ws.getRange('A1'));
      }),
    );
  ops.push(...valueOps(helper, [[plan.count, HELPER_NOTE]], 2));
  ops.push(...valueOps(helper, plan.codes, plan.area.right - plan.area.left + 1, plan.area.top, plan.area.left));
  const first = `${quoteSheet(helper)}!${address(plan.area.top, plan.area.left)}`;
  for (const tone of plan.tones)
    ops.push(
      op(1024, (h) => {
        const a = plan.area;
        const cf = h.sheet(plan.sheet).getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=AND(${FLAG_TAG}${TAGS[tone]}")=0,${first}=${FLAG_CODES[tone]})`;
        cf.custom.format.fill.color = TONE_COLORS[tone].fill;
        cf.custom.format.font.color = TONE_COLORS[tone].font;
      }),
    );
  ops[0] = { ...ops[0]!, step: 'flag' };
  return ops;
}

/**
 * After a failed run: removes custom rules left without a formula on exactly the planned flag
 * area (a rule whose `add` reached Excel but whose formula did not). No user makes such a rule.
 */
export async function removeBlankFlagRules(context: Excel.RequestContext, sheet: string, area: Area): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return;
  const formats = ws.getRange().conditionalFormats;
  formats.load('items/type');
  await context.sync();
  const custom = formats.items
    .filter((cf) => cf.type === 'Custom')
    .map((cf) => {
      const rule = cf.custom.rule;
      rule.load('formula');
      // A user's rule over several areas has no single range (getRange() would throw): a null object.
      const range = cf.getRangeOrNullObject();
      range.load('address');
      return { cf, rule, range };
    });
  if (custom.length === 0) return;
  await context.sync();
  const planned = areaAddress(area);
  const blank = custom.filter(
    (c) => !c.range.isNullObject && c.rule.formula.replace(/^=/, '').trim() === '' && c.range.address.slice(c.range.address.lastIndexOf('!') + 1).replace(/\$/g, '') === planned,
  );
  for (const c of blank) c.cf.delete();
  if (blank.length) await context.sync();
}

/** clearFlags: finds the add-in's flags and removes them; resolves to how many cells were flagged. */
export async function clearFlagsIn(context: Excel.RequestContext): Promise<number> {
  const book = await readBook(context, { values: false, flags: true, merges: false });
  const ops: PlannedOp<Handles>[] = removeFlagOps(book);
  await execute(context, new Handles(context), ops);
  return book.flagFormats.length > 0 ? (book.helperCount ?? 0) : 0;
}
