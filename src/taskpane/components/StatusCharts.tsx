/**
 * Two small status pictures (issue 16), hand-drawn SVGs with their text alternatives: in the
 * drill-down, a unit's criteria as points against their maximum, coloured by status; and the
 * units × criteria status map (one square per unit and criterion, rank order down, criteria across).
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../engine/format';
import { statusLabel } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult, Status, UnitResult } from '../../engine/result';
import { w, wf } from '../work-strings';

/** Status colours (as the flags in the sheet: green exceeded, amber met, red below), grey otherwise. */
export const STATUS_FILL: Record<Status, string> = {
  exceeded: '#107c10',
  met: '#c19c00',
  below: '#c50f1f',
  missing: '#8a8886',
  excluded: '#c8c6c4',
  scored: '#0f6cbd',
};

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalS}`, margin: 0, padding: 0, listStyle: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '50%', marginInlineEnd: '4px', verticalAlign: 'middle' },
});

function Legend({ statuses, lang }: { statuses: readonly Status[]; lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend}>
      {statuses.map((s) => (
        <li key={s}>
          <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[s] }} aria-hidden="true" />
          {statusLabel(s, lang)}
        </li>
      ))}
    </ul>
  );
}

/** The scored criteria of a unit in the criteria sheet's order. */
function scoredOf(result: ClusterResult, u: UnitResult) {
  return result.criteria.map((c) => u.criteria[c.code]).filter((r) => r !== undefined && r.points !== null && r.max !== null && r.max > 0);
}

/** A unit's criteria: a grey track to the maximum, a dot at the points, coloured by status. */
export function CriteriaDots({ result, unit, lang }: { result: ClusterResult; unit: UnitResult; lang: Lang }) {
  const styles = useStyles();
  const titleId = useId();
  const rows = scoredOf(result, unit);
  if (rows.length === 0) return null;
  const W = 320;
  const LEFT = 34;
  const ROW = 12;
  const height = rows.length * ROW + 6;
  const n = (x: number): string => formatNumber(x, lang, result.settings.decimals);
  const full = rows.filter((r) => r.points! >= r.max!).length;
  const weak = rows.filter((r) => r.status === 'below').map((r) => r.code);
  const label = wf('dotsLabel', { unit: unit.unit, n: rows.length, full, weak: weak.join(', ') || '—' }, lang);
  const statuses = [...new Set(rows.map((r) => r.status))];
  return (
    <figure className={styles.figure} data-testid="criteria-dots">
      <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {rows.map((r, i) => {
          const y = 4 + i * ROW + ROW / 2;
          const x = LEFT + (Math.min(r.points! / r.max!, 1.25) / 1.25) * (W - LEFT - 8);
          const end = LEFT + (1 / 1.25) * (W - LEFT - 8);
          return (
            <g key={r.code} data-code={r.code} data-status={r.status}>
              <text x={LEFT - 4} y={y + 3} textAnchor="end" fontSize="8" fill="#242424">
                {r.code}
              </text>
              <line x1={LEFT} x2={end} y1={y} y2={y} stroke="#d1d1d1" strokeWidth={3} strokeLinecap="round" />
              <circle cx={x} cy={y} r={4} fill={STATUS_FILL[r.status]} />
              <title>{`${r.code}: ${n(r.points!)}/${n(r.max!)}`}</title>
            </g>
          );
        })}
      </svg>
      <Legend statuses={statuses} lang={lang} />
    </figure>
  );
}

/** Units (rank order, rows) × scored criteria (columns), one square each, coloured by status. */
export function StatusMap({ result, lang }: { result: ClusterResult; lang: Lang }) {
  const styles = useStyles();
  const titleId = useId();
  const codes = result.criteria.filter((c) => result.units.some((u) => u.criteria[c.code])).map((c) => c.code);
  const units = result.units;
  if (codes.length === 0 || units.length === 0) return null;
  const W = 320;
  const LEFT = 92;
  const cell = Math.max(4, Math.min(14, (W - LEFT - 4) / codes.length));
  const TOP = 22;
  const height = TOP + units.length * cell + 4;
  const count = (s: Status): number => units.reduce((sum, u) => sum + Object.values(u.criteria).filter((r) => r.status === s).length, 0);
  const label = wf('mapLabel', { units: units.length, criteria: codes.length, exceeded: count('exceeded'), met: count('met'), below: count('below') }, lang);
  const statuses = (['exceeded', 'met', 'below', 'missing', 'excluded', 'scored'] as const).filter((s) => count(s) > 0);
  return (
    <figure className={styles.figure} data-testid="status-map">
      <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {codes.map((code, j) => (
          <text key={code} x={LEFT + j * cell + cell / 2} y={TOP - 4} fontSize="6" textAnchor="start" fill="#242424" transform={`rotate(-60 ${LEFT + j * cell + cell / 2} ${TOP - 4})`}>
            {code}
          </text>
        ))}
        {units.map((u, i) => (
          <g key={u.unit} data-unit={u.unit}>
            <text x={LEFT - 4} y={TOP + i * cell + cell - 2} textAnchor="end" fontSize={Math.min(8, cell)} fill="#242424">
              {u.unit.length > 15 ? `${u.unit.slice(0, 14)}…` : u.unit}
            </text>
            {codes.map((code, j) => {
              const r = u.criteria[code];
              return r ? <rect key={code} x={LEFT + j * cell} y={TOP + i * cell} width={cell - 1} height={cell - 1} fill={STATUS_FILL[r.status]} data-status={r.status} /> : null;
            })}
          </g>
        ))}
      </svg>
      <Legend statuses={statuses} lang={lang} />
      <p style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>{w('mapHint', lang)}</p>
    </figure>
  );
}
