/** Kiểm tra: what the reader and the engine found wrong in the workbook, errors first. */
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons/svg/arrow-clockwise';
import type { WorkbookApi, WorkbookInfo } from '../../app/api';
import type { Lang } from '../../engine/model';
import { t, tf } from '../strings';
import type { ActionState } from '../useAction';
import { DiagnosticList } from './DiagnosticList';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

export interface CheckPanelProps {
  state: ActionState<WorkbookInfo>;
  lang: Lang;
  onRecheck: () => void;
  select: WorkbookApi['select'];
}

export function CheckPanel({ state, lang, onRecheck, select }: CheckPanelProps) {
  const styles = useStyles();
  const loading = state.status === 'loading';
  const diagnostics = state.status === 'done' ? state.value.diagnostics : [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text as="h2" size={400} weight="semibold" className={styles.title}>
          {t('checkTitle', lang)}
        </Text>
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onRecheck} disabled={loading}>
          {t('recheck', lang)}
        </Button>
      </div>
      {loading && <Spinner size="tiny" labelPosition="after" label={t('checking', lang)} />}
      {state.status === 'failed' && <ErrorBar title={t('summaryFailed', lang)} error={state.error} />}
      {state.status === 'done' && diagnostics.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('noProblems', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && diagnostics.length > 0 && (
        <>
          <Text as="p" weight="semibold" role="status">
            {tf('problemCounts', { errors, warnings: diagnostics.length - errors }, lang)}
          </Text>
          <DiagnosticList diagnostics={diagnostics} lang={lang} select={select} />
        </>
      )}
    </div>
  );
}
