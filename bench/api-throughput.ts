// Requests per second and p99 latency of GET /api/v1/organisations under 50 concurrent
// connections on loopback, beside a bare Fastify hello-world in the same run. The API runs on
// the PostgreSQL server (DATABASE_URL, default the local `test` server) with the demo tree plus
// ORGS synthetic organisations (default 100,000). Run `npm run build` first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ROOT_DIR } from '../src/server/config.js';
import { startCli, waitHealthy } from './support.js';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ORGS = Number(process.env.ORGS ?? 100_000);
const DURATION = Number(process.env.DURATION ?? 10);
const DB_NAME = 'prasan_bench_api';

async function prepareDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME}`);
  await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

async function addSyntheticOrganisations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // 1,000 synthetic districts' worth of local bodies spread under the demo ministry, in one statement
  await client.query(
    `with parent as (select id, path, depth from organisations where code = 'MOI')
     insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
     select g.id, 'SYN-' || g.n, 'subdistrict_administration', 'local', parent.id,
            parent.path || g.id || '/', parent.depth + 1,
            'องค์การบริหารส่วนตำบลทดสอบ ' || g.n, 'Synthetic SAO ' || g.n
     from parent, (select n, gen_random_uuid() as id from generate_series(1, $1::int) n) g`,
    [ORGS],
  );
  await client.query('analyze organisations');
  await client.end();
}

async function measure(title: string, url: string) {
  const result = await autocannon({ url, connections: 50, duration: DURATION, pipelining: 1 });
  console.log(
    `  ${title.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.non2xx}`,
  );
  return result.requests.average;
}

const url = await prepareDatabase();
const api = startCli(['serve'], { PORT: '3919', HOST: '127.0.0.1', DATABASE_URL: url, LOG_LEVEL: 'warn' });
await waitHealthy('http://127.0.0.1:3919/api/v1/health', api);
await addSyntheticOrganisations(url);
const hello = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'bench/hello-server.ts')], {
  env: { ...process.env, PORT: '3918' },
  stdio: 'inherit',
});
await waitHealthy('http://127.0.0.1:3918/', { process: hello, output: () => '', stop: async () => undefined });

console.log(`GET throughput, 50 connections, ${DURATION} s each, PostgreSQL server, ${ORGS.toLocaleString('en')} synthetic organisations`);
const bare = await measure('bare Fastify hello-world', 'http://127.0.0.1:3918/');
const list = await measure('GET /api/v1/organisations', 'http://127.0.0.1:3919/api/v1/organisations');
const children = await measure('GET /api/v1/organisations?parent=root', 'http://127.0.0.1:3919/api/v1/organisations?parent=root');
console.log(
  `  organisations list at ${((list / bare) * 100).toFixed(0)} % of hello-world (goal ≥ 50 %); tree roots at ${((children / bare) * 100).toFixed(0)} %`,
);

hello.kill('SIGTERM');
await api.stop();
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`drop database if exists ${DB_NAME}`);
await admin.end();
