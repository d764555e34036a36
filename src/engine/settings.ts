import { z } from 'zod';
import type { Band, Settings } from './model';

/** The default classification bands of workbook-format.md. */
export const DEFAULT_BANDS: readonly Band[] = [
  { name: 'Xuất sắc', min: 90 },
  { name: 'Tốt', min: 80 },
  { name: 'Khá', min: 65 },
  { name: 'Trung bình', min: 50 },
  { name: 'Yếu', min: 0 },
];

const TieBreakSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), code: z.string().min(1) }),
  z.object({ kind: z.literal('exceeded') }),
  z.object({ kind: z.literal('penalty') }),
  z.object({ kind: z.literal('bonus') }),
]);

/**
 * One schema for the `Cài đặt` settings, shared by the task pane, the custom functions and the CLI:
 * every option with its default (`param ?? default`), validated once.
 */
export const SettingsSchema = z.object({
  cluster: z.string().nullable().default(null),
  year: z.number().int().nullable().default(null),
  period: z.string().nullable().default(null),
  decimals: z.number().int().min(0).max(6).default(2),
  missing: z.enum(['zero', 'exclude', 'error']).default('zero'),
  rankBy: z.enum(['total', 'percent']).default('total'),
  rankStyle: z.enum(['competition', 'dense']).default('competition'),
  tieBreaks: z.array(TieBreakSchema).nullable().default(null),
  classification: z
    .array(z.object({ name: z.string().min(1), min: z.number().finite() }))
    .min(1)
    .default(() => DEFAULT_BANDS.map((b) => ({ ...b }))),
  oneAwardPerUnit: z.boolean().default(true),
  selfScoreGap: z.number().min(0).max(1).default(0.05),
  totalBonusCap: z.number().min(0).nullable().default(null),
});

export type SettingsInput = z.input<typeof SettingsSchema>;

/** Settings with every default filled in; throws only on misuse (values of the wrong type). */
export function makeSettings(input: SettingsInput = {}): Settings {
  const parsed = SettingsSchema.parse(input);
  // Bands are tried from the highest threshold down, whatever order the user wrote them in.
  parsed.classification.sort((a, b) => b.min - a.min);
  return parsed;
}
