import { defineConfig } from 'vitest/config';

const dbTests = ['src/**/*.test.ts'];
const server = process.env.TEST_DATABASE_URL
  ? [{ extends: true as const, test: { name: 'server', include: dbTests, env: { PRASAN_TEST_ENGINE: 'server' } } }]
  : [];

export default defineConfig({
  test: {
    globalSetup: ['src/server/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    env: { PRASAN_SCRYPT_N: '16384' },
    projects: [
      { extends: true, test: { name: 'embedded', include: dbTests, env: { PRASAN_TEST_ENGINE: 'embedded' } } },
      ...server,
      { extends: true, test: { name: 'e2e', include: ['e2e/**/*.spec.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 200_000 } },
    ],
  },
});
