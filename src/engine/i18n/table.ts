/**
 * The catalogue's one table at run time. Each area registers its entries when its module is loaded,
 * so a bundle carries only the areas its code uses (the task pane's first load has no CLI usage text,
 * no audit or form sheet words): the diagnostics and the result words are loaded by `t` itself; a
 * module that uses a key of another area imports that area (test/i18n/areas-loaded.test.ts checks it).
 */
import type { Area, Entry } from './template';

const TABLE = new Map<string, Entry>();

/** Adds an area's entries under `prefix.` and returns them as they are (their literal types kept). */
export function register<P extends string, T extends Area>(prefix: P, entries: T): T {
  for (const key of Object.keys(entries)) TABLE.set(`${prefix}.${key}`, entries[key]!);
  return entries;
}

/** The entry of `key`, when its area is loaded. */
export function entryOf(key: string): Entry | undefined {
  return TABLE.get(key);
}

/** Every entry loaded, for the catalogue's own tests. */
export function loadedEntries(): [string, Entry][] {
  return [...TABLE];
}
