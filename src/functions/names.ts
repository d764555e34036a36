/**
 * The Vietnamese names of the functions and their parameters (vi.json, the dictionary the build turns
 * into functions-vi.json). Error messages name a parameter as the Vietnamese tooltip shows it.
 */
import vi from './vi.json';

export type FunctionId = keyof typeof vi;
export type ParamOf<F extends FunctionId> = keyof (typeof vi)[F]['parameters'] & string;

/** The Vietnamese name of a parameter, e.g. `thực_hiện` for RATE's `actual`. */
export function paramName<F extends FunctionId>(fn: F, param: ParamOf<F>): string {
  const params = vi[fn].parameters as Record<string, { name: string }>;
  return params[param]?.name ?? param;
}
