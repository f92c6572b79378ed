import { describe, expect, it } from 'vitest';
import { extractCues } from './cues.js';
import { normalise } from './normalise.js';

const cues = (title: string) => extractCues(normalise(title));

describe('extractCues', () => {
  it('reads a highway number and a kilometre section in Thai budget style', () => {
    const c = cues('ซ่อมสร้างผิวทางแอสฟัลต์ติก ทางหลวงหมายเลข ๓๒๓๙ ตอน บ้านดุง - บ้านนาคำ ระหว่าง กม.8+500 - กม.10+000');
    expect(c.roads).toEqual(['3239']);
    expect(c.sections).toEqual([{ from: 8.5, to: 10 }]);
    // The section's two ends are where it runs (a route), not what is built.
    expect(c.routes).toEqual([['ดุง', 'นาคำ']]);
  });

  it('reads ทล. abbreviations, rural road codes and English routes', () => {
    expect(cues('บูรณะผิวทาง ทล.2023 กม.13+200-กม.14+800').roads).toEqual(['2023']);
    expect(cues('ซ่อมสร้างถนนลาดยางสาย อด.3012 ช่วง กม.2+000-กม.4+000').roads).toEqual(['3012']);
    const english = cues('Rehabilitation of Route 1001, km 8+500 to 10+000');
    expect(english.roads).toEqual(['1001']);
    expect(english.sections).toEqual([{ from: 8.5, to: 10 }]);
  });

  it('reads plain and decimal kilometres, and a single chainage as a point', () => {
    expect(cues('Repair of Highway 2023 pavement km 12.0 to 15.5').sections).toEqual([{ from: 12, to: 15.5 }]);
    expect(cues('ก่อสร้างทางแยก ทางหลวงหมายเลข 224 กม.8+500').sections).toEqual([{ from: 8.5, to: 8.5 }]);
  });

  it('reads phases in Thai and English, including Roman numerals', () => {
    expect(cues('ขุดลอกลำห้วยหลวง ระยะที่ 2').phases).toEqual([2]);
    expect(cues('ขยายผิวจราจร ทล.24 ระยะ 3').phases).toEqual([3]);
    expect(cues('Bank protection, phase II').phases).toEqual([2]);
  });

  it('reads moo numbers, lists and ranges, but not metres', () => {
    expect(cues('ถนน คสล. หมู่ที่ 5 ยาว 200 ม.').moos).toEqual([5]);
    expect(cues('ถนนในเขตตำบลชุมแพ ม.1 ม.2 ม.3').moos).toEqual([1, 2, 3]);
    expect(cues('ปรับปรุงถนน หมู่ที่ 1-5').moos).toEqual([1, 2, 3, 4, 5]);
    expect(cues('Concrete road, Ban Wat Luang, Moo 3').moos).toEqual([3]);
  });

  it('separates where from what: places after markers leave the works', () => {
    const c = cues('ก่อสร้างถนน คสล. ม.5 ต.หนองนาคำ อ.เมือง จ.อุดรธานี');
    expect(c.tambons).toEqual(['หนองนาคำ']);
    expect(c.places).toEqual(expect.arrayContaining(['หนองนาคำ', 'เมือง', 'อุดรธานี']));
    expect(c.rest).not.toMatch(/หนองนาคำ|อุดรธานี/);
    expect(c.rest).toContain('ก่อสร้างถนน');
  });

  it('knows บ้าน as a house, not a village, in ซ่อมแซมบ้านผู้ยากไร้', () => {
    expect(cues('ซ่อมแซมบ้านผู้ยากไร้ ตำบลนาดี').localities).toEqual([]);
  });

  it('reads village-to-village routes, sois, streets and institutions as localities', () => {
    expect(cues('ก่อสร้างถนน คสล. สายบ้านหนองบัว - บ้านโนนสวรรค์').routes).toEqual([['หนองบัว', 'โนนสวรรค์']]);
    expect(cues('ก่อสร้างถนน คสล. ซอยท่าบ่อ 5').localities).toEqual([{ name: 'ท่าบ่อ', no: 5 }]);
    expect(cues('วางท่อระบายน้ำ ถนนศรีจันทร์').localities).toEqual([{ name: 'ศรีจันทร์' }]);
    const school = cues('ก่อสร้างรั้วโรงเรียนบ้านโนนสะอาด');
    expect(school.localities).toEqual([{ name: 'โนนสะอาด' }]);
    expect(school.rest).toContain('รั้ว');
  });

  it('reads English places by their markers and keeps the works words', () => {
    const c = cues('Construction of Concrete Road, Ban Non Sung, Nong Han District');
    expect(c.places).toEqual(expect.arrayContaining(['non sung', 'nong han']));
    expect(c.localities).toEqual([{ name: 'non sung' }]);
    expect(c.rest).toMatch(/Concrete Road/);
    expect(c.rest).not.toMatch(/Nong|Sung/);
  });

  it('reads rivers and creeks by name', () => {
    expect(cues('ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำชี').waters).toEqual(['ชี']);
    expect(cues('Dredging of Huai Luang creek').waters).toEqual(['luang']);
  });

  it('reads quantities with units in both languages', () => {
    expect(cues('จัดซื้อรถบรรทุกน้ำ ขนาด 6,000 ลิตร จำนวน 1 คัน').quantities).toEqual([
      { value: 6000, unit: 'l' },
      { value: 1, unit: 'คัน' },
    ]);
    expect(cues('ถนน ยาว 1.2 กิโลเมตร กว้าง 5 เมตร').quantities).toEqual([
      { value: 1.2, unit: 'km' },
      { value: 5, unit: 'm' },
    ]);
  });

  it('reads a stretch between two landmarks as where the works run, and ช่วงที่ as a numbered part', () => {
    const c = cues('ขุดลอกคลองอู่ตะเภา ช่วงบ้านคลองอู่ตะเภา - สะพานคลองแห');
    // The water names are cut first (คลองอู่ตะเภา → waters), so the stretch keeps what is left.
    expect(c.waters).toEqual(expect.arrayContaining(['อู่ตะเภา']));
    expect(c.routes).toHaveLength(1);
    expect(c.rest).not.toContain('สะพาน');
    expect(cues('ปรับปรุงสวนชมน่าน ช่วงที่ 2').phases).toEqual([2]);
  });

  it('keys local governments and institutions alike in Thai and English', () => {
    // A Thai name the gazetteer knows is romanised, and marked so (romanisations vary).
    expect(cues('จัดซื้อรถบรรทุกขยะ เทศบาลเมืองบ้านไผ่').units).toEqual(['municipality:~banphai']);
    expect(cues('Garbage truck for Ban Phai Town Municipality').units).toContain('municipality:banphai');
    expect(cues('Fire engine for the City of Pattaya').units).toEqual(['municipality:pattaya']);
    expect(cues('จัดซื้อเตียงผู้ป่วย โรงพยาบาลชุมแพ').units).toEqual(['hospital:~chumphae']);
    expect(cues('Building for Ban Pa Po Subdistrict Health Promoting Hospital').units).toContain('clinic:papo');
    expect(cues('Computers for the Surat Thani Provincial Administrative Organization').units).toEqual(['pao:suratthani']);
    expect(cues('ปรับปรุงภูมิทัศน์หน้าศาลากลางจังหวัดหนองคาย').units).toEqual(['province_office:~nongkhai']);
    expect(cues('Hospital beds for Chum Phae Hospital').units).toEqual(['hospital:chumphae']);
    expect(cues('ก่อสร้างห้องน้ำ วัดบ้านหนองบัว').sites).toEqual(['c:temple']);
  });

  it('reads named markets and road junctions as spots, and ponds by name after the works on them', () => {
    expect(cues('ติดตั้งกล้องวงจรปิด ตลาดท่าเสด็จ').localities).toEqual([{ name: 'ท่าเสด็จ' }]);
    expect(cues('ติดตั้งกล้องวงจรปิด ตลาดท่าเสด็จ').rest).toContain('ตลาด');
    expect(cues('ก่อสร้างห้องน้ำ ตลาดนัดบ้านหนองบัว').localities).toEqual([{ name: 'หนองบัว' }]);
    expect(cues('ติดตั้งสัญญาณไฟจราจร สี่แยกโนนพิบูลย์').localities).toEqual([{ name: 'โนนพิบูลย์' }]);
    expect(cues('ขุดลอกหนองสิม บ้านเขวา').waters).toEqual(['สิม']);
    expect(cues('ก่อสร้างถนน บ้านหนองสิม').waters).toEqual([]);
    expect(cues('Repair of rural road Chaiyaphum 3012, km 4+000 to 7+250').roads).toEqual(['3012']);
  });

  it('does not take a preposition after an institution for its name', () => {
    expect(cues('อาหารเสริม (นม) สำหรับโรงเรียนในเขตตำบลโนนสะอาด').localities).toEqual([]);
    expect(cues('ปรับสภาพบ้านสำหรับคนพิการ').localities).toEqual([]);
  });

  it('reads numbered irrigation canals in Thai and English to one code', () => {
    expect(cues('ดาดคอนกรีตคลองซอย 3 ขวา - 1 ซ้าย ตำบลหันคา').canals).toEqual(['3r1l']);
    expect(cues('Concrete lining, lateral canal 3R-1L, Han Kha').canals).toEqual(['3r1l']);
    expect(cues('ดาดคอนกรีตคลองส่งน้ำลำตะคอง สายใหญ่ฝั่งซ้าย').canals).toEqual(['mainl']);
    expect(cues('Concrete lining of irrigation canal 2L-1R').rest).toContain('canal');
    // A main canal named by its side keeps its word for what it is, in English as in Thai.
    expect(cues('Lining of the Mae Lao left main canal').canals).toEqual(['mainl']);
    expect(cues('Lining of the Mae Lao left main canal').rest).toContain('canal');
    expect(cues('ปรับปรุงคลองส่งน้ำสายใหญ่ฝั่งซ้าย').rest).toContain('คลองส่งน้ำ');
  });

  it('tells a kindergarten, a police station and a village centre from their namesakes', () => {
    expect(cues('จัดซื้อคอมพิวเตอร์ โรงเรียนอนุบาลเชียงคาน').units).toEqual(['kindergarten:~chiangkhan']);
    expect(cues('Computers for Anuban Chiang Khan School').units).toEqual(['kindergarten:chiangkhan']);
    expect(cues('ติดตั้งกล้องวงจรปิด ภายในสถานีตำรวจภูธรแม่สอด').units).toEqual(['police:~maesot']);
    expect(cues('สร้างศูนย์ข้อมูลข่าวสารประจำหมู่บ้าน บ้านวัดหลวง').localities).toEqual([{ name: 'วัดหลวง' }]);
    expect(cues('สร้างศูนย์ข้อมูลข่าวสารประจำหมู่บ้าน บ้านวัดหลวง').sites).toEqual([]);
  });

  it('does not read a soi in "soil", a village in แม่บ้าน, and reads a stretch between numbered canals', () => {
    expect(cues('Acid soil amelioration: dolomite lime for farmers, Phangat Subdistrict').localities).toEqual([]);
    expect(cues('Acid soil amelioration: dolomite lime for farmers').rest).toContain('dolomite');
    expect(cues('ส่งเสริมอาชีพกลุ่มแม่บ้านทำกรือโป๊ะ ต.เกาะสะท้อน').localities).toEqual([]);
    expect(cues('ขุดลอกคลองหกวาสายล่าง ช่วงคลอง 7 - คลอง 8').routes).toEqual([['คลอง 7', 'คลอง 8']]);
  });
});
