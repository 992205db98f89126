// Tests of the production build in ./build (run `npm run build` first; `npm run test:site` does).
const tsJest = ['ts-jest', {tsconfig: {isolatedModules: true, esModuleInterop: true}}];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'site',
  testEnvironment: 'node',
  transform: {'^.+\\.tsx?$': tsJest},
  testMatch: ['<rootDir>/tests/site/**/*.test.ts'],
  // The generated sites (kept between runs) hold package.json files that jest-haste-map would report as name collisions.
  modulePathIgnorePatterns: ['<rootDir>/\\.tmp-'],
};
