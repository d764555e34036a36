/** Vietnamese collation: a ă â b c d đ e ê …, tones after letters ("An Dương" < "An Lão" < "Ân Thi"). */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
