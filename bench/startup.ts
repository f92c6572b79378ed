// Time from `prasan serve` (what `npm start` runs after building) to a healthy answer, on the
// embedded database: a first start on an empty data directory (initdb + migrate + reference
// data + demo) and a restart on the same directory. Run `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, startCli, waitHealthy } from './support.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORT = 3917;

async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = startCli(['serve'], { PORT: String(PORT), HOST: '127.0.0.1', PRASAN_DATA_DIR: dataDir });
  await waitHealthy(`http://127.0.0.1:${PORT}/api/v1/health`, child);
  const elapsed = performance.now() - started;
  await child.stop();
  return elapsed;
}

const first: number[] = [];
const restart: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'prasan-bench-'));
  first.push(await timeStart(dataDir));
  restart.push(await timeStart(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`startup, embedded PostgreSQL, ${ROUNDS} rounds`);
console.log(`  first start (empty data dir): median ${fmt(median(first))}  [${first.map(fmt).join(', ')}]  goal < 15 s`);
console.log(`  restart:                      median ${fmt(median(restart))}  [${restart.map(fmt).join(', ')}]  goal < 3 s`);
