/**
 * `thidua score --help` says how many warnings are printed from the constant that decides it
 * (WARNINGS_SHOWN, src/cli/diagnostics-out.ts), never a number written by hand: here the constant
 * is made 7, and the help must follow it.
 */
import { run } from './helpers';

jest.mock('../../src/cli/diagnostics-out', () => ({
  ...jest.requireActual<typeof import('../../src/cli/diagnostics-out')>('../../src/cli/diagnostics-out'),
  WARNINGS_SHOWN: 7,
}));

describe('score --help and WARNINGS_SHOWN', () => {
  it('shows the constant’s value, in Vietnamese and English', async () => {
    const vi = await run('score', '--help');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('--all-warnings in mọi cảnh báo (mặc định in 7 cảnh báo đầu và số còn lại;');
    const en = await run('score', '--help', '--lang', 'en');
    expect(en.stdout).toContain('--all-warnings print every warning (by default the first 7 and how many more;');
    for (const text of [vi.stdout, en.stdout]) {
      expect(text).not.toContain('{shown}');
      expect(text).not.toMatch(/\b20\b/);
    }
  });
});
