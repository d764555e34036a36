/**
 * Turning parsed cells into record fields with their diagnostics, and checking whole records with
 * zod: the boundary between the user's cells and the engine's typed model.
 */
import type * as z from 'zod/mini';
import type { DiagnosticList } from '../engine/diagnostics';
import type { MessageCode } from '../engine/messages';
import type { CellRef } from '../engine/model';
import type { Parsed } from './cells';

/**
 * Records the parse's error or warning at `at` (a cell, or a function giving it, so the address is
 * only made when there is something to say); the value, or undefined when it failed.
 */
export function take<T>(parsed: Parsed<T>, at: CellRef | (() => CellRef), diags: DiagnosticList): T | undefined {
  if (!parsed.ok) {
    diags.error(typeof at === 'function' ? at() : at, parsed.code, parsed.params);
    return undefined;
  }
  if (parsed.warning) diags.warning(typeof at === 'function' ? at() : at, parsed.warning.code, parsed.warning.params);
  return parsed.value;
}

/** take() at one field of a table row, without making the row's cell address unless needed. */
export function takeAt<T, K extends string>(parsed: Parsed<T>, row: { at(key: K): CellRef }, key: K, diags: DiagnosticList): T | undefined {
  return parsed.ok && parsed.warning === undefined ? parsed.value : take(parsed, row.at(key), diags);
}

const KNOWN_ISSUES = new Set<string>(['negative', 'notInteger', 'required', 'badSetting']);

/**
 * Validates a record with its zod schema; each issue becomes an error at the cell of its field,
 * with the message named by the schema (`{ error: 'negative' }`).
 */
export function checkRecord<S extends z.ZodMiniType>(
  schema: S,
  record: unknown,
  locate: (field: string) => CellRef,
  header: (field: string) => string,
  valueOf: (field: string) => unknown,
  diags: DiagnosticList,
): z.output<S> | null {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const code = (KNOWN_ISSUES.has(issue.message) ? issue.message : 'required') as MessageCode;
    const value = valueOf(field);
    // A number stays a number, so the message writes it the reader's way (1,5 in Vietnamese).
    diags.error(locate(field), code, { header: header(field), value: typeof value === 'number' ? value : String(value ?? '') });
  }
  return null;
}
