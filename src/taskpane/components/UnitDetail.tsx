/**
 * The drill-down of one unit: each criterion's code and name, its status badge, points of max and
 * the one-line explanation of the points (engine explain()); bonus and deductions after.
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
import { formatNumber } from '../../engine/format';
import { isBonus, isDeduction, isExtra } from '../../engine/kinds';
import type { Criterion, Lang } from '../../engine/model';
import type { ClusterResult, CriterionResult, UnitResult } from '../../engine/result';
import { t, tf } from '../strings';
import { ClassBadge, StatusBadge } from './badges';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  table: { tableLayout: 'auto', width: '100%' },
  criterion: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXXS },
  code: { fontWeight: tokens.fontWeightSemibold },
  explanation: { color: tokens.colorNeutralForeground3 },
  points: { textAlign: 'end', whiteSpace: 'nowrap' },
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

/** `12/12`; bonus as `+2,5/5`, deductions as `−2/10`; `không tính` when it does not apply. */
function pointsText(c: Criterion, r: CriterionResult, n: (x: number) => string, lang: Lang): string {
  if (r.points === null) return t('notCounted', lang);
  const sign = isBonus(c) && r.points > 0 ? '+' : isDeduction(c) && r.points > 0 ? '−' : '';
  return r.max === null ? `${sign}${n(r.points)}` : `${sign}${n(r.points)}/${n(r.max)}`;
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
      <Table size="extra-small" className={styles.table} aria-label={`${t('detailTitle', lang)}: ${u.unit}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('colCriterion', lang)}</TableHeaderCell>
            <TableHeaderCell>{t('colStatus', lang)}</TableHeaderCell>
            <TableHeaderCell className={styles.points}>{t('colPoints', lang)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detailLines(result, u).map(({ criterion: c, result: r }) => (
            <TableRow key={c.code} data-code={c.code}>
              <TableCell>
                <span className={styles.criterion}>
                  <span>
                    <span className={styles.code}>{c.code}</span> {c.name}
                  </span>
                  <Text size={100} className={styles.explanation} data-testid="explanation">
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
                {pointsText(c, r, n, lang)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
