/**
 * `npm run demo`: the main job on the bundled sample cluster. Writes the Hải Phòng preset workbook,
 * scores it exactly as `thidua score` does, prints the ranking and the nomination draft, and says
 * where the result workbook is.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PRESET } from '../presets';
import { scoreCommand, templateCommand } from './main';

async function demo(): Promise<number> {
  const dir = path.resolve(process.cwd(), 'out', 'demo');
  await fs.mkdir(dir, { recursive: true });
  const input = path.join(dir, `${DEFAULT_PRESET}.xlsx`);
  const output = path.join(dir, `${DEFAULT_PRESET}.ketqua.xlsx`);
  // Both files are the demo's own, made fresh on every run.
  await fs.rm(input, { force: true });
  await fs.rm(output, { force: true });
  const made = await templateCommand(input, DEFAULT_PRESET, 'vi');
  if (made !== 0) return made;
  process.stdout.write('\n');
  return scoreCommand({ input, out: output, json: path.join(dir, `${DEFAULT_PRESET}.json`), lang: 'vi' });
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
