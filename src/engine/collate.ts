/** Vietnamese collation: a ă â b c d đ e ê …, tones after letters ("An Dương" < "An Lão" < "Ân Thi"). */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/**
 * Names the collator finds equal ("Đơn vị 01" and "Đơn vị 1" under numeric collation, a name with
 * a soft hyphen) are still different units: plain code-point order settles them, so the order never
 * depends on the order of the rows.
 */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
