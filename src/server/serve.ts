import { pino } from 'pino';
import type { Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openConfiguredDatabase } from './db/open.js';
import { buildApp } from './http/app.js';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-organisations.js';
import { isEmpty, seedDemo, seedReference } from './seed/seed.js';

/** Starts the server: migrate, seed reference data (and the demo on a first start), listen. */
export async function serve(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel });
  const started = Date.now();
  const database = await openConfiguredDatabase(config);
  const applied = await migrate(database);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const firstStart = await isEmpty(database);
  await seedReference(database);
  if (firstStart && config.demo) {
    await seedDemo(database);
    logger.info('demo data loaded');
  }
  const app = await buildApp({ database, logger, webDist: config.webDist, trustProxy: config.trustProxy });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ engine: database.engine, ms: Date.now() - started }, `Prasan is serving on http://localhost:${config.port}`);
  if (config.demo) {
    const hasDemo = await database.db.selectFrom('users').select('id').where('email', '=', DEMO_USERS[0].email).executeTakeFirst();
    if (hasDemo) {
      console.log(`\n  Prasan: http://localhost:${config.port}   API docs: http://localhost:${config.port}/api/docs`);
      console.log(`  Demo logins (password: ${DEMO_PASSWORD}):`);
      for (const user of DEMO_USERS) console.log(`    ${user.role.padEnd(10)} ${user.email}`);
      console.log('');
    }
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // stop taking requests, finish those in flight, then close the database cleanly
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
