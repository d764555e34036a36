/**
 * How both builds (webpack.config.js for dist/, webpack.preview.config.js for the preview) compile
 * the sources: TypeScript through ts-loader without type checking (that is `npm run typecheck`'s
 * job; ES modules let webpack drop what is unused), and zod's `new Function` parser generator,
 * which the pages' CSP forbids, compiled out.
 */
'use strict';
const path = require('path');
const { ZOD_EVAL_FILES } = require('./zod-no-eval-loader');

function moduleRules(root) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: 'ts-loader',
        options: {
          configFile: path.join(root, 'tsconfig.json'),
          transpileOnly: true,
          compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true },
        },
      },
    },
    { test: ZOD_EVAL_FILES, use: path.join(__dirname, 'zod-no-eval-loader.js') },
  ];
}

module.exports = { moduleRules };
