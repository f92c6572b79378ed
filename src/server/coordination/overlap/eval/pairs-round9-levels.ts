/**
 * Round 9, held out: the same works, purchases and services filed at different levels of
 * government (a ministry department or its regional office, a province or provincial cluster, a
 * PAO, a district, a municipality or SAO, a community organisation). The national line is broad
 * and formal, the local line short and specific, or the other way round; one side is often in
 * English (donor, ASEAN/GMS or central-agency reporting). Written and labelled without running
 * the engine; see load.ts for the format.
 */
import type { Block } from './load.js';

export const ROUND9_LEVELS_PAIRS: Block = {
  category: 'round9-levels',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# North — Nan (Pua, Wiang Sa)
D | 5505 | งานปรับปรุงทางหลวงหมายเลข 1256 ตอน ปัว - บ่อเกลือ ระหว่าง กม.3+000 - กม.12+500 (แขวงทางหลวงน่านที่ 2) | 55,54,56,57 | Upper North Cluster 2: upgrading of Highway No. 1256 (Pua – Bo Kluea), km 3+000 – km 12+500, Nan | DOH district line (two-year contract) vs the cluster plan's English line for the same section; district code vs four-province cluster code | ya=2568-2569 da=ขยายผิวจราจรและไหล่ทาง_ระยะทาง_9.5_กม.
N | 5505 | งานปรับปรุงทางหลวงหมายเลข 1256 ตอน ปัว - บ่อเกลือ ระหว่าง กม.3+000 - กม.12+500 (แขวงทางหลวงน่านที่ 2) | 5512 | โครงการขยายผิวจราจรและไหล่ทาง ทางหลวง 1256 ช่วง กม.24+000 - กม.31+300 อ.บ่อเกลือ จ.น่าน | same highway, provincial plan asks for a non-overlapping section in the next district
D | 5505 | โครงการก่อสร้างฝายน้ำล้นลำน้ำปัว บ้านดอนแก้ว ตำบลเจดีย์ชัย อำเภอปัว จังหวัดน่าน (โครงการชลประทานน่าน) | 550510 | ก่อสร้างฝายนํ้าล้น บ้านดอนแก้ว ม.4 | RID provincial project vs the SAO's own line for the same weir; ำ split in the SAO title | fa=04.2 fb=04.2
N | 5505 | โครงการก่อสร้างฝายน้ำล้นลำน้ำปัว บ้านดอนแก้ว ตำบลเจดีย์ชัย อำเภอปัว จังหวัดน่าน (โครงการชลประทานน่าน) | 550512 | ก่อสร้างฝายน้ำล้น บ้านสกาดกลาง หมู่ที่ 2 ตำบลสกาด | same kind of works in the same district, another tambon and village | fa=04.2 fb=04.2
D | 5507 | NCD screening (diabetes and hypertension) for people aged 35 and over, Wiang Sa District, FY2025 | 550701 | โครงการคัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป ตำบลกลางเวียง | district health office's screening covers Klang Wiang; same service, group and year; EN/TH | fa=07.4 fb=07.4
N | 5507 | NCD screening (diabetes and hypertension) for people aged 35 and over, Wiang Sa District, FY2025 | 550701 | โครงการตรวจคัดกรองพัฒนาการเด็กปฐมวัย ศูนย์พัฒนาเด็กเล็ก ตำบลกลางเวียง | screening of a different group (young children) for a different thing | fa=07.4 fb=07.4
# North — Chiang Rai, Mae Hong Son, Phrae
D | 5703 | Riverbank protection along the Mekong at Ban Hat Bai, Rim Khong Subdistrict, Chiang Khong District | 57 | Mekong bank erosion protection works, Ban Hat Bai (Chiang Khong), Chiang Rai | Public Works department line vs a Mekong-basin report; EN–EN, district vs province code | fa=06.2 fb=05.6
D | 5804 | Forest fire and haze prevention, Mae Sariang District, 2025 dry season | 580401 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ตำบลบ้านกาศ ประจำปี 2568 | district-wide campaign covers Ban Kat; same service and season; EN/TH | fa=05.3 fb=05.3
N | 5804 | Forest fire and haze prevention, Mae Sariang District, 2025 dry season | 580401 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ตำบลบ้านกาศ ประจำปี 2569 | the tambon's campaign for the next fiscal year | fa=05.3 fb=05.3 yb=2569
D | 5403 | ก่อสร้างระบบประปาหมู่บ้านขนาดใหญ่ บ้านบ่อเหล็กลอง หมู่ที่ 1 ตำบลบ่อเหล็กลอง อำเภอลอง จังหวัดแพร่ | 540308 | กอ่สร้างระบบประปาหมู่บ้าน ม.1 บ.บ่อเหล็กลอง | Water Resources department line vs SAO; swapped tone mark, abbreviations | fa=06.3 fb=06.3
N | 5403 | ก่อสร้างระบบประปาหมู่บ้านขนาดใหญ่ บ้านบ่อเหล็กลอง หมู่ที่ 1 ตำบลบ่อเหล็กลอง อำเภอลอง จังหวัดแพร่ | 540309 | ปรับปรุงระบบประปาหมู่บ้าน บ้านแม่ปาน หมู่ที่ 3 ตำบลแม่ปาน | another tambon's village supply, an upgrade not a new system | fa=06.3 fb=06.3
# Northeast — Sakon Nakhon, Chaiyaphum
D | 4704 | Dredging of Nong Yai public pond, Ban Phanna Moo 2, Phanna Subdistrict, Phanna Nikhom | 470401 | ขุดลอกหนองใหญ่ บ้านพรรณา หมู่ที่ 2 ตำบลพรรณา | provincial English line vs SAO Thai, same pond; different function codes | fa=06.3 fb=04.2
N | 4704 | Dredging of Nong Yai public pond, Ban Phanna Moo 2, Phanna Subdistrict, Phanna Nikhom | 470406 | ขุดลอกหนองใหญ่ บ้านช้างมิ่ง หมู่ที่ 5 ตำบลช้างมิ่ง | a pond of the same name in another tambon | fa=06.3 fb=04.2
D | 47 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า จังหวัดสกลนคร ประจำปีงบประมาณ 2568 | 470402 | จัดซื้อวัคซีนป้องกันโรคพิษสุนัขบ้า ตามโครงการสัตว์ปลอดโรค คนปลอดภัยฯ ตำบลวังยาง | provincial livestock campaign vs the SAO's vaccine line for the same campaign in one of its tambons | fa=07.4 fb=07.4
N | 47 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า จังหวัดสกลนคร ประจำปีงบประมาณ 2568 | 470402 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลวังยาง | a different disease control service | fa=07.4 fb=07.4
N | 3612,3610 | งานขยายทางหลวงหมายเลข 201 ตอน แก้งคร้อ - ภูเขียว ระหว่าง กม.95+000 - กม.103+500 เป็น 4 ช่องจราจร | 3610 | Four-laning of Highway 201 (Phu Khiao – Chum Phae), km 108+000 to km 116+000 | same highway, the next section in the provincial plan, no overlap
N | 3610 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ฉุกเฉิน โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | 361001 | จัดซื้อรถยนต์กู้ชีพ (รถกระบะ) พร้อมอุปกรณ์ สำหรับหน่วยกู้ชีพ อบต.ผักปัง | hospital and SAO each buy an emergency vehicle for themselves | fa=07.3 fb=07.2
D | 36 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ให้แก่เทศบาลตำบลบ้านแก้ง อำเภอภูเขียว | 361004 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุ 6,000 ลิตร | PAO buys the truck for the municipality, which also requests the same truck itself | fa=03.2 fb=03.2 db=รถบรรทุกน้ำ_6_ล้อ_4_ประตู_สำหรับงานป้องกันและบรรเทาสาธารณภัยเทศบาล
# Northeast — Roi Et, Nakhon Phanom, Loei
D | 4510 | Rural Road No. 4008, Highway 2044 junction – Ban Na Mueang, Selaphum: asphaltic concrete resurfacing | 451005 | ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต สายแยกทางหลวง 2044 - บ้านนาเมือง ตำบลนาเมือง | Rural Roads Office English line vs the local Thai line for the same road; district vs tambon code
N | 4510 | Rural Road No. 4008, Highway 2044 junction – Ban Na Mueang, Selaphum: asphaltic concrete resurfacing | 451005 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก ภายในหมู่บ้าน บ้านนาเมือง หมู่ที่ 1 ซอยวัดกลาง | a lane inside the village, not the rural road
D | 451017 | โครงการโรงเรียนผู้สูงอายุ ตำบลขวัญเมือง อำเภอเสลภูมิ | 451017 | โรงเรียนผู้สูงอายุตำบลขวัญเมือง // Elderly School, Khwan Mueang Subdistrict, Selaphum | provincial social development office vs SAO bilingual line | fa=10.2 fb=10.2
N | 451017 | โครงการโรงเรียนผู้สูงอายุ ตำบลขวัญเมือง อำเภอเสลภูมิ | 451013 | Elderly School, Lao Noi Subdistrict, Selaphum | same programme in another tambon | fa=10.2 fb=10.2
D | 4805 | Landscape improvement of the Mekong riverfront walkway, That Phanom | 48 | That Phanom Mekong riverfront promenade upgrading, Nakhon Phanom | tourism ministry line vs GMS report; EN–EN, district vs province | fa=04.7 fb=04.7
N | 480501 | ก่อสร้างลานจอดรถพร้อมห้องน้ำสาธารณะ บริเวณองค์พระธาตุพนม | 4805 | Landscape improvement of the Mekong riverfront walkway, That Phanom | municipal parking and toilets at the temple vs the riverfront walkway: different works nearby | fa=04.7 fb=04.7
D | 4805 | Village water supply systems for Ban Na Nat, Ban Kut Chim and Ban Um Mao, That Phanom District | 480511 | ก่อสร้างระบบประปาหมู่บ้าน บ้านกุดฉิม หมู่ที่ 2 ตำบลกุดฉิม | the SAO's village is one of the three in the department's line | fa=06.3 fb=06.3
N | 4805 | Village water supply systems for Ban Na Nat, Ban Kut Chim and Ban Um Mao, That Phanom District | 480508 | ก่อสร้างระบบประปาหมู่บ้าน บ้านน้ำก่ำ หมู่ที่ 4 ตำบลน้ำก่ำ | a village that is not one of the three | fa=06.3 fb=06.3
D | 420301 | ปรับปรุงภูมิทัศน์ทางเดินริมโขง ถนนชายโขง ซอย 9 - ซอย 21 | 42 | Improvement of the Mekong riverside walkway, Chai Khong Road Soi 9 to Soi 21, Chiang Khan | municipality vs provincial English line | fa=04.7 fb=04.7
N | 420301 | ปรับปรุงภูมิทัศน์ทางเดินริมโขง ถนนชายโขง ซอย 9 - ซอย 21 | 42 | Improvement of the Mekong riverside walkway, Chai Khong Road Soi 1 to Soi 8, Chiang Khan | adjacent stretch of the same walkway, no overlap | fa=04.7 fb=04.7
# Northeast — Si Sa Ket, Bueng Kan
D | 3304 | งานบูรณะผิวทาง ทางหลวงหมายเลข 221 ตอน กันทรลักษ์ - ภูมิซรอล ระหว่าง กม.62+000 - กม.70+000 | 33 | Highway 221, Kantharalak – Phum Saron section, km 62–70: pavement rehabilitation | DOH Thai vs provincial English; km written without the + part
N | 3304 | งานบูรณะผิวทาง ทางหลวงหมายเลข 221 ตอน กันทรลักษ์ - ภูมิซรอล ระหว่าง กม.62+000 - กม.70+000 | 33 | บูรณะผิวทางหลวง 221 ช่วงกันทรลักษ์ - ภูมิซรอล กม.62 - กม.70 | the provincial plan's line for the same section in the following fiscal year | yb=2569
N | 3309 | ปรับปรุงคันกั้นน้ำริมแม่น้ำมูล บ้านหนองแค ตำบลหนองแค อำเภอราษีไศล ระยะที่ 2 | 330903 | ก่อสร้างพนังกั้นน้ำริมแม่น้ำมูล บ้านหนองแค ม.3 ระยะที่ 1 | RID phase 2 vs the SAO's phase 1 | fa=04.2 fb=06.2
D | 3309 | ปรับปรุงคันกั้นน้ำริมแม่น้ำมูล บ้านหนองแค ตำบลหนองแค อำเภอราษีไศล ระยะที่ 2 | 330903 | Mun River flood embankment, Ban Nong Khae, phase 2 // ก่อสร้างพนังกั้นน้ำริมแม่น้ำมูล บ้านหนองแค หมู่ที่ 3 ระยะที่ ๒ | same phase, SAO bilingual line with a Thai digit | fa=04.2 fb=06.2
N | 33 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 10 เครื่อง สำหรับสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีสะเกษ | 330903 | จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว จำนวน 1 เครื่อง (อบต.หนองแค) | provincial disaster office and SAO each buy pumps for themselves | fa=02.2 fb=04.2
D | 3304 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับห้องเรียน จำนวน 40 ชุด โรงเรียนบ้านสังเม็ก | 330405 | อุดหนุนโรงเรียนบ้านสังเม็ก จัดซื้อคอมพิวเตอร์ 40 เครื่อง | primary education area office and SAO subsidy for the same computers at the same school | fa=09.1 fb=09.1
D | 38 | Groundwater community water supply system, Ban Dong Bang Moo 1, Dong Bang Subdistrict, Bueng Khong Long | 380603 | ก่อสรางระบบประปาบาดาล บ้านดงบัง หมู่ 1 | groundwater department English line vs SAO Thai with a dropped tone mark; province vs tambon code | fa=06.3 fb=06.3
N | 38 | Groundwater community water supply system, Ban Dong Bang Moo 1, Dong Bang Subdistrict, Bueng Khong Long | 380603 | ก่อสร้างระบบประปาบาดาล บ้านดงบัง หมู่ที่ 8 | another moo of the same village name | fa=06.3 fb=06.3
# Central — Kamphaeng Phet, Suphan Buri, Phichit, Phetchabun, Uthai Thani
D | 6204 | ก่อสร้างระบบป้องกันน้ำท่วมชุมชนเทศบาลตำบลสลกบาตร อำเภอขาณุวรลักษบุรี | 620406 | Flood protection system for Salok Bat town community // ก่อสร้างระบบป้องกันนํ้าท่วมพื้นที่ชุมชนเมืองสลกบาตร | provincial Public Works line vs municipality bilingual line; ำ split | fa=06.2 fb=06.2
N | 6204 | ก่อสร้างระบบป้องกันน้ำท่วมชุมชนเทศบาลตำบลสลกบาตร อำเภอขาณุวรลักษบุรี | 620601 | ก่อสร้างระบบป้องกันน้ำท่วมพื้นที่ชุมชนเทศบาลตำบลพรานกระต่าย | same programme for another district's town | fa=06.2 fb=06.2
N | 7203 | ส่งเสริมการใช้ปุ๋ยอินทรีย์และปรับปรุงบำรุงดินในไร่อ้อย ตำบลวังยาว อำเภอด่านช้าง | 720303 | โครงการส่งเสริมการทำปุ๋ยหมักชีวภาพ ตำบลห้วยขมิ้น | land development line for Wang Yao vs a similar SAO service in another tambon | fa=04.2 fb=04.2
D | 66 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 โรงเรียนบ้านวังหลุม อำเภอตะพานหิน | 660411 | อุดหนุนก่อสร้างอาคารเรียน โรงเรียนบ้านวังหลุม | primary education area office vs SAO subsidy for the same school building | fa=09.1 fb=09.1
N | 66 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 โรงเรียนบ้านวังหลุม อำเภอตะพานหิน | 660411 | School canteen construction, Ban Wang Lum School | a different building at the same school | fa=09.1 fb=09.1
N | 6703,6704 | งานขยายทางหลวงหมายเลข 203 ตอน หล่มสัก - หล่มเก่า ระหว่าง กม.2+000 - กม.9+600 เป็น 4 ช่องจราจร | 6703 | ติดตั้งไฟฟ้าส่องสว่างโซล่าเซลล์ ริมทางหลวง 203 ช่วง กม.2+000 - กม.9+600 | widening vs street lighting on the same section: different works | fb=06.4
D | 67 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ทางหลวงหมายเลข 203 ช่วง กม.2+000 - กม.9+600 อำเภอหล่มสัก | 6703 | ติดตั้งไฟฟ้าส่องสว่างโซล่าเซลล์ ริมทางหลวง 203 ช่วง กม.2+000 - กม.9+600 | province vs municipality, same lights on the same section; โซล่าเซลล์ vs พลังงานแสงอาทิตย์ | fa=06.4 fb=06.4
N | 6703 | จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานประมวลผล จำนวน 2 เครื่อง (ที่ว่าการอำเภอหล่มสัก) | 670302 | จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานประมวลผล จํานวน 2 เครื่อง | same standard spec bought by the district office and the SAO each for itself | fa=01.3 fb=01.3
D | 6106 | โครงการอบรมฟื้นฟูความรู้อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) อำเภอบ้านไร่ ประจำปี 2568 | 610603 | โครงการอบรมพัฒนาศักยภาพ อสม. ตำบลห้วยแห้ง | district VHV refresher includes the Huai Haeng VHVs; same group and year | fa=07.4 fb=07.4
N | 6106 | โครงการอบรมฟื้นฟูความรู้อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) อำเภอบ้านไร่ ประจำปี 2568 | 610603 | โครงการอบรมผู้ดูแลผู้สูงอายุ (Care Giver) ตำบลห้วยแห้ง | training for a different group (elderly caregivers) | fa=07.4 fb=10.2
# East — Sa Kaeo, Chanthaburi, Trat
D | 27 | Aranyaprathet–Poipet border: expansion of the Ban Khlong Luek checkpoint cargo yard | 270605 | Ban Khlong Luek Permanent Border Checkpoint: cargo inspection yard expansion, Tha Kham, Aranyaprathet | ASEAN connectivity report vs provincial plan; EN–EN, province vs tambon | fa=04.1 fb=04.1
D | 2706,2703 | Malaria surveillance and screening among cross-border workers, Aranyaprathet and Ta Phraya | 2706 | โครงการคัดกรองไข้มาลาเรียในแรงงานข้ามชาติ อำเภออรัญประเทศ ปีงบประมาณ 2568 | two-district provincial programme vs district hospital line for one of them | fa=07.4 fb=07.4
D | 2207 | Durian quality production and GAP certification training for farmers, Soi Dao District | 220702 | โครงการอบรมเกษตรกรผู้ปลูกทุเรียน การผลิตทุเรียนคุณภาพตามมาตรฐาน GAP ตำบลทุ่งขนาน | district agriculture office English vs SAO Thai inside the district | fa=04.2 fb=04.2
N | 2207 | Durian quality production and GAP certification training for farmers, Soi Dao District | 220702 | โครงการอบรมเกษตรกรผู้ปลูกลำไย การผลิตลำไยนอกฤดู ตำบลทุ่งขนาน | training on another crop | fa=04.2 fb=04.2
D | 230701 | ก่อสร้างระบบบำบัดน้ำเสียชุมชนเกาะช้าง ระยะที่ 1 (หาดทรายขาว) | 2307 | Ko Chang community wastewater treatment system, Phase 1 (White Sand Beach), Trat | PAO line vs department English line (multi-year); Hat Sai Khao translated | fa=05.2 fb=05.2 yb=2568-2570
N | 230701 | ก่อสร้างระบบบำบัดน้ำเสียชุมชนเกาะช้าง ระยะที่ 1 (หาดทรายขาว) | 2307 | Ko Chang community wastewater treatment system, Phase 2 (Khlong Phrao Beach), Trat | the next phase at another beach, later years | fa=05.2 fb=05.2 yb=2570
N | 23 | Procurement of a sea ambulance boat for the Trat PAO emergency medical service, Ko Chang | 230702 | จัดซื้อเรือกู้ภัยทางทะเล พร้อมอุปกรณ์ สำหรับ อบต.เกาะช้างใต้ | PAO and SAO each buy a boat for themselves | fa=07.2 fb=03.6
# West — Tak, Prachuap Khiri Khan, Kanchanaburi, Ratchaburi
D | 6306 | Border health: measles–rubella vaccination of migrant children under 5, Mae Sot | 63 | โครงการสร้างเสริมภูมิคุ้มกันโรคหัด-หัดเยอรมัน ในเด็กต่างด้าวอายุต่ำกว่า 5 ปี พื้นที่ชายแดน อ.แม่สอด | donor-reported district line vs provincial health office Thai line | fa=07.4 fb=07.4
N | 6306 | Border health: measles–rubella vaccination of migrant children under 5, Mae Sot | 630604 | โครงการฉีดวัคซีน HPV นักเรียนหญิงชั้น ป.5 ตำบลแม่ตาว | a different vaccine for a different group | fa=07.4 fb=07.4
D | 6306 | Baan Mankong community housing upgrading, Moei riverside communities, Mae Sot | 630601 | โครงการพัฒนาที่อยู่อาศัยชุมชนริมน้ำเมย (บ้านมั่นคง) เทศบาลนครแม่สอด | community organisations institute English vs city municipality Thai; function codes differ | fa=06.1 fb=10.6
D | 770702 | Coastal erosion protection, Khao Takiap beach, Nong Kae, Hua Hin | 7707 | Beach erosion prevention works at Khao Takiap, Hua Hin District, Prachuap Khiri Khan | coastal department line vs provincial report; EN–EN, tambon vs district | fa=05.6 fb=05.6
N | 7707 | Beach erosion prevention works at Khao Takiap, Hua Hin District, Prachuap Khiri Khan | 770701 | ก่อสร้างเขื่อนป้องกันการกัดเซาะชายฝั่ง หาดหัวหิน ช่วงซอยหัวหิน 71 - 75 | the municipality's works on another beach | fa=05.6 fb=05.6
D | 7107 | ก่อสร้างระบบประปาผิวดินขนาดใหญ่ ตำบลปิล๊อก อำเภอทองผาภูมิ จังหวัดกาญจนบุรี | 710702 | Surface water supply system, Pi Lok Subdistrict, Thong Pha Phum // ก่อสร้างระบบประปาผิวดิน ต.ปิลอ๊ก | Water Resources department vs SAO bilingual; swapped mark in ปิล๊อก | fa=06.3 fb=06.3
N | 7107 | ก่อสร้างระบบประปาผิวดินขนาดใหญ่ ตำบลปิล๊อก อำเภอทองผาภูมิ จังหวัดกาญจนบุรี | 710701 | ก่อสร้างระบบประปาผิวดินขนาดใหญ่ ตำบลท่าขนุน | same programme in another tambon | fa=06.3 fb=06.3
N | 70 | จัดงานมหกรรมสินค้า OTOP จังหวัดราชบุรี ประจำปี 2568 | 7007 | งานแสดงและจำหน่ายสินค้า OTOP อำเภอโพธาราม ประจำปี 2568 | the provincial fair and a separate district fair | fa=04.1 fb=04.1
# South — Trang, Narathiwat, Phatthalung, Chumphon, Satun, Ranong, Yala
D | 9206 | Construction of a reinforced concrete road, Ban Nai Tao to Ban Thung To, Huai Yot | 920619,920620 | ก่อสร้างถนน คสล. สายบ้านทุ่งต่อ - บ้านในเตา ตำบลในเตา - ตำบลทุ่งต่อ อำเภอห้วยยอด | PAO English vs rural roads Thai; ends in the other order, district vs two tambon codes
N | 9204 | ปล่อยพันธุ์ปูม้าและกุ้งคืนสู่ทะเล เกาะสุกร อำเภอปะเหลียน | 920411 | ก่อสร้างธนาคารปูม้า บ้านเกาะสุกร | fisheries release vs the SAO's crab bank building: different things at the same place | fa=04.2 fb=04.2
D | 9610 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโก-ลก บ้านปาเสมัส ตำบลปาเสมัส อำเภอสุไหงโก-ลก ระยะที่ 2 | 961002 | Kolok River bank protection at Ban Pa Semat, Su-Ngai Kolok, phase 2 | Public Works Thai vs English, same phase | fa=06.2 fb=06.2
N | 9602 | โครงการฝึกอบรมอาชีพตัดเย็บเสื้อผ้า กลุ่มสตรี อำเภอตากใบ | 960203 | โครงการฝึกอบรมอาชีพช่างซ่อมรถจักรยานยนต์ สำหรับเยาวชนตำบลพร่อน | a different trade for a different group | fa=04.1 fb=04.1
D | 9305 | Restoration of the Thale Noi Ramsar wetland: removal of invasive water weeds, Khuan Khanun | 930502 | โครงการกำจัดวัชพืชและผักตบชวาในทะเลน้อย ตำบลทะเลน้อย | department English line vs SAO Thai, same weeds at the same wetland | fa=05.4 fb=05.4
N | 9305 | Restoration of the Thale Noi Ramsar wetland: removal of invasive water weeds, Khuan Khanun | 930502 | โครงการกำจัดผักตบชวาในทะเลน้อย ปีงบประมาณ 2569 | the SAO's weed removal for the next fiscal year | fa=05.4 fb=05.4 yb=2569
N | 86 | จัดซื้อรถขุดตักไฮดรอลิก (แบคโฮ) สำหรับสำนักงานโยธาธิการและผังเมืองจังหวัดชุมพร | 860402 | Hydraulic excavator (backhoe) for Khan Ngoen SAO | provincial office and SAO each buy an excavator for themselves | fa=06.2 fb=06.2
D | 910504 | ปรับปรุงท่าเทียบเรือโดยสารปากบารา ตำบลปากน้ำ อำเภอละงู | 91 | ปรับปรุงท่าเรือปากบารา // Pak Bara passenger pier upgrade, La-Ngu, Satun | Marine Department line vs Andaman cluster bilingual line; tambon vs province
D | 8502 | โครงการป้องกันและควบคุมโรคไข้เลือดออก อำเภอละอุ่น ปีงบประมาณ 2568 | 850201 | Dengue prevention and control, La-Un Tai Subdistrict, FY2025 | district health office vs SAO English, a tambon of the district | fa=07.4 fb=07.4
N | 8502 | โครงการป้องกันและควบคุมโรคไข้เลือดออก อำเภอละอุ่น ปีงบประมาณ 2568 | 850203 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลบางพระใต้ ปีงบประมาณ 2569 | the next fiscal year | fa=07.4 fb=07.4 yb=2569
D | 95 | Aiyoe Weng sea-of-mist viewpoint: access road and visitor facilities, Betong | 950204 | ปรับปรุงถนนทางขึ้นจุดชมวิวทะเลหมอกอัยเยอร์เวง หมู่ที่ 2 | the SAO's access road is part of the province's works at the same site | fa=04.7 fb=04.5
N | 95 | Aiyoe Weng sea-of-mist viewpoint: access road and visitor facilities, Betong | 950204 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก อบต.อัยเยอร์เวง | a different thing in the same tambon | fa=04.7 fb=09.1
`,
};
