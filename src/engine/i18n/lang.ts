/** The two languages of every user-visible text, and how Office's display language picks one. */

export type Lang = 'vi' | 'en';

/**
 * The language for Office's display language (`Office.context.displayLanguage`, e.g. `vi-VN`,
 * `en-US`): Vietnamese when it starts with `vi`, English for any other language. When Office does
 * not say (blank or missing), Vietnamese: the users are Vietnamese offices.
 */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  const code = (displayLanguage ?? '').trim().toLowerCase();
  if (code === '' || code.startsWith('vi')) return 'vi';
  return 'en';
}
