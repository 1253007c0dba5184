import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Run tests against the TypeScript sources of workspace packages (see each package's `exports`).
    conditions: ['communique-source']
  },
  // Tests run in the server (node) environment, which resolves with its own conditions.
  ssr: {
    resolve: {
      conditions: ['communique-source'],
      externalConditions: ['communique-source']
    }
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
