import { createHash, randomBytes } from 'node:crypto';

/** A secret shown once; only its SHA-256 is stored, so a database leak does not leak sessions. */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
