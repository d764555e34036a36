/** The one catalogue: typed parameters, both languages side by side, nothing left as `{x}` on screen. */
import { hasKey, MissingTextError, pickLang, t, tRuntime, type Key, type Params } from '../../src/engine/i18n';
import { AREA_MODULES } from '../../src/engine/i18n/catalogue';
import '../../src/engine/i18n/pane';
import '../../src/engine/i18n/result-explain';
import '../../src/engine/i18n/result-labels';
import { loadedEntries } from '../../src/engine/i18n/table';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('t(lang, key, params)', () => {
  it('gives the text in either language with its parameters filled, numbers formatted for the language', () => {
    expect(t('vi', 'diag.tooManyRows', { sheet: 'Số liệu', rows: 12345, limit: 10000 })).toBe('Trang tính “Số liệu” có 12.345 dòng, vượt giới hạn 10.000 dòng.');
    expect(t('en', 'diag.tooManyRows', { sheet: 'Số liệu', rows: 12345, limit: 10000 })).toBe('The sheet “Số liệu” has 12,345 rows, over the limit of 10,000.');
    expect(t('vi', 'result.status.met')).toBe('Đạt');
    expect(t('en', 'pane.appName')).toBe('Thi đua');
  });

  it('fills a parameter used twice, and never reads a value as a placeholder', () => {
    const text = t('en', 'result.explain.relativeBetween', { ratio: 'R', leader: 'L', half: 'H', r: '{half}', points: 'P' });
    expect(text).toBe('R, leader L → H + H × ({half} − 100%)/(L − 100%) = P');
  });

  it('makes a missing or misspelt parameter a compile error, not {x} on screen', () => {
    // The lines below only compile because each carries @ts-expect-error: tsc (npm test's typecheck)
    // fails if any of them stops being an error. At run time the placeholder stays visible.
    // @ts-expect-error -- `limit` is missing
    expect(t('vi', 'diag.tooManyRows', { sheet: 'A', rows: 1 })).toContain('{limit}');
    // @ts-expect-error -- `sheets` misspelt
    expect(t('en', 'pane.inserted', { sheet: 'A' })).toContain('{sheets}');
    // @ts-expect-error -- a text with parameters needs them
    expect(t('en', 'result.tie.ahead')).toContain('{by}');
    // @ts-expect-error -- a text without parameters takes none
    expect(t('en', 'result.status.met', { x: 1 })).toBe('Met');
    // @ts-expect-error -- no such key
    expect(() => t('en', 'diag.noSuchMessage')).toThrow();
    const complete: Params<'diag.tooManyRows'> = { sheet: 'A', rows: 1, limit: 2 };
    expect(t('en', 'diag.tooManyRows', complete)).toBe('The sheet “A” has 1 rows, over the limit of 2.');
  });

  it('loads the diagnostics itself; another area only when a module imports it', () => {
    expect(hasKey('diag.noRows')).toBe(true);
    expect(hasKey('preview.opening')).toBe(false);
    expect(() => t('vi', 'preview.opening')).toThrow(MissingTextError);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the area loaded as a module that uses it would
      require('../../src/engine/i18n/preview');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same registry, seen from the isolated copy
      const fresh = require('../../src/engine/i18n') as typeof import('../../src/engine/i18n');
      expect(fresh.t('vi', 'preview.opening')).toBe('Đang mở sổ tính…');
    });
  });

  it('has tRuntime for codes stored in data, hasKey for codes from outside', () => {
    const code: Key = 'diag.noRows';
    expect(tRuntime('vi', code, { sheet: 'X' })).toBe('Trang tính “X” không có dòng dữ liệu nào dưới tiêu đề.');
    expect(hasKey('diag.noRows')).toBe(true);
    expect(hasKey('diag.nope')).toBe(false);
    expect(hasKey('toString')).toBe(false);
  });

  it('picks the language as Office says it: vi… → Vietnamese, anything else → English, unknown → Vietnamese', () => {
    expect(pickLang('vi-VN')).toBe('vi');
    expect(pickLang(' VI ')).toBe('vi');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('fr-FR')).toBe('en');
    expect(pickLang('')).toBe('vi');
    expect(pickLang(undefined)).toBe('vi');
  });
});

describe('every entry', () => {
  let entries: [string, { vi: string; en: string }][] = [];
  beforeAll(() => {
    jest.isolateModules(() => {
      for (const mod of AREA_MODULES)
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- every area, to see the whole catalogue
        require(`../../src/engine/i18n/${mod}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry of that isolated copy
      entries = (require('../../src/engine/i18n/table') as typeof import('../../src/engine/i18n/table')).loadedEntries();
    });
  });

  it('is many areas in one table', () => {
    const areas = new Set(entries.map(([k]) => k.slice(0, k.indexOf('.'))));
    expect([...areas].sort()).toEqual(['cli', 'diag', 'file', 'fn', 'guide', 'office', 'pane', 'preview', 'result', 'sheet', 'work']);
    expect(loadedEntries().length).toBeLessThan(entries.length);
    expect(entries.length).toBeGreaterThan(400);
  });

  it('has a text in both languages, with the same parameters in both', () => {
    const mismatched = entries.filter(([, e]) => placeholders(e.vi).join() !== placeholders(e.en).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
    expect(entries.filter(([, e]) => e.vi.trim() === '' || e.en.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
