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

export function diagnosticText(d: Diagnostic, lang: Lang): string {
  return message(d.code, d.params, lang);
}

/** `'Số liệu'!D7: message`, the form the CLI prints and the pane lists. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  return `${d.sheet}!${d.cell}: ${diagnosticText(d, lang)}`;
}
