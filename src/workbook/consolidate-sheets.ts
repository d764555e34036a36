/**
 * The two own sheets a consolidation writes: `Tình hình nộp` (each unit's submission) and
 * `Nhật ký gộp` (every cell written, so the pane can undo it exactly), and the log read back.
 */
import { t, type Lang } from '../engine/i18n';
import type { CellWrite, ConsolidationPlan } from './consolidate';
import { isBlank, parseArea, type Cell, type SheetGrid } from './grid';
import { OUTPUT_NAMES, type OutputSheet } from './output';
import { statusText } from './submission-status';
import '../engine/i18n/sheets';

export { statusText };

const SUBMISSIONS = ['unit', 'file', 'modified', 'filled', 'expected', 'conflicts', 'status'] as const;
const LOG = ['sheet', 'cell', 'old', 'new', 'file'] as const;

/** An ISO time as `dd/mm/yyyy hh:mm` (UTC, as the file's properties hold it); the text itself when it is not one. */
export function timeText(iso: string | null): string | null {
  if (iso === null) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

export function submissionsSheet(plan: ConsolidationPlan, lang: Lang): OutputSheet {
  const rows: Cell[][] = [[t(lang, 'sheet.submissions.title')], [], SUBMISSIONS.map((k) => t(lang, `sheet.submissions.${k}`))];
  const tones: OutputSheet['tones'] = [];
  for (const s of plan.submissions) {
    const tone = s.status.kind === 'submitted' ? 'good' : s.status.kind === 'incomplete' ? 'neutral' : 'bad';
    tones.push({ row: rows.length, col: 6, tone });
    rows.push([s.unit, s.file, timeText(s.modified), s.file ? s.filled : null, s.expected, s.file ? s.conflicts : null, statusText(s.status, lang)]);
  }
  return {
    kind: 'submissions',
    name: OUTPUT_NAMES.submissions[lang],
    rows,
    headerRows: [2],
    titleRows: [0],
    columns: [{ width: 26 }, { width: 30 }, { width: 17 }, { width: 10, numFmt: '0' }, { width: 10, numFmt: '0' }, { width: 9, numFmt: '0' }, { width: 60 }],
    tones,
    freeze: { rows: 3, cols: 1 },
  };
}

export function mergeLogSheet(plan: ConsolidationPlan, lang: Lang): OutputSheet {
  const rows: Cell[][] = [[t(lang, 'sheet.log.title')], [], LOG.map((k) => t(lang, `sheet.log.${k}`))];
  for (const w of plan.writes) rows.push([w.sheet, w.cell, w.old, w.value, w.file]);
  return {
    kind: 'mergeLog',
    name: OUTPUT_NAMES.mergeLog[lang],
    rows,
    headerRows: [2],
    titleRows: [0],
    columns: [{ width: 16 }, { width: 8 }, { width: 22 }, { width: 22 }, { width: 30 }],
    tones: [],
    freeze: { rows: 3, cols: 0 },
  };
}

/** The writes a log sheet lists (its header is the third row), to undo them. */
export type LoggedWrite = Omit<CellWrite, 'file'> & { file?: string };

export function readMergeLog(sheet: SheetGrid): LoggedWrite[] {
  const out: LoggedWrite[] = [];
  const o = sheet.originRow ?? 0;
  for (let i = Math.max(0, 3 - o); i < sheet.rows.length; i++) {
    const [name, ref, old, value, file] = sheet.rows[i] ?? [];
    if (typeof name !== 'string' || typeof ref !== 'string' || isBlank(name)) continue;
    const a = parseArea(ref);
    if (!a) continue;
    out.push({ sheet: name, row: a.top, col: a.left, cell: ref, old: old ?? null, value: value ?? null, file: typeof file === 'string' ? file : undefined });
  }
  return out;
}
