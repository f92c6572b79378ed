/**
 * Round 10, held out: public works and purchases as they appear in provincial development
 * plans, PAO and municipal plans and Department budget lines (Highways, Rural Roads, Royal
 * Irrigation, Water Resources, Local Administration, Public Health, Education), from every
 * region and Bangkok. Written and labelled after the last tuning round without running the
 * engine; never tuned on.
 */
import type { Block } from './load.js';

export const ROUND10_WORKS_PAIRS: Block = {
  category: 'round10-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# North: Chiang Rai, Mae Hong Son, Phrae, Tak, Phitsanulok, Nakhon Sawan
D | 5705 | ก่อสร้างเพิ่มประสิทธิภาพทางหลวงหมายเลข 1 ตอน แม่ใจ - พาน ระหว่าง กม.790+000 - กม.796+500 อำเภอพาน จังหวัดเชียงราย | 570513 | Highway 1 capacity improvement, Mae Chai - Phan section, km 790+000 - 796+500, Mueang Phan, Phan, Chiang Rai | same highway section, English on one side, district vs tambon code
N | 5705 | ก่อสร้างเพิ่มประสิทธิภาพทางหลวงหมายเลข 1 ตอน แม่ใจ - พาน ระหว่าง กม.790+000 - กม.796+500 | 5705 | ก่อสร้างเพิ่มประสิทธิภาพทางหลวงหมายเลข 1 ตอน แม่ใจ - พาน ระหว่าง กม.796+500 - กม.802+300 | next section of the same highway; the two only meet at km 796+500
D | 570904 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก องค์การบริหารส่วนตำบลโป่งผา ตามแบบมาตรฐาน สถ.ศพด.2 (ขนาด 100 คน) | 5709 | Child development centre building for 100 children (DLA standard design), Pong Pha SAO, Mae Sai | same building; SAO budget line vs English list with the district code | fa=09.1 fb=09.1
N | 570904 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก อบต.โป่งผา แบบ สถ.ศพด.2 | 570909 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก อบต.โป่งงาม แบบ สถ.ศพด.2 | the same standard building for the neighbouring SAO's own centre | fa=09.1 fb=09.1
D | 580109 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์แบบอิสระ (Off-grid) บ้านห้วยปูลิง หมู่ที่ 1 ตำบลห้วยปูลิง อำเภอเมืองแม่ฮ่องสอน | 5801 | Off-grid solar power system for Ban Huai Pu Ling (Moo 1), Huai Pu Ling, Mueang Mae Hong Son | same village system, English, district code | fa=04.3 fb=04.3
N | 580104 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์แบบอิสระ บ้านปางหมู หมู่ที่ 2 ตำบลปางหมู | 580104 | ก่อสร้างระบบประปาหมู่บ้านแบบผิวดิน ใช้เครื่องสูบน้ำพลังงานแสงอาทิตย์ บ้านปางหมู หมู่ที่ 2 | village water supply with a solar pump, not the village power system | fa=04.3 fb=06.3
D | 540114 | Concrete weir on Huai Mae Kham Mi, Ban Mae Kham Mi Moo 3, Mae Kham Mi, Mueang Phrae | 540114 | Mae Kham Mi stream weir with fish ladder, Mae Kham Mi subdistrict, Phrae | same weir, fish ladder named on one side only, EN-EN | fa=04.2 fb=04.2
D | 630609 | บูรณะผิวทางแอสฟัลต์ ทางหลวงหมายเลข 12 ตอน ด่านแม่ละเมา - แม่สอด ระหว่าง กม.60+000 - กม.68+000 | 6306 | บูรณะทางหลวงหมายเลข 12 ด่านแม่ละเมา - แม่สอด กม.64+500 - กม.72+000 | sections overlap between km 64+500 and 68+000; same resurfacing works
N | 630202 | ก่อสร้างระบบประปาหมู่บ้าน บ้านสมอโคน หมู่ที่ 4 ตำบลสมอโคน | 630202 | ปรับปรุงระบบประปาหมู่บ้าน บ้านสมอโคน หมู่ที่ 4 ตำบลสมอโคน | later improvement of the system, after the construction contract ends | fa=06.3 fb=06.3 ya=2568-2569 yb=2571
D | 650401 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา จำนวน 1 คัน เทศบาลตำบลบางระกำ | 650401 | Rear-loading compactor garbage truck, 10 cubic yards, 1 unit, Bang Rakam Subdistrict Municipality | same truck for the same municipality, English | fa=05.1 fb=05.1
N | 650401 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา จำนวน 1 คัน เทศบาลตำบลบางระกำ | 650402 | จัดซื้อรถบรรทุกขยะ ชนิดอัดท้าย ขนาด 10 ลบ.หลา อบต.ปลักแรด | same spec bought by the neighbouring SAO for its own collection | fa=05.1 fb=05.1
D | 600304 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำน่าน บ้านเกยไชย หมู่ที่ 2 ตำบลเกยไชย อำเภอชุมแสง จังหวัดนครสวรรค์ ขนาดกว้าง 9.00 เมตร ยาว 240.00 เมตร | 6003 | สะพานข้ามแม่น้ำน่าน บ้านเกยไชย // Nan River bridge at Ban Koei Chai, Chum Saeng | same bridge; budget line with dimensions vs bilingual plan title, district code
N | 600304 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำน่าน บ้านเกยไชย หมู่ที่ 2 ตำบลเกยไชย | 600302 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำน่าน บ้านทับกฤช หมู่ที่ 5 ตำบลทับกฤช | another bridge over the same river at another village and tambon
# North-east: Ubon Ratchathani, Khon Kaen, Sakon Nakhon, Chaiyaphum, Roi Et, Mukdahan, Loei, Kalasin, Si Sa Ket
D | 3415 | ขยายทางหลวงหมายเลข 217 ตอน วารินชำราบ - พิบูลมังสาหาร เป็น 4 ช่องจราจร ระหว่าง กม.5+000 - กม.12+000 | 34 | งานขยายทางหลวงหมายเลข ๒๑๗ ตอน วารินชําราบ - พิบูลมังสาหาร กม.๕+๐๐๐ - กม.๑๒+๐๐๐ | same section; Thai digits, split sara am, province code only
N | 3415 | Highway 217 widening to four lanes, Warin Chamrap - Phibun Mangsahan, km 5+000 - 12+000 | 34 | Asphalt overlay, Highway 217 Warin Chamrap - Phibun Mangsahan, km 18+000 - 24+600 | same highway but a separate section and different works, EN-EN
D | 4001 | ก่อสร้างถนนลาดยาง สาย ขก.4022 แยก ทล.12 - บ้านศิลา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น | 400114 | Paved road KK.4022, Highway 12 junction - Ban Sila, Sila, Mueang Khon Kaen | same rural road by its number, English, district vs tambon code
N | 400114 | ก่อสร้างถนนลาดยาง สาย ขก.4022 แยก ทล.12 - บ้านศิลา ระยะที่ 1 กม.0+000 - กม.3+500 | 400114 | ก่อสร้างถนนลาดยาง สาย ขก.4022 แยก ทล.12 - บ้านศิลา ระยะที่ 2 กม.3+500 - กม.7+250 | next phase, continues from km 3+500
D | 400704 | ก่อสร้างอาคารเรียนแบบ สพฐ.2/28 (ใต้ถุนโล่ง) โรงเรียนบ้านบัวใหญ่ ตำบลบัวใหญ่ อำเภอน้ำพอง | 4007 | Classroom building, OBEC design 2/28 (open ground floor), Ban Bua Yai School, Nam Phong | same school building, English, district code | fa=09.1 fb=09.1
N | 400704 | ก่อสร้างอาคารเรียนแบบ สพฐ.2/28 (ใต้ถุนโล่ง) โรงเรียนบ้านบัวใหญ่ | 400704 | ก่อสร้างส้วมนักเรียน แบบ สพฐ. 4 ที่/49 โรงเรียนบ้านบัวใหญ่ | student toilet block at the same school, not the classroom building | fa=09.1 fb=09.1
D | 470107 | Solar-powered groundwater pumping system for farming, Ban Tha Rae Moo 1, Tha Rae, Mueang Sakon Nakhon | 470107 | Agricultural solar pump station (groundwater), Tha Rae Moo 1, Sakon Nakhon | same station, word order, EN-EN | fa=04.2 fb=04.2
N | 470107 | ระบบสูบน้ำบาดาลพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านท่าแร่ หมู่ที่ 1 ตำบลท่าแร่ | 470107 | ระบบสูบน้ำบาดาลพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านโคกสะอาด หมู่ที่ 6 ตำบลท่าแร่ | same kind of station at another village of the tambon | fa=04.2 fb=04.2
D | 360109 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล ขนาดใหญ่ บ้านนาเสียว หมู่ที่ 4 ตำบลนาเสียว อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ | 360109 | ก่อสรา้งประปาบาดาลขนาดใหญ่ บ.นาเสียว ม.4 ต.นาเสียว | same water system; abbreviations, tone mark after sara aa | fa=06.3 fb=06.3
N | 360109 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล ขนาดใหญ่ บ้านนาเสียว หมู่ที่ 4 | 360109 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาล ขนาดใหญ่ บ้านนาเสียว หมู่ที่ 11 | same kind of system for another moo carrying the same village name | fa=06.3 fb=06.3
D | 450120 | ก่อสร้างถนน คสล. สายบ้านดงลาน - บ้านหนองแวง ม.5 ต.ดงลาน | 450120,450118 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดงลาน หมู่ที่ 5 ตำบลดงลาน - บ้านหนองแวง ตำบลหนองแวง กว้าง 5.00 เมตร ยาว 1,200 เมตร หนา 0.15 เมตร | same road; dimensions and the second tambon on one side only
D | 490101 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำไม่น้อยกว่า 6,000 ลิตร จำนวน 1 คัน เทศบาลเมืองมุกดาหาร | 4901 | Fire engine, 6-wheel water tender, 6,000 litres, Mukdahan Town Municipality | same vehicle for the same municipality, English, district code | fa=03.2 fb=03.2
N | 490101 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำ 6,000 ลิตร เทศบาลเมืองมุกดาหาร | 490107 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำ 6,000 ลิตร อบต.นาโสก | same spec bought by a rural SAO of the district for its own area | fa=03.2 fb=03.2
N | 420301 | ปรับปรุงถนนคนเดินเชียงคาน (ถนนชายโขง) ช่วงซอย 9 - ซอย 21 | 420301 | ก่อสร้างจุดชมวิวและลานจอดรถ แก่งคุดคู้ | a different tourism facility in the same tambon | fa=04.7 fb=04.7
D | 4601 | ซ่อมแซมคลองส่งน้ำสายใหญ่ฝั่งซ้าย (LMC) โครงการส่งน้ำและบำรุงรักษาลำปาว กม.12+000 - กม.18+500 | 46 | Lam Pao Irrigation Project, left main canal rehabilitation, km 12+000 - 18+500 | same canal section; LMC abbreviation, English, province code | fa=04.2 fb=04.2
N | 4601 | ซ่อมแซมคลองส่งน้ำสายใหญ่ฝั่งซ้าย โครงการส่งน้ำและบำรุงรักษาลำปาว กม.12+000 - กม.18+500 | 4601 | ซ่อมแซมคลองส่งน้ำสายใหญ่ฝั่งขวา โครงการส่งน้ำและบำรุงรักษาลำปาว กม.12+000 - กม.18+500 | right main canal: a different canal with the same km figures | fa=04.2 fb=04.2
D | 330101 | ปรับปรงระบบระบายน้ำ ถนนขุขันธ์ ช่วงหน้าศาลากลางจังหวัด - สถานีรถไฟ เทศบาลเมืองศรีสะเกษ | 330101 | ปรับปรุงระบบระบายนํ้าถนนขุขันธ์ (หน้าศาลากลาง - สถานีรถไฟศรีสะเกษ) ทม.ศรีสะเกษ | same drain works; dropped character, split sara am, abbreviation | fa=05.2 fb=05.2
# Central and Bangkok: Ayutthaya, Suphan Buri, Lop Buri, Nonthaburi, Nong Chok, Lat Krabang, Khlong Sam Wa
D | 141202 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำน้อย ชุมชนบ้านแพน หมู่ที่ 3 ตำบลบ้านแพน อำเภอเสนา จังหวัดพระนครศรีอยุธยา ความยาว 180 เมตร | 141202 | ก่อสร้างเขื่อนกันตลิ่ง แม่น้ำน้อย ม.3 ต.บ้านแพน อ.เสนา | same bank protection; abbreviations, length on one side | fa=06.6 fb=06.6
N | 140502 | ก่อสร้างสะพาน คสล. ข้ามคลองบางบาล หมู่ที่ 3 ตำบลวัดยม | 140512 | ก่อสร้างสะพาน คสล. ข้ามคลองบางบาล หมู่ที่ 6 ตำบลบางหลวง | another bridge over the same canal, different tambon and moo
D | 720907 | ขุดลอกหนองน้ำสาธารณะประโยชน์ หนองโอ่ง ตำบลหนองโอ่ง อำเภออู่ทอง จังหวัดสุพรรณบุรี | 7209 | ขุดลอกหนองโอ่ง ปริมาณดินขุดไม่น้อยกว่า 45,000 ลบ.ม. อ.อู่ทอง | same pond; dug volume on one side, district code | fa=04.2 fb=04.2
N | 160208 | ก่อสร้างฝายทดน้ำห้วยขุนราม พร้อมอาคารประกอบ ตำบลห้วยขุนราม | 160208 | ขุดลอกอ่างเก็บน้ำห้วยขุนราม พร้อมปรับปรุงทางระบายน้ำล้น | dredging the reservoir, a different structure carrying the same stream name | fa=04.2 fb=04.2
N | 120302 | ก่อสร้างสถานีสูบน้ำ พร้อมเครื่องสูบน้ำ ปากคลองบางแม่นาง | 120302 | ปรับปรุงถนนเลียบคลองบางแม่นาง (ฝั่งทิศใต้) ผิวจราจรแอสฟัลท์ติกคอนกรีต | canal-side road, not the pumping station on the same canal | fa=06.6 fb=04.5
D | 100305 | ปรับปรุงถนนและท่อระบายน้ำ ซอยเลียบวารี 53 แขวงโคกแฝด เขตหนองจอก | 1003 | Road and drainage improvement, Soi Liap Wari 53, Khok Faet, Nong Chok | same soi, English, khet code
N | 100305 | ปรับปรุงถนนและท่อระบายน้ำ ซอยเลียบวารี 53 แขวงโคกแฝด | 100305 | ปรับปรุงถนนและท่อระบายน้ำ ซอยเลียบวารี 55 แขวงโคกแฝด | the next soi, a different street
D | 101104 | ก่อสร้างเขื่อน คสล. คลองลำปลาทิว ช่วงจากถนนฉลองกรุงถึงถนนหลวงแพ่ง แขวงลำปลาทิว เขตลาดกระบัง | 1011 | Concrete flood wall, Khlong Lam Pla Thio, Chalong Krung Road to Luang Phaeng Road, Lat Krabang | same wall and stretch, English, khet code | fa=06.6 fb=06.6
N | 101104 | ก่อสร้างเขื่อน คสล. คลองลำปลาทิว ช่วงจากถนนฉลองกรุงถึงถนนหลวงแพ่ง | 101104 | ก่อสร้างเขื่อน คสล. คลองลำปลาทิว ช่วงจากถนนหลวงแพ่งถึงคลองประเวศบุรีรมย์ | the next stretch of the same canal, starting where the other ends | fa=06.6 fb=06.6
D | 104603 | ก่อสร้างอาคารศูนย์บริการสาธารณสุข 66 แขวงบางชัน เขตคลองสามวา พร้อมครุภัณฑ์ประกอบอาคาร | 104603 | ศบส.66 บางชัน // BMA Public Health Centre 66 new building, Bang Chan, Khlong Sam Wa | same building; abbreviation, bilingual, equipment named on one side | fa=07.2 fb=07.2
# East: Chon Buri, Rayong, Chanthaburi, Trat, Chachoengsao
D | 200402 | ติดตั้งสัญญาณไฟจราจร ทางแยกถนนสุขุมวิท - ถนนพัทยากลาง ตำบลหนองปรือ อำเภอบางละมุง | 200402 | Traffic signals at the Sukhumvit Road / Central Pattaya Road intersection, Nong Prue, Bang Lamung | same junction, English
N | 200402 | Traffic signals, Sukhumvit Road - Central Pattaya Road junction | 200402 | Traffic signals, Sukhumvit Road - North Pattaya Road junction | another junction on the same road, EN-EN
N | 210503 | ปรับปรุงอาคาร รพ.สต.บ้านหนองตะพาน | 210502 | ปรับปรุงอาคาร รพ.สต.บ้านหนองละลอก | same works at the neighbouring tambon's health centre | fa=07.2 fb=07.2
N | 210506 | ก่อสร้างถนน คสล. ซอยบ้านหนองบัว หมู่ที่ 2 ตำบลหนองบัว อำเภอบ้านค่าย | 220110 | ก่อสร้างถนน คสล. ซอยบ้านหนองบัว หมู่ที่ 2 ตำบลหนองบัว อำเภอเมืองจันทบุรี | same village and tambon names, another district and province
D | 2301 | แผนงานยุทธศาสตร์พัฒนาด้านคมนาคมและระบบโลจิสติกส์ โครงการพัฒนาทางหลวงเชื่อมโยงระหว่างประเทศ ทางหลวงหมายเลข 3 ตอน ตราด - คลองใหญ่ ระหว่าง กม.400+000 - กม.409+500 อำเภอเมืองตราด จังหวัดตราด | 23 | ขยายทางหลวง 3 ตราด-คลองใหญ่ กม.400-409.5 | long budget-bill line vs short plan title, province code
D | 24 | จัดซื้อรถขุดไฮดรอลิก ชนิดตีนตะขาบ ขนาดความจุบุ้งกี๋ไม่น้อยกว่า 0.8 ลูกบาศก์เมตร จำนวน 1 คัน องค์การบริหารส่วนจังหวัดฉะเชิงเทรา | 24 | รถขุดตีนตะขาบ 0.8 ลบ.ม. อบจ.ฉะเชิงเทรา // Crawler excavator, 0.8 m3 bucket, Chachoengsao PAO | same machine for the same PAO; abbreviations, bilingual
N | 24 | จัดซื้อรถขุดไฮดรอลิก ชนิดตีนตะขาบ ขนาดบุ้งกี๋ 0.8 ลูกบาศก์เมตร องค์การบริหารส่วนจังหวัดฉะเชิงเทรา | 240501 | จัดซื้อรถขุดไฮดรอลิก ชนิดตีนตะขาบ ขนาดบุ้งกี๋ 0.8 ลูกบาศก์เมตร เทศบาลตำบลบ้านโพธิ์ | same spec bought by a municipality for its own works
# West: Kanchanaburi, Ratchaburi, Phetchaburi, Prachuap Khiri Khan
D | 710506 | ปรับปรุงหลังคาและฝ้าเพดาน อาคารหอประชุมอำเภอท่ามะกา | 7105 | ซ่อมแซมหลังคา ฝ้าเพดาน หอประชุมที่ว่าการอำเภอท่ามะกา จังหวัดกาญจนบุรี | same roof and ceiling works on the same hall; wording, district code | fa=01.3 fb=01.3
N | 7105 | ปรับปรุงหลังคาและฝ้าเพดาน อาคารหอประชุมอำเภอท่ามะกา | 7105 | ปรับปรุงห้องน้ำ-ห้องสุขา อาคารหอประชุมอำเภอท่ามะกา | toilets of the same hall, not the roof | fa=01.3 fb=01.3
D | 7004 | ปรับปรุงท่าเทียบเรือ ตลาดน้ำดำเนินสะดวก อำเภอดำเนินสะดวก | 70 | Damnoen Saduak floating market boat landing improvement, Ratchaburi | same landing, English, province code | fa=04.7 fb=04.7
N | 700403 | ก่อสร้างเขื่อนป้องกันตลิ่งริมคลองดำเนินสะดวก ช่วงตำบลศรีสุราษฎร์ | 700405 | ก่อสร้างเขื่อนป้องกันตลิ่งริมคลองดำเนินสะดวก ช่วงตำบลดอนกรวย | same canal, another tambon's stretch | fa=06.6 fb=06.6
D | 7605 | Asphalt concrete overlay, Highway 4 (Phet Kasem Road), km 170+000 - 176+500, Tha Yang, Phetchaburi | 760501 | AC overlay of Route 4, Km 170+000-176+500, Tha Yang District | same section; abbreviation, EN-EN
N | 770701 | ปรับปรุงทางเดินเลียบชายหาดหัวหิน ตำบลหัวหิน | 770702 | ปรับปรุงทางเดินเลียบชายหาดเขาตะเกียบ ตำบลหนองแก | another beach walkway further south | fa=04.7 fb=04.7
# South: Songkhla, Nakhon Si Thammarat, Krabi, Surat Thani, Phuket, Yala, Satun, Narathiwat, Chumphon
D | 901101 | ก่อสร้างรางระบายน้ำ คสล. พร้อมบ่อพัก ถนนเพชรเกษม ซอย 12 เทศบาลนครหาดใหญ่ | 9011 | Reinforced concrete drain with manholes, Phetkasem Road Soi 12, Hat Yai City Municipality | same drain, English, district code | fa=05.2 fb=05.2
N | 901107 | ก่อสร้างเขื่อนป้องกันตลิ่ง คลองอู่ตะเภา ช่วงบ้านคลองอู่ตะเภา | 901107 | ขุดลอกคลองอู่ตะเภา ช่วงบ้านคลองอู่ตะเภา | dredging, not the bank protection, on the same canal | fa=06.6 fb=04.2
D | 800703 | ก่อสร้างเขื่อนป้องกันตลิ่งคลองชะอวด บ้านท่าประจะ หมู่ที่ 1 ตำบลท่าประจะ ความยาว 350 เมตร | 8007 | Bank protection wall, Khlong Cha-Uat at Ban Tha Pracha Moo 1, Cha-Uat District, Nakhon Si Thammarat | same wall, English, district code | fa=06.6 fb=06.6
N | 800107 | ก่อสร้างเขื่อนป้องกันคลื่นกัดเซาะชายฝั่ง บ้านปากนคร ระยะที่ 2 | 800107 | ก่อสร้างเขื่อนป้องกันคลื่นกัดเซาะชายฝั่ง บ้านปากนคร ระยะที่ 3 | next phase of the same sea wall | fa=06.6 fb=06.6
D | 810116 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลตำบลอ่าวนาง ระยะที่ 1 (ผูกพันงบประมาณ 2568-2570) | 8101 | Ao Nang central wastewater treatment system, phase 1 | same system and phase; multi-year commitment vs one year inside it | fa=05.2 fb=05.2 ya=2568-2570 yb=2569
N | 810116 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลตำบลอ่าวนาง ระยะที่ 1 | 810116 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลตำบลอ่าวนาง ระยะที่ 2 (วางท่อรวบรวมน้ำเสียและบ่อสูบ) | next phase: collection pipes and pump wells | fa=05.2 fb=05.2
D | 840405 | ก่อสร้างบ่อฝังกลบขยะมูลฝอยแบบถูกหลักสุขาภิบาล (Sanitary Landfill) บ่อที่ 3 ตำบลมะเร็ต อำเภอเกาะสมุย | 8404 | บ่อฝังกลบขยะ เกาะสมุย บ่อที่ 3 // Sanitary landfill cell no. 3, Ko Samui | same cell; bilingual, district code | fa=05.1 fb=05.1
N | 840405 | ก่อสร้างบ่อฝังกลบขยะมูลฝอยแบบถูกหลักสุขาภิบาล บ่อที่ 3 ตำบลมะเร็ต | 840405 | ก่อสร้างสถานีขนถ่ายขยะมูลฝอย (Transfer Station) ตำบลมะเร็ต | transfer station, not the landfill cell, at the same site | fa=05.1 fb=05.1
D | 830106 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนเจ้าฟ้าตะวันออก ตำบลฉลอง อำเภอเมืองภูเก็ต | 8301 | ติดตั้งโคมไฟถนนโซลาร์เซลล์ ถ.เจ้าฟ้าตะวันออก // Solar street lighting, Chao Fa East Road, Chalong | same road lighting; bilingual, district code | fa=06.4 fb=06.4
N | 830106 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนเจ้าฟ้าตะวันออก ตำบลฉลอง | 830106 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนเจ้าฟ้าตะวันตก ตำบลฉลอง | the parallel western road | fa=06.4 fb=06.4
N | 830106 | Solar street lighting, Chao Fa East Road, Chalong | 830106 | CCTV cameras along Chao Fa East Road, Chalong | CCTV, not lighting, on the same road, EN-EN | fa=06.4 fb=03.1
D | 950101 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ขนาด 100 kWp อาคารศาลากลางจังหวัดยะลา | 95 | Solar rooftop, 100 kW, Yala Provincial Hall | same installation, English, province code | fa=04.3 fb=04.3
N | 950101 | Solar rooftop 100 kWp, Yala Provincial Hall | 950101 | Solar rooftop 50 kWp, Yala City Municipality office building | another building in the same tambon, EN-EN | fa=04.3 fb=04.3
D | 910109 | ก่อสร้างท่าเทียบเรือท่องเที่ยว ตำบลตำมะลัง // Tourist boat pier, Tam Malang, Mueang Satun | 9101 | โครงการก่อสร้างท่าเทียบเรือท่องเที่ยวตำมะลัง อ.เมืองสตูล | same pier; bilingual vs Thai, district code | fa=04.7 fb=04.5
D | 960101 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 2 (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว) จำนวน 40 เครื่อง โรงเรียนนราธิวาส | 9601 | Computers for processing work, type 2 (19-inch display), 40 units, Narathiwat School | same purchase, English, district code | fa=09.2 fb=09.2
N | 960101 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 2 จำนวน 40 เครื่อง โรงเรียนนราธิวาส | 960101 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 2 จำนวน 40 เครื่อง โรงเรียนเทศบาล 1 (บ้านบางนาค) | same spec for another school in the tambon | fa=09.2 fb=09.1
D | 860702 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ฉุกเฉิน โรงพยาบาลสวี | 8607 | Ambulance (van) with emergency medical equipment, Sawi Hospital, Chumphon | same vehicle, English, district code | fa=07.3 fb=07.3
N | 860702 | จัดซื้อรถพยาบาล (รถตู้) โรงพยาบาลสวี | 860101 | จัดซื้อรถพยาบาล (รถตู้) โรงพยาบาลชุมพรเขตรอุดมศักดิ์ | same kind of ambulance for the provincial hospital | fa=07.3 fb=07.3
`,
};
