/**
 * One entry point for every user-visible text: `t(lang, key, params)`. The parameters a key takes
 * are inferred from its two templates, so a missing (or misspelt) parameter is a compile error, never
 * `{x}` on screen. See docs/architecture.md, "Adding a message".
 */
import { fill } from '../format';
import type { Catalogue } from './catalogue';
// The diagnostics every surface shows; the other areas are imported by the modules that use them (table.ts).
import './diagnostics';
import type { Lang } from './lang';
import { entryOf } from './table';
import type { Entry, ParamValue, Placeholders } from './template';

export type { Lang } from './lang';
export { pickLang } from './lang';
export type { Entry, ParamValue } from './template';

export type Key = keyof Catalogue;

/** The names of the parameters of `key` (from both its languages). */
export type ParamName<K extends Key> = Placeholders<Catalogue[K]['vi']> | Placeholders<Catalogue[K]['en']>;

/** The parameters of `key`, every one required. */
export type Params<K extends Key> = { readonly [P in ParamName<K>]: ParamValue };

/** No argument for a key without parameters; its parameters, all of them, otherwise. */
export type ParamsArg<K extends Key> = [ParamName<K>] extends [never] ? [] : [params: Params<K>];

/** A key whose area was not loaded: a programming error (the module using it must import its area). */
export class MissingTextError extends Error {
  constructor(readonly key: string) {
    super(`No text "${key}": import its area from src/engine/i18n/ in the module that uses it.`);
    this.name = 'MissingTextError';
  }
}

function entry(key: string): Entry {
  const e = entryOf(key);
  if (!e) throw new MissingTextError(key);
  return e;
}

/** The text of `key` in `lang`, its `{name}` placeholders filled (numbers formatted for the language). */
export function t<K extends Key>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  const template = entry(key)[lang];
  const [values] = params;
  return values ? fill(template, values as Readonly<Record<string, ParamValue>>, lang) : template;
}

/**
 * The same for a key known only at run time — a diagnostic's code stored in data — whose parameters
 * were checked where the diagnostic was made, not here. Prefer `t` wherever the key is written out.
 */
export function tRuntime(lang: Lang, key: Key, params: Readonly<Record<string, ParamValue>>): string {
  return fill(entry(key)[lang], params, lang);
}

/** Whether `key` is in the catalogue and its area loaded (for codes that come from outside, e.g. an old JSON). */
export function hasKey(key: string): key is Key {
  return entryOf(key) !== undefined;
}
