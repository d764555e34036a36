/** What the add-in found in the workbook (api.inspect), with loading / success / failure states. */
import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons/svg/arrow-clockwise';
import { ChevronDownRegular } from '@fluentui/react-icons/svg/chevron-down';
import type { WorkbookInfo } from '../../app/api';
import { formatNumber } from '../../engine/format';
import type { Lang } from '../../engine/model';
import type { WorkbookSummary } from '../../jobs/check';
import { t, tf } from '../strings';
import type { ActionState } from '../useAction';
import { EmptyWorkbook } from './EmptyWorkbook';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1 },
  title: { margin: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  line: { margin: 0, overflowWrap: 'anywhere' },
});

export interface SummaryPanelProps {
  state: ActionState<WorkbookInfo>;
  lang: Lang;
  onReload: () => void;
  onStartTemplate: () => void;
  /** After a run: the summary shrinks to one line (the results take the room), with a button to open it. */
  collapsed?: boolean;
  onExpand?: () => void;
}

/** Whether the workbook has no criteria sheet: the empty state. */
export function isEmptyWorkbook(summary: WorkbookSummary): boolean {
  return summary.sheets.criteria === undefined;
}

/** The input sheets the reader found (criteria, data, units, awards, settings, ballots). */
export function inputSheets(s: WorkbookSummary): string[] {
  const { criteria, data, units, awards, settings, ballots } = s.sheets;
  return [criteria, ...(data ?? []), units, awards, settings, ballots].filter((x): x is string => typeof x === 'string' && x !== '');
}

function SummaryList({ info, lang }: { info: WorkbookInfo; lang: Lang }) {
  const styles = useStyles();
  const s = info.summary;
  const n = (x: number): string => formatNumber(x, lang, 0);
  const layout = s.layout === 'long' ? t('layoutLong', lang) : s.layout === 'wide' ? t('layoutWide', lang) : t('none', lang);
  const inputs = inputSheets(s);
  const rows: [string, string][] = [
    [t('cluster', lang), s.cluster ?? t('noClusterName', lang)],
    [t('unitCount', lang), n(s.units)],
    [t('criteriaCount', lang), tf('criteriaValue', { criteria: n(s.criteria), groups: n(s.groups) }, lang) + (s.extras > 0 ? tf('extrasValue', { extras: n(s.extras) }, lang) : '')],
    [t('layout', lang), layout],
    [t('inputSheets', lang), inputs.length ? inputs.join(', ') : t('none', lang)],
    [t('outputSheets', lang), info.outputSheets.length ? info.outputSheets.join(', ') : t('none', lang)],
  ];
  return (
    <dl className={styles.list} data-testid="summary">
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The summary in one line: the cluster, its units and criteria. */
function SummaryLine({ info, lang }: { info: WorkbookInfo; lang: Lang }) {
  const styles = useStyles();
  const s = info.summary;
  const text = tf('summaryLine', { cluster: s.cluster ?? t('noClusterName', lang), units: formatNumber(s.units, lang, 0), criteria: formatNumber(s.criteria, lang, 0) }, lang);
  return (
    <Text as="p" size={200} className={styles.line} data-testid="summary" data-collapsed="true">
      {text}
    </Text>
  );
}

export function SummaryPanel({ state, lang, onReload, onStartTemplate, collapsed = false, onExpand }: SummaryPanelProps) {
  const styles = useStyles();
  const loading = state.status === 'loading';
  return (
    <section className={styles.root} aria-labelledby="summary-title" aria-busy={loading}>
      <div className={styles.head}>
        <Text as="h2" id="summary-title" size={400} weight="semibold" className={mergeClasses(styles.title, styles.grow)}>
          {t('summaryTitle', lang)}
        </Text>
        {collapsed && onExpand && (
          <Button appearance="subtle" size="small" icon={<ChevronDownRegular />} onClick={onExpand} aria-expanded={false} aria-label={t('summaryMore', lang)} title={t('summaryMore', lang)} data-testid="summary-more" />
        )}
        {/* Named by aria-label and shown by the browser's title: no tooltip library in the bundle. */}
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowClockwiseRegular />}
          onClick={onReload}
          disabled={loading}
          aria-label={t('reload', lang)}
          title={t('reload', lang)}
        />
      </div>
      {loading && <Spinner size="tiny" labelPosition="after" label={t('summaryLoading', lang)} />}
      {state.status === 'failed' && <ErrorBar title={t('summaryFailed', lang)} error={state.error} />}
      {state.status === 'done' &&
        (isEmptyWorkbook(state.value.summary) ? (
          <EmptyWorkbook lang={lang} onStart={onStartTemplate} />
        ) : collapsed ? (
          <SummaryLine info={state.value} lang={lang} />
        ) : (
          <SummaryList info={state.value} lang={lang} />
        ))}
    </section>
  );
}
