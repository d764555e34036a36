/**
 * *Lưu vào lịch sử* (cycle.md §2): after a run, appends it to `Lịch sử`. A refusal (rows of the same
 * year, period and unit already there) lists the rows, and nothing is written.
 */
import { Button, Field, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons/svg/history';
import type { SaveHistoryRun, WorkbookApi } from '../../app/api';
import type { Lang } from '../../engine/model';
import { t } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface SaveHistoryProps {
  lang: Lang;
  saveHistory: NonNullable<WorkbookApi['saveHistory']>;
  disabled: boolean;
  /** Called once rows were appended (the summary is read again). */
  onSaved: () => void;
}

export function SaveHistory({ lang, saveHistory, disabled, onSaved }: SaveHistoryProps) {
  const styles = useStyles();
  const saving = useAction<SaveHistoryRun>(lang);
  const save = async (): Promise<void> => {
    // No vote in this pane yet: the award column stays blank (the vote passes its elected units).
    const outcome = await saving.run(() => saveHistory(lang));
    if (outcome.ok && outcome.value.saved) onSaved();
  };
  const s = saving.state;
  return (
    <div className={styles.root} data-testid="save-history">
      <Field hint={t('saveHistoryHint', lang)}>
        <Button icon={<HistoryRegular />} onClick={() => void save()} disabled={disabled || s.status === 'loading'}>
          {t('saveHistory', lang)}
        </Button>
      </Field>
      {s.status === 'loading' && <Spinner size="tiny" labelPosition="after" label={t('savingHistory', lang)} />}
      {s.status === 'failed' && <ErrorBar title={t('saveHistoryFailed', lang)} error={s.error} />}
      {s.status === 'done' && (
        <MessageBar intent={s.value.saved ? 'success' : 'warning'} layout="multiline" data-testid="history-outcome">
          <MessageBarBody>
            {s.value.lines[0]}
            {s.value.lines.length > 1 && (
              <ul className={styles.lines}>
                {s.value.lines.slice(1).map((l, i) => (
                  <li key={i}>{l.trim()}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
