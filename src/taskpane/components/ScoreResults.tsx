/**
 * What a scoring run produced: the diagnostics when the data has errors; otherwise the notes about
 * kept user sheets, the sheets written, and the ranking, the drill-down and the nomination draft.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from '@fluentui/react-components';
import type { ScoreRun, WorkbookApi } from '../../app/api';
import { diagnosticText } from '../../engine/diagnostics';
import type { Lang } from '../../engine/model';
import { t, tf } from '../strings';
import { useAction } from '../useAction';
import { w, wf } from '../work-strings';
import { ErrorBar } from './ErrorBar';
import { DiagnosticList } from './DiagnosticList';
import { OpenRegular } from '@fluentui/react-icons/svg/open';

/** Loaded with the results, in the same chunk (ScorePanel's loadResultsView). */
export { ScoreProgress } from './ScoreProgress';
export { SaveHistory } from './SaveHistory';
export { CancelledNotice, StaleNotice, announcement } from './RunNotices';
import { NominationList } from './NominationList';
import { RankChart } from './RankChart';
import { useRankingFilter } from './RankingFilter';
import { RankingTable } from './RankingTable';
import { TotalsChart } from './TotalsChart';
import { StatusMap } from './StatusCharts';
import { UnitDetail } from './UnitDetail';
import { useStages } from './useStages';
import { VIRTUAL_FROM } from './useVirtualRows';
import { VoteCount } from './VoteCount';

