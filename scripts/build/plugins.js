/**
 * The build's own webpack plugins:
 * - LocalizedFunctionsPlugin writes functions-vi.json from the generated functions.json and the
 *   dictionary src/functions/vi.json (localize-functions.js), and fails the build when they disagree;
 * - ForbiddenModulesPlugin fails the build when a module that must never reach the browser is bundled
 *   (exceljs and the CLI belong to Node; the task pane and the functions read the workbook via Office.js).
 * - WarningPlugin adds one warning to the build's output.
 */
'use strict';
const fs = require('fs');
const { Compilation, WebpackError, sources } = require('webpack');
const { localize } = require('./localize-functions');

class LocalizedFunctionsPlugin {
  /** @param {{ source: string, dictionary: string, output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, dictionary, output } = this.options;
    compiler.hooks.thisCompilation.tap('LocalizedFunctionsPlugin', (compilation) => {
      compilation.fileDependencies.add(dictionary);
      compilation.hooks.processAssets.tap({ name: 'LocalizedFunctionsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin: ${source} was not generated, so ${output} cannot be made`));
          return;
        }
        let result;
        try {
          result = localize(JSON.parse(asset.source.source().toString()), JSON.parse(fs.readFileSync(dictionary, 'utf8')));
        } catch (e) {
          compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin: ${e.message}`));
          return;
        }
        for (const p of result.problems) compilation.errors.push(new WebpackError(`${dictionary}: ${p}`));
        compilation.emitAsset(output, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
      });
    });
  }
}

/** Modules the browser bundles must never hold, with the reason given when one is found. */
const FORBIDDEN = [
  { test: /[\\/]node_modules[\\/]exceljs[\\/]/, why: 'exceljs is the command line’s workbook library' },
  { test: /[\\/]src[\\/]hosts[\\/]exceljs[\\/]/, why: 'the exceljs host belongs to the command line' },
  { test: /[\\/]src[\\/]cli[\\/]/, why: 'the command line runs in Node' },
];

class ForbiddenModulesPlugin {
  constructor(forbidden = FORBIDDEN) {
    this.forbidden = forbidden;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ForbiddenModulesPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('ForbiddenModulesPlugin', (modules) => {
        for (const m of modules) {
          const resource = m.resource ?? '';
          const rule = this.forbidden.find((f) => f.test.test(resource));
          if (!rule) continue;
          const chain = [];
          for (let issuer = compilation.moduleGraph.getIssuer(m); issuer && chain.length < 6; issuer = compilation.moduleGraph.getIssuer(issuer))
            chain.push(issuer.resource ?? issuer.identifier());
          compilation.errors.push(new WebpackError(`${resource} must not be bundled: ${rule.why}. Imported by: ${chain.join(' ← ') || '(an entry)'}`));
        }
      });
    });
  }
}

class WarningPlugin {
  constructor(text) {
    this.text = text;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WarningPlugin', (compilation) => {
      compilation.warnings.push(new WebpackError(this.text));
    });
  }
}

module.exports = { LocalizedFunctionsPlugin, ForbiddenModulesPlugin, WarningPlugin, FORBIDDEN };
