/** The words of a unit's submission status (`Tình hình nộp`), shared by the sheet, the CLI and the pane. */
import { t, type Lang } from '../engine/i18n';
import { message } from '../engine/messages';
import type { SubmissionStatus } from './consolidate';
import '../engine/i18n/sheets';

export function statusText(s: SubmissionStatus, lang: Lang): string {
  switch (s.kind) {
    case 'submitted':
    case 'missing':
      return t(lang, `sheet.submission.${s.kind}`);
    case 'incomplete':
      return t(lang, 'sheet.submission.incomplete', { rows: String(s.rows) });
    case 'refused':
      return t(lang, 'sheet.submission.refused', { reason: message(s.code, s.params, lang) });
  }
}

