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
  /** 1 + the place of each row's text in `evidences` and `notes`; 0 for none. */
  private index: Int32Array;
  // Two arrays of strings rather than a record per row: no object is made per row while reading,
  // so no allocation site whose tenuring decision would throw the reader's compiled code away in a
  // just-started runtime (issue 17, docs/benchmarks.md).
  private readonly evidences: string[] = [];
  private readonly notes: string[] = [];

  constructor(capacity = 1024) {
    this.index = new Int32Array(Math.max(16, capacity));
  }

  /** Rows with a text. */
  get size(): number {
    return this.evidences.length;
  }

  private placeOf(row: number): number {
    return row >= 0 && row < this.index.length ? this.index[row]! : 0;
  }

  get(row: number): RowText | undefined {
    const k = this.placeOf(row);
    return k === 0 ? undefined : { evidence: this.evidences[k - 1]!, note: this.notes[k - 1]! };
  }

  /** The row's evidence; '' when it has none. */
  evidenceOf(row: number): string {
    const k = this.placeOf(row);
    return k === 0 ? '' : this.evidences[k - 1]!;
  }

  /** The row's note; '' when it has none. */
  noteOf(row: number): string {
    const k = this.placeOf(row);
    return k === 0 ? '' : this.notes[k - 1]!;
  }

  set(row: number, evidence: string, note: string): void {
    if (row >= this.index.length) {
      const more = new Int32Array(Math.max(row + 1, this.index.length * 2));
      more.set(this.index);
      this.index = more;
    }
    const k = this.index[row]!;
    if (k !== 0) {
      this.evidences[k - 1] = evidence;
      this.notes[k - 1] = note;
    } else {
      this.evidences.push(evidence);
      this.notes.push(note);
      this.index[row] = this.evidences.length;
    }
  }
}
