/**
 * Name matching. Sheet names, headers and words such as `định lượng` are matched without case,
 * diacritics, spaces, "_" or "-" ("Tiêu chí" = "TIEU CHI" = "tieu_chi" = "TieuChi").
 * Unit names keep their diacritics (Tân Mỹ is not Tân My) but ignore case, extra spaces and the
 * old/new tone placement (Thuỷ = Thủy, Hoà = Hòa).
 */

const COMBINING = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s_\-\u00a0]+/g;

const keys = new Map<string, string>();

/** The key a sheet name, header or keyword is matched by (memoised: the same words recur). */
export function normalizeKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 10_000) keys.clear();
    key = computeKey(text);
    keys.set(text, key);
  }
  return key;
}

function computeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, '');
}

/** Tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const unitKeys = new Map<string, string>();

/** The key unit names are matched by (memoised: a cluster repeats each name once per criterion). */
export function normalizeUnitName(name: string): string {
  let key = unitKeys.get(name);
  if (key === undefined) {
    if (unitKeys.size > 100_000) unitKeys.clear();
    key = unitKey(name);
    unitKeys.set(name, key);
  }
  return key;
}

function unitKey(name: string): string {
  const s = name.normalize('NFD').toLowerCase().trim();
  // Nearly every name: words apart by one space, each tone mark already last in its word (`vị`).
  // Then the key is `s` as it is, without splitting it word by word (100,000 units, 0.1 s).
  if (tonesLast(s)) return s.normalize('NFC');
  return s
    .split(/\s+/)
    .map((word) => {
      const tones = word.match(TONES) ?? [];
      return word.replace(TONES, '') + tones.join('');
    })
    .join(' ')
    .normalize('NFC');
}

/**
 * True when a trimmed, decomposed name is its own key: its words apart by single spaces (no other
 * white space) and every tone mark followed only by tone marks up to the end of its word.
 */
function tonesLast(s: string): boolean {
  let afterTone = false;
  let afterSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
      afterTone = false;
      continue;
    }
    afterSpace = false;
    if (c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323) {
      afterTone = true;
      continue;
    }
    if (afterTone) return false;
    // Other white space (tabs, no-break and wide spaces…): the word-by-word way.
    if (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
  }
  return true;
}

const cleanNames = new Map<string, string>();

/** A name as it should be shown: NFC, trimmed, single spaces (memoised, as unit keys are). */
export function cleanName(name: string): string {
  let clean = cleanNames.get(name);
  if (clean === undefined) {
    if (cleanNames.size > 100_000) cleanNames.clear();
    clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    cleanNames.set(name, clean);
  }
  return clean;
}
