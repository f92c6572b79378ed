import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();

const get = async (url: string) => ctx.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });

describe('GET /areas', () => {
  it('lists the 77 provinces to an anonymous caller, with their district counts', async () => {
    const response = await get('/api/v1/areas?level=province&limit=100');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(77);
    expect(body.items).toHaveLength(77);
    expect(body.items[0]).toEqual({ code: '10', level: 'province', parentCode: 'TH', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', childCount: 50 });
    const udon = body.items.find((a: { code: string }) => a.code === '41');
    expect(udon).toMatchObject({ nameEn: 'Udon Thani', childCount: 20 });
  });

  it('lists the children of a parent, pages and sorts them', async () => {
    const first = (await get('/api/v1/areas?parent=41&limit=5&sort=-code')).json();
    expect(first.total).toBe(20);
    expect(first.items.map((a: { code: string }) => a.code)).toEqual(['4125', '4124', '4123', '4122', '4121']);
    const second = (await get('/api/v1/areas?parent=41&limit=5&offset=5&sort=-code')).json();
    expect(second.items[0].code).toBe('4120');
  });

  it('finds areas by a Thai name fragment, larger areas first', async () => {
    const body = (await get(`/api/v1/areas?q=${encodeURIComponent('อุดร')}`)).json();
    expect(body.items[0]).toMatchObject({ code: '41', nameTh: 'อุดรธานี' });
    expect(body.items.some((a: { code: string }) => a.code === '4101')).toBe(true);
    expect(body.items.every((a: { nameTh: string }) => a.nameTh.includes('อุดร'))).toBe(true);
  });

  it('finds areas by English name regardless of case, and by code prefix', async () => {
    const body = (await get('/api/v1/areas?q=udon&level=province')).json();
    expect(body).toEqual({ total: 1, items: [expect.objectContaining({ code: '41', nameEn: 'Udon Thani' })] });
    const byCode = (await get('/api/v1/areas?q=4101&level=subdistrict&limit=500')).json();
    expect(byCode.total).toBeGreaterThan(10);
    expect(byCode.items.every((a: { code: string }) => a.code.startsWith('4101'))).toBe(true);
  });

  it('treats LIKE wildcards in the search literally', async () => {
    expect((await get('/api/v1/areas?q=%25')).json().total).toBe(0);
  });

  it('refuses unknown parameters and bad values with the field named', async () => {
    const unknown = await get('/api/v1/areas?colour=red');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('colour');
    const level = await get('/api/v1/areas?level=galaxy');
    expect(level.statusCode).toBe(400);
    expect(level.json().error.message).toContain('level: must be one of');
    expect((await get('/api/v1/areas?limit=0')).statusCode).toBe(400);
  });
});

describe('GET /areas/:code', () => {
  it('answers a subdistrict with its ancestors, root first', async () => {
    const response = await get('/api/v1/areas/410101');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ code: '410101', level: 'subdistrict', parentCode: '4101', childCount: 0 });
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['ASEAN', 'TH', '41', '4101']);
    expect(body.ancestors[1]).toMatchObject({ nameEn: 'Thailand', childCount: 77 });
  });

  it('answers a root with no ancestors and an unknown code with 404', async () => {
    expect((await get('/api/v1/areas/ASEAN')).json()).toMatchObject({ code: 'ASEAN', level: 'region', parentCode: null, childCount: 11, ancestors: [] });
    const missing = await get('/api/v1/areas/99');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});
