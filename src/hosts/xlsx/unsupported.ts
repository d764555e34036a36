/**
 * A package the surgical writer will not edit (a strict-OOXML workbook, a part it cannot find or
 * read): the caller falls back to rewriting the workbook through exceljs.
 */
export class Unsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Unsupported';
  }
}
