/**
 * Flagging in place: the actual cells show green / yellow / red through conditional formats only;
 * a re-run replaces the flags, clearFlags removes exactly the add-in's and nothing else.
 */
import { MemoryWorkbook, type MemoryConditionalFormat } from '../../src/testing/fake-excel';
import { createOfficeApi, FLAG_MARKER, FLAG_SHEET, isFlagFormula } from '../../src/hosts/office';
import type { ClusterResult } from '../../src/engine/result';
import { STATUS_TONES, TONE_COLORS } from '../../src/workbook/output';
import { fixtureGrid, flagFill } from '../support/office';

const userRule = (): MemoryConditionalFormat => ({
  id: 'user-1',
  type: 'Custom',
  area: { top: 1, left: 3, bottom: 9, right: 3 },
  formula: '=D2>100',
  fill: '#0000FF',
  fontColor: null,
});

async function exampleA() {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  const data = book.sheet('Số liệu')!;
  data.conditionalFormats.push(userRule());
  data.layers.push({ area: { top: 0, left: 0, bottom: 0, right: 7 }, format: { bold: true } });
  return { book, api: createOfficeApi(book.run), original: book.snapshot('Số liệu') };
}

const withoutRules = (s: unknown): unknown => ({ ...(s as object), conditionalFormats: null });
const flagRules = (book: MemoryWorkbook, sheet: string) => book.sheet(sheet)!.conditionalFormats.filter((cf) => isFlagFormula(cf.formula));

/** Every actual cell shows its status's colour (or none), and returns how many are coloured. */
function expectFlags(book: MemoryWorkbook, result: ClusterResult): number {
  let coloured = 0;
  for (const u of result.units)
    for (const r of Object.values(u.criteria)) {
      const at = r.entry?.at?.actual;
      if (!at) continue;
      const tone = STATUS_TONES[r.status];
      expect({ at, fill: flagFill(book, at.sheet, at.cell) }).toEqual({ at, fill: tone ? TONE_COLORS[tone].fill : null });
      if (tone) coloured++;
    }
  return coloured;
}

describe('flag in place', () => {
  test('colours the actual cells by status, with three rules and no change to values or static formats', async () => {
    const { book, api, original } = await exampleA();
    const outcome = await api.score({ lang: 'vi', flagInPlace: true });
    if (!outcome.ok) throw new Error(outcome.error);
    const coloured = expectFlags(book, outcome.value.result);
    expect(outcome.value.flagged).toBe(coloured);
    const fills = ['D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12'].map((a) => flagFill(book, 'Số liệu', a));
    for (const tone of ['good', 'neutral', 'bad'] as const) expect(fills).toContain(TONE_COLORS[tone].fill);
    expect(flagFill(book, 'Số liệu', 'D1')).toBeNull();
    expect(flagFill(book, 'Số liệu', 'A2')).toBeNull();
    expect(withoutRules(book.snapshot('Số liệu'))).toEqual(withoutRules(original));
    expect(flagRules(book, 'Số liệu')).toHaveLength(3);
    expect(book.sheet('Số liệu')!.conditionalFormats.filter((cf) => cf.id === 'user-1')).toEqual([userRule()]);
    expect(book.sheet(FLAG_SHEET)!.visibility).toBe('VeryHidden');
    expect(book.names.map((n) => n.name)).toContain(FLAG_MARKER);
    expect(book.toGrid().sheets.map((s) => s.name)).not.toContain(FLAG_SHEET);
  });

  test('a re-run replaces the flags instead of adding more; a run without flags leaves them', async () => {
    const { book, api } = await exampleA();
    expect((await api.score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    const second = await api.score({ lang: 'vi', flagInPlace: true });
    if (!second.ok) throw new Error(second.error);
    expect(flagRules(book, 'Số liệu')).toHaveLength(3);
    expect(book.sheet('Số liệu')!.conditionalFormats).toHaveLength(4);
    expect(book.sheetNames().filter((n) => n.startsWith(FLAG_SHEET))).toEqual([FLAG_SHEET]);
    expectFlags(book, second.value.result);
    const rules = JSON.stringify(book.sheet('Số liệu')!.conditionalFormats);
    expect((await api.score({ lang: 'vi', flagInPlace: false })).ok).toBe(true);
    expect(JSON.stringify(book.sheet('Số liệu')!.conditionalFormats)).toBe(rules);
  });

  test('clearFlags removes exactly the add-in flags and says how many cells they coloured', async () => {
    const { book, api, original } = await exampleA();
    const scored = await api.score({ lang: 'vi', flagInPlace: true });
    if (!scored.ok) throw new Error(scored.error);
    const cleared = await api.clearFlags('vi');
    expect(cleared).toEqual({ ok: true, value: scored.value.flagged });
    expect(book.snapshot('Số liệu')).toEqual(original);
    expect(book.sheet(FLAG_SHEET)).toBeUndefined();
    expect(book.names.map((n) => n.name).sort()).toEqual(['ThiDua_ChiTiet', 'ThiDua_DeNghi', 'ThiDua_KetQua']);
    expect(book.sheetNames()).toContain('Kết quả');
    expect(await api.clearFlags('vi')).toEqual({ ok: true, value: 0 });
    expect(book.snapshot('Số liệu')).toEqual(original);
  });

  test('the wide layout flags the cells of the `Thực hiện` sheet', async () => {
    const book = MemoryWorkbook.fromGrid({
      name: 'wide.xlsx',
      sheets: [
        {
          name: 'Tiêu chí',
          rows: [
            ['Mã', 'Tên tiêu chí', 'Thuộc nhóm', 'Loại', 'Điểm chuẩn'],
            ['I', 'Nhóm I', null, 'nhóm', 30],
            ['1.1', 'Thu ngân sách', 'I', 'định lượng', 10],
            ['1.2', 'Giải ngân', 'I', 'định lượng', 10],
            ['1.3', 'Báo cáo đúng hạn', 'I', 'đạt/không đạt', 10],
          ],
        },
        {
          name: 'Thực hiện',
          rows: [['SỐ LIỆU THỰC HIỆN NĂM 2024'], [], ['Đơn vị', '1.1', '1.2', '1.3'], ['A', 120, 90, 'đạt'], ['B', 100, 110, 'không đạt'], ['C', 80, 100, 'đạt']],
        },
        { name: 'Chỉ tiêu', rows: [['Đơn vị', '1.1', '1.2'], ['A', 100, 100], ['B', 100, 100], ['C', 100, 100]] },
      ],
    });
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    if (!outcome.ok) throw new Error(outcome.error);
    const { good, neutral, bad } = TONE_COLORS;
    const want = { B4: good, C4: bad, D4: neutral, B5: neutral, C5: good, D5: bad, B6: bad, C6: neutral, D6: neutral };
    for (const [cell, tone] of Object.entries(want)) expect([cell, flagFill(book, 'Thực hiện', cell)]).toEqual([cell, tone.fill]);
    expect(flagFill(book, 'Thực hiện', 'A4')).toBeNull();
    expect(flagFill(book, 'Chỉ tiêu', 'B2')).toBeNull();
    expect(outcome.value.flagged).toBe(9);
    expect(flagRules(book, 'Thực hiện')).toHaveLength(3);
  });
});
