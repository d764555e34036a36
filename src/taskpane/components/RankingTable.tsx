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
import type { ReactNode } from 'react';
import { rankChangeText } from '../../engine/compare';
import { periodLabel } from '../../engine/history';
import { tieNoteText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult, UnitResult } from '../../engine/result';
import { headerOf, isNumeric, textOf } from '../../workbook/reports/columns';
import { rankingColumns, type RankingColumn, type RankingEntry } from '../../workbook/reports/ranking';
import { t, tf } from '../strings';
import { ClassBadge } from './badges';
import { useVirtualRows } from './useVirtualRows';

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
  // A long ranking scrolls in a box of its own (only the rows in view are drawn), its header kept on top.
  box: { maxHeight: '70vh', overflowY: 'auto', overscrollBehavior: 'contain' },
  sticky: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  spacer: { padding: 0, border: 'none' },
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
  /** The column table (tests pass a copy with a column added). */
  table?: readonly RankingEntry[];
  /** False: the header and a spacer standing for the rows, which come in the next stage (ScoreResults). Default true. */
  rows?: boolean;
}

/** The cell of a column the pane shows in its own way (a link, a badge, the change read aloud). */
type Renderer = (u: UnitResult, props: RankingTableProps) => ReactNode;

function UnitCell({ u, result, lang, onShowUnit }: { u: UnitResult; result: ClusterResult; lang: Lang; onShowUnit: (unit: string) => void }) {
  const styles = useStyles();
  const note = tieNoteText(u.tie, lang);
  return (
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
  );
}

const RENDERERS: Partial<Record<string, Renderer>> = {
  unit: (u, { result, lang, onShowUnit }) => <UnitCell u={u} result={result} lang={lang} onShowUnit={onShowUnit} />,
  classification: (u, { result }) => <ClassBadge name={u.classification} bands={result.settings.classification} />,
  rankChange: (u, { result, lang }) => <RankChange result={result} unit={u.unit} lang={lang} />,
};

/**
 * The ranking's columns that the pane shows (src/workbook/reports/ranking.ts): numbers as the
 * terminal writes them, aligned to the end; the unit, the classification and the change drawn.
 */
export function RankingTable(props: RankingTableProps) {
  const { result, lang } = props;
  const styles = useStyles();
  const { ctx, columns } = rankingColumns(result, lang, 'pane', props.table);
  const units = result.units;
  const v = useVirtualRows<HTMLDivElement>(units.length);
  const drawn = props.rows === false ? [] : units.slice(v.start, v.end);
  const after = props.rows === false ? v.before + v.after + (v.end - v.start) * v.rowHeight : v.after;
  const classOf = (c: RankingColumn): string | undefined =>
    c.key === 'rank' ? styles.rank : c.key === 'rankChange' ? styles.change : !RENDERERS[c.key] && isNumeric(c.format) ? styles.number : undefined;
  // Rows not drawn are stood for by a spacer of their height; readers hear the row count and each row's place.
  const spacer = (key: string, height: number) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" data-testid="ranking-spacer">
        <td colSpan={columns.length} className={styles.spacer} style={{ height }} />
      </tr>
    );
  const table = (
    <Table
      size="extra-small"
      className={styles.table}
      aria-label={t('rankingTitle', lang)}
      data-testid="ranking"
      {...(v.virtual ? { 'aria-rowcount': units.length + 1 } : {})}
    >
      <TableHeader className={v.virtual ? styles.sticky : undefined}>
        <TableRow {...(v.virtual ? { 'aria-rowindex': 1 } : {})}>
          {columns.map((c) => (
            <TableHeaderCell key={c.key} className={mergeClasses(classOf(c), styles.head, c.key === 'classification' && styles.wide)}>
              {headerOf(c, ctx, 'pane')}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {spacer('before', v.before)}
        {drawn.map((u, i) => (
          <TableRow key={u.unit} data-unit={u.unit} {...(v.virtual ? { 'aria-rowindex': v.start + i + 2, 'data-vrow': '' } : {})}>
            {columns.map((c) => (
              <TableCell key={c.key} className={mergeClasses(classOf(c), styles.tight, c.key === 'classification' && styles.wide)}>
                {RENDERERS[c.key]?.(u, props) ?? textOf(c.format, c.value(u, ctx), ctx)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        {spacer('after', after)}
      </TableBody>
    </Table>
  );
  if (!v.virtual) return table;
  return (
    <div ref={v.box} onScroll={v.onScroll} onKeyDown={v.onKeyDown} className={styles.box} role="region" aria-label={t('rankingTitle', lang)} tabIndex={0} data-testid="ranking-box">
      {table}
    </div>
  );
}
