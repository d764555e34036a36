/** The `Hạn nộp` setting: a date typed as text (`31/01/2025`) or a date cell (a serial day number). */
import { parseText, type Parsed } from './cells';
import type { Cell } from './grid';

/** Excel's serial day (1900 system) as `dd/mm/yyyy`. */
export function serialDate(serial: number): string {
  const d = new Date(Math.round((serial - 25_569) * 86_400_000));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function parseDeadline(cell: Cell | undefined): Parsed<string | null> {
  // A date cell is a serial day number; a plausible one (1950–2150) is shown as a date.
  if (typeof cell === 'number' && cell > 18_264 && cell < 91_315) return { ok: true, value: serialDate(cell) };
  return parseText(cell);
}
