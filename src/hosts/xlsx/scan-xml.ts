/**
 * A small streaming XML scanner with namespaces, for the large parts of a package (sheets, shared
 * strings): the bytes are decoded a slice at a time and scanned into open / close / text events,
 * with every element's and attribute's namespace URI resolved by scope (so `x:c` and `c` under
 * the SpreadsheetML namespace are the same element). It is several times faster than saxes on
 * sheet XML and builds nothing: the reader (read-book.ts) keeps only cells.
 *
 * It checks what a reader must not get wrong: tags closed in order, one root element, no text
 * outside it, attribute values quoted, no undeclared prefix, no unknown entity, no DOCTYPE
 * (Office Open XML allows none; refusing it closes the entity-expansion doors). Line ends are
 * normalised (`\r\n`, `\r` → `\n`) and attribute whitespace made spaces, as XML 1.0 requires.
 * A part that breaks one of these is an `XmlScanError` with its line.
 */

export class XmlScanError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'XmlScanError';
  }
}

/** The attributes of the element being opened (valid only during the `open` call). */
export interface ScanAttrs {
  /** An attribute without a prefix (no namespace), by name. */
  get(local: string): string | undefined;
  /** A namespaced attribute (`r:id`), by namespace URI and local name. */
  getNs(uri: string, local: string): string | undefined;
}

export interface ScanHandler {
  open(uri: string, local: string, attrs: ScanAttrs): void;
  close(uri: string, local: string): void;
  /** Character data (entities resolved; CDATA included); may come in several pieces. */
  text(text: string): void;
}

const XML_URI = 'http://www.w3.org/XML/1998/namespace';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&([^;&<]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlScanError(`an unterminated entity reference (${whole})`);
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(cp) || !/^#(x[0-9A-Fa-f]+|[0-9]+)$/.test(name) || cp > 0x10ffff) throw new XmlScanError(`a bad character reference &${name};`);
      return String.fromCodePoint(cp);
    }
    const v = ENTITIES[name];
    if (v === undefined) throw new XmlScanError(`an undefined entity &${name};`);
    return v;
  });
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

export class XmlScanner implements ScanAttrs {
  /** Namespace bindings in scope: [prefix, uri, depth], innermost last. */
  private readonly bindings: [string, string, number][] = [
    ['xml', XML_URI, -1],
    ['', '', -1],
  ];
  /** Open elements: qualified names, and their resolved namespace URIs and local names. */
  private readonly stack: string[] = [];
  private readonly uris: string[] = [];
  private readonly locals: string[] = [];
  /** Attribute names already found well formed (a sheet has a handful, seen millions of times). */
  private readonly goodAttrs = new Set<string>();
  private rootSeen = false;
  private rootClosed = false;
  private carry = '';
  private line = 1;
  // The current element's attributes.
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;

  constructor(private readonly h: ScanHandler) {}

