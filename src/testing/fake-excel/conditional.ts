/**
 * Fake conditional formats: the collection of a range, `add(type)`, `clearAll()`, and for custom
 * rules the formula, fill colour and font colour. Only custom rules expose `custom`; asking a rule
 * of another type for it fails at sync, as it does in Excel.
 */
import { intersects } from './address';
import { FakeOfficeError } from './errors';
import { FakeCollection, FakeObject } from './proxy';
import type { ContextLike, MemoryConditionalFormat, RangeMaker, RangeRef, RangeTarget } from './types';

/** `R` is the range proxy `getRange()` gives back, made by `makeRange` (range.ts hands it in: no import back). */
export class FakeConditionalFormatCollection<R> extends FakeCollection<MemoryConditionalFormat, FakeConditionalFormat<R>> {
  constructor(
    context: ContextLike,
    path: string,
    private readonly range: RangeRef,
    private readonly makeRange: RangeMaker<R>,
  ) {
    super(context, path, () => {
      const t = range._target();
      return t ? t.sheet.conditionalFormats.filter((cf) => intersects(cf.area, t.area)) : null;
    });
  }

  protected override _item(cf: MemoryConditionalFormat): FakeConditionalFormat<R> {
    const range = this.range;
    return new FakeConditionalFormat(this.makeRange, this.context, `${this._path}[${cf.id}]`, () => {
      const t = range._target();
      return t && t.sheet.conditionalFormats.includes(cf) ? { target: t, cf } : null;
    });
  }

  add(type: string): FakeConditionalFormat<R> {
    const book = this.context.book;
    let created: { target: RangeTarget; cf: MemoryConditionalFormat } | null = null;
    this.context._queue({
      path: this._path,
      member: 'add',
      args: type,
      apply: () => {
        const target = this.range._strict();
        const cf: MemoryConditionalFormat = { id: `{CF-${book._nextId()}}`, type, area: { ...target.area }, formula: null, fill: null, fontColor: null };
        target.sheet.conditionalFormats.unshift(cf); // a new rule comes first (top priority), as in Excel
        created = { target, cf };
      },
    });
    return new FakeConditionalFormat(this.makeRange, this.context, `${this._path}.add(${type})`, () => created);
  }

  clearAll(): void {
    this.context._queue({
      path: this._path,
      member: 'clearAll',
      apply: () => {
        const t = this.range._strict();
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.area, t.area));
      },
    });
  }
}

interface CfTarget {
  target: RangeTarget;
  cf: MemoryConditionalFormat;
}

export class FakeConditionalFormat<R> extends FakeObject<CfTarget> {
  constructor(
    private readonly makeRange: RangeMaker<R>,
    context: ContextLike,
    path: string,
    resolve: () => CfTarget | null,
  ) {
    super(context, path, resolve);
  }

  override _getters(): Record<string, (t: CfTarget) => unknown> {
    return { type: (t) => t.cf.type, id: (t) => t.cf.id, priority: (t) => t.target.sheet.conditionalFormats.indexOf(t.cf) };
  }
  get type(): string {
    return this._get('type');
  }
  get id(): string {
    return this._get('id');
  }
  get custom(): FakeCustomConditionalFormat {
    return this._child(
      'custom',
      () =>
        new FakeCustomConditionalFormat(this.context, `${this._path}.custom`, () => {
          const t = this._target();
          if (t && t.cf.type !== 'Custom') throw new FakeOfficeError('InvalidArgument', `This conditional format is of type ${t.cf.type}, not Custom.`);
          return t ? t.cf : null;
        }),
    );
  }
  delete(): void {
    this._call('delete', null, (t) => {
      const list = t.target.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
    });
  }
  /** The range the rule applies to; Excel throws when the rule applies to several areas. */
  getRange(): R {
    return this.makeRange(`${this._path}.range`, () => {
      const t = this._target();
      if (t?.cf.moreAreas?.length) throw new FakeOfficeError('InvalidOperation', 'The conditional format is applied to multiple ranges.');
      return t ? { sheet: t.target.sheet, area: t.cf.area } : null;
    });
  }
  /** The range the rule applies to, or a null object when it applies to several areas. */
  getRangeOrNullObject(): R {
    return this.makeRange(
      `${this._path}.range?`,
      () => {
        const t = this._target();
        return t && !t.cf.moreAreas?.length ? { sheet: t.target.sheet, area: t.cf.area } : null;
      },
      true,
    );
  }
}

export class FakeCustomConditionalFormat extends FakeObject<MemoryConditionalFormat> {
  override _getters(): Record<string, (t: MemoryConditionalFormat) => unknown> {
    return {};
  }
  get rule(): FakeConditionalFormatRule {
    return this._child('rule', () => new FakeConditionalFormatRule(this.context, `${this._path}.rule`, () => this._target()));
  }
  get format(): FakeConditionalRangeFormat {
    return this._child('format', () => new FakeConditionalRangeFormat(this.context, `${this._path}.format`, () => this._target()));
  }
}

export class FakeConditionalFormatRule extends FakeObject<MemoryConditionalFormat> {
  override _getters(): Record<string, (t: MemoryConditionalFormat) => unknown> {
    return { formula: (t) => t.formula ?? '' };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(f: string) {
    this._set('formula', f, (t) => {
      if (!f.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'A custom rule formula starts with “=”.');
      t.formula = f;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeObject<MemoryConditionalFormat> {
  override _getters(): Record<string, (t: MemoryConditionalFormat) => unknown> {
    return {};
  }
  get fill(): FakeConditionalColor {
    return this._child('fill', () => new FakeConditionalColor(this.context, `${this._path}.fill`, () => this._target(), 'fill'));
  }
  get font(): FakeConditionalColor {
    return this._child('font', () => new FakeConditionalColor(this.context, `${this._path}.font`, () => this._target(), 'fontColor'));
  }
}

export class FakeConditionalColor extends FakeObject<MemoryConditionalFormat> {
  constructor(
    context: ContextLike,
    path: string,
    resolve: () => MemoryConditionalFormat | null,
    private readonly key: 'fill' | 'fontColor',
  ) {
    super(context, path, resolve);
  }
  override _getters(): Record<string, (t: MemoryConditionalFormat) => unknown> {
    return { color: (t) => t[this.key] };
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(c: string) {
    this._set('color', c, (t) => void (t[this.key] = c));
  }
}
