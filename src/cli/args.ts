/** Command-line options: parsed with node's parseArgs, validated with zod. */
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';

const Lang = z.enum(['vi', 'en']);
const Name = z.string().check(z.minLength(1));

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('help'), topic: z.nullable(z.enum(['score', 'template', 'presets', 'ballots', 'forms', 'consolidate'])), lang: Lang }),
  z.object({ command: z.literal('version') }),
  z.object({ command: z.literal('presets'), lang: Lang }),
  z.object({ command: z.literal('score'), input: Name, out: z.nullable(Name), json: z.nullable(Name), lang: Lang, audit: z.optional(z.boolean()), documents: z.optional(z.boolean()), pdf: z.optional(Name), saveHistory: z.optional(z.boolean()), allWarnings: z.optional(z.boolean()) }),
  z.object({ command: z.literal('template'), output: Name, preset: Name, lang: Lang }),
  z.object({ command: z.literal('ballots'), input: Name, out: z.nullable(Name), lang: Lang }),
  z.object({ command: z.literal('forms'), input: Name, outDir: Name, lang: Lang }),
  z.object({
    command: z.literal('consolidate'),
    input: Name,
    forms: z.array(Name).check(z.minLength(1)),
    out: z.nullable(Name),
    prefer: z.enum(['cluster', 'submitted']),
    lang: Lang,
  }),
]);

export type Command = z.infer<typeof CommandSchema>;

export type ParseOutcome =
  | { ok: true; command: Command }
  | { ok: false; key: 'unknownCommand' | 'badOption' | 'missingArg' | 'missingValue' | 'extraArg' | 'badLang'; value: string; command: string };

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  lang: { type: 'string' },
  preset: { type: 'string' },
  audit: { type: 'boolean' },
  documents: { type: 'boolean' },
  pdf: { type: 'string' },
  'save-history': { type: 'boolean' },
  'all-warnings': { type: 'boolean' },
  'out-dir': { type: 'string' },
  prefer: { type: 'string' },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  score: ['help', 'out', 'json', 'lang', 'audit', 'documents', 'pdf', 'save-history', 'all-warnings'],
  template: ['help', 'preset', 'lang'],
  presets: ['help', 'lang'],
  ballots: ['help', 'out', 'lang'],
  forms: ['help', 'out-dir', 'lang'],
  consolidate: ['help', 'out', 'prefer', 'lang'],
};

export function parseCommand(argv: readonly string[], defaultPreset: string): ParseOutcome {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Not `instanceof Error`: node's own errors come from another realm under a VM (jest).
    const text = (e as { message?: unknown } | null)?.message;
    const message = typeof text === 'string' ? text : '';
    const m = /'([^']+)'/.exec(message);
    // "Option '--json <value>' argument missing": the option was given without its value.
    if (/argument missing/.test(message)) return { ok: false, key: 'missingValue', value: (m?.[1] ?? '').replace(/\s*<value>$/, ''), command: argv[0] ?? '' };
    return { ok: false, key: 'badOption', value: m?.[1] ?? argv.join(' '), command: argv[0] ?? '' };
  }
  const { values, positionals } = parsed;
  const langText = values.lang ?? 'vi';
  const [name, ...rest] = positionals;
  const cmd = name ?? '';
  if (langText !== 'vi' && langText !== 'en') return { ok: false, key: 'badLang', value: langText, command: cmd };
  const lang: 'vi' | 'en' = langText;
  if (values.version && !name) return { ok: true, command: { command: 'version' } };
  if (!name) return { ok: true, command: { command: 'help', topic: null, lang } };
  const allowed = ALLOWED[name];
  if (!allowed) return { ok: false, key: 'unknownCommand', value: name, command: '' };
  const extra = Object.keys(values).find((k) => !allowed.includes(k));
  if (extra) return { ok: false, key: 'badOption', value: `--${extra}`, command: name };
  if (values.help) return { ok: true, command: { command: 'help', topic: name as 'score' | 'template' | 'presets' | 'ballots' | 'forms' | 'consolidate', lang } };
  const maxPositionals = name === 'presets' ? 0 : name === 'consolidate' ? Infinity : 1;
  if (rest.length > maxPositionals) return { ok: false, key: 'extraArg', value: rest[maxPositionals]!, command: name };
  if (name !== 'presets' && rest.length === 0) return { ok: false, key: 'missingArg', value: '', command: name };
  // consolidate needs the cluster workbook and at least one form; forms needs its folder.
  if (name === 'consolidate' && rest.length < 2) return { ok: false, key: 'missingArg', value: '', command: name };
  if (name === 'forms' && values['out-dir'] === undefined) return { ok: false, key: 'missingValue', value: '--out-dir', command: name };
  if (values.prefer !== undefined && values.prefer !== 'submitted' && values.prefer !== 'cluster') return { ok: false, key: 'badOption', value: `--prefer ${values.prefer}`, command: name };
  const candidate =
    name === 'score'
      ? { command: 'score', input: rest[0], out: values.out ?? null, json: values.json ?? null, lang, ...(values.audit ? { audit: true } : {}), ...(values.documents ? { documents: true } : {}), ...(values.pdf !== undefined ? { pdf: values.pdf } : {}), ...(values['save-history'] ? { saveHistory: true } : {}), ...(values['all-warnings'] ? { allWarnings: true } : {}) }
      : name === 'template'
        ? { command: 'template', output: rest[0], preset: values.preset ?? defaultPreset, lang }
        : name === 'ballots'
          ? { command: 'ballots', input: rest[0], out: values.out ?? null, lang }
          : name === 'forms'
            ? { command: 'forms', input: rest[0], outDir: values['out-dir'], lang }
            : name === 'consolidate'
              ? { command: 'consolidate', input: rest[0], forms: rest.slice(1), out: values.out ?? null, prefer: values.prefer ?? 'cluster', lang }
              : { command: 'presets', lang };
  const checked = CommandSchema.safeParse(candidate);
  if (!checked.success) return { ok: false, key: 'badOption', value: String(checked.error.issues[0]?.path[0] ?? ''), command: name };
  return { ok: true, command: checked.data };
}
