/**
 * OCR-like and typing noise (decomposed sara am, doubled marks, zero-width spaces, เเ for แ,
 * misread letters, lost spaces), descriptions, and boilerplate-heavy near misses.
 * Escapes (\\u…) are real code points in these template strings. Written for Prasan.
 */
import type { Block } from './load.js';

export const NOISY_PAIRS: Block = {
  category: 'noisy',
  functionCode: '04.5',
  lines: `
D | 410104 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4 | 410104 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก\u200Bบ้านหนองบัว\u200Bหมู่ที่\u200B4 | zero-width spaces
D | 410601 | ก่อสร้างรางระบายน้ำ บ้านหนองหาน หมู่ที่ 1 | 410601 | ก่อสร้างรางระบายน\u0E49\u0E4D\u0E32 บ้านหนองหาน หมู่ที่ 1 | decomposed sara am | fa=05.2 fb=05.2
D | 400402 | ปรับปรุงแหล่งน้ำ บ้านเม็ง หมู่ 5 | 400402 | ปรับปรุงเเหล่งน้ำ บ้านเม็ง หมู่ 5 | เเ typed for แ | fa=04.2 fb=04.2
D | 300104 | ซ่อมแซมถนนลูกรัง บ้านโคกสูง หมู่ที่ 2 | 300104 | ซ่อมเเซมถนนลูกรัง บ้านโคกสูง หมู่ที ๒ | เเ and dropped tone mark
D | 410401 | ขุดลอกหนองบัวแดง ตำบลตูมใต้ | 410401 | ขุดลอกหนองบัวเเดง ตำบลตูมใต้้ | doubled tone mark | fa=04.2 fb=04.2
D | 5002 | ก่อสร้างฝายชะลอน้ำ ห้วยแม่กลาง อำเภอจอมทอง | 500203 | ก่อสรัางฝายชะลอนำ้ ห้วยแม่กลาง ต.บ้านหลวง | OCR: misplaced marks | fa=04.2 fb=04.2
D | 41 | ซ่อมสร้างผิวทางแอสฟัลต์ติก ทางหลวงหมายเลข 2023 กม.12+000-กม.15+500 | 4104 | ซ่อมสรา้งผิวทางแอสฟัลต์ติก ทางหลวงหมายเลข 2O23 กม.13+000-กม.14+000 | OCR: O for 0 in road number
D | 4101 | ติดตั้งไฟฟ้าส่องสว่าง ถนนเลี่ยงเมือง | 410101 | ติดตั้งไฟฟ้าส่องสวา่ง ถนนเลียงเมือง | OCR: swapped tone, lost mark | fa=06.4 fb=06.4
D | 430101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง ชุมชนวัดหายโศก | 430101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมเเม่น้ำโขงชุมชนวัดหายโศก | no space and เเ | fa=05.3 fb=05.3
N | 430101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง ชุมชนวัดหายโศก | 430101 | ก่อสร้างถนนริมแม่น้ำโขง ชุมชนวัดหายโศก | bank vs road at the same place | fa=05.3
N | 410104 | โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ภายในหมู่บ้าน ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี | 410104 | โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ภายในหมู่บ้าน ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี | boilerplate and places shared, road vs drain | fb=05.2
N | 400101 | โครงการปรับปรุงภูมิทัศน์ เทศบาลนครขอนแก่น ประจำปีงบประมาณ พ.ศ. 2568 | 400101 | โครงการปรับปรุงระบบบำบัดน้ำเสีย เทศบาลนครขอนแก่น ประจำปีงบประมาณ พ.ศ. 2568 | boilerplate shared, landscape vs wastewater | fb=05.2
N | 300101 | โครงการอบรมเชิงปฏิบัติการ การจัดทำแผนพัฒนาท้องถิ่น อำเภอเมืองนครราชสีมา | 300101 | โครงการอบรมเชิงปฏิบัติการ การป้องกันอัคคีภัยในชุมชน อำเภอเมืองนครราชสีมา | workshop boilerplate, planning vs fire | fa=01.3 fb=03.2
N | 4106 | โครงการพัฒนาศักยภาพ ผู้นำชุมชน อำเภอหนองหาน | 4106 | โครงการพัฒนาศักยภาพ กลุ่มอาชีพสตรี อำเภอหนองหาน | capacity-building boilerplate | fa=01.3 fb=04.1
D | 4106 | โครงการพัฒนาศักยภาพผู้นำชุมชน อำเภอหนองหาน | 410601 | อบรมพัฒนาผู้นำชุมชน ต.หนองหาน | community leaders | fa=01.3 fb=01.3
N | 41 | ส่งเสริมและพัฒนาการท่องเที่ยว จังหวัดอุดรธานี | 41 | ส่งเสริมและพัฒนาการเกษตร จังหวัดอุดรธานี | promotion boilerplate, tourism vs farming | fa=08.2 fb=04.2
D | 410101 | ก่อสร้างถนน คสล. | 410101 | Reinforced concrete road construction | short titles, description carries the place | da=สายบ้านหมากแข้ง_หมู่_3_ยาว_400_เมตร db=Ban_Mak_Khaeng,_Moo_3,_400_m_long
N | 410101 | ก่อสร้างถนน คสล. | 410101 | ก่อสร้างถนน คสล. | short titles, descriptions name other villages | da=บ้านหมากแข้ง_หมู่_3 db=บ้านโนนพิบูลย์_หมู่_9
D | 4001 | Road safety | 400101 | ความปลอดภัยทางถนน | one-phrase titles, EN/TH
D | 3006 | ขุดลอกคลองส่งน้ำ ตำบลจักราช // Dredging of irrigation canal, Chakkarat | 300601 | Irrigation canal dredging, Chakkarat Subdistrict | English vs bilingual | fa=04.2 fb=04.2
N | 3006 | Irrigation canal dredging, Chakkarat | 3006 | Irrigation canal lining, Chakkarat | dredging vs lining | fa=04.2 fb=04.2
D | 4305 | PROJECT: CONSTRUCTION OF CONCRETE ROAD, BAN WAT LUANG, MOO 3 | 430502 | Concrete road construction in Ban Wat Luang, Moo 3 | upper-case English
N | 4305 | CONSTRUCTION OF CONCRETE ROAD, BAN WAT LUANG, MOO 3 | 430502 | CONSTRUCTION OF CONCRETE ROAD, BAN WAT LUANG, MOO 8 | upper case, different moo
D | 500104 | ก่อสร้างถนนคอนกรีต ซ.ช้างม่อย 2 | 500104 | Concrete paving Soi Chang Moi 2 | ซ. abbreviation
D | 4302 | ก่อสร้างสะพาน คสล. ข้ามลำห้วยโมง บ้านน้ำโมง | 430202 | ก่อสร้างสะพาน ค.ส.ล. ข้ามห้วยโมง บ.น้ำโมง | ค.ส.ล. with dots
N | 430202 | ก่อสร้างสะพาน ค.ส.ล. ข้ามห้วยโมง บ.น้ำโมง | 430202 | ก่อสร้างสะพาน ค.ส.ล. ข้ามห้วยโมง บ.น้ำโมง ระยะที่ 2 | phase 2 stated on one only | fb=04.5
D | 41 | ปรับปรุงถนนสายอุดรธานี - หนองหาน (ทล.22) // Improvement of Udon Thani - Nong Han road (Highway 22) | 4106 | ปรับปรุงทางหลวงหมายเลข ๒๒ ช่วงอำเภอหนองหาน | highway named by cities and number
N | 41 | ปรับปรุงทางหลวงหมายเลข 22 | 41 | ปรับปรุงทางหลวงหมายเลข 222 | numbers that share digits
D | 410201 | จัดงานประเพณีบุญบั้งไฟ ตำบลกุดจับ | 410201 | สืบสานประเพณีบุญบั้งไฟ ต.กุดจับ | rocket festival | fa=08.2 fb=08.2
N | 410201 | จัดงานประเพณีบุญบั้งไฟ ตำบลกุดจับ | 410201 | จัดงานประเพณีลอยกระทง ตำบลกุดจับ | two festivals | fa=08.2 fb=08.2
D | 400601 | ปรับปรุงซ่อมแซมถนนสายบ้านสีชมพู-บ้านนาจาน | 400603 | ซ่อมถนนสาย บ้านนาจาน - บ้านสีชมพู | village order reversed
N | 400601 | ปรับปรุงถนนสายบ้านสีชมพู-บ้านนาจาน | 400604 | ปรับปรุงถนนสายบ้านวังเพิ่ม-บ้านนาจาน | road shares one end village only
D | 4104 | Construction of drainage ditch with cover, Ban Wiang Kham, Moo 7 | 410403 | ก่อสร้างรางระบายน้ำพร้อมฝาปิด บ้านเวียงคำ หมู่ 7 | drain ditch, EN/TH | fa=05.2 fb=05.2
N | 410403 | ก่อสร้างรางระบายน้ำ บ้านเวียงคำ หมู่ 7 | 410403 | ก่อสร้างรางระบายน้ำ บ้านเวียงคำ หมู่ 7 | same drain, disjoint years | fa=05.2 fb=05.2 ya=2566 yb=2568
D | 300202 | ซ่อมแซมถนนดินลูกรังเพื่อการเกษตรในพื้นที่ตำบลเฉลียง จำนวน 5 สาย | 300202 | ปรับปรุงถนนลูกรังเพื่อการเกษตร 5 สายทาง ต.เฉลียง | 5 farm roads
N | 300202 | ปรับปรุงถนนลูกรังเพื่อการเกษตร ต.เฉลียง | 300202 | ส่งเสริมการปลูกพืชหลังนา ต.เฉลียง | farm road vs crop promotion | fb=04.2
D | 41 | ป้องกันและแก้ไขปัญหาอุทกภัย ลำห้วยหลวง อำเภอเมืองอุดรธานี // Flood protection on Huai Luang, Mueang Udon Thani | 4101 | แก้ไขปัญหาน้ำท่วม ลำห้วยหลวง | flood works on one creek | fa=05.3 fb=05.3
N | 4101 | แก้ไขปัญหาน้ำท่วม ลำห้วยหลวง | 4101 | แก้ไขปัญหาภัยแล้ง ลำห้วยหลวง | flood vs drought on one creek | fa=05.3 fb=04.2
D | 410302 | ติดตั้งป้ายจราจรและเครื่องหมายจราจร ภายในตำบลหนองอ้อ | 410302 | Traffic signs and road markings, Nong O Subdistrict | traffic signs
N | 410302 | ติดตั้งป้ายจราจร ภายในตำบลหนองอ้อ | 410302 | ติดตั้งป้ายบอกทางแหล่งท่องเที่ยว ตำบลหนองอ้อ | traffic signs vs tourist signposts | fb=08.2
D | 5006 | ปรับปรุงถนนลาดยางสายแม่แตง - ขี้เหล็ก โดยวิธี Para Asphaltic Concrete | 500603 | ปูผิวพาราแอสฟัลต์ติกคอนกรีต ถนนสายแม่แตง-ขี้เหล็ก | para asphalt, mixed script
N | 500603 | ปูผิวพาราแอสฟัลต์ ถนนสายแม่แตง-ขี้เหล็ก | 500604 | ปูผิวพาราแอสฟัลต์ ถนนสายช่อแล-แม่ตะมาน | para asphalt, other road
D | 4001 | อบรมการปฐมพยาบาลและการช่วยฟื้นคืนชีพ (CPR) แก่ประชาชน | 400103 | CPR and first aid training for residents, Khok Si | CPR training | fa=07.4 fb=07.4
N | 400103 | อบรมการช่วยฟื้นคืนชีพ (CPR) ตำบลโคกสี | 400103 | อบรมการใช้เครื่องดับเพลิง ตำบลโคกสี | CPR vs fire extinguisher training | fa=07.4 fb=03.2
D | 43 | ส่งเสริมการเลี้ยงปลาในกระชัง แม่น้ำโขง อ.สังคม | 430803 | Cage fish farming in the Mekong, Ban Muang | fish cages | fa=04.2 fb=04.2
N | 430803 | ส่งเสริมการเลี้ยงปลาในกระชัง แม่น้ำโขง | 430803 | ส่งเสริมการเลี้ยงไก่พื้นเมือง บ้านม่วง | fish vs chickens | fa=04.2 fb=04.2
`,
};
