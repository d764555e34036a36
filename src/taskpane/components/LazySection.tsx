/**
 * A section of the pane whose code loads on its first visit, not with the pane (the task pane's
 * first load stays under its budget, docs/benchmarks.md): a spinner while it loads, an error bar —
 * never an uncaught exception — when it cannot.
 */
import { useEffect, useState, type ReactElement } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Lang } from '../../engine/model';
import { t, tf } from '../strings';
import { ErrorBar } from './ErrorBar';

type Loaded<M> = { status: 'loading' } | { status: 'done'; module: M } | { status: 'failed'; error: string };

export interface LazySectionProps<M> {
  /** Start loading (the section was visited); once loaded, it stays. */
  active: boolean;
  load: () => Promise<M>;
  render: (module: M) => ReactElement;
  lang: Lang;
}

export function LazySection<M>({ active, load, render, lang }: LazySectionProps<M>) {
  const [state, setState] = useState<Loaded<M> | null>(null);
  useEffect(() => {
    if (!active || state !== null) return;
    setState({ status: 'loading' });
    load().then(
      (module) => setState({ status: 'done', module }),
      (e: unknown) => setState({ status: 'failed', error: tf('unexpected', { message: e instanceof Error ? e.message : String(e) }, lang) }),
    );
  }, [active, state, load, lang]);
  if (state === null) return null;
  if (state.status === 'loading') return <Spinner size="tiny" labelPosition="after" label={t('sectionLoading', lang)} />;
  if (state.status === 'failed') return <ErrorBar title={t('sectionFailed', lang)} error={state.error} />;
  return render(state.module);
}
