import { describe, expect, it } from 'vitest';
import { compareProjects, DEFAULT_THRESHOLD } from './score.js';
import type { OverlapProject, ReasonKind } from './types.js';

let next = 0;
function project(title: string, over: Partial<OverlapProject> = {}): OverlapProject {
  next += 1;
  return {
    id: `p${next}`,
    ownerId: `org${next}`,
    ...(/[\u0E00-\u0E7F]/.test(title) ? { titleTh: title } : { titleEn: title }),
    areaCodes: ['410104'],
    functionCodes: ['04.5'],
    startDate: '2024-10-01',
    endDate: '2025-09-30',
    ...over,
  };
}

function kinds(a: OverlapProject, b: OverlapProject): ReasonKind[] {
  return compareProjects(a, b).reasons.map((r) => r.kind);
}

describe('compareProjects', () => {
  it('finds a Thai and an English title of the same works, and says which words are shared', () => {
    const a = project('ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4');
    const b = project('Construction of reinforced concrete road, Ban Nong Bua, Moo 4');
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    const words = result.reasons.find((r) => r.kind === 'shared_words')!.detail.words as Array<{ token: string; a: string[]; b: string[] }>;
    const road = words.find((w) => w.token === 'c:road')!;
    expect(road.a).toEqual(['ถนน']);
    expect(road.b).toEqual(['road']);
    expect(kinds(a, b)).toEqual(expect.arrayContaining(['same_place_name', 'shared_area', 'shared_function', 'period_overlap']));
  });

  it('flags same road with overlapping km sections, even with different wording and nested areas', () => {
    const a = project('ซ่อมสร้างผิวทางแอสฟัลต์ ทางหลวงหมายเลข 2023 กม.12+000 - กม.15+500', { areaCodes: ['4104'] });
    const b = project('บูรณะผิวทาง ทล.2023 กม.13+200-กม.14+800 ตำบลตูมใต้', { areaCodes: ['410401'] });
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(true);
    const overlap = result.reasons.find((r) => r.kind === 'road_section_overlap')!;
    expect(overlap.detail).toMatchObject({ roads: ['2023'], km: 1.6 });
    expect(kinds(a, b)).toContain('nested_area');
  });

  it('clears the same road with disjoint sections', () => {
    const a = project('ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.12+000 - กม.15+500');
    const b = project('ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.20+000 - กม.23+000');
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(false);
    expect(result.reasons.find((r) => r.kind === 'road_section_disjoint')!.detail).toMatchObject({ gapKm: 4.5 });
  });

  it('knows the same road without sections only as the same road', () => {
    expect(kinds(project('ปรับปรุงทางหลวงหมายเลข 22'), project('Improvement of Highway 22'))).toContain('same_road');
  });

  it('clears the next phase of the same works, with the reason', () => {
    const a = project('ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านผาตั้ง ระยะที่ 1');
    const b = project('ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านผาตั้ง ระยะที่ 2');
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(false);
    expect(result.reasons.find((r) => r.kind === 'different_phase')!.detail).toEqual({ a: [1], b: [2] });
    expect(kinds(a, b)).toContain('same_water');
  });

  it('clears the same equipment bought by agencies in different provinces', () => {
    const a = project('จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน', { areaCodes: ['410101'] });
    const b = project('จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน', { areaCodes: ['400101'] });
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(false);
    expect(kinds(a, b)).toContain('different_area');
  });

  it('clears each agency buying its own item in nested areas', () => {
    const a = project('จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 10 เครื่อง', { areaCodes: ['41'] });
    const b = project('จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 1 เครื่อง', { areaCodes: ['410104'] });
    expect(compareProjects(a, b).duplicate).toBe(false);
    expect(kinds(a, b)).toContain('own_equipment');
  });

  it('clears different works in the same village despite shared boilerplate and place names', () => {
    const a = project('โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี');
    const b = project('โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี');
    const result = compareProjects(a, b);
    expect(result.duplicate).toBe(false);
    expect(result.reasons.find((r) => r.kind === 'different_object')!.detail).toEqual({ a: ['c:road'], b: ['c:drainage'] });
  });

  it('clears the same works in another village of the same tambon', () => {
    const a = project('ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4');
    const b = project('ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านโคกสูง หมู่ที่ 9');
    expect(compareProjects(a, b).duplicate).toBe(false);
    expect(compareProjects(a, b).reasons.find((r) => r.kind === 'different_place')!.detail).toHaveProperty('moo');
  });

  it('clears the same works in another fiscal year', () => {
    const a = project('ก่อสร้างถนนคอนกรีต บ้านพันดอน หมู่ที่ 2');
    const b = project('ก่อสร้างถนนคอนกรีต บ้านพันดอน หมู่ที่ 2', { startDate: '2027-10-01', endDate: '2028-09-30' });
    expect(compareProjects(a, b).duplicate).toBe(false);
    expect(kinds(a, b)).toContain('different_period');
  });

  it('lowers, but does not veto, a pair whose functions differ', () => {
    const a = project('ก่อสร้างถนนคอนกรีต บ้านพันดอน หมู่ที่ 2');
    const b = project('ก่อสร้างถนนคอนกรีต บ้านพันดอน หมู่ที่ 2', { functionCodes: ['06.4'] });
    const same = compareProjects(a, project('ก่อสร้างถนนคอนกรีต บ้านพันดอน หมู่ที่ 2'));
    const other = compareProjects(a, b);
    expect(other.reasons.map((r) => r.kind)).toContain('different_function');
    expect(other.score).toBeLessThan(same.score);
  });

  it('reads through OCR noise with character trigrams', () => {
    const a = project('ก่อสร้างฝายชะลอน้ำ ห้วยแม่กลาง', { areaCodes: ['5002'] });
    const b = project('ก่อสรัางฝายชะลอนำ้ ห้วยแม่กลาง ต.บ้านหลวง', { areaCodes: ['500203'] });
    expect(compareProjects(a, b).duplicate).toBe(true);
  });

  it('says when both projects belong to one owner', () => {
    const a = project('ก่อสร้างศาลาประชาคม บ้านหนองบัว', { ownerId: 'same' });
    const b = project('สร้างศาลาอเนกประสงค์ บ้านหนองบัว', { ownerId: 'same' });
    expect(kinds(a, b)).toContain('same_owner');
  });

  it('marks every reason as for or against a duplicate', () => {
    const a = project('ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.12+000 - กม.15+500');
    const b = project('ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.20+000 - กม.23+000');
    const byKind = new Map(compareProjects(a, b).reasons.map((r) => [r.kind, r.supports]));
    expect(byKind.get('road_section_disjoint')).toBe(false);
    expect(byKind.get('shared_words')).toBe(true);
  });

  it('tells a market from its car park, and toilets at a market from toilets at a temple', () => {
    const market = project('ก่อสร้างตลาดชุมชน บ้านโนนสะอาด');
    const carPark = project('ก่อสร้างลานจอดรถ ตลาดชุมชน บ้านโนนสะอาด');
    const part = compareProjects(market, carPark);
    expect(part.duplicate).toBe(false);
    expect(part.reasons.find((r) => r.kind === 'different_part')!.detail).toEqual({ a: ['c:market'], b: ['c:parking'] });
    // English puts the head last: "market car park" is a car park, as is "car park for the market".
    const english = project('Community market car park, Ban Non Sa-at');
    expect(compareProjects(carPark, english).reasons.map((r) => r.kind)).not.toContain('different_part');
    expect(compareProjects(carPark, project('Construction of a car park for the community market')).reasons.map((r) => r.kind)).not.toContain('different_part');
    const atTemple = compareProjects(project('ก่อสร้างห้องน้ำสาธารณะ ตลาดนัดบ้านหนองบัว'), project('ก่อสร้างห้องน้ำสาธารณะ วัดบ้านหนองบัว'));
    expect(atTemple.duplicate).toBe(false);
    expect(atTemple.reasons.find((r) => r.kind === 'different_part')!.detail).toEqual({ a: ['c:market'], b: ['c:temple'] });
    // The same toilets, once with their site and once without, are not told apart.
    expect(compareProjects(project('ก่อสร้างห้องน้ำสาธารณะ ตลาดนัดบ้านหนองบัว'), project('สร้างห้องสุขาสาธารณะ ตลาดนัด บ้านหนองบัว')).duplicate).toBe(true);
  });

  it('reads a unit named in Thai and in English as one unit: its purchase is one purchase', () => {
    const thai = project('จัดซื้อรถยนต์บรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน เทศบาลตำบลโพนพิสัย', { areaCodes: ['4305'], functionCodes: ['05.1'] });
    const english = project('Purchase of a 6-tonne rear-loading garbage truck, Phon Phisai municipality', {
      areaCodes: ['430501'],
      functionCodes: ['05.1'],
    });
    const same = compareProjects(thai, english);
    expect(same.duplicate).toBe(true);
    expect(same.reasons.find((r) => r.kind === 'same_place_name')!.detail).toEqual({ unit: 'municipality:phonphisai' });
    const other = project('Purchase of a 6-tonne rear-loading garbage truck, Tha Bo municipality', { areaCodes: ['4303'], functionCodes: ['05.1'] });
    expect(compareProjects(thai, other).duplicate).toBe(false);
    expect(kinds(thai, other)).toContain('own_equipment');
  });

  it('tells services for different groups, festival periods or divisions apart, and says which', () => {
    const reason = (a: string, b: string, kind: ReasonKind) => compareProjects(project(a), project(b)).reasons.find((r) => r.kind === kind)?.detail;
    expect(reason('ฝึกอาชีพผู้สูงอายุ จักสานตะกร้า ต.เมืองปัก', 'ฝึกอาชีพคนพิการ จักสานตะกร้า ต.เมืองปัก', 'different_group')).toEqual({
      a: ['c:elderly'],
      b: ['c:disabled'],
    });
    expect(reason('ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์', 'ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่', 'different_occasion')).toEqual({
      a: ['c:songkran'],
      b: ['c:new_year'],
    });
    expect(reason('จัดซื้อเครื่องถ่ายเอกสาร กองคลัง ทต.เกาะยอ', 'จัดซื้อเครื่องถ่ายเอกสาร กองการศึกษา ทต.เกาะยอ', 'different_division')).toEqual({
      a: ['c:finance_division'],
      b: ['c:education_division'],
    });
    // One side naming no group is no evidence either way.
    expect(reason('ฝึกอาชีพจักสานตะกร้า ต.เมืองปัก', 'ฝึกอาชีพคนพิการ จักสานตะกร้า ต.เมืองปัก', 'different_group')).toBeUndefined();
    expect(compareProjects(project('ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์'), project('ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่')).duplicate).toBe(false);
  });

  it('reads the works joined by พร้อม or "with" as heads of one title, and tells different units apart', () => {
    const thai = project('ปรับปรุงถนน คสล. พร้อมท่อระบายน้ำ ซอยมีชัย 8 ตำบลมีชัย', { areaCodes: ['430102'] });
    const english = project('Upgrading of Soi Meechai 8 with concrete and drainage, Nong Khai', { areaCodes: ['4301'] });
    expect(kinds(thai, english)).not.toContain('different_part');
    const pao = project('Purchase of 15 desktop computers for the Surat Thani Provincial Administrative Organization', { areaCodes: ['84'] });
    const office = project('Purchase of 15 desktop computers for the Surat Thani Provincial Office', { areaCodes: ['84'] });
    const units = compareProjects(pao, office);
    expect(units.duplicate).toBe(false);
    expect(units.reasons.find((r) => r.kind === 'different_place')!.detail).toEqual({ units: { a: ['pao:suratthani'], b: ['province_office:suratthani'] } });
    // A romanisation that meets no English spelling proves nothing: เขวา is Khewa in DOPA's list.
    const sao = compareProjects(
      project('Purchase of 1 thermal fogging machine for Khwao SAO', { areaCodes: ['440102'] }),
      project('จัดซื้อเครื่องพ่นหมอกควัน จำนวน 1 เครื่อง อบต.เขวา', { areaCodes: ['440102'] }),
    );
    expect(sao.reasons.map((r) => r.kind)).not.toContain('different_place');
  });

  it('tells courses in different trades and different works on one canal apart', () => {
    expect(kinds(project('ฝึกอบรมอาชีพทำขนม ตำบลสำราญ'), project('ฝึกอบรมอาชีพช่างซ่อมรถจักรยานยนต์ ตำบลสำราญ'))).toContain('different_trade');
    expect(kinds(project('Irrigation canal dredging, Chakkarat'), project('Irrigation canal lining, Chakkarat'))).toContain('different_method');
    expect(kinds(project('ขุดลอกพร้อมดาดคอนกรีตคลองส่งน้ำ'), project('ดาดคอนกรีตคลองส่งน้ำ'))).not.toContain('different_method');
  });

  it('tells a school’s well from the village’s, another numbered canal, and another kind of weir', () => {
    expect(kinds(project('เจาะบ่อบาดาล โรงเรียนบ้านหนองหมี'), project('เจาะบ่อน้ำบาดาล บ้านหนองหมี หมู่ที่ 2'))).toContain('different_part');
    const canals = compareProjects(project('ดาดคอนกรีตคลองซอย 3 ขวา - 1 ซ้าย ตำบลหันคา'), project('Concrete lining, lateral canal 5R-1L, Han Kha'));
    expect(canals.duplicate).toBe(false);
    expect(canals.reasons.find((r) => r.kind === 'different_place')!.detail).toHaveProperty('canals');
    expect(kinds(project('ก่อสร้างฝายชะลอน้ำ ห้วยแม่สอย'), project('ฝายน้ำล้นคอนกรีตเสริมเหล็ก ลำห้วยแม่สอย'))).toContain('different_structure');
    expect(kinds(project('ส่งเสริมเกษตรแปลงใหญ่ ข้าว'), project('ส่งเสริมเกษตรแปลงใหญ่ มันสำปะหลัง'))).toContain('different_crop');
  });

  it('reads a tambon name one mark apart as the same name, one consonant apart as another', () => {
    const same = compareProjects(project('ป้องกันโรคไข้เลือดออก ตำบลบึงเนียม'), project('ป้องกันโรคไขเลือดออก ต.บึงเนยม'));
    expect(same.reasons.map((r) => r.kind)).not.toContain('different_place');
    expect(kinds(project('ก่อสร้างถนน คสล. บ้านหนองแวง'), project('ก่อสร้างถนน คสล. บ้านหนองแดง'))).toContain('different_place');
  });

  it('tells screenings, tournaments and language courses apart by what they are about, and two standard plans apart', () => {
    expect(kinds(project('ตรวจคัดกรองมะเร็งปากมดลูกในสตรี'), project('ตรวจคัดกรองมะเร็งเต้านมในสตรี'))).toContain('different_disease');
    expect(kinds(project('แข่งขันกีฬาฟุตบอลเยาวชนต้านยาเสพติด'), project('แข่งขันกีฬาวอลเลย์บอลเยาวชนต้านยาเสพติด'))).toContain('different_sport');
    expect(kinds(project('อบรมภาษาเวียดนามสำหรับเจ้าหน้าที่ของรัฐ'), project('อบรมภาษาลาวสำหรับเจ้าหน้าที่ของรัฐ'))).toContain('different_language');
    expect(compareProjects(project('Malay language for public service staff, Satun'), project('อบรมภาษามลายูสำหรับเจ้าหน้าที่ของรัฐ จังหวัดสตูล')).duplicate).toBe(true);
    const plans = compareProjects(project('ก่อสร้างส้วมนักเรียน แบบ สปช.601/26 โรงเรียนบ้านมูโนะ'), project('ก่อสร้างอาคารเรียน แบบ สปช.105/29 โรงเรียนบ้านมูโนะ'));
    expect(plans.duplicate).toBe(false);
    expect(compareProjects(project('ก่อสร้างอาคารเรียน แบบ สปช.105/29 โรงเรียนบ้านตาตุม'), project('อาคารเรียน สปช. 105/29 ร.ร.บ้านตาตุม')).duplicate).toBe(true);
  });

  it('tells the next round of a campaign, the other main canal and another kind of unit apart', () => {
    const round = (n: number) => project(`ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย โค-กระบือ อ.เมืองแม่ฮ่องสอน ครั้งที่ ${n}/2568`);
    expect(kinds(round(1), round(2))).toContain('different_phase');
    expect(compareProjects(round(1), round(1)).duplicate).toBe(true);
    const left = project('ดาดคอนกรีตคลองส่งน้ำสายใหญ่ฝั่งซ้าย กม.0+000 - กม.3+200');
    const right = project('ดาดคอนกรีตคลองส่งน้ำสายใหญ่ฝั่งขวา กม.0+000 - กม.3+200');
    expect(compareProjects(left, right).duplicate).toBe(false);
    const hospital = project('ติดตั้งระบบโซลาร์รูฟท็อป โรงพยาบาลห้วยยอด');
    const school = project('ติดตั้งระบบโซลาร์รูฟท็อป โรงเรียนห้วยยอด');
    expect(compareProjects(hospital, school).duplicate).toBe(false);
    expect(kinds(project('อุปสมบทหมู่เฉลิมพระเกียรติ อำเภอเมืองนครสวรรค์'), project('บรรพชาสามเณรภาคฤดูร้อน อำเภอเมืองนครสวรรค์'))).toContain('different_object');
  });

  it('reads stacked English nouns and named schools as the Thai title reads them', () => {
    const thai = project('ก่อสร้างอาคารเรียนแบบ สพฐ. 104/59 ขนาด 4 ห้องเรียน โรงเรียนบ้านนาเมือง ตำบลนาเมือง', { areaCodes: ['451005'] });
    const english = project('New 4-classroom building (OBEC type 104/59), Ban Na Mueang School, Selaphum', { areaCodes: ['4510'] });
    expect(kinds(thai, english)).not.toContain('different_part');
    expect(compareProjects(thai, english).reasons.find((r) => r.kind === 'same_place_name')?.detail).toEqual({ unit: 'school:namueang' });
    const wall = compareProjects(
      project('ก่อสร้างเขื่อน ค.ส.ล. คลองลาดกระบัง ช่วงจากถนนฉลองกรุง ถึงคลองหัวตะเข้'),
      project('Reinforced concrete embankment, Khlong Lat Krabang, Chalong Krung Road to Khlong Hua Takhe'),
    );
    expect(wall.reasons.map((r) => r.kind)).not.toContain('different_object');
    expect(kinds(project('ก่อสร้างเขื่อน คสล. ริมคลองลาดพร้าว ฝั่งซ้าย'), project('ก่อสร้างเขื่อน คสล. ริมคลองลาดพร้าว ฝั่งขวา'))).toContain('different_place');
  });

  it('reads one rural road by its code in Thai and English, and two reaches of one canal apart', () => {
    const thai = project('ก่อสร้างถนนลาดยางสาย ชร.๓๐๓๓ แยก ทล.๑ - บ้านป่าซาง อ.แม่จัน', { areaCodes: ['570704'] });
    const english = project('Paving of rural road ChR.3033, Junction Highway 1 - Ban Pa Sang, Mae Chan', { areaCodes: ['5707'] });
    expect(compareProjects(thai, english).duplicate).toBe(true);
    const near = project('ขุดลอกคลองมดแดง ช่วง กม.0+000 - กม.3+200 ต.มดแดง');
    const far = project('Dredging of Khlong Mot Daeng, km 4+500 - km 7+800');
    expect(kinds(near, far)).toContain('road_section_disjoint');
    expect(compareProjects(near, far).duplicate).toBe(false);
  });

  it('tells an office and an SAO apart whatever their names, and reads a mark typed on the wrong letter', () => {
    const office = project('จัดซื้อรถขุดตักไฮดรอลิก (แบคโฮ) สำหรับสำนักงานโยธาธิการและผังเมืองจังหวัดชุมพร', { areaCodes: ['86'] });
    const sao = project('Hydraulic excavator (backhoe) for Khan Ngoen SAO', { areaCodes: ['860402'] });
    expect(compareProjects(office, sao).duplicate).toBe(false);
    const same = compareProjects(project('ก่อสร้างระบบประปาผิวดิน ตำบลปิล๊อก'), project('ก่อสร้างระบบประปาผิวดิน ต.ปิลอ๊ก'));
    expect(same.reasons.map((r) => r.kind)).not.toContain('different_place');
  });

  it('reads the SAO a province buys for as the tambon of the SAO’s own line, and tells East from West roads', () => {
    const forSao = project('จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว พร้อมเครื่องยนต์ดีเซล จำนวน 4 เครื่อง สนับสนุนองค์การบริหารส่วนตำบลบางพระ อำเภอปากพนัง', {
      areaCodes: ['80'],
      functionCodes: ['04.2'],
    });
    const own = project('จัดซื้อเครื่องสูบน้ำหอยโข่ง 8 นิ้ว เครื่องยนต์ดีเซล 4 ชุด', { areaCodes: ['801212'], functionCodes: ['04.2'] });
    const pumps = compareProjects(forSao, own);
    expect(pumps.reasons.map((r) => r.kind)).not.toContain('own_equipment');
    expect(pumps.duplicate).toBe(true);
    const east = project('ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนเจ้าฟ้าตะวันออก ตำบลฉลอง');
    const west = project('ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถ.เจ้าฟ้าตะวันตก ตำบลฉลอง');
    expect(compareProjects(east, west).duplicate).toBe(false);
    const english = project('Paved road KK.4022, Highway 12 junction - Ban Sila', { areaCodes: ['400114'] });
    const thai = project('ก่อสร้างถนนลาดยาง สาย ขก.4022 แยก ทล.12 - บ้านศิลา', { areaCodes: ['4001'] });
    expect(kinds(thai, english)).toContain('same_road');
  });
});
