/**
 * The drill-down of one unit: each criterion's code and name, its status badge, points of max and
 * the one-line explanation of the points (engine explain()); each top-level group's subtotal after
 * its last criterion; bonus and deductions after, a deduction as `−2` with its cap.
 */
import { useEffect, useRef } from 'react';
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { explain } from '../../engine/explain';
import { formatNumber, groupHeading } from '../../engine/format';
import { isBonus, isDeduction, isExtra, isGroup } from '../../engine/kinds';
import type { Criterion, Lang } from '../../engine/model';
import type { ClusterResult, CriterionResult, UnitResult } from '../../engine/result';
import { t, tf } from '../strings';
import { w, wf } from '../work-strings';
import { ClassBadge, StatusBadge } from './badges';
import { CriteriaDots } from './StatusCharts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  table: { tableLayout: 'auto', width: '100%' },
  criterion: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXXS },
  code: { fontWeight: tokens.fontWeightSemibold },
  // Readable: the body's size less one step, in the secondary (not the muted) foreground.
  explanation: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  points: { textAlign: 'end', whiteSpace: 'nowrap' },
  pointsCol: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', position: 'relative' },
  cap: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'normal', textAlign: 'end' },
  deducted: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  subtotal: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
});

export interface UnitDetailProps {
  result: ClusterResult;
  unit: string;
  onUnitChange: (unit: string) => void;
  lang: Lang;
  /**
   * Set when the unit was chosen elsewhere (the ranking): the drill-down scrolls into view and its
   * unit picker takes the focus, so keyboard and screen-reader users land where the change happened.
   */
  focus?: boolean;
  onFocused?: () => void;
}

interface Line {
  criterion: Criterion;
  result: CriterionResult;
}

/** The unit's leaves in the criteria sheet's order: scored ones, then bonus and deductions. */
export function detailLines(result: ClusterResult, u: UnitResult): Line[] {
  const lines: Line[] = [];
  for (const c of result.criteria) {
    const r = u.criteria[c.code] ?? u.extras[c.code];
    if (r) lines.push({ criterion: c, result: r });
  }
  const extra = (l: Line): number => (isExtra(l.criterion) ? 1 : 0);
  return lines.sort((a, b) => extra(a) - extra(b));
}

/** `12/12`; bonus as `+2,5/5`; `không tính` when it does not apply (deductions: PenaltyPoints). */
function pointsText(c: Criterion, r: CriterionResult, n: (x: number) => string, lang: Lang): string {
  if (r.points === null) return t('notCounted', lang);
  const sign = isBonus(c) && r.points > 0 ? '+' : isDeduction(c) && r.points > 0 ? '−' : '';
  return r.max === null ? `${sign}${n(r.points)}` : `${sign}${n(r.points)}/${n(r.max)}`;
}

/**
 * A deduction never reads like a score (`0/10`): `−2` in red, or `0`, with the cap under it
 * (`trừ tối đa 10`), and its meaning in words for screen readers.
 */
function PenaltyPoints({ r, n, lang }: { r: CriterionResult; n: (x: number) => string; lang: Lang }) {
  const styles = useStyles();
  if (r.points === null) return <>{t('notCounted', lang)}</>;
  const said = r.points > 0 ? wf('penaltyPoints', { n: n(r.points) }, lang) : w('penaltyNone', lang);
  return (
    <span className={styles.pointsCol} title={said}>
      <span className={r.points > 0 ? styles.deducted : undefined}>
        <span aria-hidden="true">{r.points > 0 ? `−${n(r.points)}` : n(0)}</span>
        <span className={styles.hidden}>{said}</span>
      </span>
      {r.max !== null && <span className={styles.cap}>{wf('penaltyMax', { n: n(r.max) }, lang)}</span>}
    </span>
  );
}

/** The code of a criterion's top-level ancestor (itself at the top level). */
function topOf(code: string, byCode: ReadonlyMap<string, Criterion>): string {
  let c = byCode.get(code);
  while (c?.parent) {
    const up = byCode.get(c.parent);
    if (!up) break;
    c = up;
  }
  return c?.code ?? code;
}

