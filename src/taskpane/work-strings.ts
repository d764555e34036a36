/**
 * The task pane's words for working in it (issue 16): a typed view of the catalogue's `work` area
 * (src/engine/i18n/pane-work.ts), loaded with the results view. `{name}` placeholders filled by `wf`.
 */
import { tRuntime, type Lang } from '../engine/i18n';
import type { PANE_WORK } from '../engine/i18n/pane-work';
import '../engine/i18n/pane-work';

export type WorkStringKey = keyof typeof PANE_WORK;

/** The text of `key` in `lang`. */
export function w(key: WorkStringKey, lang: Lang): string {
  return tRuntime(lang, `work.${key}`, {});
}

/** The text of `key` with its `{name}` placeholders filled (numbers formatted for the language). */
export function wf(key: WorkStringKey, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return tRuntime(lang, `work.${key}`, params);
}
