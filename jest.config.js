// Jest runs the TypeScript sources as ES modules (ts-jest in ESM mode), like the bundle does.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/helpers/drop-workflow-commands.ts'],
  testTimeout: 60000,
  clearMocks: true
}