type Row = { line: Line } | { subtotal: Criterion };

/** The lines with a subtotal row after the last scored line of each top-level group. */
export function detailRows(result: ClusterResult, lines: readonly Line[]): Row[] {
  const byCode = new Map(result.criteria.map((c) => [c.code, c]));
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    rows.push({ line });
    const extra = isExtra(line.criterion);
    if (extra) return;
    const top = topOf(line.criterion.code, byCode);
    const next = lines[i + 1];
    const group = byCode.get(top);
    const nextExtra = !next || isExtra(next.criterion);
    if (group && isGroup(group) && (nextExtra || topOf(next.criterion.code, byCode) !== top)) rows.push({ subtotal: group });
  });
  return rows;
}

export function UnitDetail({ result, unit, onUnitChange, lang, focus = false, onFocused }: UnitDetailProps) {
  const styles = useStyles();
  const rootRef = useRef<HTMLDivElement>(null);
  const pickerRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!focus) return;
    rootRef.current?.scrollIntoView?.({ block: 'start' });
    pickerRef.current?.focus({ preventScroll: true });
    onFocused?.();
  }, [focus, onFocused]);
  const d = result.settings.decimals;
  const n = (x: number): string => formatNumber(x, lang, d);
  const u = result.units.find((x) => x.unit === unit) ?? result.units[0];
  if (!u) return null;
  return (
    <div className={styles.root} data-testid="unit-detail" ref={rootRef}>
      <Field label={t('detailUnit', lang)}>
        <Select ref={pickerRef} value={u.unit} onChange={(_, data) => onUnitChange(data.value)}>
          {result.units.map((x) => (
            <option key={x.unit} value={x.unit}>
              {x.rank}. {x.unit}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.summary}>
        <Text size={200} weight="semibold">
          {tf('detailSummary', { rank: String(u.rank), total: n(u.total), max: n(u.max), percent: formatNumber(u.percent, lang, 2) }, lang)}
        </Text>
        <ClassBadge name={u.classification} bands={result.settings.classification} />
      </div>
      <CriteriaDots result={result} unit={u} lang={lang} />
      <Table size="extra-small" className={styles.table} aria-label={`${t('detailTitle', lang)}: ${u.unit}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('colCriterion', lang)}</TableHeaderCell>
            <TableHeaderCell>{t('colStatus', lang)}</TableHeaderCell>
            <TableHeaderCell className={styles.points}>{t('colPoints', lang)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detailRows(result, detailLines(result, u)).map((row) => {
            if ('subtotal' in row) {
              const g = row.subtotal;
              const got = u.groups[g.code] ?? 0;
              return (
                <TableRow key={`sum-${g.code}`} className={styles.subtotal} data-subtotal={g.code}>
                  <TableCell>{wf('subtotal', { heading: groupHeading(g.code, g.name) }, lang)}</TableCell>
                  <TableCell />
                  <TableCell className={styles.points}>{g.max === null ? n(got) : `${n(got)}/${n(g.max)}`}</TableCell>
                </TableRow>
              );
            }
            const { criterion: c, result: r } = row.line;
            return (
              <TableRow key={c.code} data-code={c.code}>
                <TableCell>
                  <span className={styles.criterion}>
                    <span>
                      <span className={styles.code}>{c.code}</span> {c.name}
                    </span>
                    <Text className={styles.explanation} data-testid="explanation">
                      {explain(r, c, lang, d)}
                    </Text>
                  </span>
                </TableCell>
                <TableCell>
                  {isExtra(c) ? (
                    <Text size={200}>{t(isBonus(c) ? 'bonus' : 'penalty', lang)}</Text>
                  ) : (
                    <StatusBadge result={r} lang={lang} />
                  )}
                </TableCell>
                <TableCell className={styles.points}>
                  {isDeduction(c) ? <PenaltyPoints r={r} n={n} lang={lang} /> : pointsText(c, r, n, lang)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
