import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';

/**
 * Bump when a reference seeder changes what it writes from the same files: the fingerprint then
 * differs and the next start reloads the reference data.
 */
export const REFERENCE_SEED_VERSION = 1;

/** A hash of every shipped reference file and the seeders' version. */
export function referenceFingerprint(dir = path.join(ROOT_DIR, 'reference')): string {
  const hash = createHash('sha256').update(`v${REFERENCE_SEED_VERSION}\n`);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\n`).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
