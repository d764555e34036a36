/**
 * The custom functions' only contact with Excel's runtime: the errors a cell shows, a wrapper that
 * turns anything unexpected into one of them, and the guard through which functions are associated.
 */

import { t, type Lang } from '../engine/i18n';
import '../engine/i18n/functions';

type Runtime = typeof CustomFunctions;

/** Excel's `CustomFunctions` global; undefined outside Excel (a browser preview, a test without it). */
function runtime(): Runtime | undefined {
  return (globalThis as { CustomFunctions?: Runtime }).CustomFunctions;
}

/** #VALUE! with a message: an argument Excel passed cannot be used. */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A with a message: there is no answer for these arguments (no target, value not in the column). */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** An Excel error value: a `CustomFunctions.Error`, or what Excel passes in for an error cell. */
export function isErrorValue(v: unknown): v is { code: string; message?: string } {
  return typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string' && (v as { code: string }).code.startsWith('#');
}

/**
 * Runs a function body in `lang` (Office's display language): Excel errors pass through, anything
 * else becomes #VALUE! with its text.
 */
export function run<T>(lang: Lang, body: (lang: Lang) => T): T {
  try {
    return body(lang);
  } catch (e) {
    if (isErrorValue(e)) throw e;
    throw invalidValue(t(lang, 'fn.unexpected', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

export interface Registrar {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * What `CustomFunctions.associate(id, fn)` calls go through in functions.ts: Excel's runtime when it is
 * there, nothing otherwise, so that the bundle loads without error outside Excel.
 */
export function guardedRegistrar(): Registrar {
  return {
    associate(id, fn) {
      const r = runtime();
      if (r && typeof r.associate === 'function') r.associate(id, fn);
    },
  };
}
