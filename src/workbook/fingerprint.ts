/**
 * The fingerprint of a criteria set (codes, kinds, maxima): a form carries the one it was made from,
 * so a form made for another set of criteria is recognised when it comes back (cycle.md §1).
 */
import type { Criterion } from '../engine/model';

/** FNV-1a over the UTF-16 code units, 32 bits, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits: two 32-bit FNV-1a hashes of the same text from two bases. */
export function hashText(text: string): string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01234567));
}

/** The same for any order of the rows: the criteria are taken in code order. */
export function criteriaFingerprint(criteria: readonly Pick<Criterion, 'code' | 'kind' | 'max'>[]): string {
  const lines = criteria.map((c) => `${c.code}\t${c.kind}\t${c.max === null ? '' : String(c.max)}`);
  lines.sort();
  return hashText(lines.join('\n'));
}
