/** Tạo bảng mẫu: pick a preset, insert its sheets (never over existing ones), say what happened. */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons/svg/document-add';
import type { TemplateRun, WorkbookApi } from '../../app/api';
import type { Lang } from '../../engine/model';
import { DEFAULT_PRESET, PRESET_INFOS as PRESETS } from '../../presets/catalogue';
import { t, tf } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The native select sizes itself to its longest option (a preset's title): held to the pane's
  // width instead, so that a 320 px pane never scrolls sideways; the chosen title is cut with an ellipsis.
  field: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%' },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

export interface TemplatePanelProps {
  lang: Lang;
  insertTemplate: WorkbookApi['insertTemplate'];
  /** Called after sheets were inserted (the summary is read again). */
  onInserted: () => void;
  /** Changes when the pane asks for focus on the preset picker (from the empty state). */
  focusRequest?: number;
}

function TemplateOutcome({ run, lang }: { run: TemplateRun; lang: Lang }) {
  return (
    <MessageBar intent={run.inserted.length ? 'success' : 'info'} layout="multiline">
      <MessageBarBody>
        <div data-testid="template-inserted">
          {run.inserted.length ? tf('inserted', { sheets: run.inserted.join(', ') }, lang) : t('insertedNone', lang)}
        </div>
        {run.skipped.length > 0 && <div data-testid="template-skipped">{tf('skipped', { sheets: run.skipped.join(', ') }, lang)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

export function TemplatePanel({ lang, insertTemplate, onInserted, focusRequest = 0 }: TemplatePanelProps) {
  const styles = useStyles();
  const [preset, setPreset] = useState(DEFAULT_PRESET);
  const action = useAction<TemplateRun>(lang);
  const selectRef = useRef<HTMLSelectElement>(null);
  const chosen = PRESETS.find((p) => p.name === preset);

  useEffect(() => {
    if (focusRequest > 0) selectRef.current?.focus();
  }, [focusRequest]);

  const insert = async (): Promise<void> => {
    const outcome = await action.run(() => insertTemplate(preset, lang));
    if (outcome.ok) onInserted();
  };

  const busy = action.state.status === 'loading';
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.title}>
        {t('templateTitle', lang)}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {t('templateHint', lang)}
      </Text>
      <Field label={t('preset', lang)} hint={chosen?.source[lang]} className={styles.field}>
        <Select ref={selectRef} className={styles.select} select={{ className: styles.selectInner }} value={preset} onChange={(_, data) => setPreset(data.value)}>
          {PRESETS.map((p) => (
            <option key={p.name} value={p.name}>
              {p.title[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => void insert()} disabled={busy}>
          {t('insertTemplate', lang)}
        </Button>
        {busy && <Spinner size="tiny" label={t('inserting', lang)} />}
      </div>
      {action.state.status === 'failed' && <ErrorBar title={t('templateFailed', lang)} error={action.state.error} />}
      {action.state.status === 'done' && <TemplateOutcome run={action.state.value} lang={lang} />}
    </div>
  );
}
