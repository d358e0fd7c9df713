/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Two cores shared with a webpack build and Chromium: a test that reads a workbook may need more than Jest's 5 s.
  testTimeout: 30_000,
};
