/**
 * Chấm điểm & xếp hạng: the flag-in-place option, the one-click run with its progress, its
 * results, and Xoá đánh dấu (clear the flags).
 */
import { useRef, useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons/svg/calculator';
import { EraserRegular } from '@fluentui/react-icons/svg/eraser';
import type { ScoreRun, ScoreStep, WorkbookApi, WorkbookInfo } from '../../app/api';
import type { Lang } from '../../engine/model';
import { t, tf } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';
import { SaveHistory } from './SaveHistory';

type ResultsView = Pick<typeof import('./ScoreResults'), 'ScoreResults' | 'ScoreProgress'>;
let loadedView: ResultsView | null = null;

/**
 * The run's progress bar and results view (its tables, badges, accordions and charts) load with the first run, before
 * scoring starts, not with the pane; a view that cannot load rejects, which the action turns into
 * an error (settle in ../useAction) before anything is written.
 */
async function loadResultsView(): Promise<ResultsView> {
  loadedView ??= await import(/* webpackChunkName: "score-results" */ './ScoreResults');
  return loadedView;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ScorePanelProps {
  lang: Lang;
  score: WorkbookApi['score'];
  clearFlags: WorkbookApi['clearFlags'];
  select: WorkbookApi['select'];
  /** Called after a run wrote its sheets, with the workbook as the run left it (no second read); without it, the summary is read again. */
  onScored: (info?: WorkbookInfo) => void;
  /** *Lưu vào lịch sử*; absent: no button. */
  saveHistory?: WorkbookApi['saveHistory'];
}

export function ScorePanel({ lang, score, clearFlags, select, onScored, saveHistory }: ScorePanelProps) {
  const styles = useStyles();
  const [flagInPlace, setFlagInPlace] = useState(false);
  const [audit, setAudit] = useState(false);
  const [step, setStep] = useState<ScoreStep | null>(null);
  const [runFlags, setRunFlags] = useState(false);
  const scoring = useAction<ScoreRun>(lang);
  const clearing = useAction<number>(lang);
  const runs = useRef(0);
  const [runId, setRunId] = useState(0);
  const [view, setView] = useState<ResultsView | null>(() => loadedView);

  const start = async (): Promise<void> => {
    const id = ++runs.current;
    setStep(null);
    setRunFlags(flagInPlace);
    const progress = (s: ScoreStep): void => {
      if (id === runs.current) setStep(s);
    };
    const outcome = await scoring.run(async () => {
      setView(await loadResultsView());
      return score({ lang, flagInPlace, ...(audit ? { audit: true } : {}) }, progress);
    });
    setRunId(id);
    if (outcome.ok && outcome.value.result.ok) onScored(outcome.value.info);
  };

  const busy = scoring.state.status === 'loading' || clearing.state.status === 'loading';
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.title}>
        {t('scoreTitle', lang)}
      </Text>
      {/* A visible hint rather than a tooltip: read by everyone, and no positioning library in the bundle. */}
      <Field hint={t('flagHint', lang)}>
        <Checkbox checked={flagInPlace} onChange={(_, data) => setFlagInPlace(data.checked === true)} label={t('flagInPlace', lang)} />
      </Field>
      <Field hint={t('auditHint', lang)}>
        <Checkbox checked={audit} onChange={(_, data) => setAudit(data.checked === true)} label={t('audit', lang)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CalculatorRegular />} onClick={() => void start()} disabled={busy}>
          {t('scoreButton', lang)}
        </Button>
        <Button icon={<EraserRegular />} onClick={() => void clearing.run(() => clearFlags(lang))} disabled={busy}>
          {t('clearFlags', lang)}
        </Button>
      </div>
      {clearing.state.status === 'loading' && <Spinner size="tiny" labelPosition="after" label={t('clearing', lang)} />}
      {clearing.state.status === 'failed' && <ErrorBar title={t('clearFailed', lang)} error={clearing.state.error} />}
      {clearing.state.status === 'done' && (
        <MessageBar intent="success" layout="multiline" data-testid="cleared">
          <MessageBarBody>{tf('cleared', { n: clearing.state.value }, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {scoring.state.status === 'loading' &&
        (view ? <view.ScoreProgress step={step} flagInPlace={runFlags} lang={lang} /> : <Spinner size="tiny" labelPosition="after" label={t('progress', lang)} />)}
      {scoring.state.status === 'failed' && <ErrorBar title={t('scoreFailed', lang)} error={scoring.state.error} />}
      {scoring.state.status === 'done' && view && <view.ScoreResults key={runId} run={scoring.state.value} lang={lang} select={select} />}
      {scoring.state.status === 'done' && scoring.state.value.result.ok && saveHistory && (
        <SaveHistory key={`h${runId}`} lang={lang} saveHistory={saveHistory} disabled={busy} onSaved={onScored} />
      )}
    </div>
  );
}
