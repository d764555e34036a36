/**
 * Exact arithmetic on rounded points. A criterion's points are rounded half up to `decimals`
 * places before anything is summed (R3); sums are then taken over integers (points × 10^decimals),
 * so 0.1 + 0.2 totals 0.3, never 0.30000000000000004.
 */

const EPSILON = 1e-9;
export { EPSILON };

/** Scale factor of a number of decimal places. */
export function scaleOf(decimals: number): number {
  return 10 ** decimals;
}

/**
 * Rounds half up (away from zero) to an integer number of 10^-decimals units. The float is first
 * cut to 15 significant digits, so 1.005 (stored as 1.00499999…) rounds to 1.01 as a person expects.
 */
export function toUnits(value: number, decimals: number): number {
  const scaled = Number((value * scaleOf(decimals)).toPrecision(15));
  const rounded = Math.floor(Math.abs(scaled) + 0.5);
  return scaled < 0 ? -rounded : rounded;
}

/** Rounds half up to `decimals` places; the result is the double nearest the decimal value. */
export function roundHalfUp(value: number, decimals: number): number {
  const units = toUnits(value, decimals);
  return units === 0 ? 0 : units / scaleOf(decimals);
}

/** Units of a value that is already rounded to `decimals` places. */
export function unitsOfRounded(value: number, decimals: number): number {
  return Math.round(value * scaleOf(decimals));
}

/** Exact sum of values already rounded to `decimals` places. */
export function sumRounded(values: Iterable<number>, decimals: number): number {
  let units = 0;
  for (const v of values) units += unitsOfRounded(v, decimals);
  return units === 0 ? 0 : units / scaleOf(decimals);
}

/** a − b for rounded values, exactly. */
export function subtractRounded(a: number, b: number, decimals: number): number {
  const units = unitsOfRounded(a, decimals) - unitsOfRounded(b, decimals);
  return units === 0 ? 0 : units / scaleOf(decimals);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
