import type { PGlite } from '@electric-sql/pglite';

/**
 * Presents one PGlite instance to Kysely's PostgresDialect as a pool of one connection.
 * PGlite is a single session, so a connection is an exclusive lease: a transaction holds it
 * from BEGIN to COMMIT and no other request's statements can interleave with it.
 */
export class PGlitePool {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly pg: PGlite,
    private readonly leaseTimeoutMs = 60_000,
  ) {}

  async connect(): Promise<PGliteLease> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      previous,
      new Promise((_, reject) => {
        // A lease that never arrives almost always means code used `db` inside a transaction
        // instead of the transaction handle; fail loudly instead of hanging.
        timer = setTimeout(() => reject(new Error('Embedded database lease timed out (db used inside a transaction?)')), this.leaseTimeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    return new PGliteLease(this.pg, release);
  }

  async end(): Promise<void> {
    await this.queue;
  }
}

class PGliteLease {
  private released = false;
  constructor(
    private readonly pg: PGlite,
    private readonly onRelease: () => void,
  ) {}

  async query(sql: string, parameters: readonly unknown[] = []) {
    const result = await this.pg.query(sql, parameters as unknown[]);
    return {
      command: commandOf(sql),
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows,
    };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease();
  }
}

/** Kysely only reads the command to decide whether to report affected rows. */
function commandOf(sql: string): string {
  return /^\s*select\b/i.test(sql) ? 'SELECT' : 'UPDATE';
}
