import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { referenceFingerprint } from './reference-fingerprint.js';
import { seedReference } from './seed.js';

const ctx = useTestApp();

const bangkokName = async () => (await ctx.db.selectFrom('areas').select('name_en').where('code', '=', '10').executeTakeFirstOrThrow()).name_en;

describe('reference seed on start', () => {
  it('records the fingerprint of what it loaded', async () => {
    const state = await ctx.db.selectFrom('reference_data_state').select('fingerprint').executeTakeFirstOrThrow();
    expect(state.fingerprint).toBe(referenceFingerprint());
  });

  it('skips unchanged reference data, and reloads it when forced or when the files change', async () => {
    const original = await bangkokName();
    await ctx.db.updateTable('areas').set({ name_en: 'Tampered' }).where('code', '=', '10').execute();
    await seedReference(ctx.database);
    expect(await bangkokName()).toBe('Tampered');
    await seedReference(ctx.database, { force: true });
    expect(await bangkokName()).toBe(original);
    // a different fingerprint (new reference files or seeders) reloads without force
    await ctx.db.updateTable('areas').set({ name_en: 'Tampered' }).where('code', '=', '10').execute();
    await ctx.db.updateTable('reference_data_state').set({ fingerprint: 'older' }).execute();
    await seedReference(ctx.database);
    expect(await bangkokName()).toBe(original);
  });
});
