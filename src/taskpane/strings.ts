/**
 * The task pane's words: a typed view of the catalogue's `pane` area (src/engine/i18n/pane.ts). Words
 * of results and of diagnostics come from the engine (labels.ts, explain.ts, messages.ts).
 * `{name}` placeholders are filled by `tf`, which requires every one of them.
 */
import { pickLang, t as translate, tRuntime, type Lang, type Params, type ParamsArg } from '../engine/i18n';
import type { PANE } from '../engine/i18n/pane';
import '../engine/i18n/pane';

export type StringKey = keyof typeof PANE;

/** The keys whose text has no `{name}` placeholder. */
export type PlainKey = { [K in StringKey]: ParamsArg<`pane.${K}`> extends [] ? K : never }[StringKey];

/** The text of `key` in `lang`. */
export function t(key: PlainKey, lang: Lang): string {
  return translate(lang, `pane.${key}`);
}

/** The text of `key` with its `{name}` placeholders filled (numbers formatted for the language); every parameter is required. */
export function tf<K extends StringKey>(key: K, params: Params<`pane.${K}`>, lang: Lang): string {
  return tRuntime(lang, `pane.${key}`, params);
}

/** Names of the languages, each in its own language (never translated). */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The UI language for Office's display language (`vi…` → Vietnamese, anything else → English). */
export { pickLang };
