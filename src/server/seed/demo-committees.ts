import type { Db } from '../db/database.js';
import { bangkokToday } from '../coordination/actions/overdue.js';

/**
 * Demo committees (issue 7): Udon Thani's province plan coordination committee with a meeting
 * held last month (minutes, two resolutions, three actions: one overdue, one done, one open for
 * the city municipality) and one coming up; a road-safety working group under it; and a city lay
 * board with two citizen members. Dates are relative to `now` so the scenario stays current.
 */
export async function seedDemoCommittees(trx: Db, now = new Date()): Promise<void> {
  const orgs = await trx.selectFrom('organisations').select(['id', 'code']).execute();
  const org = (code: string) => {
    const found = orgs.find((o) => o.code === code);
    if (!found) throw new Error(`demo organisation ${code} is missing`);
    return found.id;
  };
  const day = (offset: number) => bangkokToday(new Date(now.getTime() + offset * 86400_000));
  // meetings start at 09:30 Bangkok time
  const at = (offset: number) => new Date(`${day(offset)}T09:30:00+07:00`);
  const areaCodes = (await trx.selectFrom('areas').select('code').where('code', 'in', ['41', '4101']).execute()).map((a) => a.code);

  const province = await insertCommittee(trx, {
    kind: 'coordination_committee',
    name_th: 'คณะกรรมการประสานแผนพัฒนาจังหวัดอุดรธานี',
    name_en: 'Udon Thani Province Plan Coordination Committee',
    description_th: 'ประสานแผนพัฒนาจังหวัด แผนพัฒนาท้องถิ่น และแผนของส่วนราชการในพื้นที่ให้สอดคล้องกัน',
    description_en: 'Aligns the province development plan with local government and agency plans in the province.',
    host_organisation_id: org('UDN-PO'),
    area_codes: areaCodes.filter((c) => c === '41'),
  });
  await trx
    .insertInto('committee_members')
    .values([
      { committee_id: province, organisation_id: org('UDN-PO'), role: 'chair' },
      { committee_id: province, organisation_id: org('UDN-PAO'), role: 'member' },
      { committee_id: province, organisation_id: org('UDN-CITY'), role: 'member' },
      { committee_id: province, organisation_id: org('UDN-MUEANG-DO'), role: 'member' },
      { committee_id: province, organisation_id: org('DDC'), role: 'member' },
      { committee_id: province, organisation_id: org('UDN-PO'), role: 'secretary' },
    ])
    .execute();

  const roadSafety = await insertCommittee(trx, {
    kind: 'working_group',
    name_th: 'คณะทำงานด้านความปลอดภัยทางถนนจังหวัดอุดรธานี',
    name_en: 'Udon Thani Road Safety Working Group',
    description_th: null,
    description_en: null,
    host_organisation_id: org('UDN-PO'),
    parent_committee_id: province,
    area_codes: areaCodes,
  });
  await trx
    .insertInto('committee_members')
    .values([
      { committee_id: roadSafety, organisation_id: org('UDN-MUEANG-DO'), role: 'chair' },
      { committee_id: roadSafety, organisation_id: org('UDN-CITY'), role: 'member' },
      { committee_id: roadSafety, organisation_id: org('DDC'), role: 'member' },
      { committee_id: roadSafety, organisation_id: org('UDN-PO'), role: 'secretary' },
    ])
    .execute();

  const layBoard = await insertCommittee(trx, {
    kind: 'lay_board',
    name_th: 'คณะกรรมการภาคประชาชนเทศบาลนครอุดรธานี',
    name_en: 'Udon Thani City Lay Board',
    description_th: null,
    description_en: null,
    host_organisation_id: org('UDN-CITY'),
    area_codes: areaCodes.filter((c) => c === '4101'),
  });
  await trx
    .insertInto('committee_members')
    .values([
      { committee_id: layBoard, citizen_name: 'นางสมศรี ใจดี', role: 'chair' },
      { committee_id: layBoard, citizen_name: 'นายประยูร ทองคำ', citizen_contact: 'ชุมชนโพศรี', role: 'member' },
      { committee_id: layBoard, organisation_id: org('UDN-CITY'), role: 'secretary' },
    ])
    .execute();

  await seedProvinceMeetings(trx, province, org, at, day);
}

