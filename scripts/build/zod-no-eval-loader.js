/**
 * A webpack loader that compiles zod's code generation out of the browser bundles.
 *
 * zod 4 speeds up object parsing by generating a parser with `new Function(…)` when it finds that it
 * may (it probes `new Function("")` once). The task pane page's Content-Security-Policy has no
 * 'unsafe-eval', so in the add-in the probe only fails (and is reported as a CSP violation) and zod
 * falls back to its ordinary parser. This loader makes that outcome certain at build time: the probe
 * answers "no" without trying, and the generator is gone, so the bundles hold no eval at all.
 * If zod's source changes so that a patch no longer applies, the build fails instead of guessing.
 */
'use strict';

const PATCHES = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\) \{[\s\S]*?\n {4}\}/,
    replace: 'compile() {\n        throw new Error("zod: generated parsers are compiled out of this build (no eval under the add-in\'s CSP)");\n    }',
  },
];

/** The rule's test: the zod files this loader patches. */
const ZOD_EVAL_FILES = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;

function zodNoEvalLoader(source) {
  let out = source;
  for (const patch of PATCHES.filter((p) => p.file.test(this.resourcePath))) {
    if (!patch.find.test(out)) {
      this.emitError(new Error(`zod-no-eval-loader: ${this.resourcePath} no longer has the code this loader removes; check zod's eval use and update the patch`));
      return source;
    }
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

module.exports = zodNoEvalLoader;
module.exports.ZOD_EVAL_FILES = ZOD_EVAL_FILES;
module.exports.PATCHES = PATCHES;
