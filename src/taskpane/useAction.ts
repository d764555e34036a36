/**
 * The state of one asynchronous action of the pane (loading / success / failure), and the one place
 * that turns a rejected promise or a thrown error into `{ ok: false }`, so that nothing uncaught
 * ever reaches the user.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome } from '../app/api';
import type { Lang } from '../engine/model';
import { tf } from './strings';

export type ActionState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: string };

function isOutcome(x: unknown): x is Outcome<unknown> {
  return typeof x === 'object' && x !== null && 'ok' in x && typeof (x as { ok: unknown }).ok === 'boolean';
}

/** Awaits `call`; a rejection, a throw or a malformed answer becomes `{ ok: false }` with a message. */
export async function settle<T>(call: () => Promise<Outcome<T>>, lang: Lang): Promise<Outcome<T>> {
  const unexpected = (detail: string): Outcome<T> => ({ ok: false, error: tf('unexpected', { message: detail }, lang) });
  try {
    const outcome: unknown = await call();
    if (!isOutcome(outcome)) return unexpected(String(outcome));
    return outcome as Outcome<T>;
  } catch (e) {
    return unexpected(e instanceof Error ? e.message : String(e));
  }
}

export interface Action<T> {
  state: ActionState<T>;
  /** Runs `call`; only the latest run's outcome is kept. Never rejects. */
  run: (call: () => Promise<Outcome<T>>) => Promise<Outcome<T>>;
  reset: () => void;
}

export function useAction<T>(lang: Lang): Action<T> {
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' });
  const latest = useRef(0);
  const langRef = useRef(lang);
  useEffect(() => {
    langRef.current = lang;
  }, [lang]);

  const run = useCallback(async (call: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    const id = ++latest.current;
    setState({ status: 'loading' });
    const outcome = await settle(call, langRef.current);
    if (id === latest.current) setState(outcome.ok ? { status: 'done', value: outcome.value } : { status: 'failed', error: outcome.error });
    return outcome;
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setState({ status: 'idle' });
  }, []);

  return { state, run, reset };
}
