/**
 * Fake workbook-level defined names: add (to a range or a formula), get, delete, and load of
 * name / formula / type / comment.
 */
import { absolute, quoteSheet } from './address';
import { FakeOfficeError } from './errors';
import { FakeCollection, FakeObject } from './proxy';
import type { ContextLike, MemoryName, RangeRef } from './types';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class FakeNamedItemCollection extends FakeCollection<MemoryName, FakeNamedItem> {
  constructor(context: ContextLike) {
    super(context, 'names', () => context.book.names);
  }

  protected override _item(n: MemoryName): FakeNamedItem {
    const book = this.context.book;
    return new FakeNamedItem(this.context, `names[${n.name}]`, () => (book.names.includes(n) ? n : null));
  }

  add(name: string, reference: RangeRef | string, comment = ''): FakeNamedItem {
    const ref = typeof reference === 'string' ? reference : reference._path;
    let created: MemoryName | null = null;
    this._call('add', [name, ref, comment], (names) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw new FakeOfficeError('InvalidArgument', `“${name}” is not a valid name.`);
      if (names.some((n) => same(n.name, name))) throw new FakeOfficeError('ItemAlreadyExists', `The name “${name}” already exists.`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const t = reference._strict();
        formula = `=${quoteSheet(t.sheet.name)}!${absolute(t.area)}`;
      }
      created = { name, formula, comment };
      names.push(created);
    });
    return new FakeNamedItem(this.context, `names.add(${name})`, () => created);
  }

  getItem(name: string): FakeNamedItem {
    const book = this.context.book;
    return new FakeNamedItem(this.context, `names[${name}]`, () => book.names.find((n) => same(n.name, name)) ?? null);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const book = this.context.book;
    return new FakeNamedItem(this.context, `names[${name}]?`, () => book.names.find((n) => same(n.name, name)) ?? null, true);
  }
}

export class FakeNamedItem extends FakeObject<MemoryName> {
  override _getters(): Record<string, (t: MemoryName) => unknown> {
    return {
      name: (t) => t.name,
      formula: (t) => t.formula,
      type: (t) => (t.formula.includes('#REF!') ? 'Error' : /!\$?[A-Z]+\$?\d+/.test(t.formula) ? 'Range' : 'String'),
      comment: (t) => t.comment,
      visible: () => true,
    };
  }
  get name(): string {
    return this._get('name');
  }
  get formula(): string {
    return this._get('formula');
  }
  get type(): string {
    return this._get('type');
  }
  delete(): void {
    const book = this.context.book;
    this._call('delete', null, (t) => void book.names.splice(book.names.indexOf(t), 1));
  }
}
