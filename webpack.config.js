/**
 * The add-in's build: dist/ holds manifest.xml, taskpane.html (the shared runtime's one page),
 * functions.js (the custom functions), taskpane.js (the React task pane), functions.json and
 * functions-vi.json (the functions' metadata in English and Vietnamese) and assets/ (icons).
 *
 *   npm run build            webpack --mode production: no certificate, no network needed.
 *                            Set ADDIN_URL=https://host/path/ to rewrite the manifest's URLs for
 *                            where dist/ will be served; unset, they stay https://localhost:3000/.
 *   npm run build:dev        webpack --mode development
 *   npm run dev-server       https://localhost:3000/ with office-addin-dev-certs' certificate.
 */
'use strict';
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_URL, productionUrl, rewriteManifest } = require('./scripts/build/addin-url');
const { OFFICE_JS, contentSecurityPolicy } = require('./scripts/build/csp');
const { ForbiddenModulesPlugin, LocalizedFunctionsPlugin, WarningPlugin } = require('./scripts/build/plugins');
const { moduleRules } = require('./scripts/build/module-rules');
const { version } = require('./package.json');

const root = __dirname;
const FUNCTIONS = path.join(root, 'src', 'functions', 'functions.ts');

/** A browser bundle this large means something was pulled in whole (an icon barrel, a Node library). */
const BUNDLE_BUDGET = 1.5 * 1024 * 1024;

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = production ? (productionUrl(process.env.ADDIN_URL) ?? DEV_URL) : DEV_URL;

  return {
    mode: production ? 'production' : 'development',
    // Source maps in separate files: the default development devtool uses eval(), which the page's
    // Content-Security-Policy forbids.
    devtool: 'source-map',
    target: ['web', 'es2022'],
    entry: {
      functions: FUNCTIONS,
      taskpane: path.join(root, 'src', 'taskpane', 'index.tsx'),
    },
    output: {
      path: path.join(root, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: { rules: moduleRules(root) },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }),
      new LocalizedFunctionsPlugin({
        source: 'functions.json',
        dictionary: path.join(root, 'src', 'functions', 'vi.json'),
        output: 'functions-vi.json',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(root, 'src', 'taskpane', 'taskpane.html'),
        // Functions first: they register with Excel as soon as the page loads.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        csp: contentSecurityPolicy({ dev: !production }),
        officeJs: OFFICE_JS,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), { url, version }) },
          { from: 'assets', to: 'assets', filter: (file) => file.endsWith('.png') },
        ],
      }),
      new ForbiddenModulesPlugin(),
      ...(production && url === DEV_URL && !serving
        ? [new WarningPlugin('ADDIN_URL is not set: dist/manifest.xml keeps the development URLs (https://localhost:3000/).')]
        : []),
    ],
    performance: production ? { hints: 'warning', maxAssetSize: BUNDLE_BUDGET, maxEntrypointSize: BUNDLE_BUDGET } : false,
    devServer: serving
      ? {
          port: 3000,
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        }
      : undefined,
  };
};