const useStyles = makeStyles({
  // No scroll anchoring inside the results: a section opening or closing above the drill-down would
  // otherwise make the browser move the page after the drill-down has been scrolled into view.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowAnchor: 'none' },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  panel: { marginInline: 0, paddingBlockEnd: tokens.spacingVerticalS },
  heading: { margin: 0, scrollMarginBlockStart: tokens.spacingVerticalS, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  line: { margin: 0 },
  sheets: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // A long sheet name wraps inside its button rather than widening the pane.
  sheet: { minWidth: 0, maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
});

/** One button per written sheet: a click activates it in Excel. */
function WrittenSheets({ sheets, lang, select }: { sheets: readonly string[]; lang: Lang; select: WorkbookApi['select'] }) {
  const styles = useStyles();
  const opening = useAction<void>(lang);
  return (
    <>
      <div role="group" aria-label={w('openSheets', lang)} className={styles.sheets} data-testid="open-sheets">
        {sheets.map((sheet) => (
          <Button
            key={sheet}
            size="small"
            appearance="outline"
            icon={<OpenRegular />}
            className={styles.sheet}
            aria-label={wf('openSheet', { sheet }, lang)}
            onClick={() => void opening.run(() => select(sheet, 'A1', lang))}
          >
            {sheet}
          </Button>
        ))}
      </div>
      {opening.state.status === 'failed' && <ErrorBar title={w('openFailed', lang)} error={opening.state.error} />}
    </>
  );
}

export interface ScoreResultsProps {
  run: ScoreRun;
  lang: Lang;
  select: WorkbookApi['select'];
  /** Cells flagged in place now (the run's count; 0 once they are cleared). Default: the run's. */
  flagged?: number;
  /** Scroll to the results and focus their heading once shown (after a click on the score button). */
  focusOnMount?: boolean;
}

type Part = 'ranking' | 'totals' | 'map' | 'history' | 'detail' | 'nominations' | 'vote' | 'warnings';
type Stage = Part | 'sections' | 'rankingRows';

/**
 * A large cluster's results are drawn in stages (useStages), a frame apart: the heading and the
 * sheets written first (the focus and the scroll go there), then the sections' headers with the
 * ranking's search and header, the ranking's rows, the charts, the nomination draft, and the vote
 * and the warnings. Each stage adds below what is drawn, so nothing drawn moves.
 */
const STAGE_OF: Record<Stage, number> = { sections: 1, ranking: 1, detail: 1, rankingRows: 2, totals: 3, map: 3, history: 3, nominations: 4, vote: 5, warnings: 5 };
const LAST_STAGE = 5;

export function ScoreResults({ run, lang, select, flagged = run.flagged, focusOnMount = false }: ScoreResultsProps) {
  const styles = useStyles();
  const { result } = run;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    headingRef.current?.scrollIntoView?.({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  const ranking = useRankingFilter(result, lang);
  const heading = (
    <Text as="h3" size={300} weight="semibold" className={styles.heading} tabIndex={-1} ref={headingRef} data-testid="results-heading">
      {w('resultsTitle', lang)}
    </Text>
  );
  // The totals chart opens by itself for a cluster of a size it draws legibly (one row per unit).
  const [open, setOpen] = useState<Part[]>(() => ['ranking', ...(result.units.length <= 40 ? (['totals'] as const) : []), 'history', 'nominations', 'vote']);
  const [unit, setUnit] = useState(result.units[0]?.unit ?? '');
  // A unit chosen in the ranking: its drill-down takes the focus once it is shown.
  const [focusDetail, setFocusDetail] = useState(false);
  const stage = useStages(LAST_STAGE, result.ok && result.units.length >= VIRTUAL_FROM);
  /** A section's content, once its stage is drawn. */
  const drawn = (part: Stage, content: () => ReactNode): ReactNode => (stage >= STAGE_OF[part] ? content() : null);

  if (!result.ok) {
    return (
      <div className={styles.root} data-testid="score-errors">
        {heading}
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('dataErrors', lang)}</MessageBarTitle>
            {t('dataErrorsBody', lang)}
          </MessageBarBody>
        </MessageBar>
        <DiagnosticList diagnostics={result.diagnostics} lang={lang} select={select} />
      </div>
    );
  }

  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const showUnit = (name: string): void => {
    setUnit(name);
    setOpen((o) => (o.includes('detail') ? o : [...o, 'detail']));
    setFocusDetail(true);
  };
  const onToggle = (_: unknown, data: AccordionToggleData<Part>): void => setOpen(data.openItems);

  return (
    <div className={styles.root} data-testid="score-results">
      {heading}
      {run.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="score-notes">
          <MessageBarBody>
            <MessageBarTitle>{t('notesTitle', lang)}</MessageBarTitle>
            <ul className={styles.notes}>
              {run.notes.map((d, i) => (
                <li key={i}>{diagnosticText(d, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Separate sentences, each its own line. */}
      <Text as="p" size={200} className={styles.line} data-testid="written">
        {tf('written', { sheets: run.written.join(', ') }, lang)}
      </Text>
      {run.written.length > 0 && <WrittenSheets sheets={run.written} lang={lang} select={select} />}
      {flagged > 0 && (
        <Text as="p" size={200} className={styles.line} data-testid="flagged">
          {tf('flagged', { n: flagged }, lang)}
        </Text>
      )}
      {stage >= STAGE_OF.sections && (
        <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
          <AccordionItem value="ranking">
            <AccordionHeader as="h3" size="small">
              {t('rankingTitle', lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {ranking.controls}
              <RankingTable result={ranking.shown} lang={lang} onShowUnit={showUnit} rows={stage >= STAGE_OF.rankingRows} />
            </AccordionPanel>
          </AccordionItem>
          {result.units.length > 0 && (
            <AccordionItem value="totals">
              <AccordionHeader as="h3" size="small">
                {w('totalsTitle', lang)}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {drawn('totals', () => <TotalsChart result={result} lang={lang} />)}
              </AccordionPanel>
            </AccordionItem>
          )}
          {result.units.length > 0 && (
            <AccordionItem value="map">
              <AccordionHeader as="h3" size="small">
                {w('mapTitle', lang)}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {drawn('map', () => <StatusMap result={result} lang={lang} />)}
              </AccordionPanel>
            </AccordionItem>
          )}
          {result.comparison && result.comparison.periods.length > 1 && (
            <AccordionItem value="history">
              <AccordionHeader as="h3" size="small">
                {t('historyTitle', lang)}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {drawn('history', () => <RankChart comparison={result.comparison!} units={result.units.map((u) => u.unit)} lang={lang} />)}
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="detail">
            <AccordionHeader as="h3" size="small">
              {t('detailTitle', lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <UnitDetail result={result} unit={unit} onUnitChange={setUnit} lang={lang} focus={focusDetail} onFocused={() => setFocusDetail(false)} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="nominations">
            <AccordionHeader as="h3" size="small">
              {t('nominationsTitle', lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {drawn('nominations', () => <NominationList result={result} lang={lang} />)}
            </AccordionPanel>
          </AccordionItem>
          {result.vote && (
            <AccordionItem value="vote">
              <AccordionHeader as="h3" size="small">
                {t('voteTitle', lang)}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {drawn('vote', () => <VoteCount result={result} lang={lang} />)}
              </AccordionPanel>
            </AccordionItem>
          )}
          {warnings.length > 0 && (
            <AccordionItem value="warnings">
              <AccordionHeader as="h3" size="small">
                {tf('warningsTitle', { n: warnings.length }, lang)}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {drawn('warnings', () => <DiagnosticList diagnostics={warnings} lang={lang} select={select} />)}
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
    </div>
  );
}
