/**
 * What a scoring run produced: the diagnostics when the data has errors; otherwise the notes about
 * kept user sheets, the sheets written, and the ranking, the drill-down and the nomination draft.
 */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
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
import { DiagnosticList } from './DiagnosticList';

/** Loaded with the results, in the same chunk (ScorePanel's loadResultsView). */
export { ScoreProgress } from './ScoreProgress';
import { NominationList } from './NominationList';
import { RankChart } from './RankChart';
import { RankingTable } from './RankingTable';
import { UnitDetail } from './UnitDetail';
import { VoteCount } from './VoteCount';

const useStyles = makeStyles({
  // No scroll anchoring inside the results: a section opening or closing above the drill-down would
  // otherwise make the browser move the page after the drill-down has been scrolled into view.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowAnchor: 'none' },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  panel: { marginInline: 0, paddingBlockEnd: tokens.spacingVerticalS },
});

export interface ScoreResultsProps {
  run: ScoreRun;
  lang: Lang;
  select: WorkbookApi['select'];
}

type Part = 'ranking' | 'history' | 'detail' | 'nominations' | 'vote' | 'warnings';

export function ScoreResults({ run, lang, select }: ScoreResultsProps) {
  const styles = useStyles();
  const { result } = run;
  const [open, setOpen] = useState<Part[]>(['ranking', 'history', 'nominations', 'vote']);
  const [unit, setUnit] = useState(result.units[0]?.unit ?? '');
  // A unit chosen in the ranking: its drill-down takes the focus once it is shown.
  const [focusDetail, setFocusDetail] = useState(false);

  if (!result.ok) {
    return (
      <div className={styles.root} data-testid="score-errors">
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
      <Text as="p" size={200} className={styles.muted} data-testid="written">
        {tf('written', { sheets: run.written.join(', ') }, lang)}
        {run.flagged > 0 && ` ${tf('flagged', { n: run.flagged }, lang)}`}
      </Text>
      <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
        <AccordionItem value="ranking">
          <AccordionHeader as="h3" size="small">
            {t('rankingTitle', lang)}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <RankingTable result={result} lang={lang} onShowUnit={showUnit} />
          </AccordionPanel>
        </AccordionItem>
        {result.comparison && result.comparison.periods.length > 1 && (
          <AccordionItem value="history">
            <AccordionHeader as="h3" size="small">
              {t('historyTitle', lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <RankChart comparison={result.comparison} units={result.units.map((u) => u.unit)} lang={lang} />
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
            <NominationList result={result} lang={lang} />
          </AccordionPanel>
        </AccordionItem>
        {result.vote && (
          <AccordionItem value="vote">
            <AccordionHeader as="h3" size="small">
              {t('voteTitle', lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <VoteCount result={result} lang={lang} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {warnings.length > 0 && (
          <AccordionItem value="warnings">
            <AccordionHeader as="h3" size="small">
              {tf('warningsTitle', { n: warnings.length }, lang)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <DiagnosticList diagnostics={warnings} lang={lang} select={select} />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </div>
  );
}
