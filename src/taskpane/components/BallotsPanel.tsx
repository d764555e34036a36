/** Tạo phiếu bầu: the ballot form and the `Phiếu bầu` entry sheet, from the current draft (vote.md). */
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { VoteRegular } from '@fluentui/react-icons/svg/vote';
import type { BallotsRun, WorkbookApi } from '../../app/api';
import type { Lang } from '../../engine/model';
import { t, tf } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlockStart: tokens.spacingVerticalM },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface BallotsPanelProps {
  lang: Lang;
  makeBallots: WorkbookApi['makeBallots'];
  /** Called after the sheets were written (the summary is read again). */
  onMade: () => void;
}

export function BallotsPanel({ lang, makeBallots, onMade }: BallotsPanelProps) {
  const styles = useStyles();
  const making = useAction<BallotsRun>(lang);
  const start = async (): Promise<void> => {
    const outcome = await making.run(() => makeBallots(lang));
    if (outcome.ok) onMade();
  };
  return (
    <section className={styles.root} aria-labelledby="ballots-title">
      <Text as="h2" size={400} weight="semibold" className={styles.title} id="ballots-title">
        {t('voteSectionTitle', lang)}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {t('ballotsHint', lang)}
      </Text>
      <div className={styles.actions}>
        <Button icon={<VoteRegular />} onClick={() => void start()} disabled={making.state.status === 'loading'}>
          {t('ballotsButton', lang)}
        </Button>
      </div>
      {making.state.status === 'loading' && <Spinner size="tiny" labelPosition="after" label={t('ballotsMaking', lang)} />}
      {making.state.status === 'failed' && <ErrorBar title={t('ballotsFailed', lang)} error={making.state.error} />}
      {making.state.status === 'done' && (
        <MessageBar intent="success" layout="multiline" data-testid="ballots-made">
          <MessageBarBody>
            {tf('ballotsMade', { sheets: making.state.value.written.join(', '), voters: making.state.value.voters, awards: making.state.value.awards }, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
