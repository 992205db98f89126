// Browser tests: Debian's Chromium (driven by playwright-core) against the production build in
// ./build, served on loopback by the tests. Run `npm run build` first (`npm test` does).
const tsJest = ['ts-jest', {tsconfig: {isolatedModules: true, esModuleInterop: true}}];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'browser',
  testEnvironment: 'node',
  transform: {'^.+\\.tsx?$': tsJest},
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/browser/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/browser/globalTeardown.ts',
  // One browser at a time: each test file starts its own Chromium and server.
  maxWorkers: 1,
  testTimeout: 120_000,
  // Not tests: build output, the fixture site, other tools' scratch folders (which hold package.json
  // copies that jest-haste-map would report as name collisions).
  modulePathIgnorePatterns: [
    '<rootDir>/build/',
    '<rootDir>/tests/browser/fixture-site/',
    '<rootDir>/bench/out/',
    '<rootDir>/\\.tmp-',
  ],
};
