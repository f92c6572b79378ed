#!/usr/bin/env node
import { Command } from 'commander';
import { pino } from 'pino';
import { createAccountsService } from './accounts/accounts.service.js';
import { ROLES, type Role } from './accounts/accounts.tables.js';
import { SYSTEM_ACTOR } from './auth/actor.js';
import { loadConfig } from './config.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { migrate } from './db/migrate.js';
import { openConfiguredDatabase } from './db/open.js';
import { DEMO_PASSWORD } from './seed/demo-organisations.js';
import { isEmpty, seedDemo, seedReference } from './seed/seed.js';
import { serve } from './serve.js';

const program = new Command('prasan').description('Prasan — multi-level plan coordination and results-based management');

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('migrate, seed on first start, and serve the web app and API')
  .action(async () => {
    await serve(loadConfig());
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const applied = await withDatabase((database) => migrate(database));
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date');
  });

program
  .command('seed')
  .description('load reference data; with --demo, also the demo scenario when the database is empty')
  .option('--demo', 'load the demo organisations and users')
  .action(async (options: { demo?: boolean }) => {
    await withDatabase(async (database) => {
      await migrate(database);
      // an explicit seed reloads the reference data even when its fingerprint is unchanged
      await seedReference(database, { force: true });
      if (options.demo) {
        if (!(await isEmpty(database))) {
          console.log('Demo not loaded: the database already has users');
          return;
        }
        await seedDemo(database);
        console.log('Demo loaded: logins as printed by `prasan serve` (password %s)', DEMO_PASSWORD);
      }
      console.log('Reference data loaded');
    });
  });

program
  .command('create-user')
  .description('create a user with one role in one organisation')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--password <password>', 'at least 10 characters')
  .requiredOption('--organisation <code>', 'organisation code, e.g. NESDC')
  .requiredOption('--role <role>', ROLES.join(' | '))
  .action(async (options: { email: string; name: string; password: string; organisation: string; role: string }) => {
    if (!ROLES.includes(options.role as Role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
    if (options.password.length < 10) throw new Error('--password must be at least 10 characters');
    await withDatabase(async (database) => {
      const org = await database.db.selectFrom('organisations').select('id').where('code', '=', options.organisation).executeTakeFirst();
      if (!org) throw new Error(`No organisation with code ${options.organisation}`);
      const user = await createAccountsService(database.db).createUser(SYSTEM_ACTOR, {
        email: options.email,
        name: options.name,
        password: options.password,
        memberships: [{ organisationId: org.id, role: options.role as Role }],
      });
      console.log(`Created ${user.email} (${user.id})`);
    });
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
  } else {
    pino().error(error);
  }
  process.exit(1);
});
