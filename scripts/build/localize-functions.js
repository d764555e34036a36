/**
 * functions-vi.json: the custom functions' metadata (functions.json, generated from the JSDoc) with
 * the names and descriptions of src/functions/vi.json, a dictionary keyed by function id:
 *
 *   { "RATE": { "name": "TYLE", "description": "…",
 *               "parameters": { "actual": { "name": "thực_hiện", "description": "…" }, … } }, … }
 *
 * Ids, types and options are kept; every function and parameter must be in the dictionary and the
 * dictionary must hold nothing else, so the two files cannot drift apart unnoticed.
 */
'use strict';

/** Excel's rule for function names: a letter, then letters, digits, "." or "_", 3 characters at least. */
const NAME = /^\p{L}[\p{L}\p{N}._]{2,}$/u;

/** Excel's function dialog, like its built-in help, is made for descriptions of at most 255 characters. */
const MAX_DESCRIPTION = 255;

function checkDescription(text, where, problems) {
  if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}: no description`);
  else if (text.length > MAX_DESCRIPTION) problems.push(`${where}: description longer than ${MAX_DESCRIPTION} characters (${text.length})`);
}

/** Returns the localized metadata and every problem found (an empty list when all is well). */
function localize(metadata, dictionary) {
  const problems = [];
  const functions = metadata.functions ?? [];
  const ids = new Set(functions.map((f) => f.id));
  for (const id of Object.keys(dictionary)) if (!ids.has(id)) problems.push(`${id}: in the dictionary but not a custom function`);
  const seen = new Map();
  const localized = functions.map((f) => {
    const entry = dictionary[f.id];
    if (!entry) {
      problems.push(`${f.id}: no entry in the dictionary`);
      return f;
    }
    if (typeof entry.name !== 'string' || !NAME.test(entry.name)) problems.push(`${f.id}: "${entry.name}" is not a valid function name`);
    else if (seen.has(entry.name.toUpperCase())) problems.push(`${f.id}: name "${entry.name}" is also the name of ${seen.get(entry.name.toUpperCase())}`);
    else seen.set(entry.name.toUpperCase(), f.id);
    checkDescription(entry.description, f.id, problems);
    const params = entry.parameters ?? {};
    const names = (f.parameters ?? []).map((p) => p.name);
    for (const name of Object.keys(params)) if (!names.includes(name)) problems.push(`${f.id}: the dictionary has a parameter "${name}" the function does not have`);
    const parameters = (f.parameters ?? []).map((p) => {
      const t = params[p.name];
      if (!t) {
        problems.push(`${f.id}: parameter "${p.name}" is not in the dictionary`);
        return p;
      }
      if (typeof t.name !== 'string' || t.name.trim() === '') problems.push(`${f.id}.${p.name}: no name`);
      checkDescription(t.description, `${f.id}.${p.name}`, problems);
      return { ...p, name: t.name, description: t.description };
    });
    return { ...f, name: entry.name, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions: localized }, problems };
}

module.exports = { localize, MAX_DESCRIPTION };
