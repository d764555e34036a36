/**
 * The ranks over time (cycle.md §2): a small SVG line chart, one line per unit across every period
 * of the history and the current one, rank 1 at the top. Drawn by hand (no chart library in the
 * bundle); its text alternative is the summary label and, for everyone, the table of the figures.
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { periodLabel } from '../../engine/history';
import type { Lang } from '../../engine/model';
import type { Comparison } from '../../engine/compare';
import { t, tf } from '../strings';

/** Distinct colours (Fluent's palette), repeated past ten units; the legend and table name each line. */
export const LINE_COLORS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010', '#038387', '#986f0b', '#e3008c', '#4f6bed', '#616161'];

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '12px', height: '3px', marginInlineEnd: '4px', verticalAlign: 'middle' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& th, & td': { padding: '2px 6px', textAlign: 'end' }, '& th:first-child': { textAlign: 'start' } },
});

export interface RankChartProps {
  comparison: Comparison;
  /** Units in their current rank order. */
  units: readonly string[];
  lang: Lang;
}

const W = 320;
const LEFT = 26;
const RIGHT = 12;
const TOP = 10;
const ROW = 18;
const BOTTOM = 34;

export function RankChart({ comparison, units, lang }: RankChartProps) {
  const styles = useStyles();
  const titleId = useId();
  const { periods, series } = comparison;
  const labels = periods.map((p) => periodLabel(p, lang));
  const ranks = units.flatMap((u) => (series[u] ?? []).map((f) => f?.rank ?? 0));
  const maxRank = Math.max(1, units.length, ...ranks);
  const height = TOP + ROW * (maxRank - 1) + BOTTOM;
  const x = (i: number): number => (periods.length === 1 ? (LEFT + W - RIGHT) / 2 : LEFT + ((W - LEFT - RIGHT) * i) / (periods.length - 1));
  const y = (rank: number): number => TOP + ROW * (rank - 1);
  const path = (u: string): string => {
    let d = '';
    let pen = false;
    (series[u] ?? []).forEach((f, i) => {
      if (f?.rank == null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(f.rank).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  const label = tf('chartLabel', { units: units.length, periods: periods.length, first: labels[0] ?? '', last: labels[labels.length - 1] ?? '' }, lang);
  return (
    <figure className={styles.figure} data-testid="rank-chart">
      <svg viewBox={`0 0 ${W} ${height}`} className={styles.svg} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {Array.from({ length: maxRank }, (_, k) => (
          <g key={k}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(k + 1)} y2={y(k + 1)} stroke="#e0e0e0" strokeWidth={1} />
            <text x={LEFT - 6} y={y(k + 1) + 4} fontSize={10} textAnchor="end" fill="#616161">
              {k + 1}
            </text>
          </g>
        ))}
        {labels.map((l, i) => (
          <text key={l} x={x(i)} y={height - BOTTOM + 18} fontSize={9} textAnchor={i === 0 && periods.length > 1 ? 'start' : i === periods.length - 1 && periods.length > 1 ? 'end' : 'middle'} fill="#424242">
            {l}
          </text>
        ))}
        {units.map((u, n) => {
          const color = LINE_COLORS[n % LINE_COLORS.length]!;
          return (
            <g key={u} data-unit={u}>
              <path d={path(u)} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" />
              {(series[u] ?? []).map((f, i) =>
                f?.rank == null ? null : (
                  <circle key={i} cx={x(i)} cy={y(f.rank)} r={3} fill={color}>
                    <title>{`${u} — ${labels[i]}: ${f.rank}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {units.map((u, n) => (
          <li key={u}>
            <span className={styles.swatch} style={{ background: LINE_COLORS[n % LINE_COLORS.length] }} />
            {u}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('chartShowTable', lang)}</summary>
        <table className={styles.table} aria-label={t('chartTable', lang)} data-testid="rank-table">
          <thead>
            <tr>
              <th scope="col">{t('colUnit', lang)}</th>
              {labels.map((l) => (
                <th key={l} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u}>
                <th scope="row">{u}</th>
                {(series[u] ?? []).map((f, i) => (
                  <td key={i}>{f?.rank ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
