/**
 * Proxy objects that behave like Office.js ones: every method call and property write is queued and
 * only happens at `context.sync()`; a property can be read only after `load()` and the sync that
 * follows it (PropertyNotLoaded otherwise); `…OrNullObject` proxies learn whether they exist at the
 * next sync, and `isNullObject` cannot be read before it.
 */
import { FakeOfficeError, notLoaded } from './errors';
import type { ContextLike } from './types';

export type Snapshot = Record<string, unknown>;

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

/** `"a, b"`, `["a"]`, `{ select: "a,b" }` → `["a", "b"]`; undefined when nothing was named. */
export function propList(props: LoadArg): string[] | undefined {
  const raw = typeof props === 'object' && props !== null && !Array.isArray(props) ? props.select : props;
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : raw.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  return list.length ? list : undefined;
}

export abstract class FakeObject<T> {
  protected _values: Snapshot = {};
  private readonly _children = new Map<string, unknown>();
  private _null: 'unknown' | 'null' | 'present';

  constructor(
    readonly context: ContextLike,
    readonly _path: string,
    private readonly _resolve: () => T | null,
    nullable = false,
  ) {
    this._null = nullable ? 'unknown' : 'present';
    if (nullable) context._track(this);
  }

  /** Loadable scalar properties and how to read them from the live object. */
  abstract _getters(): Record<string, (target: T) => unknown>;

  /** The live object, or null when it does not exist (a null object). */
  _target(): T | null {
    return this._resolve();
  }

  /** The live object; an error like Excel's when it is gone. */
  _strict(): T {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this._path}).`, this._path);
    return t;
  }

  /** Called by the context at each sync for nullable proxies made before it. */
  _settle(): void {
    let t: T | null;
    try {
      t = this._resolve();
    } catch {
      t = null;
    }
    this._null = t === null ? 'null' : 'present';
  }

  get isNullObject(): boolean {
    if (this._null === 'unknown') throw notLoaded('isNullObject');
    return this._null === 'null';
  }

  /** Reads the named properties of the live object (at sync). */
  _snapshot(props: readonly string[]): Snapshot {
    const t = this._target();
    if (t === null) return {};
    const getters = this._getters();
    const out: Snapshot = {};
    for (const p of props) {
      const get = getters[p];
      if (!get) throw new FakeOfficeError('InvalidArgument', `The fake does not load '${p}' on ${this._path}.`, this._path);
      out[p] = get(t);
    }
    return out;
  }

  _deliver(values: Snapshot): void {
    Object.assign(this._values, values);
  }

  load(props?: LoadArg): this {
    const getters = this._getters();
    const list = propList(props) ?? Object.keys(getters);
    for (const p of list)
      if (!(p in getters)) throw new FakeOfficeError('InvalidArgument', `The fake does not load '${p}' on ${this._path}.`, this._path);
    this.context._queue({
      path: this._path,
      member: 'load',
      args: list,
      apply: () => this._snapshot(list),
      deliver: (payload) => this._deliver(payload as Snapshot),
    });
    return this;
  }

  /** A navigation property (`range.format`, `cf.custom.rule`): one proxy per parent, as Office.js keeps. */
  protected _child<C>(key: string, make: () => C): C {
    let c = this._children.get(key) as C | undefined;
    if (c === undefined) {
      c = make();
      this._children.set(key, c);
    }
    return c;
  }

  protected _get<V>(prop: string): V {
    if (!(prop in this._values)) throw notLoaded(prop);
    return this._values[prop] as V;
  }

  /** Queues a property write; the local value is readable at once, as in Office.js. */
  protected _set(prop: string, value: unknown, apply: (target: T) => void): void {
    this._values[prop] = value;
    this.context._queue({ path: this._path, member: prop, args: value, apply: () => apply(this._strict()) });
  }

  /** Queues a method call. */
  protected _call(member: string, args: unknown, apply: (target: T) => unknown): void {
    this.context._queue({ path: this._path, member, args, apply: () => apply(this._strict()) });
  }

  toJSON(): Snapshot {
    return { ...this._values };
  }
}

/** A collection whose `items` are read after `load('items/…')` and a sync. */
/** What a collection needs of its item proxies. */
interface ItemProxy {
  _snapshot(props: readonly string[]): Snapshot;
  _deliver(values: Snapshot): void;
  _getters(): Record<string, unknown>;
}

export abstract class FakeCollection<T, P extends ItemProxy> extends FakeObject<T[]> {
  private _items: P[] | null = null;

  protected abstract _item(target: T): P;

  override _getters(): Record<string, (target: T[]) => unknown> {
    return { count: (list) => list.length };
  }

  override load(props?: LoadArg): this {
    const raw = propList(props);
    const itemProps = (raw ?? []).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.context._queue({
      path: this._path,
      member: 'load',
      args: raw ?? ['items'],
      apply: () => {
        const list = this._strict();
        const proxies = list.map((t) => this._item(t));
        return { proxies, values: proxies.map((p) => p._snapshot(itemProps.length ? itemProps : Object.keys(p._getters()))) };
      },
      deliver: (payload) => {
        const { proxies, values } = payload as { proxies: P[]; values: Snapshot[] };
        proxies.forEach((p, i) => p._deliver(values[i]!));
        this._items = proxies;
      },
      measure: (payload) => (payload as { values: Snapshot[] }).values,
    });
    return this;
  }

  get items(): P[] {
    if (this._items === null) throw notLoaded('items');
    return this._items;
  }
}
