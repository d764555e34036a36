import type * as z from 'zod/mini';
import type { Settings } from './model';
import { SettingsSchema } from './settings-table';

export { DEFAULT_BANDS, SettingsSchema } from './settings-table';

export type SettingsInput = z.input<typeof SettingsSchema>;

/** Settings with every default filled in; throws only on misuse (values of the wrong type). */
export function makeSettings(input: SettingsInput = {}): Settings {
  const parsed = SettingsSchema.parse(input);
  // Bands are tried from the highest threshold down, whatever order the user wrote them in.
  parsed.classification.sort((a, b) => b.min - a.min);
  return parsed;
}
