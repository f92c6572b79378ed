import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config.js';
import { useTestApp } from '../test-support/test-app.js';
import { openApiJson } from './openapi-document.js';

const ctx = useTestApp();

describe('OpenAPI contract', () => {
  it('is committed and current (run `npm run openapi` after changing an API schema)', async () => {
    const committed = await readFile(path.join(ROOT_DIR, 'openapi.json'), 'utf8');
    expect(openApiJson(ctx.app)).toBe(committed);
  });

  it('is served at /api/openapi.json as OpenAPI 3.1 with operation ids on every operation', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, { operationId?: string }>> };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((o) => !o.operationId)).toEqual([]);
  });

  it('serves the docs page', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
