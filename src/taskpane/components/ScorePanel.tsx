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

type ResultsView = Pick<typeof import('./ScoreResults'), 'ScoreResults' | 'ScoreProgress' | 'SaveHistory' | 'StaleNotice' | 'CancelledNotice' | 'announcement'>;
let loadedView: ResultsView | null = null;

/**
 * The run's progress bar and results view (its tables, badges, accordions and charts, the stale
 * notice, the announcement and *Lưu vào lịch sử*) load with the first run, before
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
  progress: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, '& > :first-child': { alignSelf: 'stretch' } },
  announce: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // Kept rendered when empty (a live region must exist before it speaks), out of the flow.
    ':empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' },
  },
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
  /** The workbook has nothing to score (no criteria sheet): the empty state's action is the primary one. */
  empty?: boolean;
  /** How many times the input sheets changed since the pane opened (the stale notice compares it). */
  changes?: number;
}

export function ScorePanel({ lang, score, clearFlags, select, onScored, saveHistory, empty = false, changes = 0 }: ScorePanelProps) {
  const styles = useStyles();
  const [flagInPlace, setFlagInPlace] = useState(false);
  const [audit, setAudit] = useState(false);
  const [documents, setDocuments] = useState(false);
  const [step, setStep] = useState<ScoreStep | null>(null);
  const [runFlags, setRunFlags] = useState(false);
  const scoring = useAction<ScoreRun>(lang);
  const clearing = useAction<number>(lang);
  const { reset: resetClearing } = clearing;
  const runs = useRef(0);
  const [runId, setRunId] = useState(0);
  const [view, setView] = useState<ResultsView | null>(() => loadedView);
  const [announce, setAnnounce] = useState('');
  // Flagged cells known to be in the workbook: null until a run or a clear says (flags of an earlier session).
  const [flags, setFlags] = useState<number | null>(null);
  // The input changes counted when the last run started: later ones make its results stale.
  const [changesAtRun, setChangesAtRun] = useState(changes);
  // *Huỷ*: the run in progress stops before it writes anything.
  const abort = useRef<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const cancel = (): void => {
    abort.current?.abort();
    setCancelled(true);
  };

  const start = async (): Promise<void> => {
    const id = ++runs.current;
    setStep(null);
    setRunFlags(flagInPlace);
    setAnnounce('');
    setChangesAtRun(changes);
    // A message of an earlier clear would contradict this run's flags.
    resetClearing();
    const progress = (s: ScoreStep): void => {
      if (id === runs.current) setStep(s);
    };
    const controller = new AbortController();
    abort.current = controller;
    setCancelled(false);
    const outcome = await scoring.run(async () => {
      setView(await loadResultsView());
      return score({ lang, flagInPlace, ...(audit ? { audit: true } : {}), ...(documents ? { documents: true } : {}), signal: controller.signal }, progress);
    });
    if (abort.current === controller) abort.current = null;
    setRunId(id);
    if (id !== runs.current) return;
    if (outcome.ok) {
      if (loadedView) setAnnounce(loadedView.announcement(outcome.value, lang));
      if (outcome.value.flagged > 0) setFlags(outcome.value.flagged);
    }
    if (outcome.ok && outcome.value.result.ok) onScored(outcome.value.info);
  };

  const clear = async (): Promise<void> => {
    const outcome = await clearing.run(() => clearFlags(lang));
    if (outcome.ok) setFlags(0);
  };

  const busy = scoring.state.status === 'loading' || clearing.state.status === 'loading';
  const scored = scoring.state.status === 'done' ? scoring.state.value : null;
  const stale = scored !== null && scored.result.ok && changes > changesAtRun;
  // The run's "flagged" line goes once the flags are cleared.
  const flaggedNow = scored && flags !== 0 ? scored.flagged : 0;
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
      <Field hint={t('documentsHint', lang)}>
        <Checkbox checked={documents} onChange={(_, data) => setDocuments(data.checked === true)} label={t('documents', lang)} />
      </Field>
      <div className={styles.actions}>
        {/* One primary action per state: in an empty workbook it is the template's. */}
        <Button appearance={empty ? 'secondary' : 'primary'} data-appearance={empty ? 'secondary' : 'primary'} icon={<CalculatorRegular />} onClick={() => void start()} disabled={busy}>
          {t('scoreButton', lang)}
        </Button>
        {/* Only when there may be something to clear: hidden once a clear (or nothing flagged) said there is none. */}
        {flags !== 0 && (
          <Button icon={<EraserRegular />} onClick={() => void clear()} disabled={busy}>
            {t('clearFlags', lang)}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.announce} data-testid="announce">
        {announce}
      </div>
      {stale && view && <view.StaleNotice lang={lang} busy={busy} onRescore={() => void start()} />}
      {clearing.state.status === 'loading' && <Spinner size="tiny" labelPosition="after" label={t('clearing', lang)} />}
      {clearing.state.status === 'failed' && <ErrorBar title={t('clearFailed', lang)} error={clearing.state.error} />}
      {clearing.state.status === 'done' && (
        <MessageBar intent={clearing.state.value > 0 ? 'success' : 'info'} layout="multiline" data-testid="cleared">
          <MessageBarBody>{clearing.state.value > 0 ? tf('cleared', { n: clearing.state.value }, lang) : t('clearedNone', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {scoring.state.status === 'loading' && (
        <div className={styles.progress}>
          {view ? <view.ScoreProgress step={step} flagInPlace={runFlags} lang={lang} /> : <Spinner size="tiny" labelPosition="after" label={t('progress', lang)} />}
          <Button size="small" onClick={cancel} disabled={cancelled}>
            {t('cancelRun', lang)}
          </Button>
        </div>
      )}
      {scoring.state.status === 'failed' &&
        (cancelled && view ? (
          <view.CancelledNotice lang={lang} />
        ) : (
          <ErrorBar title={t('scoreFailed', lang)} error={scoring.state.error} />
        ))}
      {scored && view && <view.ScoreResults key={runId} run={scored} flagged={flaggedNow} lang={lang} select={select} focusOnMount />}
      {scored && scored.result.ok && saveHistory && view && (
        <view.SaveHistory key={`h${runId}`} lang={lang} saveHistory={saveHistory} disabled={busy} onSaved={onScored} />
      )}
    </div>
  );
}
