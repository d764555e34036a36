/**
 * The free text of data rows (evidence, note), kept aside from the typed columns: only the rows that
 * have some, found by an index per row (4 bytes) rather than a map keyed by row, whose lookup cost
 * about a third of a microsecond per row of a million-row detail sheet (issue 17).
 */
export interface RowText {
  evidence: string;
  note: string;
}

export class RowTexts {
  /** 1 + the place of each row's text in `items`; 0 for none. */
  private index: Int32Array;
  private readonly items: RowText[] = [];

  constructor(capacity = 1024) {
    this.index = new Int32Array(Math.max(16, capacity));
  }

  /** Rows with a text. */
  get size(): number {
    return this.items.length;
  }

  get(row: number): RowText | undefined {
    const k = row >= 0 && row < this.index.length ? this.index[row]! : 0;
    return k === 0 ? undefined : this.items[k - 1];
  }

  set(row: number, text: RowText): void {
    if (row >= this.index.length) {
      const more = new Int32Array(Math.max(row + 1, this.index.length * 2));
      more.set(this.index);
      this.index = more;
    }
    const k = this.index[row]!;
    if (k !== 0) this.items[k - 1] = text;
    else {
      this.items.push(text);
      this.index[row] = this.items.length;
    }
  }
}
