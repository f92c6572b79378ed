/**
 * Round 9, held out: public works and purchases as they appear in provincial development plans,
 * PAO and municipal plans and Department budget lines (Highways, Rural Roads, Royal Irrigation,
 * Water Resources, Groundwater, Local Administration, Public Health, Education, Airports, BMA).
 * Written and labelled after the last tuning round, without running the engine on them.
 * Area codes and place names follow reference/thailand (DOPA codes, official romanisation).
 */
import type { Block } from './load.js';

export const ROUND9_WORKS_PAIRS: Block = {
  category: 'round9-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Highways (กรมทางหลวง)
D | 5707 | ก่อสร้างทางหลวงหมายเลข 1 ตอน แม่จัน - แม่สาย ระหว่าง กม.962+000 - กม.968+500 ขยายเป็น 4 ช่องจราจร | 57 | ขยายทางหลวงหมายเลข 1 สายแม่จัน - แม่สาย เป็น 4 ช่องจราจร กม.964+000 - กม.967+000 จ.เชียงราย | one section lies inside the other, district vs province code
N | 5506 | งานบำรุงทาง ทางหลวงหมายเลข 1080 ตอน ท่าวังผา - ปัว กม.52+100 - กม.58+000 | 5505 | Pavement rehabilitation, Highway 1080 Tha Wang Pha - Pua, km 58+000 - km 63+500 | same highway, sections end to end (meet at km 58+000, no overlap), TH/EN
D | 30 | งานเพิ่มประสิทธิภาพทางหลวงหมายเลข ๓๐๔ ตอน วังน้ำเขียว - ปักธงชัย กม.๒๑๔+๒๐๐ - กม.๒๑๘+๖๐๐ | 3014 | ปรับปรุงทางหลวงหมายเลข 304 ตอนวังน้ำเขียว-ปักธงชัย กม.214+200-218+600 อ.ปักธงชัย | same section, Thai digits on one side, province vs district
N | 4001,4007 | Highway 2 (Mittraphap Road), Khon Kaen - Nam Phong section, km 452+000 - km 456+000, asphalt concrete overlay | 4001 | ทางหลวงหมายเลข 2 ตอน ท่าพระ - ขอนแก่น กม.432+500 - กม.437+000 ปูผิวแอสฟัลต์คอนกรีต | same highway and works, sections 15 km apart on either side of the city, EN/TH
D | 7701 | Highway 4 (Phet Kasem Road), km 323+000 - km 327+000, Ao Noi: drainage and shoulder improvement | 77 | Phet Kasem Highway (Route 4) shoulder and drainage upgrade, km 323+000-327+000, Mueang Prachuap Khiri Khan | EN-EN, same section, reworded, tambon vs province
N | 9011 | ปรับปรุงทางหลวงหมายเลข 414 (ถนนลพบุรีราเมศวร์) ช่วงแยกคอหงส์ - ควนลัง ระยะที่ 2 | 901102 | ปรับปรุงทางหลวงหมายเลข ๔๑๔ ถนนลพบุรีราเมศวร์ แยกคอหงส์-ควนลัง ระยะที่ ๑ | phase 2 vs phase 1 of the same road works
D | 4106 | ขยายทางหลวงหมายเลข 22 ตอน หนองหาน - สว่างแดนดิน เป็น 4 ช่องจราจร กม.60+000 - กม.68+000 | 41 | ทล.22 หนองหาน-สว่างแดนดิน ขยาย 4 ช่องจราจร กม.65+000-72+000 จ.อุดรธานี | sections overlap km 65-68, abbreviation ทล.
N | 6501 | Widening of Highway 12, Phitsanulok - Wang Thong, km 318+000 - km 324+000 | 6508 | Highway 12 four-lane widening, km 324+500 - km 331+000, Wang Thong | EN-EN, same highway, consecutive non-overlapping sections
# Rural roads (กรมทางหลวงชนบท) and local roads
D | 570704 | ก่อสร้างถนนลาดยางสาย ชร.๓๐๓๓ แยก ทล.๑ - บ้านป่าซาง อ.แม่จัน | 5707 | Paving of rural road ChR.3033, Junction Highway 1 - Ban Pa Sang, Mae Chan | same rural road by its code, Thai digits vs EN
N | 301105 | ซ่อมสร้างผิวทางแอสฟัลท์ติก ถนนสาย นม.3198 บ้านพะงาด - บ้านหนองหัวฟาน อ.ขามสะแกแสง | 301102 | ซ่อมสร้างผิวทางแอสฟัลท์ติก ถนนสาย นม.3157 บ้านโนนเมือง - บ้านเมืองนาท อ.ขามสะแกแสง | same works and district, two different rural roads
D | 7603 | ก่อสร้างถนนลาดยางสาย พบ.3045 บ้านหนองหญ้าปล้อง - บ้านยางน้ำกลัดใต้ อ.หนองหญ้าปล้อง (งบผูกพัน 3 ปี) | 760303 | Paving of rural road PhB.3045, Ban Nong Ya Plong - Ban Yang Nam Klat Tai, Nong Ya Plong | multi-year commitment covers the annual line's year, TH/EN | ya=2568-2570 yb=2569
D | 411704 | โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านคำบง - บ้านโนนสว่าง หมู่ที่ 4 ตำบลคำบง กว้าง 5 เมตร ยาว 850 เมตร หนา 0.15 เมตร | 4117 | ก่อสร้างถนน คสล. สายบ้านคำบง-บ้านโนนสว่าง ม.4 ต.คำบง อ.บ้านผือ | dimensions on one side, abbreviations, tambon vs district
N | 411704 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านคำบง หมู่ที่ 4 | 411704 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านคำบงพัฒนา หมู่ที่ 11 | same kind of road, the other (split-off) village and moo
D | 860105 | ก่อสร้างถนนหินคลุก ซอยบ้านนายชำนาญ หมู่ที่ 5 ตำบลนาทุ่ง | 86 | กอสร้างถนนหินคลุก ซอยบ้านนายชํานาญ ม.๕ ต.นาทุ่ง อ.เมืองชุมพร | OCR noise (dropped tone mark, split sara am, Thai digit), PAO line at province code
N | 450118 | ก่อสร้างรางระบายน้ำ คสล. พร้อมฝาปิด ถนนสายบ้านหนองแวง - บ้านดงลาน หมู่ที่ 3 | 450118 | ก่อสร้างถนน คสล. สายบ้านหนองแวง - บ้านดงลาน หมู่ที่ 3 ต.หนองแวง | drain along the road vs the road itself
N | 480103 | ก่อสร้างถนน คสล. สายบ้านนาทราย - บ้านโพนบก หมู่ที่ 2 ต.นาทราย | 4801 | Reinforced concrete road, Ban Na Sai - Ban Phon Bok, Moo 2, Na Sai, Mueang Nakhon Phanom | same road, plan line two fiscal years later | yb=2570
N | 411713 | ก่อสร้างถนนลาดยาง สายบ้านหนองแวง - บ้านโนนสะอาด ต.หนองแวง อ.บ้านผือ | 450118 | Asphalt road, Ban Nong Waeng - Ban Non Sa-At, Nong Waeng, Mueang Roi Et | same village names in two provinces (Udon Thani vs Roi Et)
D | 8006 | ยกระดับถนนสายบ้านกลาง - บ้านเนิน พร้อมท่อลอดเหลี่ยม ต.บ้านกลาง อ.เชียรใหญ่ | 800604,800605 | ยกระดับถนนพร้อมก่อสร้างท่อลอดเหลี่ยม คสล. สายบ้านเนิน-บ้านกลาง ตำบลบ้านเนิน ตำบลบ้านกลาง | ends in the other order, district vs both tambons
# Bangkok (BMA)
D | 101701 | ปรับปรุงทางเท้าและท่อระบายน้ำ ถนนประชาราษฎร์บำเพ็ญ แขวงห้วยขวาง | 1017 | Footpath and drainage improvement, Pracha Rat Bamphen Road, Huai Khwang District | TH/EN, khwaeng vs khet
N | 100303 | ก่อสร้างเขื่อน คสล. ริมคลองสิบ ฝั่งตะวันออก จากคลองแสนแสบ ถึงถนนสุวินทวงศ์ | 100303 | ก่อสร้างเขื่อน คสล. ริมคลองสิบ ฝั่งตะวันตก จากคลองแสนแสบ ถึงถนนสุวินทวงศ์ | same canal stretch, opposite banks | fa=06.6 fb=06.6
D | 1003 | ก่อสร้างเขื่อนป้องกันตลิ่ง คลองลำต้อยติ่ง ช่วงถนนเชื่อมสัมพันธ์ ถึงคลองแสนแสบ // Bank protection wall, Khlong Lam Toiting, Chueam Samphan Road to Khlong Saen Saep | 100308 | ก่อสร้างเขื่อน คสล. คลองลำต้อยติ่ง จากคลองแสนแสบ - ถนนเชื่อมสัมพันธ์ แขวงลำต้อยติ่ง | ends in the other order, bilingual vs TH, khet vs khwaeng | fa=06.6 fb=06.6
D | 104001 | ก่อสร้างสะพานคนเดินข้ามถนนเพชรเกษม หน้าตลาดบางแค แขวงบางแค | 1040 | Pedestrian bridge across Phet Kasem Road in front of Bang Khae Market | TH/EN, khwaeng vs khet
N | 104302 | Pedestrian overpass, Ram Inthra Road km 8 | 1043 | Pedestrian overpass, Ram Inthra Road km 10, Khan Na Yao | EN-EN, same road, two different crossings
D | 102105 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) พร้อมระบบบันทึกภาพ ถนนบางขุนเทียน-ชายทะเล แขวงท่าข้าม | 1021 | CCTV cameras along Bang Khun Thian - Chai Thale Road, Bang Khun Thian District | TH/EN, khwaeng vs khet | fa=03.1 fb=03.1
# Bridges
D | 600109 | ก่อสร้างสะพาน คสล. ข้ามคลองบางม่วง บ้านบางม่วง หมู่ที่ 2 ตำบลบางม่วง | 6001 | Reinforced concrete bridge over Khlong Bang Muang, Ban Bang Muang, Moo 2, Mueang Nakhon Sawan | TH/EN, tambon vs district
N | 540116 | Bridge across the Yom River at Ban Tha Kham, Tha Kham, Mueang Phrae | 540117 | ก่อสร้างสะพานข้ามแม่น้ำยม บ้านแม่ยม ตำบลแม่ยม อ.เมืองแพร่ | same river, two different crossings in neighbouring tambons
D | 4710 | ก่อสร้างสะพานข้ามลำน้ำสงคราม บ้านดงเหนือ - บ้านห้วยหลัว อ.บ้านม่วง จ.สกลนคร | 471004,471006 | โครงการก่อสร้างสะพาน คสล. ข้ามลำน้ำสงคราม เชื่อมบ้านห้วยหลัว ต.ห้วยหลัว กับบ้านดงเหนือ ต.ดงเหนือ | ends reversed, district vs the two tambons it joins
# Bank protection, drainage, dredging
D | 840101 | Tapi River bank protection, Talat subdistrict, Mueang Surat Thani, phase 3 (length 420 m) | 8401 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำตาปี ตำบลตลาด อำเภอเมืองสุราษฎร์ธานี ระยะที่ 3 ความยาว 420 เมตร | EN/TH, same phase and length | fa=06.6 fb=06.6
N | 8401 | ขุดลอกแม่น้ำตาปี บริเวณปากแม่น้ำ ตำบลบางกุ้ง | 840110 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำตาปี ตำบลบางกุ้ง ระยะที่ 1 | dredging vs bank wall, same river and tambon | fb=06.6
D | 120201 | ปรับปรุงระบบระบายน้ำพร้อมบ่อพัก ถนนบางกรวย - ไทรน้อย ช่วงแยกวัดชลอ - คลองบางกอกน้อย ต.วัดชลอ | 1202 | Drainage and manhole upgrade, Bang Kruai - Sai Noi Road, Wat Chalo junction to Khlong Bangkok Noi, Bang Kruai | TH/EN, tambon vs district | fa=06.6 fb=06.6
N | 220212 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเวฬุ บ้านบ่อเวฬุ ต.บ่อเวฬุ อ.ขลุง | 220206 | Weru River bank protection at Ban Wan Yao, Wan Yao, Khlung | same river and works, another site in another tambon | fa=06.6 fb=06.6
D | 161103 | ขุดลอกหนองน้ำสาธารณะ หนองสาหร่าย บ้านดงดินแดง หมู่ที่ 4 | 1611 | Dredging of Nong Sarai public pond, Moo 4, Dong Din Daeng, Nong Muang | TH/EN, agencies file different function codes | fa=04.2 fb=06.3
N | 720503 | ขุดลอกคลองมดแดง ช่วง กม.0+000 - กม.3+200 ต.มดแดง อ.ศรีประจันต์ | 7205 | Dredging of Khlong Mot Daeng, km 4+500 - km 7+800, Si Prachan | same canal, non-overlapping reaches | fa=04.2 fb=04.2
# Irrigation and water resources
D | 5716 | ปรับปรุงคลองส่งน้ำสายใหญ่ฝั่งซ้าย กม.0+000 - กม.12+500 โครงการส่งน้ำและบำรุงรักษาแม่ลาว | 57 | Lining of the Mae Lao left main canal (LMC), km 0+000 - 12+500, Mae Lao Operation and Maintenance Project, Chiang Rai | TH/EN, LMC abbreviation, district vs province | fa=04.2 fb=04.2
D | 630106 | ก่อสร้างฝายน้ำล้น คสล. ห้วยแม่ท้อ บ้านไม้งาม หมู่ที่ 3 ต.ไม้งาม | 6301 | ฝายห้วยแม่ท่อ พร้อมอาคารประกอบ บ้านไม้งาม อ.เมืองตาก จ.ตาก | short plan title, swapped tone mark in the stream name, tambon vs district | fa=04.2 fb=04.2
N | 630111 | ก่อสร้างฝายชะลอความชุ่มชื้น ลุ่มน้ำห้วยแม่ท้อ จำนวน 30 แห่ง ต.แม่ท้อ | 630111 | ก่อสร้างฝายน้ำล้น คสล. ห้วยแม่ท้อ บ้านแม่ท้อ หมู่ที่ 1 ต.แม่ท้อ | small forest check dams vs a concrete weir on the same stream | fa=05.4 fb=04.2
D | 1405 | ก่อสร้างประตูระบายน้ำคลองบางหลวง พร้อมอาคารประกอบ ต.บางหลวง อ.บางบาล | 140512 | Khlong Bang Luang regulator with appurtenant structures, Bang Luang, Bang Ban, Phra Nakhon Si Ayutthaya | TH/EN, district vs tambon | fa=04.2 fb=04.2
N | 140512 | ขุดลอกคลองบางหลวง ต.บางหลวง อ.บางบาล | 140515 | Dredging of Khlong Bang Chani, Bang Chani, Bang Ban | same works and district, different canal | fa=04.2 fb=04.2
D | 3419 | โครงการระบบกระจายน้ำพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านโนนกาหลง ตำบลโนนกาหลง (กรมทรัพยากรน้ำบาดาล) | 341918 | Solar-powered groundwater distribution system for agriculture, Ban Non Kalong, Phibun Mangsahan | TH/EN, district vs tambon | fa=04.2 fb=04.2
N | 301105 | ระบบกระจายน้ำพลังงานแสงอาทิตย์ บ้านพะงาด หมู่ที่ 1 | 301105 | Solar water distribution system, Ban Nong Pho, Moo 6, Phangat, Kham Sakaesaeng | same system type and tambon, another village | fa=04.2 fb=04.2
D | 411713 | Solar-powered pumping station for the Nong Waeng public reservoir, Ban Phue | 4117 | Installation of solar pumps at the Nong Waeng reservoir, Nong Waeng subdistrict, Ban Phue district | EN-EN, reworded, tambon vs district | fa=06.3 fb=04.3
# Water supply
D | 550503 | ก่อสร้างระบบประปาหมู่บ้าน แบบผิวดินขนาดใหญ่ บ้านสถาน หมู่ที่ 1 ตำบลสถาน อำเภอปัว | 5505 | Village water supply system (large surface-water type), Ban Sathan, Moo 1, Sathan, Pua | TH/EN, tambon vs district | fa=06.3 fb=06.3
N | 341913 | ก่อสร้างระบบประปาบาดาล ขนาดกลาง บ้านหนองบัวฮี หมู่ที่ 2 | 341913 | ขยายเขตท่อเมนจ่ายน้ำประปา บ้านหนองบัวฮี หมู่ที่ 2 ถึงหมู่ที่ 7 | new groundwater system vs extending the distribution mains | fa=06.3 fb=06.3
# Public buildings and their parts
D | 310114 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 (ปรับปรุง 2555) ขนาด 4 ห้องเรียน โรงเรียนบ้านหนองตาด ต.หนองตาด อ.เมืองบุรีรัมย์ | 31 | อาคารเรียน สปช.105/29 โรงเรียนบ้านหนองตาด สพป.บุรีรัมย์ เขต 1 | same school building, educational-area line at province code | fa=09.1 fb=09.1
N | 960107 | Multipurpose hall (OBEC type 202/26), Ban Khok Khian School, Khok Khian, Mueang Narathiwat | 960107 | ก่อสร้างส้วมนักเรียน แบบ สพฐ. 6 ที่ โรงเรียนบ้านโคกเคียน | same school, a different building | fa=09.1 fb=09.1
D | 520110 | ก่อสร้างอาคารผู้ป่วยนอก โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเสด็จ ต.บ้านเสด็จ อ.เมืองลำปาง | 52 | อาคาร OPD รพ.สต.บ้านเสด็จ จ.ลำปาง | abbreviations (OPD, รพ.สต.), tambon vs province | fa=07.2 fb=07.2
N | 520109 | ปรับปรุงซ่อมแซมอาคาร รพ.สต.บ้านแลง | 520109 | Staff quarters for Ban Laeng Subdistrict Health Promoting Hospital, Mueang Lampang | same health centre, renovating the building vs new staff housing | fa=07.2 fb=07.2
D | 301401 | ปรับปรุงห้องผ่าตัด อาคารผู้ป่วยใน โรงพยาบาลปักธงชัย จำนวน 2 ห้อง | 3014 | Renovation of two operating theatres, inpatient building, Pak Thong Chai Hospital | TH/EN, tambon vs district | fa=07.3 fb=07.3
N | 950101 | Multi-storey car park building, Yala Hospital | 950101 | ก่อสร้างอาคารผู้ป่วยใน 7 ชั้น โรงพยาบาลยะลา | same hospital, a different building | fa=07.3 fb=07.3
N | 650101 | ปรับปรุงหลังคาอาคารศาลากลางจังหวัดพิษณุโลก | 650101 | Electrical system upgrade, Phitsanulok Provincial Hall | same building, a different part (roof vs electrical) | fa=01.3 fb=01.3
N | 4201 | ก่อสร้างอาคารที่ว่าการอำเภอเมืองเลย (หลังใหม่) | 4201 | ปรับปรุงซ่อมแซมอาคารที่ว่าการอำเภอเมืองเลย (หลังเดิม) | a new building vs repairing the existing one | fa=01.3 fb=01.3
# Lighting and signals
D | 310125 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ (Solar Street Light) ถนนสายบ้านสะแกซำ - บ้านกลันทา จำนวน 40 ต้น | 310125,310126 | โคมไฟถนนโซล่าเซลล์ สายบ้านกลันทา-บ้านสะแกซำ 40 ชุด | ends in the other order, loanword vs Thai term, same count | fa=06.4 fb=06.4
N | 940110 | ติดตั้งไฟฟ้าส่องสว่าง ถนนสายรูสะมิแล - ตะลุโบะ | 940111 | Street lighting, Talu Bo - Bara Ho road, Mueang Pattani | two roads that share the Talu Bo end | fa=06.4 fb=06.4
D | 210101 | ติดตั้งสัญญาณไฟจราจรพร้อมระบบควบคุม ทางแยกถนนสุขุมวิท ตัดถนนตากสินมหาราช | 2101 | Traffic signals at the Sukhumvit Road / Taksin Maharat Road junction, Mueang Rayong | TH/EN, tambon vs district
N | 200402 | ติดตั้งสัญญาณไฟจราจร แยกถนนสุขุมวิท - ถนนเทพประสิทธิ์ | 200402 | ติดตั้งสัญญาณไฟจราจร แยกถนนสุขุมวิท - ถนนพัทยากลาง | two different junctions on the same road
# Solar and energy
D | 341901 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา ขนาด 100 กิโลวัตต์ โรงพยาบาลพิบูลมังสาหาร // 100 kW rooftop solar PV, Phibun Mangsahan Hospital | 3419 | Solar rooftop PV system 100 kWp for Phibun Mangsahan Hospital | bilingual vs EN, different function codes | fa=04.3 fb=07.3
N | 5703 | 30 kW rooftop solar power system, Chiang Khong Witthayakhom School | 5708 | 30 kW rooftop solar power system, Chiang Saen Witthayakhom School | EN-EN, same spec, two different schools | fa=04.3 fb=04.3
# Waste and wastewater
D | 901101 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลนครหาดใหญ่ ระยะที่ 2 | 9011 | Hat Yai City Municipality central wastewater treatment system, phase 2 | TH/EN, same phase | fa=05.2 fb=05.2
N | 810116 | Wastewater treatment system, Ao Nang Subdistrict Municipality | 810101 | ก่อสร้างระบบบำบัดน้ำเสีย เทศบาลเมืองกระบี่ | same works, another municipality in the same district | fa=05.2 fb=05.2
D | 270106 | ก่อสร้างศูนย์กำจัดขยะมูลฝอยแบบครบวงจร จังหวัดสระแก้ว (กลุ่มพื้นที่ที่ 1) ต.ท่าเกษม | 27 | ศูนย์จัดการขยะมูลฝอยรวม อบจ.สระแก้ว ตำบลท่าเกษม อำเภอเมืองสระแก้ว | same central waste facility named two ways, tambon vs province | fa=05.1 fb=05.1
N | 230101 | Closure and rehabilitation of the old dumpsite, Trat Town Municipality | 2301 | ก่อสร้างบ่อฝังกลบขยะมูลฝอยแบบถูกหลักสุขาภิบาล แห่งใหม่ เทศบาลเมืองตราด | closing the old dump vs building a new landfill | fa=05.1 fb=05.1
# Tourism facilities
D | 480101 | ก่อสร้างทางเดินริมแม่น้ำโขง ตำบลในเมือง อำเภอเมืองนครพนม // Mekong riverside walkway, Nai Mueang, Mueang Nakhon Phanom | 48 | ก่อสร้างทางเดินเลียบริมฝั่งโขง เขตเทศบาลเมืองนครพนม | same riverside walkway, bilingual vs TH, different function codes | fa=04.7 fb=08.1
N | 501312 | ปรับปรุงภูมิทัศน์และทางเดินเท้า ศูนย์หัตถกรรมทำร่มบ่อสร้าง ต.ต้นเปา | 501312 | Car park for the Bo Sang umbrella handicraft centre, Ton Pao, San Kamphaeng | same site, landscaping and footpaths vs a car park | fa=04.7 fb=04.7
D | 900106 | ก่อสร้างท่าเทียบเรือท่องเที่ยว บ้านเกาะยอ ตำบลเกาะยอ | 9001 | Tourist pier at Ko Yo, Mueang Songkhla | TH/EN, tambon vs district | fa=04.7 fb=04.7
D | 710104 | ก่อสร้างลานจอดรถพร้อมห้องน้ำสาธารณะ บริเวณสะพานข้ามแม่น้ำแคว ต.ท่ามะขาม | 710104 | River Kwai Bridge visitor car park, Tha Makham, Mueang Kanchanaburi | same car park, toilets named on one side only | fa=04.7 fb=04.7
N | 580101 | ปรับปรุงทางวิ่ง ท่าอากาศยานแม่ฮ่องสอน | 580101 | Passenger terminal renovation, Mae Hong Son Airport | same airport, runway vs terminal
N | 910504 | ปรับปรุงท่าเทียบเรือโดยสารปากบารา ต.ปากน้ำ อ.ละงู | 9105 | Construction of Pak Bara deep-sea port, La-Ngu, Satun | improving the passenger pier vs a new deep-sea port
# Equipment and vehicles for named units
N | 570704 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี หรือกำลังเครื่องยนต์สูงสุดไม่ต่ำกว่า 170 กิโลวัตต์ จำนวน 1 คัน อบต.ป่าซาง | 570711 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี หรือกำลังเครื่องยนต์สูงสุดไม่ต่ำกว่า 170 กิโลวัตต์ จำนวน 1 คัน อบต.ศรีค้ำ | same spec text, each SAO's own truck | fa=05.1 fb=05.1
D | 45 | อุดหนุนเทศบาลตำบลดงลาน เพื่อจัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตัน จำนวน 1 คัน | 450120 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี จำนวน 1 คัน ทต.ดงลาน | PAO subsidy for the municipality's own truck, the same purchase | fa=05.1 fb=05.1
N | 1611 | Advanced life support ambulance (van type) for Nong Muang Hospital | 1609 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง โรงพยาบาลโคกเจริญ | same vehicle, two district hospitals | fa=07.3 fb=07.3
D | 340701 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์การแพทย์ขั้นสูง โรงพยาบาลสมเด็จพระยุพราชเดชอุดม จำนวน 1 คัน | 34 | รถพยาบาล (รถตู้) รพร.เดชอุดม 1 คัน | abbreviation of the hospital, tambon vs province | fa=07.3 fb=07.3
N | 930101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ภายในเขตเทศบาลเมืองพัทลุง | 930108 | CCTV installation within Tha Khae Subdistrict Administrative Organization, Mueang Phatthalung | same works, neighbouring local authorities | fa=03.1 fb=03.1
N | 540101 | จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำในตัว ขนาดความจุน้ำไม่น้อยกว่า 6,000 ลิตร เทศบาลเมืองแพร่ | 540101 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร เทศบาลเมืองแพร่ | same municipality and tank size, fire engine vs multipurpose water truck | fa=03.2 fb=03.2
D | 501311 | จัดซื้อรถดับเพลิง ชนิดน้ำและโฟม ขนาด ๔,๐๐๐ ลิตร อบต.ห้วยทราย | 5013 | จัดซื้อรถดับเพลิงชนิดนํ้าและโฟม ขนาด 4,000 ลิตร องค์การบริหารส่วนตำบลห้วยทราย อ.สันกำแพง | Thai digits, split sara am with tone mark, abbreviation of the SAO | fa=03.2 fb=03.2
N | 400101 | จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานประมวลผล จำนวน 10 เครื่อง กองการศึกษา เทศบาลนครขอนแก่น | 400101 | จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานประมวลผล จำนวน 10 เครื่อง กองคลัง เทศบาลนครขอนแก่น | same item, two divisions of one municipality | fa=01.3 fb=01.3
D | 92 | จัดซื้อเครื่องกระตุกหัวใจไฟฟ้าแบบอัตโนมัติ (AED) จำนวน 5 เครื่อง สำหรับหน่วยกู้ชีพ อบจ.ตรัง | 92 | Automated external defibrillators (AED), 5 units, Trang PAO emergency rescue unit | TH/EN, same unit and count | fa=07.1 fb=07.1
`,
};
