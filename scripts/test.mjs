#!/usr/bin/env node
// `npm test`: builds what the end-to-end tests serve, runs every Vitest project (embedded
// PostgreSQL; the PostgreSQL server too when TEST_DATABASE_URL is set; real Chromium), and ends
// with the plain count line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (run('npm', ['run', 'build']) !== 0) {
  console.error('Build failed: no tests were run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('.test-data', { recursive: true });
const results = '.test-data/results.json';
rmSync(results, { force: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  skipped = report.numPendingTests + (report.numTodoTests ?? 0);
} catch {
  failed = Math.max(failed, 1);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
