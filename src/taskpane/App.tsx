/**
 * The task pane: header (name, language), the workbook summary, and the sections Chấm điểm,
 * Kiểm tra and Bảng mẫu. Everything it does to the workbook goes through the `api` prop.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons/svg/calculator';
import { DocumentAddRegular } from '@fluentui/react-icons/svg/document-add';
import { DocumentTableRegular } from '@fluentui/react-icons/svg/document-table';
import { TaskListLtrRegular } from '@fluentui/react-icons/svg/task-list-ltr';
import type { WorkbookApi, WorkbookInfo } from '../app/api';
import type { Lang } from '../engine/model';
import { BallotsPanel } from './components/BallotsPanel';
import { CheckPanel } from './components/CheckPanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { LazySection } from './components/LazySection';
import { ScorePanel } from './components/ScorePanel';
import { SummaryPanel, inputSheets, isEmptyWorkbook } from './components/SummaryPanel';
import { t } from './strings';
import { useAction } from './useAction';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
  },
  // The tabs wrap rather than push the pane sideways when it is narrow (320 px, Vietnamese labels).
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
});

/** `f()`, or `fallback` when it throws (a malformed answer reaches the error boundary through the summary). */
function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export type Section = 'score' | 'check' | 'template' | 'forms';

const SECTIONS: readonly Section[] = ['score', 'check', 'template', 'forms'];

// The Bảng mẫu and Phiếu đơn vị sections load on their first visit, not with the pane.
const loadTemplate = () => import(/* webpackChunkName: "template-panel" */ './components/TemplatePanel');
const loadForms = () => import(/* webpackChunkName: "forms-panel" */ './components/FormsPanel');

export interface AppProps {
  api: WorkbookApi;
  initialLang: Lang;
}

export function App({ api, initialLang }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [section, setSection] = useState<Section>('score');
  const [visited, setVisited] = useState<ReadonlySet<Section>>(() => new Set(['score']));
  useEffect(() => setVisited((v) => (v.has(section) ? v : new Set([...v, section]))), [section]);
  const [templateFocus, setTemplateFocus] = useState(0);
  // After a run the summary shrinks to one line; the reload or the expand button opens it again.
  const [collapsed, setCollapsed] = useState(false);
  const info = useAction<WorkbookInfo>(lang);
  const { run: runInspect } = info;

  // Typed functions handed to the components (bound here, so an api class keeps its `this`).
  const fns = useMemo(
    () => ({
      inspect: (l: Lang) => api.inspect(l),
      insertTemplate: ((preset, l) => api.insertTemplate(preset, l)) satisfies WorkbookApi['insertTemplate'],
      score: ((options, progress) => api.score(options, progress)) satisfies WorkbookApi['score'],
      clearFlags: ((l) => api.clearFlags(l)) satisfies WorkbookApi['clearFlags'],
      select: ((sheet, cell, l) => api.select(sheet, cell, l)) satisfies WorkbookApi['select'],
      makeBallots: ((l) => api.makeBallots(l)) satisfies WorkbookApi['makeBallots'],
      // Optional: a host without it has no *Lưu vào lịch sử* button.
      saveHistory: api.saveHistory ? (((l, elected) => api.saveHistory!(l, elected)) satisfies NonNullable<WorkbookApi['saveHistory']>) : undefined,
      makeForms: ((l) => api.makeForms(l)) satisfies WorkbookApi['makeForms'],
      consolidate: ((files, o) => api.consolidate(files, o)) satisfies WorkbookApi['consolidate'],
      undoConsolidation: ((l) => api.undoConsolidation(l)) satisfies WorkbookApi['undoConsolidation'],
    }),
    [api],
  );

  // Edits of the input sheets since the pane opened: a run older than the last one is stale.
  const [changes, setChanges] = useState(0);
  const inputsRef = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const state = info.state;
    // A malformed answer is the error boundary's to show (in the summary), not this effect's.
    if (state.status === 'done') inputsRef.current = new Set(attempt(() => inputSheets(state.value.summary), []));
  }, [info.state]);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    void api.watchChanges?.((sheet) => {
      if (inputsRef.current.has(sheet)) setChanges((n) => n + 1);
    })
      .then((o) => {
        if (!o.ok) return;
        if (gone) o.value();
        else stop = o.value;
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
    };
  }, [api]);

  const inspect = useCallback((l: Lang) => void runInspect(() => fns.inspect(l)), [runInspect, fns]);

  useEffect(() => {
    inspect(initialLang);
  }, [inspect, initialLang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const openTemplate = (): void => {
    setSection('template');
    setTemplateFocus((n) => n + 1);
  };
  const reload = (): void => inspect(lang);
  // A score run hands back the workbook as it left it: one click reads the workbook once. After a
  // run the summary folds to one line (the results take the room).
  const scored = (i?: WorkbookInfo): void => {
    setCollapsed(true);
    if (i) void runInspect(async () => ({ ok: true, value: i }));
    else reload();
  };
  const state = info.state;
  const empty = state.status === 'done' && attempt(() => isEmptyWorkbook(state.value.summary), false);

  const tabText: Record<Section, string> = { score: t('tabScore', lang), check: t('tabCheck', lang), template: t('tabTemplate', lang), forms: t('tabForms', lang) };
  const tabIcon: Record<Section, ReactElement> = {
    score: <CalculatorRegular />,
    check: <TaskListLtrRegular />,
    template: <DocumentAddRegular />,
    forms: <DocumentTableRegular />,
  };

  return (
    <div className={styles.root} lang={lang}>
      <Header lang={lang} onLangChange={setLang} />
      <main className={styles.main}>
        <ErrorBoundary lang={lang} onRetry={reload}>
          <SummaryPanel state={info.state} lang={lang} onReload={reload} onStartTemplate={openTemplate} collapsed={collapsed} onExpand={() => setCollapsed(false)} />
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={section}
            onTabSelect={(_, data) => setSection(SECTIONS.find((s) => s === data.value) ?? 'score')}
            aria-label={t('sections', lang)}
          >
            {SECTIONS.map((s) => (
              <Tab key={s} value={s} id={`tab-${s}`} aria-controls={`panel-${s}`} icon={tabIcon[s]}>
                {tabText[s]}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id="panel-score" aria-labelledby="tab-score" hidden={section !== 'score'}>
            <ScorePanel lang={lang} score={fns.score} clearFlags={fns.clearFlags} select={fns.select} onScored={scored} saveHistory={fns.saveHistory} empty={empty} changes={changes} />
            <BallotsPanel lang={lang} makeBallots={fns.makeBallots} onMade={reload} />
          </div>
          <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={section !== 'check'}>
            <CheckPanel state={info.state} lang={lang} onRecheck={reload} select={fns.select} />
          </div>
          <div role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={section !== 'template'}>
            <LazySection
              active={visited.has('template')}
              load={loadTemplate}
              lang={lang}
              render={(m) => <m.TemplatePanel lang={lang} insertTemplate={fns.insertTemplate} onInserted={reload} focusRequest={templateFocus} />}
            />
          </div>
          <div role="tabpanel" id="panel-forms" aria-labelledby="tab-forms" hidden={section !== 'forms'}>
            <LazySection
              active={visited.has('forms')}
              load={loadForms}
              lang={lang}
              render={(m) => <m.FormsPanel lang={lang} makeForms={fns.makeForms} consolidate={fns.consolidate} undoConsolidation={fns.undoConsolidation} onChanged={reload} />}
            />
          </div>
        </ErrorBoundary>
      </main>
    </div>
  );
}
