/**
 * axe-core in the pane's frame (node_modules/axe-core/axe.min.js injected): WCAG 2.x A/AA and best
 * practices; returns the serious and critical violations, Fluent's tabster focus bumpers left out
 * (a known false positive, as in a11y.test.ts).
 */
import { readFileSync } from 'fs';
import type { Frame, Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function axeSerious(pane: Frame | Page): Promise<string[]> {
  if (!(await pane.evaluate(() => 'axe' in window))) await pane.evaluate(AXE);
  await pane.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const violations = await pane.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    const bumper = (target: string[]): boolean => target.length === 1 && !!document.querySelector(target[0]!)?.hasAttribute('data-tabster-dummy');
    return r.violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && bumper(n.target))).map((n) => ({ target: n.target })) }))
      .filter((v) => v.nodes.length > 0);
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
