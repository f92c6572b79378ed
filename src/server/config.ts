import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root, found from this file in src/ or dist/. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** load the demo scenario on a first start */
  demo: boolean;
  webDist: string;
  logLevel: string;
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.PRASAN_DATA_DIR ?? path.join(ROOT_DIR, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.PRASAN_DEMO !== 'false' && env.NODE_ENV !== 'production',
    webDist: path.join(ROOT_DIR, 'dist', 'web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
