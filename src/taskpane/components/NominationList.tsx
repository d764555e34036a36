/**
 * The nomination draft: per award (most prestigious first) the units proposed, or marked
 * `Cần bình xét` when tied at the quota boundary, with the basis; then the units not proposed
 * and why.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { failureText } from '../../engine/eligibility';
import { nominationReasonText, reasonText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import { t } from '../strings';
import type { VoteOutcome } from '../../engine/vote';
import { NominationBadge } from './badges';
import { usePaged } from './RankingFilter';
import { VoteOutcomeBadge } from './VoteCount';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  award: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface NominationListProps {
  result: ClusterResult;
  lang: Lang;
}

/** Units of the "not proposed" list drawn at first, and added by each *Hiện thêm*. */
export const NOT_NOMINATED_PAGE = 20;

export function NominationList({ result, lang }: NominationListProps) {
  const styles = useStyles();
  const d = result.settings.decimals;
  // A large cluster's "not proposed" list (hundreds) is drawn 20 at a time.
  const notNominated = usePaged(result.notNominated, NOT_NOMINATED_PAGE, lang);
  const awards = [...result.awards].sort((a, b) => a.order - b.order);
  // After a vote, each candidate's outcome stands beside its nomination (`Trúng` for the elected).
  const outcomeOf = (award: string, unit: string): VoteOutcome | undefined =>
    result.vote?.awards.find((a) => a.award === award)?.candidates.find((c) => c.unit === unit)?.outcome;
  return (
    <div className={styles.root} data-testid="nominations">
      {awards.map((a) => {
        const nominees = result.nominations.filter((nm) => nm.award === a.name && nm.order === a.order);
        const vote = nominees.some((nm) => nm.status === 'vote');
        const left = (result.ineligible ?? []).filter((x) => x.award === a.name);
        return (
          <section key={`${a.order}:${a.name}`} className={styles.award} data-award={a.name}>
            <Text as="h4" size={200} weight="semibold" className={styles.heading}>
              {a.name}
            </Text>
            {nominees.length === 0 ? (
              <Text as="p" size={200} className={styles.muted}>
                {t('noNominee', lang)}
              </Text>
            ) : (
              <ul className={styles.list}>
                {nominees.map((nm) => (
                  <li key={nm.unit} className={styles.item} data-unit={nm.unit}>
                    <span className={styles.line}>
                      <Text weight="semibold">{nm.unit}</Text>
                      <NominationBadge status={nm.status} lang={lang} />
                      {outcomeOf(nm.award, nm.unit) && <VoteOutcomeBadge outcome={outcomeOf(nm.award, nm.unit)!} lang={lang} />}
                    </span>
                    <Text size={200} className={styles.muted}>
                      {nominationReasonText(nm, lang, d)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {vote && (
              <Text as="p" size={200} className={styles.muted}>
                {t('voteHint', lang)}
              </Text>
            )}
            {left.length > 0 && (
              // Units this award's conditions left out (cycle.md §3), each with what is missing.
              <div data-testid="ineligible">
                <Text as="p" size={200} weight="semibold" className={styles.muted}>
                  {t('ineligibleTitle', lang)}
                </Text>
                <ul className={styles.list}>
                  {left.map((x) => (
                    <li key={x.unit} className={styles.item} data-unit={x.unit}>
                      <Text size={200}>{x.unit}</Text>
                      <Text size={200} className={styles.muted}>
                        {x.failures.map((f) => failureText(f, lang)).join('; ')}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
      <section className={styles.award} data-testid="not-nominated">
        <Text as="h4" size={200} weight="semibold" className={styles.heading}>
          {t('notNominatedTitle', lang)}
        </Text>
        {result.notNominated.length === 0 ? (
          <Text as="p" size={200} className={styles.muted}>
            {t('nobody', lang)}
          </Text>
        ) : (
          <ul className={styles.list}>
            {notNominated.shown.map((nn) => (
              <li key={nn.unit} className={styles.item} data-unit={nn.unit}>
                <Text weight="semibold">{nn.unit}</Text>
                <Text size={200} className={styles.muted}>
                  {reasonText(nn.reason, lang)}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {notNominated.more}
      </section>
    </div>
  );
}
