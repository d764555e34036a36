/**
 * The templates guide their users: drop-down lists whose words the reader accepts, number ranges,
 * input messages in the template's language, the setting keys and each value's allowed words; the
 * blank template lists every setting with its default. Through exceljs (`thidua template`), openpyxl
 * and the Office host alike.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DiagnosticList } from '../../src/engine/diagnostics';
import { normalizeKey } from '../../src/engine/names';
import { makeSettings } from '../../src/engine/settings';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { findPreset, presetSheets } from '../../src/presets';
import { CHOICES } from '../../src/presets/guides';
import { listFormula, type Validation } from '../../src/workbook/document';
import { parseArea } from '../../src/workbook/grid';
import { parseYesNo } from '../../src/workbook/cells';
import { readSettings } from '../../src/workbook/read-settings';
import { KIND_WORDS, DIRECTION_WORDS, METHOD_WORDS, SCOPE_WORDS, MISSING_WORDS, RANK_BY_WORDS, RANK_STYLE_WORDS, SETTING_KEYS } from '../../src/workbook/schema';
import { run, tempDir } from '../cli/helpers';

const key = (w: string): string => normalizeKey(w).replace(/\//g, '');
const sheetsOf = (preset: string, lang: 'vi' | 'en') => presetSheets(findPreset(preset)!, lang);
const byName = (preset: string, lang: 'vi' | 'en', name: string) => sheetsOf(preset, lang).find((s) => s.name === name)!;
const column = (v: Validation): number => parseArea(v.area)!.left;

describe('the words of the lists', () => {
  it('are the words the reader accepts, in both languages', () => {
    const tables = [
      [CHOICES.kind, KIND_WORDS],
      [CHOICES.direction, DIRECTION_WORDS],
      [CHOICES.method, METHOD_WORDS],
      [CHOICES.scope, SCOPE_WORDS],
      [CHOICES.missing, MISSING_WORDS],
      [CHOICES.rankBy, RANK_BY_WORDS],
      [CHOICES.rankStyle, RANK_STYLE_WORDS],
    ] as const;
    for (const [words, table] of tables) for (const lang of ['vi', 'en'] as const) for (const w of words[lang]) expect({ w, known: key(w) in table }).toEqual({ w, known: true });
    for (const lang of ['vi', 'en'] as const) expect(CHOICES.yesNo[lang].map((w) => parseYesNo(w))).toEqual([{ ok: true, value: true }, { ok: true, value: false }]);
  });

  it('fit the 255 characters Excel allows a list', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const s of [...sheetsOf('hai-phong-huyen-2024', lang), ...sheetsOf('blank', lang)])
        for (const v of s.validations ?? []) if (v.kind === 'list') expect(listFormula(v.values!).length).toBeLessThanOrEqual(255);
  });
});

describe('the template sheets', () => {
  it('Tiêu chí: lists for Loại, Chiều, Cách tính, Bắt buộc; numbers ≥ 0 for the points; messages in Vietnamese', () => {
    const s = byName('hai-phong-huyen-2024', 'vi', 'Tiêu chí');
    const header = s.rows[s.headerRows[0]!]!;
    const of = (name: string) => s.validations!.find((v) => column(v) === header.indexOf(name))!;
    expect(of('Loại')).toMatchObject({ kind: 'list', values: CHOICES.kind.vi, prompt: { title: 'Loại' } });
    expect(of('Chiều')).toMatchObject({ kind: 'list', values: ['tăng', 'giảm'] });
    expect(of('Cách tính')).toMatchObject({ kind: 'list', values: ['tỷ lệ', 'ngưỡng', 'so với dẫn đầu'] });
    expect(of('Bắt buộc')).toMatchObject({ kind: 'list', values: ['có', 'không'] });
    expect(of('Điểm chuẩn')).toMatchObject({ kind: 'decimal', min: 0 });
    // The guided area starts under the header and covers the preset's rows and room to add more.
    expect(parseArea(of('Loại').area)).toMatchObject({ top: s.headerRows[0]! + 1 });
    expect(parseArea(of('Loại').area)!.bottom).toBeGreaterThanOrEqual(s.rows.length + 50);
    // The preset's own values are all in the lists: nothing it ships is flagged.
    for (const v of s.validations!.filter((x) => x.kind === 'list')) {
      const a = parseArea(v.area)!;
      for (const row of s.rows.slice(a.top)) {
        const cell = row[a.left];
        if (cell !== null && cell !== undefined) expect({ area: v.area, cell, listed: v.values!.includes(String(cell)) }).toEqual({ area: v.area, cell, listed: true });
      }
    }
  });

  it('Đơn vị, Khen thưởng: Kỷ luật yes/no, Phạm vi, Số lượng a whole number; in English for the English template', () => {
    const units = byName('hai-phong-huyen-2024', 'en', 'Units');
    expect(units.validations!.find((v) => column(v) === 2)).toMatchObject({ kind: 'list', values: ['yes', 'no'], prompt: { title: 'Disciplined' } });
    const awards = byName('hai-phong-huyen-2024', 'en', 'Awards');
    expect(awards.validations!.find((v) => column(v) === 2)).toMatchObject({ kind: 'list', values: ['overall', 'thematic'], prompt: { title: 'Scope' } });
    expect(awards.validations!.find((v) => column(v) === 3)).toMatchObject({ kind: 'whole', min: 0 });
    const data = byName('hai-phong-huyen-2024', 'vi', 'Số liệu');
    expect(data.validations!.find((v) => column(v) === 3)).toMatchObject({ kind: 'any', prompt: { title: 'Thực hiện' } });
  });

  it('the blank Cài đặt lists every setting with its default; read back, they are the defaults, without a diagnostic', () => {
    for (const lang of ['vi', 'en'] as const) {
      const s = byName('blank', lang, lang === 'vi' ? 'Cài đặt' : 'Settings');
      const rows = s.rows.slice(s.headerRows[0]! + 1);
      expect(rows.map((r) => r[0])).toEqual(SETTING_KEYS.map((k) => k[lang]));
      const diags = new DiagnosticList();
      const settings = readSettings({ name: s.name, rows: s.rows }, undefined, diags);
      expect(diags.items).toEqual([]);
      const { at: _at, ...read } = settings;
      expect(read).toEqual(makeSettings());
      // The key column is a list of the keys while they fit Excel's 255 characters (past that, its
      // message only: every key is a row already); each value cell carries its hint, in the language.
      const keyWords = SETTING_KEYS.map((k) => k[lang]);
      const keyRule = s.validations!.find((v) => v.area.startsWith('A'))!;
      if (listFormula(keyWords).length <= 255) expect(keyRule).toMatchObject({ kind: 'list', values: keyWords });
      else expect(keyRule).toMatchObject({ kind: 'any', prompt: { title: lang === 'vi' ? 'Khóa' : 'Key' } });
      const missing = s.validations!.find((v) => v.area === `B${s.headerRows[0]! + 2 + SETTING_KEYS.findIndex((k) => k.key === 'missing')}`)!;
      expect(missing).toMatchObject({ kind: 'list', values: CHOICES.missing[lang], prompt: { title: lang === 'vi' ? 'Thiếu số liệu' : 'Missing data' } });
      const decimals = s.validations!.find((v) => v.area === `B${s.headerRows[0]! + 2 + SETTING_KEYS.findIndex((k) => k.key === 'decimals')}`)!;
      expect(decimals).toMatchObject({ kind: 'whole', min: 0, max: 6 });
      expect(rows.length).toBe(SETTING_KEYS.length);
    }
  });
});

describe('written by each host', () => {
  it('thidua template: exceljs and openpyxl read the lists and the messages back', async () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('mau.xlsx');
      expect((await run('template', file)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
      const model = (wb.getWorksheet('Tiêu chí') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      const first = byName('hai-phong-huyen-2024', 'vi', 'Tiêu chí').headerRows[0]! + 2;
      expect(model[`D${first}`]).toMatchObject({ type: 'list', formulae: [listFormula(CHOICES.kind.vi)], promptTitle: 'Loại', showInputMessage: true });
      const script = [
        'import json, sys, openpyxl',
        "ws = openpyxl.load_workbook(sys.argv[1])['Tiêu chí']",
        'print(json.dumps([[str(v.sqref), v.type, v.formula1, v.promptTitle] for v in ws.data_validations.dataValidation]))',
      ].join('\n');
      const dvs = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as [string, string, string, string][];
      expect(dvs.find((d) => d[0].startsWith(`D${first}:`))).toEqual([expect.stringMatching(new RegExp(`^D${first}:D\\d+$`)), 'list', listFormula(CHOICES.kind.vi), 'Loại']);
    } finally {
      tmp.cleanup();
    }
  });

  it('the pane (Office host): the same validations on the inserted sheets', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    const outcome = await createOfficeApi(book.run).insertTemplate('blank', 'en');
    expect(outcome.ok).toBe(true);
    const settings = book.sheet('Settings')!.print!.validations;
    const keyList = SETTING_KEYS.map((k) => k.en);
    // A list while the keys fit Excel's 255 characters; past that, the message only.
    if (listFormula(keyList).length <= 255) expect(settings.find((v) => v.area.left === 0)).toMatchObject({ rule: { list: { inCellDropDown: true, source: keyList.join(',') } }, prompt: { showPrompt: true, title: 'Key' } });
    else expect(settings.find((v) => v.area.left === 0)).toMatchObject({ prompt: { showPrompt: true, title: 'Key' } });
    const criteria = book.sheet('Criteria')!.print!.validations;
    expect(criteria.find((v) => v.area.left === 3)).toMatchObject({ rule: { list: { source: CHOICES.kind.en.join(',') } }, prompt: { title: 'Kind' }, errorAlert: { style: 'Warning' } });
    expect(book.valueAt('Settings', 'A2')).toBe(SETTING_KEYS[0]!.en);
  });
});
