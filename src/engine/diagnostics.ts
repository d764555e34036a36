import { message, type MessageCode, type MessageParams } from './messages';
import type { CellRef, Lang } from './model';

export type Severity = 'error' | 'warning';

/** A problem in the user's data, located at a cell; its text comes from the message catalogue. */
export interface Diagnostic {
  severity: Severity;
  sheet: string;
  cell: string;
  code: MessageCode;
  params: MessageParams;
}

/** Collects diagnostics; never stops at the first (R6). */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(severity: Severity, at: CellRef, code: MessageCode, params: MessageParams = {}): void {
    this.items.push({ severity, sheet: at.sheet, cell: at.cell, code, params });
  }

  error(at: CellRef, code: MessageCode, params: MessageParams = {}): void {
    this.add('error', at, code, params);
  }

  warning(at: CellRef, code: MessageCode, params: MessageParams = {}): void {
    this.add('warning', at, code, params);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Diagnostics about a sheet that is not in the workbook: their `Sheet!A1` names it, but there is no cell to go to. */
const ABSENT_SHEET: ReadonlySet<MessageCode> = new Set<MessageCode>(['missingSheet', 'noDataSheet']);

/** True when the diagnostic's cell exists in the workbook, so the task pane can select it. */
export function hasCell(d: Diagnostic): boolean {
  return !ABSENT_SHEET.has(d.code);
}

export function diagnosticText(d: Diagnostic, lang: Lang): string {
  return message(d.code, d.params, lang);
}

/** `'Số liệu'!D7: message`, the form the CLI prints and the pane lists. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  return `${d.sheet}!${d.cell}: ${diagnosticText(d, lang)}`;
}
