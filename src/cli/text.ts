/** The command line's own words: a typed view of the catalogue's `cli` area (src/engine/i18n/cli.ts). */
import { t as translate, tRuntime, type Lang, type ParamName, type ParamsArg } from '../engine/i18n';
import { FILE_REASONS, type CLI } from '../engine/i18n/cli';

export type TextKey = keyof typeof CLI;

/** The CLI's text of `key`, its parameters checked against the templates (see engine/i18n). */
export function t<K extends TextKey>(key: K, lang: Lang, ...params: ParamsArg<`cli.${K}`>): string {
  return translate(lang, `cli.${key}` as `cli.${K}`, ...params);
}

/** The keys whose only parameter is `{value}` (a file, an option): what a usage error names. */
export type ValueKey = { [K in TextKey]: [ParamName<`cli.${K}`>] extends ['value'] ? K : never }[TextKey];

function reason(code: string, lang: Lang): string {
  return Object.hasOwn(FILE_REASONS, code) ? tRuntime(lang, `file.${code as keyof typeof FILE_REASONS}`, {}) : t('systemError', lang, { value: code });
}

/** One line: which file could not be read and why. */
export function readFailure(file: string, code: string, lang: Lang): string {
  return t('cannotRead', lang, { value: file, reason: reason(code, lang) });
}

/** One line: which file could not be written and why. */
export function writeFailure(file: string, code: string, lang: Lang): string {
  return t('cannotWrite', lang, { value: file, reason: reason(code, lang) });
}
