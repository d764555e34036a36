/**
 * The count of the vote (vote.md) per award: the turnout and the threshold line, then each
 * candidate's votes, share and outcome; what `Bỏ phiếu lại` means for those tied at the last seat.
 * The words come from the tally job; nothing is counted here.
 */
import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { formatNumber } from '../../engine/format';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import type { VoteOutcome } from '../../engine/vote';
import { voteOutcomeLabel } from '../../engine/vote-labels';
import { tallyView } from '../../jobs/tally';
import { t, tf } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  award: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  table: { tableLayout: 'auto', width: '100%' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  badge: { height: 'auto', minHeight: '20px', paddingBlock: '1px', lineHeight: '16px' },
});

const OUTCOME_COLOR: Record<VoteOutcome, NonNullable<BadgeProps['color']>> = {
  elected: 'success',
  below: 'danger',
  noSeat: 'subtle',
  revote: 'warning',
  higherAward: 'informative',
  noQuorum: 'danger',
};

/** A vote outcome in words (never colour only). */
export function VoteOutcomeBadge({ outcome, lang }: { outcome: VoteOutcome; lang: Lang }) {
  const styles = useStyles();
  return (
    <Badge appearance={outcome === 'revote' ? 'filled' : 'tint'} shape="rounded" color={OUTCOME_COLOR[outcome]} className={styles.badge} data-outcome={outcome}>
      {voteOutcomeLabel(outcome, lang)}
    </Badge>
  );
}

export function VoteCount({ result, lang }: { result: ClusterResult; lang: Lang }) {
  const styles = useStyles();
  const view = tallyView(result, lang);
  if (!view) return null;
  return (
    <div className={styles.root} data-testid="vote-count">
      <Text as="p" size={200} className={styles.muted} data-testid="vote-turnout">
        {view.turnout}
      </Text>
      <Text as="p" size={200} weight="semibold" className={styles.heading} data-testid="vote-threshold">
        {view.threshold}
      </Text>
      {view.awards.map((a) => (
        <section key={a.award} className={styles.award} data-award={a.award}>
          <Text as="h4" size={200} weight="semibold" className={styles.heading}>
            {a.award}
          </Text>
          <Text as="p" size={200} className={styles.muted}>
            {tf('voteSeats', { seats: a.seats, valid: a.valid, invalid: a.invalid }, lang)}
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={a.award}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('colUnit', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('colVotes', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('colShare', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colOutcome', lang)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {a.candidates.map((c) => (
                <TableRow key={c.unit} data-unit={c.unit}>
                  <TableCell>{c.unit}</TableCell>
                  <TableCell className={styles.number}>{`${formatNumber(c.votes, lang, 0)}/${formatNumber(c.base, lang, 0)}`}</TableCell>
                  <TableCell className={styles.number}>{`${formatNumber(c.share, lang, 2)}%`}</TableCell>
                  <TableCell>
                    <VoteOutcomeBadge outcome={c.outcome} lang={lang} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
      {view.revote && (
        <MessageBar intent="warning" layout="multiline" data-testid="vote-revote">
          <MessageBarBody>
            <MessageBarTitle>{t('revoteTitle', lang)}</MessageBarTitle>
            {view.revote}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
