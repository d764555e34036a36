/**
 * The shape of a catalogue entry and the parameters a template asks for, inferred from its text:
 * `'Trang “{sheet}” có {rows} dòng'` asks for `sheet` and `rows`. A placeholder is `{name}` with a
 * name of letters, digits or `_` (what `fill` replaces); other braces are plain text.
 */
import type { Lang } from './lang';

/** One text in both languages, side by side. */
export type Entry = Readonly<Record<Lang, string>>;

/** A table of entries of one area (diagnostics, the CLI, the pane, …). */
export type Area = Readonly<Record<string, Entry>>;

type NotAName = ' ' | '{' | '}' | '"' | "'" | ':' | ',' | '.' | '-' | '(' | ')' | '“' | '”' | '\n';

/** The placeholder names of a template literal type (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends '' | `${string}${NotAName}${string}` ? never : Name) | Placeholders<Rest>
  : never;

/** A placeholder's value: text as it is, a number formatted for the language. */
export type ParamValue = string | number;
