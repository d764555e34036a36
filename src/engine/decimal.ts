/**
 * Exact arithmetic on rounded points. A criterion's points are rounded half up to `decimals`
 * places before anything is summed (R3); sums are then taken over integers (points × 10^decimals),
 * so 0.1 + 0.2 totals 0.3, never 0.30000000000000004.
 */

const EPSILON = 1e-9;
export { EPSILON };

/** 10^0 … 10^15, computed as `scaleOf` always did (a table lookup instead of a power on every rounding). */
const SCALES: readonly number[] = Array.from({ length: 16 }, (_, d) => 10 ** d);

/** Scale factor of a number of decimal places. */
export function scaleOf(decimals: number): number {
  return SCALES[decimals] ?? 10 ** decimals;
}

/**
 * Rounds half up (away from zero) to an integer number of 10^-decimals units. Binary floats carry
 * the decimal a person means with a tiny error (10 × 447.6 / 480 is 9.324999999999999, meaning
 * 9.325): a fraction within a few units in the last place of one half counts as one half, so 9.325
 * rounds to 9.33, as Excel's ROUND gives.
 */
export function toUnits(value: number, decimals: number): number {
  const scaled = Math.abs(value * scaleOf(decimals));
  let units = Math.floor(scaled);
  if (scaled - units >= 0.5 - Math.max(1e-9, scaled * 1e-14)) units += 1;
  return value < 0 ? -units : units;
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
