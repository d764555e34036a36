/**
 * The preview's build (npm run preview; scripts/preview/): out/preview/ holds
 *   preview.html, preview.js, preview.css   the page: grid view of the simulated workbook, file
 *                                           open and download (exceljs, in its own chunk
 *                                           exceljs-host.js, loaded on demand);
 *   pane.html, pane.js                      the task pane's page: pane.js simulates Office (Office,
 *                                           Excel over an in-memory workbook, CustomFunctions);
 *   app/taskpane.js, app/functions.js       the production bundles, copied unchanged from dist/.
 * dist/ must be built first (scripts/preview/build.js sees to it). Nothing here goes into dist/:
 * the in-memory host and exceljs reach the browser only through this build.
 *
 *   webpack -c webpack.preview.config.js [--env outputPath=DIR]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, WebpackError } = require('webpack');
const { OFFICE_CDN, contentSecurityPolicy } = require('./scripts/build/csp');
const { moduleRules } = require('./scripts/build/module-rules');

const root = __dirname;
const DIST = path.join(root, 'dist');
const PREVIEW = path.join(root, 'out', 'preview');
/** The production files the pane page loads, copied unchanged. */
const APP_FILES = ['taskpane.js', 'taskpane.js.map', 'taskpane.js.LICENSE.txt', 'functions.js', 'functions.js.map'];

/** The production page's policy without the Office CDN: office.js is never loaded here. */
const csp = contentSecurityPolicy({ dev: false })
  .split('; ')
  .map((d) => d.split(' ').filter((v) => v !== OFFICE_CDN).join(' '))
  .join('; ');

class RequireDistPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RequireDistPlugin', (compilation) => {
      for (const f of ['taskpane.js', 'functions.js'])
        if (!fs.existsSync(path.join(DIST, f)))
          compilation.errors.push(new WebpackError(`dist/${f} is missing: build the add-in first (npm run build, or npm run preview, which builds it).`));
    });
  }
}

/** exceljs comes minified: its chunk is marked as such, so the build does not spend half a minute on it again. */
class SkipMinifyPlugin {
  constructor(test) {
    this.test = test;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SkipMinifyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SkipMinifyPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
        for (const name of Object.keys(assets)) if (this.test.test(name)) compilation.updateAsset(name, (s) => s, { minimized: true });
      });
    });
  }
}

module.exports = (env = {}) => ({
  mode: 'production',
  devtool: 'source-map',
  target: ['web', 'es2022'],
  entry: {
    preview: path.join(root, 'src', 'preview', 'preview.ts'),
    pane: path.join(root, 'src', 'preview', 'pane.ts'),
  },
  output: {
    path: env.outputPath ? path.resolve(env.outputPath) : PREVIEW,
    filename: '[name].js',
    chunkFilename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  module: {
    // exceljs's browser build is one minified UMD file: nothing in it for webpack to resolve.
    noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    rules: moduleRules(root),
  },
  optimization: {
    // exceljs and the exceljs host stay together in exceljs-host.js, loaded on demand.
    splitChunks: false,
  },
  plugins: [
    new RequireDistPlugin(),
    new SkipMinifyPlugin(/^exceljs-host\.js$/),
    new HtmlWebpackPlugin({ filename: 'preview.html', template: path.join(root, 'src', 'preview', 'preview.html'), inject: false, csp }),
    new HtmlWebpackPlugin({ filename: 'pane.html', template: path.join(root, 'src', 'preview', 'pane.html'), inject: false, csp }),
    new CopyWebpackPlugin({
      patterns: [
        { from: path.join(root, 'src', 'preview', 'preview.css'), to: 'preview.css' },
        ...APP_FILES.map((f) => ({
          from: path.join(DIST, f),
          to: `app/${f}`,
          noErrorOnMissing: f.endsWith('.map') || f.endsWith('.txt'),
          // Unchanged: never minified again.
          info: { minimized: true },
        })),
        // The pane's chunks loaded on first use (workbook-actions.js, score-results.js, …), beside it as in dist/.
        {
          from: '*.js',
          context: DIST,
          to: 'app/[name][ext]',
          globOptions: { ignore: APP_FILES.map((f) => `**/${f}`) },
          noErrorOnMissing: true,
          info: { minimized: true },
        },
      ],
    }),
  ],
  performance: false,
});

module.exports.APP_FILES = APP_FILES;
