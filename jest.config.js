// Unit, component and plugin tests. The site build test is separate (jest.site.config.js)
// because it needs a production build first.
const tsJest = ['ts-jest', {tsconfig: {jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true}}];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'plugin',
      testEnvironment: 'node',
      transform: {'^.+\\.tsx?$': tsJest},
      testMatch: ['<rootDir>/plugins/*/src/**/*.test.ts'],
      // Client code runs in the browser: its tests run in the jsdom project below.
      testPathIgnorePatterns: ['/node_modules/', '/lib/', '/theme/', '/search-theme/', '/client/'],
    },
    {
      displayName: 'theme',
      testEnvironment: 'jsdom',
      transform: {'^.+\\.tsx?$': tsJest},
      testMatch: ['<rootDir>/plugins/*/src/theme/**/*.test.tsx', '<rootDir>/plugins/*/src/search-theme/**/*.test.tsx', '<rootDir>/plugins/*/src/client/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup-theme.ts'],
      moduleNameMapper: {
        '\\.css$': 'identity-obj-proxy',
        // Docusaurus client modules are bundler aliases: small stand-ins under tests/mocks.
        '^@docusaurus/(Link|useBaseUrl|Translate|useDocusaurusContext|useGlobalData|Head|BrowserOnly|useIsBrowser|router)$':
          '<rootDir>/tests/mocks/docusaurus/$1',
        '^@theme/(.*)$': '<rootDir>/plugins/docusaurus-plugin-innersource-sig/src/theme/$1',
        '^@theme-init/(.*)$': '<rootDir>/tests/mocks/theme-init/$1',
      },
    },
  ],
};
