/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testPathIgnorePatterns: ['/helpers/', '/fixtures/'],
  reporters: ['default', '<rootDir>/__tests__/helpers/summary-reporter.js'],
  setupFiles: ['<rootDir>/__tests__/helpers/fast-check-setup.js'],
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.js',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } },
    ],
  },
  // marked 18 ships only ES modules; its UMD build is the same code in a form Jest can require.
  moduleNameMapper: { '^marked$': '<rootDir>/node_modules/marked/lib/marked.umd.js' },
};
