/**
 * Equipment lines: the same spec text repeats across agencies. Each agency buys its own, so the
 * same item is a duplicate only when it is bought twice for the same unit or place.
 * Written for Prasan.
 */
import type { Block } from './load.js';

export const EQUIPMENT_PAIRS: Block = {
  category: 'equipment',
  functionCode: '03.2',
  lines: `
N | 410101 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน | 400101 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน | identical spec, different provinces
N | 410101 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร | 410102 | จัดซื้อรถบรรทุกน้ำ ขนาด 6,000 ลิตร | same spec, neighbouring tambons
D | 410101 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร องค์การบริหารส่วนตำบลหมากแข้ง | 410101 | Purchase of a 6,000-litre multipurpose water truck for Mak Khaeng SAO | same truck for the same SAO, EN/TH
N | 4001 | จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 5 เครื่อง | 3001 | จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 5 เครื่อง | office laptops, two provinces | fa=01.3 fb=01.3
N | 4001 | จัดซื้อเครื่องคอมพิวเตอร์ สำหรับงานประมวลผล แบบที่ 1 | 400101 | จัดซื้อเครื่องคอมพิวเตอร์ สำหรับงานประมวลผล แบบที่ 1 | office computers, province office vs municipality | fa=01.3 fb=01.3
N | 4101 | จัดซื้อเครื่องปรับอากาศแบบแยกส่วน ขนาด 24,000 บีทียู จำนวน 2 เครื่อง | 4106 | จัดซื้อเครื่องปรับอากาศแบบแยกส่วน ขนาด 24,000 บีทียู จำนวน 2 เครื่อง | air conditioners, two district offices | fa=01.3 fb=01.3
D | 4305 | จัดซื้อรถยนต์บรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน เทศบาลตำบลโพนพิสัย | 430501 | Purchase of a 6-tonne rear-loading garbage truck, Phon Phisai municipality | same garbage truck, EN/TH | fa=05.1 fb=05.1
N | 430501 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน | 430201 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน | garbage trucks, two municipalities | fa=05.1 fb=05.1
N | 43 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 10 ตัน | 430501 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน | PAO vs municipality, each its own truck | fa=05.1 fb=05.1
N | 5001 | Purchase of an ambulance with basic life support equipment | 500101 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นพื้นฐาน | ambulance, hospital vs municipality | fa=07.3 fb=07.3
D | 500101 | จัดซื้อรถกู้ชีพพร้อมอุปกรณ์ หน่วยกู้ชีพเทศบาลตำบลศรีภูมิ | 500101 | Purchase of ambulance and equipment for the Si Phum rescue unit | same rescue unit | fa=07.3 fb=07.3
N | 500101 | จัดซื้อรถกู้ชีพ ตำบลศรีภูมิ | 500102 | จัดซื้อรถกู้ชีพ ตำบลพระสิงห์ | rescue vehicles, two tambons | fa=07.3 fb=07.3
N | 410601 | จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำ 5,000 ลิตร | 410602 | จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำ 5,000 ลิตร | fire trucks, two SAOs
D | 410601 | จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำ 5,000 ลิตร อบต.หนองหาน | 410601 | จัดหารถดับเพลิงสำหรับตำบลหนองหาน ขนาด 5000 ลิตร | same fire truck twice for one SAO
N | 4003 | จัดซื้อเครื่องพิมพ์แบบฉีดหมึก จำนวน 3 เครื่อง | 4004 | จัดซื้อเครื่องพิมพ์แบบฉีดหมึก จำนวน 3 เครื่อง | printers, two districts | fa=01.3 fb=01.3
N | 300101 | จัดซื้อเครื่องพิมพ์เลเซอร์ | 300101 | จัดซื้อเครื่องคอมพิวเตอร์ | printer vs computer, same office | fa=01.3 fb=01.3
N | 3002 | Purchase of a backhoe loader for road maintenance | 3003 | Purchase of a backhoe loader for road maintenance | backhoes, two districts | fa=04.5 fb=04.5
D | 300203 | จัดซื้อรถตักหน้าขุดหลัง (แบ็คโฮ) อบต.ครบุรี | 300203 | Backhoe loader for Khon Buri SAO | same backhoe | fa=04.5 fb=04.5
N | 41 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 10 เครื่อง | 40 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 10 เครื่อง | pumps, two provinces | fa=04.2 fb=04.2
N | 41 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 10 เครื่อง | 410104 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 1 เครื่อง | pumps, province vs tambon, each its own | fa=04.2 fb=04.2
N | 4301 | จัดซื้อกล้องถ่ายภาพดิจิทัล | 4302 | จัดซื้อกล้องถ่ายภาพดิจิทัล | cameras, two districts | fa=01.3 fb=01.3
D | 430101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) บริเวณสี่แยกหอนาฬิกา เทศบาลเมืองหนองคาย | 4301 | CCTV cameras at the Clock Tower intersection, Nong Khai | CCTV at the same junction | fa=03.1 fb=03.1
N | 430101 | ติดตั้งกล้องวงจรปิด สี่แยกหอนาฬิกา | 430101 | ติดตั้งกล้องวงจรปิด ตลาดท่าเสด็จ | CCTV at two places | fa=03.1 fb=03.1
N | 4005 | จัดซื้อเครื่องกำเนิดไฟฟ้า ขนาด 50 กิโลวัตต์ | 4006 | จัดซื้อเครื่องกำเนิดไฟฟ้า ขนาด 50 กิโลวัตต์ | generators, two districts | fa=03.2 fb=03.2
N | 40 | จัดซื้อครุภัณฑ์การแพทย์ เตียงผู้ป่วยไฟฟ้า 10 เตียง โรงพยาบาลชุมแพ | 40 | จัดซื้อเตียงผู้ป่วยไฟฟ้า 10 เตียง โรงพยาบาลสีชมพู | hospital beds, two hospitals | fa=07.3 fb=07.3
D | 400501 | จัดซื้อเตียงผู้ป่วยไฟฟ้า 10 เตียง โรงพยาบาลชุมแพ | 4005 | Purchase of 10 electric hospital beds for Chum Phae Hospital | same beds, same hospital | fa=07.3 fb=07.3
N | 410201 | จัดซื้อเครื่องขยายเสียงพร้อมลำโพง หอกระจายข่าวหมู่บ้าน | 410202 | จัดซื้อเครื่องขยายเสียงพร้อมลำโพง หอกระจายข่าวหมู่บ้าน | PA systems, two tambons | fa=01.3 fb=01.3
D | 410201 | ติดตั้งระบบเสียงตามสาย บ้านกุดจับ หมู่ 1 - 5 | 410201 | ปรับปรุงหอกระจายข่าวและเสียงตามสาย หมู่ 1-5 ตำบลกุดจับ | village PA in the same villages | fa=01.3 fb=01.3
N | 4101 | Purchase of 20 tablets for village health volunteers | 4102 | Purchase of 20 tablets for village health volunteers | tablets, two districts | fa=07.4 fb=07.4
N | 5001 | จัดซื้อรถจักรยานยนต์ ขนาด 110 ซีซี จำนวน 2 คัน | 5002 | จัดซื้อรถจักรยานยนต์ ขนาด 110 ซีซี จำนวน 2 คัน | motorcycles, two districts | fa=01.3 fb=01.3
N | 5001 | จัดซื้อรถบรรทุก (ดีเซล) ขนาด 1 ตัน ขับเคลื่อน 2 ล้อ | 500101 | จัดซื้อรถบรรทุก (ดีเซล) ขนาด 1 ตัน ขับเคลื่อน 2 ล้อ | pickups, province vs municipality | fa=01.3 fb=01.3
D | 300104 | จัดซื้อรถบรรทุกน้ำดับเพลิง อบต.โคกสูง 1 คัน | 300104 | Fire truck for Khok Sung SAO | same fire truck, EN/TH
N | 300104 | จัดซื้อรถบรรทุกน้ำดับเพลิง อบต.โคกสูง | 300104 | จัดซื้อชุดดับเพลิงและอุปกรณ์ อบต.โคกสูง | fire truck vs fire suits
N | 4001 | จัดซื้อโต๊ะทำงานพร้อมเก้าอี้ จำนวน 10 ชุด | 4002 | จัดซื้อโต๊ะทำงานพร้อมเก้าอี้ จำนวน 10 ชุด | furniture, two districts | fa=01.3 fb=01.3
N | 43 | จัดซื้อเรือท้องแบนพร้อมเครื่องยนต์ สำหรับกู้ภัยทางน้ำ | 4305 | จัดซื้อเรือท้องแบนพร้อมเครื่องยนต์ สำหรับกู้ภัยทางน้ำ | rescue boats, PAO vs district, own use
D | 4308 | จัดซื้อเรือกู้ภัยพร้อมเครื่องยนต์ ศูนย์ อปพร. อำเภอสังคม | 4308 | Rescue boat with engine for the Sangkhom civil defence centre | same boat, same centre
N | 41 | จัดซื้อโดรนเพื่อการเกษตร จังหวัดอุดรธานี | 40 | จัดซื้อโดรนเพื่อการเกษตร จังหวัดขอนแก่น | drones, two provinces | fa=04.2 fb=04.2
N | 410104 | จัดซื้อเครื่องออกกำลังกายกลางแจ้ง บ้านหนองบัว | 410103 | จัดซื้อเครื่องออกกำลังกายกลางแจ้ง บ้านขาว | outdoor gym, two villages | fa=08.1 fb=08.1
D | 410104 | จัดซื้อเครื่องออกกำลังกายกลางแจ้ง สวนสาธารณะบ้านหนองบัว | 410104 | Outdoor fitness equipment for Ban Nong Bua park | same park | fa=08.1 fb=08.1
N | 400101 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับห้องเรียน โรงเรียนเทศบาล 1 | 400101 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับห้องเรียน โรงเรียนเทศบาล 4 | computers for two schools | fa=09 fb=09
D | 400101 | Computers for the classroom of Municipal School 1, Khon Kaen | 400101 | จัดซื้อคอมพิวเตอร์ห้องเรียน โรงเรียนเทศบาล 1 ขอนแก่น | same school | fa=09 fb=09
N | 3001 | จัดซื้อรถยนต์ตรวจการณ์ | 30 | จัดซื้อรถยนต์ตรวจการณ์ | patrol cars, district vs province | fa=03.1 fb=03.1
N | 30 | จัดซื้อเครื่องตรวจวัดแอลกอฮอล์ จำนวน 20 เครื่อง | 3001 | จัดซื้อเครื่องตรวจวัดแอลกอฮอล์ จำนวน 5 เครื่อง | breathalysers, own use | fa=03.1 fb=03.1
D | 3001 | จัดซื้อเครื่องตรวจวัดแอลกอฮอล์ สำหรับด่านชุมชน อ.เมืองนครราชสีมา // Breathalysers for community checkpoints, Mueang Nakhon Ratchasima | 3001 | จัดหาเครื่องวัดแอลกอฮอล์สำหรับด่านชุมชน อำเภอเมืองนครราชสีมา | same checkpoints | fa=03.1 fb=03.1
`,
};
