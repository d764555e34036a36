/**
 * The ranking: rank, unit (with its tie note), total, percent and the classification badge, and the
 * rank change against the earlier period when the workbook has a history.
 */
import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { formatNumber } from '../../engine/format';
import { rankChangeText } from '../../engine/compare';
import { periodLabel } from '../../engine/history';
import { tieNoteText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import { t, tf } from '../strings';
import { ClassBadge } from './badges';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  rank: { width: '2.5em', textAlign: 'end' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  unit: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXXS },
  // A name wraps to two lines at most (the full name in its title and the drill-down).
  name: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', textAlign: 'start', overflowWrap: 'anywhere' },
  // Below 380 px the class column goes and its badge moves under the unit's name.
  wide: { '@media (max-width: 379px)': { display: 'none' } },
  narrow: { display: 'none', '@media (max-width: 379px)': { display: 'inline-flex' } },
  // Below 380 px the cells pad less and the headers may wrap (`Tổng / điểm`), so the table fits 320 px.
  tight: { '@media (max-width: 379px)': { paddingInline: tokens.spacingHorizontalXS } },
  head: { '@media (max-width: 379px)': { whiteSpace: 'normal', paddingInline: tokens.spacingHorizontalXS } },
  note: { color: tokens.colorNeutralForeground3 },
  change: { textAlign: 'center', whiteSpace: 'nowrap', position: 'relative' },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The rank change against the earlier period (cycle.md §2): `▲2` shown, its meaning read aloud. */
function RankChange({ result, unit, lang }: { result: ClusterResult; unit: string; lang: Lang }) {
  const styles = useStyles();
  const c = result.comparison!;
  const x = c.units[unit];
  const period = periodLabel(c.previous!, lang);
  const change = x?.rankChange ?? null;
  const said = !x?.previous
    ? tf('changeNew', { period }, lang)
    : change === null
      ? ''
      : change > 0
        ? tf('changeUp', { n: change, period, rank: x.previous.rank ?? '' }, lang)
        : change < 0
          ? tf('changeDown', { n: -change, period, rank: x.previous.rank ?? '' }, lang)
          : tf('changeSame', { period }, lang);
  return (
    <span className={change === null ? undefined : change > 0 ? styles.up : change < 0 ? styles.down : undefined} title={said} data-testid="rank-change" data-change={change ?? ''}>
      <span aria-hidden="true">{rankChangeText(x, lang)}</span>
      <span className={styles.hidden}>{said}</span>
    </span>
  );
}

export interface RankingTableProps {
  result: ClusterResult;
  lang: Lang;
  /** Opens the drill-down of a unit. */
  onShowUnit: (unit: string) => void;
}

export function RankingTable({ result, lang, onShowUnit }: RankingTableProps) {
  const styles = useStyles();
  const d = result.settings.decimals;
  // The change column only when the history holds an earlier period.
  const compared = Boolean(result.comparison?.previous);
  return (
    <Table size="extra-small" className={styles.table} aria-label={t('rankingTitle', lang)} data-testid="ranking">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={mergeClasses(styles.rank, styles.head)}>{t('colRank', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.head}>{t('colUnit', lang)}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.head)}>{t('colTotal', lang)}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.head)}>{t('colPercent', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.wide}>{t('colClass', lang)}</TableHeaderCell>
          {compared && <TableHeaderCell className={mergeClasses(styles.change, styles.head)}>{t('colChange', lang)}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.units.map((u) => {
          const note = tieNoteText(u.tie, lang);
          return (
            <TableRow key={u.unit} data-unit={u.unit}>
              <TableCell className={mergeClasses(styles.rank, styles.tight)}>{u.rank}</TableCell>
              <TableCell className={styles.tight}>
                <span className={styles.unit}>
                  <Link as="button" className={styles.name} onClick={() => onShowUnit(u.unit)} title={tf('showDetail', { unit: u.unit }, lang)}>
                    {u.unit}
                  </Link>
                  <span className={styles.narrow} data-testid="class-narrow">
                    <ClassBadge name={u.classification} bands={result.settings.classification} />
                  </span>
                  {note && (
                    <Text size={100} className={styles.note} data-testid="tie-note">
                      {note}
                    </Text>
                  )}
                </span>
              </TableCell>
              <TableCell className={mergeClasses(styles.number, styles.tight)}>{formatNumber(u.total, lang, d)}</TableCell>
              <TableCell className={mergeClasses(styles.number, styles.tight)}>{formatNumber(u.percent, lang, 2)}</TableCell>
              <TableCell className={styles.wide}>
                <ClassBadge name={u.classification} bands={result.settings.classification} />
              </TableCell>
              {compared && (
                <TableCell className={mergeClasses(styles.change, styles.tight)}>
                  <RankChange result={result} unit={u.unit} lang={lang} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
