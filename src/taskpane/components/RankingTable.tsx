/** The ranking: rank, unit (with its tie note), total, percent and the classification badge. */
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
  tokens,
} from '@fluentui/react-components';
import { formatNumber } from '../../engine/format';
import { tieNoteText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import { t, tf } from '../strings';
import { ClassBadge } from './badges';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  rank: { width: '2.5em', textAlign: 'end' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  unit: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface RankingTableProps {
  result: ClusterResult;
  lang: Lang;
  /** Opens the drill-down of a unit. */
  onShowUnit: (unit: string) => void;
}

export function RankingTable({ result, lang, onShowUnit }: RankingTableProps) {
  const styles = useStyles();
  const d = result.settings.decimals;
  return (
    <Table size="extra-small" className={styles.table} aria-label={t('rankingTitle', lang)} data-testid="ranking">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.rank}>{t('colRank', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('colUnit', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t('colTotal', lang)}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t('colPercent', lang)}</TableHeaderCell>
          <TableHeaderCell>{t('colClass', lang)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.units.map((u) => {
          const note = tieNoteText(u.tie, lang);
          return (
            <TableRow key={u.unit} data-unit={u.unit}>
              <TableCell className={styles.rank}>{u.rank}</TableCell>
              <TableCell>
                <span className={styles.unit}>
                  <Link as="button" onClick={() => onShowUnit(u.unit)} title={tf('showDetail', { unit: u.unit }, lang)}>
                    {u.unit}
                  </Link>
                  {note && (
                    <Text size={100} className={styles.note} data-testid="tie-note">
                      {note}
                    </Text>
                  )}
                </span>
              </TableCell>
              <TableCell className={styles.number}>{formatNumber(u.total, lang, d)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(u.percent, lang, 2)}</TableCell>
              <TableCell>
                <ClassBadge name={u.classification} bands={result.settings.classification} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
