/** The words of a unit's submission status (`Tình hình nộp`), shared by the sheet, the CLI and the pane. */
import { message } from '../engine/messages';
import type { Lang } from '../engine/model';
import type { SubmissionStatus } from './consolidate';

const T = {
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  missing: { vi: 'Chưa nộp', en: 'Not submitted' },
  incomplete: { vi: 'Thiếu {rows} dòng', en: '{rows} row(s) missing' },
  refused: { vi: 'Bị từ chối: {reason}', en: 'Refused: {reason}' },
} as const;

export function statusText(s: SubmissionStatus, lang: Lang): string {
  switch (s.kind) {
    case 'submitted':
      return T.submitted[lang];
    case 'missing':
      return T.missing[lang];
    case 'incomplete':
      return T.incomplete[lang].replace('{rows}', String(s.rows));
    case 'refused':
      return T.refused[lang].replace('{reason}', message(s.code, s.params, lang));
  }
}

