/** Why an input could not be read, in words: the file (missing, a folder, a FIFO…) or the package (not a workbook, too large, a damaged part). */
import type { Lang } from '../engine/model';
import { LIMITS, PackageError } from '../hosts/xlsx/open';
import { MAX_INPUT_BYTES, type InputProblem } from './files';
import { readFailure, t } from './text';

const MB = (bytes: number): number => Math.round(bytes / (1 << 20));

export function inputProblemText(file: string, p: { problem: InputProblem; code?: string }, lang: Lang): string {
  switch (p.problem) {
    case 'noFile':
      return t('noFile', lang, { value: file });
    case 'isFolder':
      return t('isFolder', lang, { value: file });
    case 'notRegularFile':
      return t('notRegularFile', lang, { value: file });
    case 'inputTooLarge':
      return t('inputTooLarge', lang, { value: file, limit: MB(MAX_INPUT_BYTES) });
    case 'unreadable':
      return readFailure(file, p.code ?? '', lang);
  }
}

/** The message of a reader failure: what the file is, or the part that failed. */
export function readerFailureText(file: string, e: unknown, lang: Lang): string {
  if (!(e instanceof PackageError)) return t('unreadableBook', lang, { value: file, reason: e instanceof Error ? e.message : String(e) });
  const p = e.problem;
  switch (p.kind) {
    case 'notZip':
      return t('notZip', lang, { value: file });
    case 'encrypted':
      return t('encryptedZip', lang, { value: file });
    case 'tooLarge':
      return t('partTooLarge', lang, { value: file, part: p.part, limit: MB(p.limit) });
    case 'ratio':
      return t('partRatio', lang, { value: file, part: p.part, ratio: p.ratio });
    case 'notWorkbook':
      return t(p.what === 'ods' ? 'isOds' : p.what === 'odf' ? 'isOdf' : p.what === 'docx' ? 'isDocx' : p.what === 'pptx' ? 'isPptx' : 'isZip', lang, { value: file });
    case 'badPart':
      return t('badPart', lang, { value: file, part: p.part, reason: p.reason });
    case 'unreadable':
      return t('unreadableBook', lang, { value: file, reason: p.reason });
  }
}

export { LIMITS };
