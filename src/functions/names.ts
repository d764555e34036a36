/**
 * The Vietnamese names of the functions and their parameters (vi.json, the dictionary the build turns
 * into functions-vi.json). Error messages name a parameter as the tooltip of Office's language shows
 * it: the Vietnamese name, or the JSDoc name (functions.json) in English.
 */
import type { Lang } from '../engine/i18n';
import vi from './vi.json';

export type FunctionId = keyof typeof vi;
export type ParamOf<F extends FunctionId> = keyof (typeof vi)[F]['parameters'] & string;

/** The name of a parameter, e.g. `thực_hiện` for RATE's `actual` in Vietnamese, `actual` in English. */
export function paramName<F extends FunctionId>(fn: F, param: ParamOf<F>, lang: Lang): string {
  if (lang === 'en') return param;
  const params = vi[fn].parameters as Record<string, { name: string }>;
  return params[param]?.name ?? param;
}