  get(local: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === local) return this.values[i];
    return undefined;
  }

  getNs(uri: string, local: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const n = this.names[i]!;
      const colon = n.indexOf(':');
      if (colon < 0 || n.slice(colon + 1) !== local) continue;
      const prefix = n.slice(0, colon);
      if (prefix !== 'xmlns' && this.uriOf(prefix) === uri) return this.values[i];
    }
    return undefined;
  }

  private uriOf(prefix: string): string | null {
    const b = this.bindings;
    for (let i = b.length - 1; i >= 0; i--) if (b[i]![0] === prefix) return b[i]![1];
    return null;
  }

  /** Scans the next piece of the document. */
  write(piece: string): void {
    let s = this.carry + piece;
    if (s.indexOf('\r') >= 0) {
      // A lone \r at the end may be the first half of \r\n: kept for the next piece.
      if (s.endsWith('\r')) {
        this.carry = '';
        this.scan(s.slice(0, -1).replace(/\r\n?/g, '\n'), false);
        this.carry += '\r';
        return;
      }
      s = s.replace(/\r\n?/g, '\n');
    }
    this.carry = '';
    this.scan(s, false);
  }

  /** Ends the document: everything must be closed. */
  close(): void {
    const rest = this.carry;
    this.carry = '';
    if (rest !== '') this.scan(rest.replace(/\r\n?/g, '\n'), true);
    if (!this.rootSeen) throw new XmlScanError('no root element');
    if (this.stack.length > 0) throw new XmlScanError(`unclosed tag <${this.stack[this.stack.length - 1]}> at the end`);
  }

  private fail(s: string, at: number, reason: string): never {
    let line = this.line;
    for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) line++;
    throw new XmlScanError(`${line}: ${reason}`);
  }

  private outsideText(s: string, from: number, to: number): void {
    for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) this.fail(s, i, this.rootClosed ? 'text after the root element' : 'text before the root element');
  }

  private emitText(s: string, from: number, to: number): void {
    if (this.stack.length === 0) return this.outsideText(s, from, to);
    const raw = s.slice(from, to);
    if (raw.indexOf('&') >= 0) {
      try {
        this.h.text(decodeEntities(raw));
      } catch (e) {
        if (e instanceof XmlScanError) this.fail(s, from, e.message);
        throw e;
      }
    } else this.h.text(raw);
  }

  private scan(s: string, final: boolean): void {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (!final) break;
        this.emitText(s, i, n);
        i = n;
        break;
      }
      if (lt > i) this.emitText(s, i, lt);
      i = lt;
      if (lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      if (c === 0x2f /* / */) {
        const gt = s.indexOf('>', lt);
        if (gt < 0) break;
        const name = s.slice(lt + 2, gt).trimEnd();
        const top = this.stack.pop();
        if (top !== name) this.fail(s, lt, top === undefined ? `a closing tag </${name}> with nothing open` : `</${name}> closes <${top}>`);
        this.h.close(this.uris.pop()!, this.locals.pop()!);
        this.unbind();
        if (this.stack.length === 0) this.rootClosed = true;
        i = gt + 1;
      } else if (c === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) break;
        i = end + 2;
      } else if (c === 0x21 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) break;
          i = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) break;
          if (this.stack.length === 0) this.fail(s, lt, 'CDATA outside the root element');
          this.h.text(s.slice(lt + 9, end));
          i = end + 3;
        } else if (n - lt < 9) break;
        else if (s.startsWith('<!DOCTYPE', lt)) this.fail(s, lt, 'a DOCTYPE (not allowed in Office Open XML)');
        else this.fail(s, lt, 'a markup declaration');
      } else {
        const end = this.openTag(s, lt);
        if (end < 0) {
          // The piece ends inside the tag: its declarations are made again with the next piece.
          this.unbind();
          break;
        }
        i = end;
      }
    }
    // Lines of what was consumed, for the messages of later pieces.
    for (let k = s.indexOf('\n'); k >= 0 && k < i; k = s.indexOf('\n', k + 1)) this.line++;
    if (i < n) {
      if (final) this.fail(s, i, 'the document ends inside a tag');
      this.carry = s.slice(i);
    }
  }

  private unbind(): void {
    const depth = this.stack.length;
    const b = this.bindings;
    while (b.length > 2 && b[b.length - 1]![2] >= depth) b.pop();
  }

  /** An open tag at `lt`: the index after it, or -1 when the piece ends inside it. */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isSpace(c) || c === 0x3e || c === 0x2f) break;
      i++;
    }
    if (i >= n) return -1;
    const name = s.slice(lt + 1, i);
    if (name === '') this.fail(s, lt, 'an empty tag name');
    if (this.rootClosed) this.fail(s, lt, 'a second root element');
    this.count = 0;
    let selfClosing = false;
    const depth = this.stack.length;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== 0x3e) this.fail(s, i, `a stray / in <${name}>`);
        selfClosing = true;
        i += 2;
        break;
      }
      const eq = s.indexOf('=', i);
      if (eq < 0) return -1;
      let attr = s.slice(i, eq);
      if (!this.goodAttrs.has(attr)) {
        attr = attr.trimEnd();
        if (attr === '' || /[\s<>"'/]/.test(attr)) this.fail(s, i, `a bad attribute in <${name}>`);
        this.goodAttrs.add(attr);
      }
      let q = eq + 1;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = s.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) this.fail(s, q, `an unquoted value of ${attr} in <${name}>`);
      const close = s.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0) return -1;
      let value = s.slice(q + 1, close);
      // One pass over the value for what needs more than the slice: 1 a <, 2 an entity, 4 a tab or line end.
      let seen = 0;
      for (let k = q + 1; k < close; k++) {
        const ch = s.charCodeAt(k);
        if (ch === 0x3c) seen |= 1;
        else if (ch === 0x26) seen |= 2;
        else if (ch === 0x0a || ch === 0x09) seen |= 4;
      }
      if (seen & 1) this.fail(s, q, `a < in the value of ${attr}`);
      if (seen & 2) {
        try {
          value = decodeEntities(value.replace(/[\t\n]/g, ' '));
        } catch (e) {
          if (e instanceof XmlScanError) this.fail(s, q, e.message);
          throw e;
        }
      } else if (seen & 4) value = value.replace(/[\t\n]/g, ' ');
      for (let k = 0; k < this.count; k++) if (this.names[k] === attr) this.fail(s, i, `the attribute ${attr} twice in <${name}>`);
      this.names[this.count] = attr;
      this.values[this.count] = value;
      this.count++;
      if (attr === 'xmlns') this.bindings.push(['', value, depth]);
      else if (attr.startsWith('xmlns:')) this.bindings.push([attr.slice(6), value, depth]);
      i = close + 1;
    }
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const uri = this.uriOf(prefix);
    if (uri === null) this.fail(s, lt, `an undeclared prefix ${prefix}: in <${name}>`);
    for (let k = 0; k < this.count; k++) {
      const a = this.names[k]!;
      const p = a.indexOf(':');
      if (p > 0 && !a.startsWith('xmlns:') && this.uriOf(a.slice(0, p)) === null) this.fail(s, lt, `an undeclared prefix in the attribute ${a}`);
    }
    const local = colon < 0 ? name : name.slice(colon + 1);
    this.rootSeen = true;
    this.stack.push(name);
    this.uris.push(uri);
    this.locals.push(local);
    this.h.open(uri, local, this);
    if (selfClosing) {
      this.stack.pop();
      this.uris.pop();
      this.locals.pop();
      this.h.close(uri, local);
      this.unbind();
      if (this.stack.length === 0) this.rootClosed = true;
    }
    return i;
  }
}
