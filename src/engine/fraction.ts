/**
 * Exact shares for the vote (vote.md): `2/3`, `70%`, `0,7` kept as integer fractions, so that a
 * threshold is compared by cross-multiplying integers, never through a rounded float.
 */

/** A share num/den, 0 ≤ num ≤ den, den ≥ 1, in lowest terms. */
export interface Fraction {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function fraction(num: number, den: number): Fraction {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** Decimal digits ("0.7", "87,5", "70") as an exact fraction; null when they are not plain decimals. */
function decimalFraction(text: string): Fraction | null {
  const m = /^(\d*)(?:[.,](\d+))?$/.exec(text);
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  const frac = m[2] ?? '';
  // Beyond 9 decimals the integers would leave the safe range once multiplied by ballot counts.
  if (frac.length > 9 || (m[1] ?? '').length > 9) return null;
  return fraction(Number(`${m[1] || '0'}${frac}`), 10 ** frac.length);
}

/**
 * A share as users write it: `2/3`, `70%`, `70`, `0,7` or the number 0.7. A number above 1 without `%`
 * is a percent (the share rule of workbook-format.md). Null when it is not a share in (0, 1].
 */
export function parseFraction(value: string | number): Fraction | null {
  let f: Fraction | null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    const s = String(Number(value.toPrecision(12)));
    f = decimalFraction(s);
  } else {
    const text = value.replace(/\s+/g, '');
    const slash = /^(\d+)\/(\d+)$/.exec(text);
    if (slash) {
      const den = Number(slash[2]);
      if (den === 0 || slash[1]!.length > 9 || slash[2]!.length > 9) return null;
      return checked(fraction(Number(slash[1]), den));
    }
    const percent = text.endsWith('%');
    f = decimalFraction(percent ? text.slice(0, -1) : text);
    if (f && percent) return checked(fraction(f.num, f.den * 100));
  }
  if (!f) return null;
  // The share rule: at most 1 is a fraction, more is a percent.
  return checked(f.num > f.den ? fraction(f.num, f.den * 100) : f);
}

function checked(f: Fraction): Fraction | null {
  return f.num > 0 && f.num <= f.den ? f : null;
}

/** True when a/b ≥ f, exactly (a ≥ 0, b > 0). */
export function atLeast(a: number, b: number, f: Fraction): boolean {
  return a * f.den >= f.num * b;
}

/** `2/3`, `70%` (whole percents), else `7/10`: how a share is shown back to users. */
export function fractionText(f: Fraction): string {
  return (100 * f.num) % f.den === 0 ? `${(100 * f.num) / f.den}%` : `${f.num}/${f.den}`;
}
