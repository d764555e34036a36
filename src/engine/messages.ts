/**
 * The diagnostics' messages by code. The texts live in the one catalogue (src/engine/i18n/diagnostics.ts);
 * a diagnostic carries a code and its parameters, and the text is made in the reader's language.
 */
import { tRuntime, type Lang } from './i18n';
import type { DIAGNOSTICS } from './i18n/diagnostics';

export type MessageCode = keyof typeof DIAGNOSTICS;

export type MessageParams = Readonly<Record<string, string | number>>;

export function message(code: MessageCode, params: MessageParams, lang: Lang): string {
  return tRuntime(lang, `diag.${code}`, params);
}
