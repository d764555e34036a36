/**
 * The totals as a picture (issue 16): one bar per unit in rank order, stacked by top-level group
 * and bonus as percent of the unit's maximum, the deductions taken off its end, and a dashed line at
 * each classification band's threshold. A small hand-drawn SVG (no chart library); its text
 * alternative is the summary label, and the ranking above holds every figure.
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber, groupHeading } from '../../engine/format';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import { w, wf } from '../work-strings';
import { LINE_COLORS } from './RankChart';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginInlineEnd: '4px', verticalAlign: 'middle' },
});

const W = 320;
const NAME = 92;
const RIGHT = 8;
const TOP = 14;
const ROW = 16;
const BAR = 11;
// Dark teal: none of the groups' colours (LINE_COLORS), and over 3:1 against white.
const BONUS = '#006f7a';
const PENALTY = '#c50f1f';

/** A name cut to fit the label column (the full name in the bar's title). */
function short(name: string): string {
  return name.length > 15 ? `${name.slice(0, 14)}…` : name;
}

export interface TotalsChartProps {
  result: ClusterResult;
  lang: Lang;
}

export function TotalsChart({ result, lang }: TotalsChartProps) {
  const styles = useStyles();
  const titleId = useId();
  const units = result.units;
  const groups = result.topGroups.map((code) => result.criteria.find((c) => c.code === code)).filter((c) => c !== undefined);
  const bands = [...result.settings.classification].sort((a, b) => a.min - b.min).filter((b) => b.min > 0);
  const top = Math.max(100, ...units.map((u) => (u.max > 0 ? ((u.total + u.penalty) / u.max) * 100 : 0)));
  const x = (pct: number): number => NAME + (Math.max(0, pct) / top) * (W - NAME - RIGHT);
  const height = TOP + units.length * ROW + 4;
  const pct = (v: number, max: number): number => (max > 0 ? (v / max) * 100 : 0);
  const n = (v: number): string => formatNumber(v, lang, 2);
  const leader = units[0];
  const label = wf(
    'totalsChartLabel',
    { units: units.length, groups: groups.length, bands: bands.map((b) => `${b.name} ${n(b.min)}%`).join(', ') || '—', leader: leader ? `${leader.unit} ${n(leader.percent)}%` : '—' },
    lang,
  );
  return (
    <figure className={styles.figure} data-testid="totals-chart">
      <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {units.map((u, i) => {
          const y = TOP + i * ROW;
          let at = 0;
          const parts = [...groups.map((g, k) => ({ key: g.code, v: u.groups[g.code] ?? 0, color: LINE_COLORS[k % LINE_COLORS.length]! })), { key: '+', v: u.bonus, color: BONUS }];
          return (
            <g key={u.unit} data-unit={u.unit}>
              <text x={NAME - 4} y={y + BAR - 2} textAnchor="end" fontSize="9" fill="#242424">
                {short(u.unit)}
              </text>
              {parts.map((p) => {
                const from = at;
                at += pct(p.v, u.max);
                return p.v > 0 ? <rect key={p.key} x={x(from)} y={y} width={x(at) - x(from)} height={BAR} fill={p.color} /> : null;
              })}
              {u.penalty > 0 && <rect x={x(at - pct(u.penalty, u.max))} y={y} width={x(at) - x(at - pct(u.penalty, u.max))} height={BAR} fill="#ffffff" fillOpacity={0.6} stroke={PENALTY} strokeWidth={1} />}
              <title>{`${u.unit}: ${n(u.total)}/${n(u.max)} (${n(u.percent)}%)`}</title>
            </g>
          );
        })}
        {bands.map((b) => (
          <g key={b.name} data-band={b.name}>
            <line x1={x(b.min)} x2={x(b.min)} y1={TOP - 3} y2={height - 2} stroke="#424242" strokeDasharray="3 2" strokeWidth={0.8} />
            <text x={x(b.min)} y={TOP - 5} textAnchor="middle" fontSize="8" fill="#424242">
              {`${n(b.min)}%`}
            </text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend}>
        {groups.map((g, k) => (
          <li key={g.code}>
            <span className={styles.swatch} style={{ backgroundColor: LINE_COLORS[k % LINE_COLORS.length] }} aria-hidden="true" />
            {groupHeading(g.code, g.name)}
          </li>
        ))}
        <li>
          <span className={styles.swatch} style={{ backgroundColor: BONUS }} aria-hidden="true" />
          {w('chartBonus', lang)}
        </li>
        <li>
          <span className={styles.swatch} style={{ border: `1px solid ${PENALTY}` }} aria-hidden="true" />
          {w('chartPenalty', lang)}
        </li>
        <li>{wf('chartBands', { bands: bands.map((b) => `${b.name} ${n(b.min)}%`).join(', ') || '—' }, lang)}</li>
      </ul>
    </figure>
  );
}
