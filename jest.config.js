/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  {
    tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', isolatedModules: true },
    diagnostics: false,
  },
];

module.exports = {
  testEnvironment: 'node',
  // A timeout, not a timing: the suites that write and reopen workbooks take 5–20 s on a busy 2-core
  // machine (jest's 5 s default failed them there); no test measures time (npm run bench does).
  testTimeout: 30_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
