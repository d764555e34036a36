/**
 * The language the custom functions answer in: Office's display language, picked as the pane picks
 * it (`vi…` → Vietnamese, anything else → English; unknown → Vietnamese). The functions share the
 * pane's runtime (manifest: SharedRuntime), where `Office.context.displayLanguage` is set.
 */
import { pickLang, type Lang } from '../engine/i18n';

/** Office's display language, read at each call (it is a property of the running Office, not of the module). */
export function displayLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const code = office?.context?.displayLanguage;
  return pickLang(typeof code === 'string' ? code : null);
}