async function insertCommittee(
  trx: Db,
  values: {
    kind: 'coordination_committee' | 'working_group' | 'lay_board';
    name_th: string;
    name_en: string;
    description_th: string | null;
    description_en: string | null;
    host_organisation_id: string;
    parent_committee_id?: string;
    area_codes: string[];
  },
): Promise<string> {
  const row = await trx
    .insertInto('committees')
    .values({ ...values, status: 'active' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The Thai fiscal year (1 Oct – 30 Sep) in the Buddhist Era, as meeting numbers use it: "1/2570". */
const fiscalYearBe = (date: Date) => {
  const [y, m] = bangkokToday(date).split('-').map(Number);
  return (m >= 10 ? y + 1 : y) + 543;
};

async function seedProvinceMeetings(
  trx: Db,
  committeeId: string,
  org: (code: string) => string,
  at: (offset: number) => Date,
  day: (offset: number) => string,
) {
  const heldAt = at(-30);
  const held = await trx
    .insertInto('meetings')
    .values({
      committee_id: committeeId,
      title_th: `การประชุมคณะกรรมการประสานแผนพัฒนาจังหวัดอุดรธานี ครั้งที่ 1/${fiscalYearBe(heldAt)}`,
      title_en: `Udon Thani Province Plan Coordination Committee, meeting 1/${fiscalYearBe(heldAt)}`,
      starts_at: heldAt,
      ends_at: new Date(heldAt.getTime() + 3 * 3600_000),
      place: 'ห้องประชุมศาลากลางจังหวัดอุดรธานี ชั้น 2',
      status: 'held',
      minutes_status: 'approved',
      minutes_approved_at: at(-16),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agenda = await trx
    .insertInto('agenda_items')
    .values([
      {
        meeting_id: held.id,
        position: 1,
        title_th: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
        title_en: 'Announcements from the chair',
        minutes_th: 'ประธานแจ้งกรอบเวลาการจัดทำแผนพัฒนาจังหวัดและงบประมาณประจำปี',
        minutes_en: 'The chair announced the calendar for the province development plan and the annual budget.',
      },
      {
        meeting_id: held.id,
        position: 2,
        title_th: 'พิจารณาร่างแผนพัฒนาจังหวัดอุดรธานี',
        title_en: 'Draft Udon Thani province development plan',
        minutes_th: 'ที่ประชุมพิจารณาความสอดคล้องของโครงการท้องถิ่นกับประเด็นการพัฒนาจังหวัด',
        minutes_en: 'The meeting reviewed how local projects align with the province development issues.',
      },
      {
        meeting_id: held.id,
        position: 3,
        title_th: 'โครงการรณรงค์ความปลอดภัยทางถนนที่ซ้ำซ้อนในอำเภอเมืองอุดรธานี',
        title_en: 'Overlapping road-safety campaigns in Mueang Udon Thani district',
        minutes_th: 'จังหวัดและเทศบาลนครอุดรธานีมีโครงการรณรงค์ในพื้นที่และช่วงเวลาเดียวกัน',
        minutes_en: 'The province and the city municipality run campaigns in the same area and period.',
      },
    ])
    .returning(['id', 'position'])
    .execute();
  const item = (position: number) => agenda.find((a) => a.position === position)!.id;
  await trx
    .insertInto('meeting_attendance')
    .values([
      { meeting_id: held.id, organisation_id: org('UDN-PO'), status: 'present' },
      { meeting_id: held.id, organisation_id: org('UDN-PAO'), status: 'present' },
      { meeting_id: held.id, organisation_id: org('UDN-CITY'), status: 'proxy', proxy_name: 'นายวิชัย ศรีสุข' },
      { meeting_id: held.id, organisation_id: org('UDN-MUEANG-DO'), status: 'present' },
      { meeting_id: held.id, organisation_id: org('DDC'), status: 'excused' },
    ])
    .execute();
  const [plan, campaign] = await trx
    .insertInto('resolutions')
    .values([
      {
        meeting_id: held.id,
        number: 1,
        agenda_item_id: item(2),
        decision: 'approved',
        text_th: 'เห็นชอบร่างแผนพัฒนาจังหวัด และให้หน่วยงานปรับบัญชีโครงการให้สอดคล้องกับประเด็นการพัฒนา',
        text_en: 'The draft province development plan is endorsed; agencies are to align their project lists with its development issues.',
      },
      {
        meeting_id: held.id,
        number: 2,
        agenda_item_id: item(3),
        decision: 'approved',
        text_th: 'ให้จังหวัดและเทศบาลนครอุดรธานีรวมการรณรงค์ความปลอดภัยทางถนนเป็นแผนรณรงค์ร่วม',
        text_en: 'The province and the city municipality are to combine their road-safety campaigns into one joint campaign.',
      },
    ])
    .returning(['id'])
    .execute();
  const actions = await trx
    .insertInto('action_items')
    .values([
      {
        resolution_id: plan.id,
        committee_id: committeeId,
        assignee_organisation_id: org('UDN-PAO'),
        title_th: 'ส่งบัญชีโครงการที่ปรับให้สอดคล้องกับแผนพัฒนาจังหวัด',
        title_en: 'Submit the project list aligned with the province plan',
        due_on: day(-7),
      },
      {
        resolution_id: campaign.id,
        committee_id: committeeId,
        assignee_organisation_id: org('DDC'),
        title_th: 'ส่งสถิติการบาดเจ็บจากอุบัติเหตุทางถนนของอำเภอเมืองอุดรธานี',
        title_en: 'Provide road-injury statistics for Mueang Udon Thani district',
        due_on: day(-14),
        status: 'done',
        closed_at: at(-18),
      },
      {
        resolution_id: campaign.id,
        committee_id: committeeId,
        assignee_organisation_id: org('UDN-CITY'),
        title_th: 'จัดทำแผนรณรงค์ความปลอดภัยทางถนนร่วมกับจังหวัด',
        title_en: 'Draft the joint road-safety campaign plan with the province',
        due_on: day(21),
      },
    ])
    .returning(['id', 'assignee_organisation_id'])
    .execute();
  const done = actions.find((a) => a.assignee_organisation_id === org('DDC'))!;
  await trx
    .insertInto('action_follow_ups')
    .values({
      action_item_id: done.id,
      noted_on: day(-18),
      note: 'ส่งข้อมูลสถิติให้สำนักงานจังหวัดแล้ว / Statistics sent to the provincial office.',
      status_from: 'open',
      status_to: 'done',
      author_label: 'กรมควบคุมโรค (DDC)',
    })
    .execute();

  const nextAt = at(20);
  const upcoming = await trx
    .insertInto('meetings')
    .values({
      committee_id: committeeId,
      title_th: `การประชุมคณะกรรมการประสานแผนพัฒนาจังหวัดอุดรธานี ครั้งที่ 2/${fiscalYearBe(nextAt)}`,
      title_en: `Udon Thani Province Plan Coordination Committee, meeting 2/${fiscalYearBe(nextAt)}`,
      starts_at: nextAt,
      ends_at: new Date(nextAt.getTime() + 3 * 3600_000),
      place: 'ห้องประชุมศาลากลางจังหวัดอุดรธานี ชั้น 2',
      online_url: 'https://meet.example.go.th/udn-plan-committee',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agenda_items')
    .values([
      { meeting_id: upcoming.id, position: 1, title_th: 'รับรองรายงานการประชุมครั้งที่แล้ว', title_en: 'Confirmation of the previous minutes' },
      { meeting_id: upcoming.id, position: 2, title_th: 'ติดตามผลการดำเนินงานตามมติที่ประชุม', title_en: 'Follow-up of the actions from the last meeting' },
    ])
    .execute();
}
