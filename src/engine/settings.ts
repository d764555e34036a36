import * as z from 'zod/mini';
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
  z.object({ kind: z.literal('criterion'), code: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('exceeded') }),
  z.object({ kind: z.literal('penalty') }),
  z.object({ kind: z.literal('bonus') }),
]);

const FractionSchema = z.object({ num: z.int().check(z.minimum(1)), den: z.int().check(z.minimum(1)) });

/**
 * One schema for the `Cài đặt` settings, shared by the task pane, the custom functions and the CLI:
 * every option with its default (`param ?? default`), validated once.
 */
export const SettingsSchema = z.object({
  cluster: z._default(z.nullable(z.string()), null),
  year: z._default(z.nullable(z.int()), null),
  period: z._default(z.nullable(z.string()), null),
  decimals: z._default(z.int().check(z.minimum(0), z.maximum(6)), 2),
  missing: z._default(z.enum(['zero', 'exclude', 'error']), 'zero'),
  rankBy: z._default(z.enum(['total', 'percent']), 'total'),
  rankStyle: z._default(z.enum(['competition', 'dense']), 'competition'),
  tieBreaks: z._default(z.nullable(z.array(TieBreakSchema)), null),
  classification: z._default(
    z.array(z.object({ name: z.string().check(z.minLength(1)), min: z.number() })).check(z.minLength(1)),
    () => DEFAULT_BANDS.map((b) => ({ ...b })),
  ),
  oneAwardPerUnit: z._default(z.boolean(), true),
  selfScoreGap: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.05),
  totalBonusCap: z._default(z.nullable(z.number().check(z.minimum(0))), null),
  managingBody: z._default(z.nullable(z.string()), null),
  issuingBody: z._default(z.nullable(z.string()), null),
  reference: z._default(z.nullable(z.string()), null),
  place: z._default(z.nullable(z.string()), null),
  signDate: z._default(z.nullable(z.string()), null),
  authority: z._default(z.nullable(z.string()), null),
  signerTitle: z._default(z.nullable(z.string()), null),
  signer: z._default(z.nullable(z.string()), null),
  recipients: z._default(z.nullable(z.string()), null),
  // The vote (vote.md): shares are exact fractions num/den.
  voters: z._default(z.nullable(z.int().check(z.minimum(1))), null),
  voteThreshold: z._default(z.union([z.literal('majority'), FractionSchema]), 'majority'),
  voteBase: z._default(z.enum(['voters', 'valid']), 'voters'),
  quorum: z._default(z.nullable(FractionSchema), null),
  voteTie: z._default(z.enum(['revote', 'rank']), 'revote'),
  compareWith: z.optional(z.nullable(z.object({ year: z.int(), period: z.enum(['half', 'year']) }))),
  deadline: z._default(z.nullable(z.string()), null),
});

export type SettingsInput = z.input<typeof SettingsSchema>;

/** Settings with every default filled in; throws only on misuse (values of the wrong type). */
export function makeSettings(input: SettingsInput = {}): Settings {
  const parsed = SettingsSchema.parse(input);
  // Bands are tried from the highest threshold down, whatever order the user wrote them in.
  parsed.classification.sort((a, b) => b.min - a.min);
  return parsed;
}
