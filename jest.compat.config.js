// The compatibility matrix: the packed plugin in sites generated from create-docusaurus, built
// one at a time (npm run test:compat). Slow: installs Docusaurus versions and builds six sites.
const tsJest = ['ts-jest', {tsconfig: {isolatedModules: true, esModuleInterop: true}}];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'compat',
  testEnvironment: 'node',
  transform: {'^.+\\.tsx?$': tsJest},
  testMatch: ['<rootDir>/tests/compat/**/*.test.ts'],
  // The generated sites (kept between runs) hold package.json files that jest-haste-map would report as name collisions.
  modulePathIgnorePatterns: ['<rootDir>/\\.tmp-'],
};
