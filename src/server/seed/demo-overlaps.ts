/**
 * The demo overlap (issue 7, item 5): the provincial office and the city municipality both run a
 * road-safety campaign in Mueang Udon Thani (district 4101 and its municipality 410101) in the
 * same fiscal year, so the Overlaps page for province 41 opens on a real candidate pair.
 */
import { randomUUID } from 'node:crypto';
import { refreshArea } from '../coordination/overlaps/overlaps.pairs.js';
import type { Db } from '../db/database.js';

const PROJECTS = [
  {
    parent: 'UDN-S4',
    code: 'UDN-S4-2',
    lead: 'UDN-PO',
    areaCodes: ['4101'],
    th: 'โครงการรณรงค์ความปลอดภัยทางถนนช่วงเทศกาล อำเภอเมืองอุดรธานี',
    en: 'Project: festival road safety campaign, Mueang Udon Thani district',
    description: 'ตั้งจุดตรวจ รณรงค์สวมหมวกนิรภัย และลดอุบัติเหตุทางถนนช่วงปีใหม่และสงกรานต์',
  },
  {
    parent: 'CITY-P1',
    code: 'CITY-P1-2',
    lead: 'UDN-CITY',
    areaCodes: ['410101'],
    th: 'โครงการรณรงค์ลดอุบัติเหตุและความปลอดภัยทางถนน เทศบาลนครอุดรธานี',
    en: 'Project: road safety and accident reduction campaign, Udon Thani City',
    description: 'Helmet wearing and safe driving campaign during the New Year and Songkran festivals',
  },
];

export async function seedDemoOverlaps(trx: Db): Promise<void> {
  for (const project of PROJECTS) {
    const parent = await trx.selectFrom('plan_elements').select(['id', 'plan_id']).where('code', '=', project.parent).executeTakeFirstOrThrow();
    const lead = await trx.selectFrom('organisations').select('id').where('code', '=', project.lead).executeTakeFirstOrThrow();
    const siblings = await trx.selectFrom('plan_elements').select('id').where('parent_id', '=', parent.id).execute();
    const id = randomUUID();
    await trx
      .insertInto('plan_elements')
      .values({
        id,
        lineage_id: id,
        plan_id: parent.plan_id,
        parent_id: parent.id,
        kind: 'project',
        code: project.code,
        sort_order: siblings.length,
        title_th: project.th,
        title_en: project.en,
        description: project.description,
        area_codes: project.areaCodes,
        function_codes: ['04.5'],
        lead_organisation_id: lead.id,
        starts_on: '2025-10-01',
        ends_on: '2026-09-30',
      })
      .execute();
  }
  await refreshArea(trx, '41');
}
