/**
 * The Office.js host's own messages (failures talking to Excel): the catalogue's `office` area
 * (src/engine/i18n/office.ts), each filled with the detail of what failed.
 */
import { tRuntime, type Lang } from '../../engine/i18n';
import type { OFFICE } from '../../engine/i18n/office';
import '../../engine/i18n/office';

export type HostTextKey = keyof typeof OFFICE;

export function hostText(key: HostTextKey, lang: Lang, detail = ''): string {
  return tRuntime(lang, `office.${key}`, { detail });
}

/** A short, human description of an exception from Office.js (its code and message). */
export function errorDetail(e: unknown, lang: Lang): string {
  if (typeof e === 'object' && e !== null) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code)) return `${hostText('tooLarge', lang)}: ${code}`;
    const text = typeof message === 'string' && message ? message : String(e);
    return typeof code === 'string' && code ? `${code}: ${text}` : text;
  }
  return String(e);
}
