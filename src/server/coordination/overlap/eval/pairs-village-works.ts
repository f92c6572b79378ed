/**
 * Village works in the shape of local budget lines (เทศบัญญัติ / ข้อบัญญัติ): road, drain, water
 * supply, power and small buildings named by village, moo and tambon, with the dimensions the
 * bills carry; Thai, English and both. Added after the first tuning round, written and labelled
 * before the engine was run on them; the split is the file's (every third line is `test`).
 * Written for Prasan.
 */
import type { Block } from './load.js';

export const VILLAGE_WORK_PAIRS: Block = {
  category: 'village-works',
  functionCode: '04.5',
  lines: `
D | 400109 | โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายทางบ้านโคกกลาง - บ้านหนองแวง หมู่ที่ 7 ตำบลโนนทอน ผิวจราจรกว้าง 5 เมตร ยาว 1,200 เมตร หนา 0.15 เมตร | 4001 | ก่อสร้างถนน คสล. สายบ้านหนองแวง - บ้านโคกกลาง ต.โนนทอน อ.เมืองขอนแก่น | same village road, ends in the other order, district vs tambon
N | 400109 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง - บ้านหนองแวง หมู่ที่ 7 ตำบลโนนทอน | 400109 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง - บ้านดอนหัน หมู่ที่ 7 ตำบลโนนทอน | one end shared, another road
D | 400109 | Reinforced concrete road, Ban Khok Klang to Ban Nong Waeng, Moo 7, Non Thon | 400109 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง - บ้านหนองแวง หมู่ที่ 7 ตำบลโนนทอน | EN/TH, moo agrees
D | 340110 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านนาคำ หมู่ที่ 3 ตำบลไร่น้อย | 3401 | ก่อสร้างประปาบาดาลขนาดใหญ่ พร้อมหอถังสูง บ้านนาคำ ม.3 | large groundwater supply system, same village | fa=06.3 fb=06.3
N | 340110 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล บ้านนาคำ หมู่ที่ 3 | 340110 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล บ้านนาคำ หมู่ที่ 3 | same works, the next fiscal year | fa=06.3 fb=06.3 yb=2569
N | 340110 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล บ้านนาคำ หมู่ที่ 3 | 340110 | ขุดเจาะบ่อบาดาลเพื่อการเกษตร บ้านนาคำ หมู่ที่ 3 | village water supply vs farm well | fa=06.3 fb=04.2
D | 440105 | Village water tower (steel, 20 m³), Ban Don Daeng, Moo 5, Khwao | 440105 | ก่อสร้างหอถังสูงเหล็กเก็บน้ำ ขนาด 20 ลบ.ม. บ้านดอนแดง หมู่ที่ 5 ตำบลขวาว | water tower EN/TH | fa=06.3 fb=06.3
N | 440105 | ก่อสร้างหอถังสูงเหล็ก บ้านดอนแดง หมู่ที่ 5 ตำบลขวาว | 440105 | ก่อสร้างหอถังสูงเหล็ก บ้านหนองโน หมู่ที่ 9 ตำบลขวาว | water tower, another village | fa=06.3 fb=06.3
D | 470102 | วางท่อระบายน้ำ คสล. ขนาด ศก. 0.60 เมตร พร้อมบ่อพัก บ้านธาตุ หมู่ที่ 2 ตำบลธาตุเชิงชุม | 470102 | ก่อสร้างระบบระบายน้ำ ท่อ คสล. พร้อมบ่อพัก ม.2 บ้านธาตุ | drain pipes with manholes, same moo | fa=05.2 fb=05.2
N | 470102 | วางท่อระบายน้ำ คสล. บ้านธาตุ หมู่ที่ 2 | 470102 | ก่อสร้างถนน คสล. บ้านธาตุ หมู่ที่ 2 | drain vs road in one village | fa=05.2 fb=04.5
D | 4501 | ขยายเขตไฟฟ้าแรงต่ำ บ้านหนองแคน หมู่ที่ 11 ตำบลดงลาน อำเภอเมืองร้อยเอ็ด | 450115 | Low-voltage power line extension, Ban Nong Khaen, Moo 11, Dong Lan | power extension EN/TH | fa=06.4 fb=06.4
N | 450115 | ขยายเขตไฟฟ้าแรงต่ำ บ้านหนองแคน หมู่ที่ 11 | 450115 | ติดตั้งไฟฟ้าส่องสว่างถนน บ้านหนองแคน หมู่ที่ 11 | power line vs street lights | fa=06.4 fb=06.4
D | 310112 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาด 50 คน บ้านสะแก ตำบลสะแกโพรง | 310112 | ก่อสร้างอาคาร ศพด. (แบบ 50 คน) ตำบลสะแกโพรง | child centre building, abbreviation | fa=09 fb=09
N | 310112 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ตำบลสะแกโพรง | 310112 | ต่อเติมห้องน้ำศูนย์พัฒนาเด็กเล็ก ตำบลสะแกโพรง | new building vs toilet extension of the same centre | fa=09 fb=09
D | 460104 | ก่อสร้างลานกีฬาอเนกประสงค์ บ้านเหนือ หมู่ที่ 4 ตำบลเหนือ | 4601 | Multi-purpose sports ground, Ban Nuea, Moo 4, Mueang Kalasin | sports ground EN/TH | fa=08.1 fb=08.1
N | 460104 | ก่อสร้างลานกีฬาอเนกประสงค์ บ้านเหนือ หมู่ที่ 4 | 460104 | ก่อสร้างลานกีฬาอเนกประสงค์ บ้านเหนือ หมู่ที่ 4 ระยะที่ 2 | second phase of the same ground | fa=08.1 fb=08.1
D | 480108 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามลำห้วยก่ำ บ้านนาราชควาย | 480108 | สะพาน คสล. ข้ามห้วยก่ำ บ้านนาราชควาย ขนาดกว้าง 6 เมตร ยาว 30 เมตร | bridge over the same creek
N | 480108 | ก่อสร้างสะพาน คสล. ข้ามลำห้วยก่ำ บ้านนาราชควาย | 480108 | ก่อสร้างท่อลอดเหลี่ยม ลำห้วยก่ำ บ้านนาราชควาย | bridge vs box culvert on the creek
D | 350103 | ปรับปรุงถนนลูกรังเป็นถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านสำราญ - บ้านทุ่งแต้ | 3501 | Upgrading the laterite road Ban Samran - Ban Thung Tae to asphalt concrete | laterite to asphalt, EN/TH
N | 350103 | ปรับปรุงถนนลูกรัง สายบ้านสำราญ - บ้านทุ่งแต้ | 350103 | ปรับปรุงถนนลูกรัง สายบ้านสำราญ - บ้านขุมเงิน | another village road from the same village
D | 400111 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ภายในเขตเทศบาลตำบลบ้านค้อ จำนวน 16 จุด | 400111 | Installation of 16 CCTV cameras, Ban Kho municipality | CCTV EN/TH | fa=03.1 fb=03.1
N | 400111 | ติดตั้งกล้องวงจรปิด CCTV บ้านค้อ หมู่ที่ 1 | 400111 | ติดตั้งเสียงตามสาย (หอกระจายข่าว) บ้านค้อ หมู่ที่ 1 | CCTV vs public address system | fa=03.1 fb=01.3
D | 4401 | ขุดลอกหนองบัวใหญ่ บ้านเขวา เพื่อการเกษตรและประปาหมู่บ้าน | 440102 | ขุดลอกหนองบัวใหญ่ หมู่ที่ 6 บ้านเขวา ปริมาณดินขุด 24,000 ลบ.ม. | dredging the same pond | fa=04.2 fb=04.2
N | 440102 | ขุดลอกหนองบัวใหญ่ บ้านเขวา | 440102 | ขุดลอกหนองสิม บ้านเขวา | another pond in the same village | fa=04.2 fb=04.2
D | 470105 | ซ่อมแซมถนนลาดยางที่ชำรุด สายบ้านดงมะไฟ - บ้านนาหัวบ่อ | 470105 | ซ่อมสร้างผิวทางแอสฟัลต์ ถนนสาย บ้านนาหัวบ่อ - บ้านดงมะไฟ | asphalt repair, same village road
N | 470105 | ซ่อมแซมถนนลาดยาง สายบ้านดงมะไฟ - บ้านนาหัวบ่อ | 470105 | ซ่อมแซมถนนลาดยาง สายบ้านดงมะไฟ - บ้านนาหัวบ่อ | same repair, two years apart | yb=2570
D | 4801 | Solar-powered street lights along the village road, Ban Nong Yat, Moo 8 | 480110 | ติดตั้งเสาไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ บ้านหนองญาติ หมู่ที่ 8 | solar street lights EN/TH | fa=06.4 fb=06.4
N | 480110 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ บ้านหนองญาติ หมู่ที่ 8 | 480111 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ บ้านหนองญาติ หมู่ที่ 3 | another tambon, another moo | fa=06.4 fb=06.4
D | 340111 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาตะแกรงเหล็ก ซอยชยางกูร 12 | 340111 | ก่อสร้างรางระบายน้ำ ซ.ชยางกูร 12 ยาว 180 เมตร | U-drain in the same soi | fa=05.2 fb=05.2
N | 340111 | ก่อสร้างรางระบายน้ำ คสล. ซอยชยางกูร 12 | 340111 | ก่อสร้างรางระบายน้ำ คสล. ซอยชยางกูร 18 | another soi of the same street | fa=05.2 fb=05.2
D | 310108 | ก่อสร้างศาลาเอนกประสงค์ประจำหมู่บ้าน บ้านโคกเจริญ หมู่ที่ 10 | 310108 | ก่อสร้างศาลาประชาคม บ้านโคกเจริญ ม.10 | village hall, two names for it | fa=01.3 fb=01.3
N | 310108 | ก่อสร้างศาลาประชาคม บ้านโคกเจริญ หมู่ที่ 10 | 310108 | ก่อสร้างศาลาพักผู้โดยสาร บ้านโคกเจริญ หมู่ที่ 10 | village hall vs bus shelter | fa=01.3 fb=04.5
D | 450103 | ปรับปรุงภูมิทัศน์รอบบึงพลาญชัย | 4501 | Landscape improvement around Bueng Phlan Chai, Roi Et | landscaping the same lake | fa=06.2 fb=06.2
N | 450103 | ปรับปรุงภูมิทัศน์รอบบึงพลาญชัย | 450103 | ขุดลอกบึงพลาญชัย | landscaping vs dredging the lake | fa=06.2 fb=04.2
D | 460110 | ก่อสร้างถนนหินคลุก บ้านโนนสว่าง หมู่ที่ 12 ไปไร่นา | 460110 | ก่อสร้างถนนลูกรังหินคลุกเพื่อการเกษตร บ.โนนสว่าง ม.12 | farm gravel road, abbreviations | fa=04.2 fb=04.2
N | 460110 | ก่อสร้างถนนหินคลุก บ้านโนนสว่าง หมู่ที่ 12 | 460109 | ก่อสร้างถนนหินคลุก บ้านโนนสว่าง หมู่ที่ 5 | same village name, another tambon and moo | fa=04.2 fb=04.2
`,
};
