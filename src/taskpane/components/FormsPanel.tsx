/**
 * Phiếu đơn vị: *Tạo phiếu nhập cho đơn vị* (the forms as downloads, one .zip or one by one) and
 * *Gộp phiếu đơn vị* (pick the returned files, preview the summary — cells to fill, conflicts,
 * files refused — confirm, and undo the last consolidation). Icons only where the pane already has
 * them: every new one weighs on the first load.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons/svg/document-add';
import type { ConsolidationRun, FileBytes, UndoRun, WorkbookApi } from '../../app/api';
import type { Lang } from '../../engine/model';
import { formatDiagnostic } from '../../engine/diagnostics';
import { statusText } from '../../workbook/submission-status';
import { readPicked, saveBytes, zipFiles } from '../files';
import { t, tf } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export interface FormsPanelProps {
  lang: Lang;
  makeForms: WorkbookApi['makeForms'];
  consolidate: WorkbookApi['consolidate'];
  undoConsolidation: WorkbookApi['undoConsolidation'];
  /** Called after the workbook changed (the summary is read again). */
  onChanged: () => void;
}

function RunDetails({ run, lang }: { run: ConsolidationRun; lang: Lang }) {
  const styles = useStyles();
  return (
    <>
      {run.diagnostics.length > 0 && (
        <>
          <Text as="h4" size={300} weight="semibold" className={styles.title}>
            {t('formProblems', lang)}
          </Text>
          <ul className={styles.list} data-testid="consolidate-problems">
            {run.diagnostics.map((d, i) => (
              <li key={i}>
                <Text size={200}>{`${d.file} › ${formatDiagnostic(d, lang)}`}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {run.submissions.length > 0 && (
        <>
          <Text as="h4" size={300} weight="semibold" className={styles.title}>
            {t('submissionsList', lang)}
          </Text>
          <ul className={styles.list} data-testid="consolidate-submissions">
            {run.submissions.map((s, i) => (
              <li key={i}>
                <Text size={200}>{`${s.unit ?? '—'}${s.file ? ` (${s.file})` : ''}: ${statusText(s.status, lang)}`}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function FormsPanel({ lang, makeForms, consolidate, undoConsolidation, onChanged }: FormsPanelProps) {
  const styles = useStyles();
  const forms = useAction<FileBytes[]>(lang);
  const preview = useAction<ConsolidationRun>(lang);
  const applied = useAction<ConsolidationRun>(lang);
  const undo = useAction<UndoRun>(lang);
  const [picked, setPicked] = useState<FileBytes[]>([]);
  const [prefer, setPrefer] = useState(false);

  const pick = async (list: FileList | null): Promise<void> => {
    const files = Array.from(list ?? []);
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readPicked(f) })));
    setPicked(read);
    preview.reset();
    applied.reset();
  };
  const options = (apply: boolean) => ({ lang, prefer: prefer ? ('submitted' as const) : ('cluster' as const), apply });
  const runPreview = (): void => void preview.run(() => consolidate(picked, options(false)));
  const runApply = async (): Promise<void> => {
    const outcome = await applied.run(() => consolidate(picked, options(true)));
    if (outcome.ok && outcome.value.ok) {
      preview.reset();
      onChanged();
    }
  };
  const runUndo = async (): Promise<void> => {
    const outcome = await undo.run(() => undoConsolidation(lang));
    if (outcome.ok) onChanged();
  };
  const downloadZip = async (files: FileBytes[]): Promise<void> => saveBytes('phieu-nhap.zip', await zipFiles(files), 'application/zip');

  const plan = preview.state.status === 'done' ? preview.state.value : null;
  const busy = [forms, preview, applied, undo].some((a) => a.state.status === 'loading');
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="forms-title">
        <Text as="h2" id="forms-title" size={400} weight="semibold" className={styles.title}>
          {t('formsTitle', lang)}
        </Text>
        <Text as="p" size={200} className={styles.muted}>
          {t('formsHint', lang)}
        </Text>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => void forms.run(() => makeForms(lang))} disabled={busy}>
            {t('makeForms', lang)}
          </Button>
          {forms.state.status === 'loading' && <Spinner size="tiny" label={t('makingForms', lang)} />}
        </div>
        {forms.state.status === 'failed' && <ErrorBar title={t('formsFailed', lang)} error={forms.state.error} />}
        {forms.state.status === 'done' && (
          <>
            <Text as="p" role="status" data-testid="forms-made">
              {tf('formsMade', { n: forms.state.value.length }, lang)}
            </Text>
            <div className={styles.actions}>
              {forms.state.value.length > 0 && (
                <Button onClick={() => forms.state.status === 'done' && void downloadZip(forms.state.value)}>
                  {t('downloadZip', lang)}
                </Button>
              )}
              {forms.state.value.map((f) => (
                <Button key={f.name} size="small" appearance="subtle" onClick={() => saveBytes(f.name, f.bytes)}>
                  {tf('downloadOne', { name: f.name }, lang)}
                </Button>
              ))}
            </div>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="consolidate-title">
        <Text as="h2" id="consolidate-title" size={400} weight="semibold" className={styles.title}>
          {t('consolidateTitle', lang)}
        </Text>
        <Text as="p" size={200} className={styles.muted}>
          {t('consolidateHint', lang)}
        </Text>
        <Field label={t('pickForms', lang)} hint={picked.length ? tf('picked', { n: picked.length }, lang) : undefined}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void pick(e.target.files)}
            />
          )}
        </Field>
        <Checkbox checked={prefer} onChange={(_, d) => setPrefer(d.checked === true)} label={t('preferSubmitted', lang)} />
        <div className={styles.actions}>
          <Button onClick={runPreview} disabled={busy || picked.length === 0}>
            {t('preview', lang)}
          </Button>
          {plan?.ok && (
            <Button appearance="primary" onClick={() => void runApply()} disabled={busy}>
              {t('confirmConsolidate', lang)}
            </Button>
          )}
          <Button onClick={() => void runUndo()} disabled={busy}>
            {t('undoConsolidation', lang)}
          </Button>
        </div>
        {preview.state.status === 'loading' && <Spinner size="tiny" label={t('previewing', lang)} />}
        {applied.state.status === 'loading' && <Spinner size="tiny" label={t('consolidating', lang)} />}
        {undo.state.status === 'loading' && <Spinner size="tiny" label={t('undoing', lang)} />}
        {preview.state.status === 'failed' && <ErrorBar title={t('consolidateFailed', lang)} error={preview.state.error} />}
        {applied.state.status === 'failed' && <ErrorBar title={t('consolidateFailed', lang)} error={applied.state.error} />}
        {undo.state.status === 'failed' && <ErrorBar title={t('undoFailed', lang)} error={undo.state.error} />}
        {plan && (
          <MessageBar intent={plan.ok ? 'info' : 'error'} layout="multiline">
            <MessageBarBody>
              {!plan.ok && <MessageBarTitle>{t('consolidateBlocked', lang)}</MessageBarTitle>}
              <div data-testid="consolidate-summary">{tf('previewSummary', { cells: plan.cells, conflicts: plan.conflicts, refused: plan.refused }, lang)}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        {plan && <RunDetails run={plan} lang={lang} />}
        {applied.state.status === 'done' && (
          <MessageBar intent={applied.state.value.ok ? 'success' : 'error'} layout="multiline">
            <MessageBarBody data-testid="consolidate-done">
              {applied.state.value.ok
                ? tf('consolidated', { cells: applied.state.value.cells, sheets: applied.state.value.written.join(', ') }, lang)
                : t('consolidateBlocked', lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {applied.state.status === 'done' && <RunDetails run={applied.state.value} lang={lang} />}
        {undo.state.status === 'done' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody data-testid="undo-done">
              <div>{tf('undone', { n: undo.state.value.restored }, lang)}</div>
              {undo.state.value.changed.length > 0 && <div>{tf('undoChanged', { cells: undo.state.value.changed.join(', ') }, lang)}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}
