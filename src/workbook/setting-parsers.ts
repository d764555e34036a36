/**
 * How each kind of `Cài đặt` value cell is read (the `parse` of engine/settings-table.ts): one function
 * per kind, each with a typed outcome; a bad value is a `badSetting` naming the key and the setting's hint.
 */
import type { Band, PeriodKind, TieBreak } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { choiceWordTable, type ChoiceWords, type ParserKind, type ValueParser } from '../engine/settings-table';
import { parseChoice, parseNumberStrict, parseNumberText, parseShare, parseText, parseYesNo, shareOf, type Parsed } from './cells';
import { parseDeadline } from './deadline';
import type { Cell } from './grid';
import { parseVoteShare } from './read-ballots';
import { PERIOD_WORDS } from './schema';

/** What a parser is told: the value cell, the key as the user wrote it, the setting's hint. */
export interface SettingCellContext {
  cell: Cell | undefined;
  label: string;
  hint: string;
}

const fail = <T>(value: string, key: string, hint: string): Parsed<T> => ({ ok: false, code: 'badSetting', params: { value, key, hint } });

/** Word tables of the choices, made once per table of words. */
const wordTables = new WeakMap<ChoiceWords<string>, Record<string, string>>();
function wordTable(words: ChoiceWords<string>): Record<string, string> {
  let table = wordTables.get(words);
  if (!table) wordTables.set(words, (table = choiceWordTable(words)));
  return table;
}

function parseTieBreaks(cell: Cell | undefined, words: ChoiceWords<string>): Parsed<TieBreak[] | null> {
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const table = wordTable(words) as Record<string, 'exceeded' | 'penalty' | 'bonus'>;
  const list: TieBreak[] = t.value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const word = table[normalizeKey(s)];
      return word ? { kind: word } : { kind: 'criterion', code: s };
    });
  return { ok: true, value: list };
}

function parseBands({ cell, label, hint }: SettingCellContext): Parsed<Band[] | null> {
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const bands: Band[] = [];
  for (const part of t.value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.*?)[\s:=≥>]*(?:(?:từ|tu|from)\s+)?([-+]?[\d.,]+\s*%?)$/i.exec(part);
    const name = m?.[1]?.replace(/[\s:=≥>]+$/, '').trim();
    const n = m ? parseNumberText(m[2]!) : null;
    if (!m || !name || !n) return fail(t.value, label, hint);
    bands.push({ name, min: Number((shareOf(n.value, m[2]!.trim().endsWith('%')) * 100).toPrecision(12)) });
  }
  return { ok: true, value: bands };
}

/** `So sánh với`: a year, then optionally a period (`2024 6 tháng`, `2023 năm`). */
function parseCompareWith({ cell, label, hint }: SettingCellContext): Parsed<{ year: number; period: PeriodKind } | null> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? { ok: true, value: { year: cell, period: 'year' } } : fail(String(cell), label, hint);
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const m = /^\s*(\d{4})\s*(.*)$/.exec(t.value);
  const rest = m?.[2]?.trim() ?? '';
  const period = rest === '' ? 'year' : PERIOD_WORDS[normalizeKey(rest)];
  if (!m || !period) return fail(t.value, label, hint);
  return { ok: true, value: { year: Number(m[1]), period } };
}

function parseSettingChoice({ cell, label, hint }: SettingCellContext, words: ChoiceWords<string>): Parsed<string | null> {
  const r = parseChoice(typeof cell === 'number' ? String(cell) : cell, label, wordTable(words), hint);
  return r.ok ? r : fail(String(cell), label, hint);
}

/** One reader per kind of value; the record's type makes a new kind without a reader a type error. */
const PARSERS: { [K in ParserKind]: (ctx: SettingCellContext, parser: ValueParser<unknown>) => Parsed<unknown> } = {
  text: ({ cell }) => parseText(cell),
  dateText: ({ cell }) => parseText(typeof cell === 'number' ? String(cell) : cell),
  number: ({ cell, label }) => parseNumberStrict(cell, label),
  share: ({ cell, label }) => parseShare(cell, label),
  yesNo: ({ cell, label, hint }) => {
    const r = parseYesNo(cell);
    return r.ok ? r : fail(String(cell), label, hint);
  },
  choice: (ctx, p) => parseSettingChoice(ctx, p.words ?? {}),
  tieBreaks: ({ cell }, p) => parseTieBreaks(cell, p.words ?? {}),
  bands: parseBands,
  voteShare: ({ cell, label, hint }, p) => parseVoteShare(p.majority ? 'voteThreshold' : 'quorum', cell, label, hint),
  compareWith: parseCompareWith,
  deadline: ({ cell }) => parseDeadline(cell),
};

/** Reads a setting's value cell with its parser. */
export function parseSettingCell(parser: ValueParser<unknown>, ctx: SettingCellContext): Parsed<unknown> {
  return PARSERS[parser.kind](ctx, parser);
}
