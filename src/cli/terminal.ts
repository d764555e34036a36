/**
 * What the command line prints is cleaned of control characters first: a cell holding ESC
 * sequences (clear the screen, set the window title, move the cursor) or bidirectional overrides
 * shows as its visible text. Line breaks stay (messages span lines); a tab becomes a space.
 */

// eslint-disable-next-line no-control-regex -- the C0 and C1 control characters are what it removes
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanForTerminal(s: string): string {
  return s.replace(/\t/g, ' ').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** JSON for the terminal: the characters `cleanForTerminal` would drop are written as `\u` escapes, so the data stays whole. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
