/**
 * What a run says beside its results (issue 16), in the results chunk (loaded with the first run, not
 * with the pane): the announcement of the live region, and the notice that the results are stale
 * because the input sheets changed after the run, with *Chấm lại*.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ScoreRun } from '../../app/api';
import type { Lang } from '../../engine/model';
import { w, wf } from '../work-strings';

/** The announcement of a run's outcome, read by screen readers and shown above the results. */
export function announcement(run: ScoreRun, lang: Lang): string {
  const { result } = run;
  if (!result.ok) return wf('announceErrors', { n: result.diagnostics.filter((d) => d.severity === 'error').length }, lang);
  const leaders = result.units.filter((u) => u.rank === 1).map((u) => u.unit);
  return leaders.length
    ? wf('announceScored', { n: result.units.length, leader: leaders.join(w('and', lang)) }, lang)
    : wf('announceScoredNone', { n: result.units.length }, lang);
}

export interface StaleNoticeProps {
  lang: Lang;
  busy: boolean;
  onRescore: () => void;
}

export function StaleNotice({ lang, busy, onRescore }: StaleNoticeProps) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale">
      <MessageBarBody>
        <MessageBarTitle>{w('staleTitle', lang)}</MessageBarTitle>
        {w('staleBody', lang)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRescore} disabled={busy}>
          {w('rescore', lang)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** A run cancelled before it wrote: information, not an error. */
export function CancelledNotice({ lang }: { lang: Lang }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="run-cancelled">
      <MessageBarBody>{w('runCancelled', lang)}</MessageBarBody>
    </MessageBar>
  );
}
