/**
 * Accessibility of the task pane in a real browser: axe-core (node_modules/axe-core/axe.min.js,
 * injected into the pane's frame) finds no serious or critical violation in the pane's main states
 * — colour contrast included, which the jsdom scan of test/taskpane cannot check — and every
 * action is reachable by the keyboard: Tab to *Chấm điểm & xếp hạng* and Enter scores; Tab to a
 * unit of the ranking and Enter opens its drill-down.
 */
import { readFileSync } from 'fs';
import type { Frame, Page } from 'playwright-core';
import { openPreview, paneFrame, startSession, type Session } from './support';

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let session: Session;
/** Every violation found (any impact), by state, for the report printed at the end. */
const found: Record<string, string[]> = {};

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
  const lines = Object.entries(found).map(([state, v]) => `${state}: ${v.length ? v.join('; ') : 'no violation'}`);
  console.log(`axe-core in Chromium, the pane's states:\n${lines.join('\n')}`);
});

afterEach(() => {
  expect(session.external).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

/** Runs axe on the pane's document (WCAG 2.x A/AA and best practices); returns the serious and critical violations. */
async function scan(pane: Frame, state: string): Promise<string[]> {
  if (!(await pane.evaluate(() => 'axe' in window))) await pane.evaluate(AXE);
  // Fluent's motions (an accordion panel fading in) must be over: mid-fade text fails contrast.
  await pane.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const violations = await pane.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    // Fluent's focus manager (tabster) puts aria-hidden focus bumpers (<i data-tabster-dummy tabindex=0>)
    // around TabList and the like: they hand focus on at once and are hidden from screen readers on
    // purpose. Fluent lists them as a known axe false positive (microsoft/tabster#288,
    // microsoft/fluentui#27517, "by design"); they are left out, and only them.
    const bumper = (target: string[]): boolean => target.length === 1 && !!document.querySelector(target[0]!)?.hasAttribute('data-tabster-dummy');
    return r.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })).filter((n) => !(v.id === 'aria-hidden-focus' && bumper(n.target))),
      }))
      .filter((v) => v.nodes.length > 0);
  });
  found[state] = violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function fresh(): Promise<{ page: Page; pane: Frame }> {
  const { page } = await session.newPage();
  const pane = await openPreview(page, session.server);
  return { page, pane };
}

/** The focused element of the pane, described (tag, role, text), or null when focus is elsewhere. */
function focused(pane: Frame): Promise<{ tag: string; text: string; unit: string | null } | null> {
  return pane.evaluate(() => {
    const el = document.activeElement;
    if (!document.hasFocus() || !el || el === document.body) return null;
    return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), unit: el.closest('tr')?.getAttribute('data-unit') ?? null };
  });
}

/** Presses Tab from the top of the page until `want` holds for the pane's focused element. */
async function tabTo(page: Page, pane: Frame, want: (f: { tag: string; text: string; unit: string | null }) => boolean, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(pane);
    if (f && want(f)) return i;
  }
  throw new Error(`not reached with ${max} presses of Tab`);
}

describe('axe-core finds no serious or critical violation', () => {
  test('initial state, check section with diagnostics, template section', async () => {
    const { pane } = await fresh();
    expect(await scan(pane, 'initial')).toEqual([]);
    await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane.getByRole('list', { name: 'Danh sách lỗi và cảnh báo' }).waitFor();
    expect(await scan(pane, 'diagnostics (warnings of the sample)')).toEqual([]);
    await pane.getByRole('tab', { name: 'Bảng mẫu' }).click();
    expect(await scan(pane, 'template section')).toEqual([]);
  });

  test('results, drill-down (every section open), English', async () => {
    const { pane } = await fresh();
    await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
    await pane.getByTestId('score-results').waitFor();
    expect(await scan(pane, 'results')).toEqual([]);
    await pane.getByRole('button', { name: 'An Lão', exact: true }).click();
    await pane.getByTestId('unit-detail').waitFor();
    const warnings = pane.getByRole('button', { name: /^Cảnh báo/ });
    if (await warnings.count()) await warnings.click();
    expect(await scan(pane, 'drill-down')).toEqual([]);
    await pane.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await pane.getByRole('tab', { name: 'Score' }).waitFor();
    expect(await scan(pane, 'English, results and drill-down')).toEqual([]);
  });

  test('an error found while scoring (the data has errors)', async () => {
    const { page, pane } = await fresh();
    // Break the sample in the pane's workbook directly, then score: the errors are listed.
    await pane.evaluate(async () => {
      const book = await (window as unknown as { thiduaPane: { book: Promise<{ sheet(n: string): { rows: unknown[][] } }> } }).thiduaPane.book;
      book.sheet('Số liệu').rows[1]![3] = 'abc';
    });
    await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
    await pane.getByTestId('score-errors').waitFor();
    expect(await scan(pane, 'score with data errors')).toEqual([]);
    expect(page.url()).toContain(session.server.url);
  });
});

describe('keyboard', () => {
  test('Tab reaches Chấm điểm & xếp hạng and Enter scores', async () => {
    const { page, pane } = await fresh();
    const presses = await tabTo(page, pane, (f) => f.tag === 'button' && f.text === 'Chấm điểm & xếp hạng');
    expect(presses).toBeLessThan(30);
    await page.keyboard.press('Enter');
    await pane.getByTestId('score-results').waitFor();
    expect((await pane.$$eval('[data-testid=ranking] tbody tr', (r) => r.map((x) => x.getAttribute('data-unit'))))[0]).toBe('Thủy Nguyên');
  });

  test('a unit’s drill-down opens with the keyboard only', async () => {
    const { page, pane } = await fresh();
    await tabTo(page, pane, (f) => f.tag === 'button' && f.text === 'Chấm điểm & xếp hạng');
    await page.keyboard.press('Enter');
    await pane.getByTestId('score-results').waitFor();
    // From the score button onwards: the ranking's unit links come next in the tab order.
    await tabTo(page, pane, (f) => f.unit === 'Vĩnh Bảo' && f.text === 'Vĩnh Bảo', 40);
    await page.keyboard.press('Enter');
    const detail = pane.getByTestId('unit-detail');
    await detail.waitFor();
    expect(await detail.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe('Vĩnh Bảo');
    // The focus has moved to the drill-down's unit picker, which is scrolled into view.
    await pane.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    const top = await pane.evaluate(() => document.activeElement!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await pane.evaluate(() => window.innerHeight));
    // The arrow keys work on the unit picker: the next unit of the ranking.
    await page.keyboard.press('ArrowDown');
    expect(await detail.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe('An Lão');
  });

  test('a 320 px pane does not scroll sideways, in Vietnamese or English', async () => {
    for (const query of ['', '?lang=en']) {
      const { page } = await session.newPage();
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`${session.server.url}pane.html${query}`);
      await page.getByTestId('summary').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });

  test('the grid view’s sheet tabs and the preview’s buttons are keyboard-reachable too', async () => {
    const { page } = await session.newPage();
    await openPreview(page, session.server);
    const pane = await paneFrame(page);
    expect(pane).toBeTruthy();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (document.activeElement?.id || document.activeElement?.textContent || '').trim()));
    }
    expect(order.slice(0, 4)).toEqual(['file', 'download', 'sample', 'sheet-tab-1']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tiêu chí');
    await page.waitForFunction(() => document.querySelector('table.grid')?.getAttribute('data-sheet') === 'Tiêu chí');
  });
});
