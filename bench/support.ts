import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../src/server/config.js';
import { type Database, openServer } from '../src/server/db/database.js';

export interface Child {
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Runs the compiled CLI (`npm run build` first) as `npm start` would, with extra environment. */
export function startCli(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'dist/server/cli.js'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return {
    process: child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function waitHealthy(url: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`exited early:\n${child.output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`not healthy in time:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * A scratch database on the PostgreSQL server beside `adminUrl`: created fresh unless `reuse`
 * (time a kept one again), dropped on cleanup unless `keep` or `reuse`.
 */
export async function scratchServerDatabase(
  adminUrl: string,
  name: string,
  options: { reuse?: boolean; keep?: boolean; poolSize?: number } = {},
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const admin = await openServer(adminUrl, 1);
  if (!options.reuse) {
    await admin.exec(`drop database if exists ${name}`);
    await admin.exec(`create database ${name}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openServer(url.toString(), options.poolSize ?? 4);
  return {
    database,
    cleanup: async () => {
      await database.close();
      if (!options.keep && !options.reuse) await admin.exec(`drop database if exists ${name}`);
      await admin.close();
    },
  };
}
