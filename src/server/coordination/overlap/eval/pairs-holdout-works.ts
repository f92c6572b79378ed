/**
 * Round 4, held out: public works (highways, rural and village roads, bridges, drains, water
 * supply and wells, weirs, ponds, canals, reservoirs, river banks, buildings, street lights,
 * CCTV), written and labelled after the engine was last tuned and without running it, to
 * measure it once. Place names agree with the DOPA codes in reference/thailand; English names
 * use the official romanisation there. See load.ts for the line format.
 */
import type { Block } from './load.js';

export const HOLDOUT_WORKS_PAIRS: Block = {
  category: 'holdout-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Highways (Department of Highways, provincial plans)
D | 4005 | งานบูรณะทางผิวแอสฟัลต์ ทางหลวงหมายเลข 12 ตอน ขอนแก่น - ชุมแพ ระหว่าง กม.420+000 - กม.426+500 | 40 | Highway No. 12 (Khon Kaen - Chum Phae), pavement rehabilitation km 420+000 - 426+500 | same section and works, TH/EN, district vs province code
N | 4005 | งานบูรณะทางผิวแอสฟัลต์ ทางหลวงหมายเลข 201 ตอน ชุมแพ - สีชมพู ระหว่าง กม.8+000 - กม.14+000 | 4005,4006 | บูรณะผิวทาง ทล.201 ตอน ชุมแพ - สีชมพู กม.15+500 - กม.21+000 | same road and works, sections do not overlap
D | 4010 | งานติดตั้งราวกันอันตราย (Guard Rail) ทางหลวงหมายเลข 2 ตอน บ้านไผ่ - ท่าพระ กม.395+000 - กม.401+500 | 401001 | ติดตั้งราวกันอันตราย ทล.2 กม.398+000 - 403+000 อ.บ้านไผ่ // Guardrail installation, Highway 2 km 398-403, Ban Phai | sections overlap (km 398-401.5), same guardrail works, bilingual on one side
N | 3007 | Highway 24 Chok Chai - Nong Ki section, asphalt concrete overlay km 12+000 - 18+000 | 3007 | ติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 24 ตอน โชคชัย - หนองกี่ กม.12+000 - กม.18+000 | same section, pavement overlay vs street lighting | fb=06.4
D | 5705 | ก่อสร้างสะพานข้ามทางแยก ทางหลวงหมายเลข 1 บริเวณทางแยกเข้าอำเภอพาน | 57 | Overpass at the Phan junction on Highway 1 (Phahonyothin Road), Chiang Rai | same overpass, TH/EN, two-year contract vs one year | ya=2568-2569
N | 5505 | ทางหลวงหมายเลข 101 ตอน ท่าวังผา - ปัว ขยายเป็น 4 ช่องจราจร ระยะที่ 1 | 5505 | Highway 101 Tha Wang Pha - Pua, four-lane widening, phase 2 | next phase of the same widening
D | 900301 | ก่อสร้างสะพานกลับรถ (U-Turn) ทางหลวงหมายเลข 43 กม.30+250 | 9003 | U-turn bridge on Highway 43 at km 30+250, Chana, Songkhla | same U-turn bridge, TH/EN, tambon vs district
N | 9203 | งานบำรุงปกติ ทางหลวงหมายเลข 404 ตอน ตรัง - ย่านตาขาว กม.20+000 - กม.27+000 | 9203 | งานบำรุงปกติ ทางหลวงหมายเลข 404 ตอน ตรัง - ย่านตาขาว กม.20+000 - กม.27+000 | same routine maintenance, next fiscal year | yb=2569
D | 8402 | ทางหลวงหมายเลข 401 ตอน สุราษฎร์ธานี - ขนอม ขยายเป็น 4 ช่องจราจร (ผูกพันงบประมาณ ปี 2567-2569) | 840203 | Widening Highway 401 to four lanes through Kadae, Kanchanadit | same widening; the multi-year contract covers the other's year, district vs tambon | ya=2567-2569
N | 840202 | บำรุงทางหลวงชนบท สฎ.4009 แยก ทล.401 - บ้านท่าทอง | 840203 | Widening Highway 401 to four lanes through Kadae, Kanchanadit | a rural road branching off the highway vs the highway widening
N | 6306 | Highway 12 Tak - Mae Sot, slope protection km 78+000 - 82+000 | 6306 | Highway 12 Tak - Mae Sot section, slope protection works km 82+000 - 86+500 | adjacent sections that only touch at km 82, EN/EN
D | 2705 | Highway 33 Sa Kaeo - Aranyaprathet, pavement rehabilitation km 229+500 - 234+000 | 270501 | Rehabilitation of Route 33 pavement between km 229.5 and km 234, Watthana Nakhon | same section written two ways, EN/EN
D | 670301 | ปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ทางหลวงหมายเลข 21 ช่วงผ่านเขตเทศบาลเมืองหล่มสัก | 6703 | ปูผิวแอสฟัลต์ ทล.21 ช่วงเขตเทศบาลเมืองหล่มสัก // Highway 21 asphalt overlay, Lom Sak town section | same town section filed by the highway district and the municipality, bilingual
# Rural and village roads
D | 5705 | บำรุงรักษาทางสาย ชร.3012 แยก ทล.1 - บ้านป่าหุ่ง อำเภอพาน | 570508 | Maintenance of rural road CR.3012, Highway 1 junction - Ban Pa Hung, Phan | same rural road, TH/EN, district vs tambon
N | 400502 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 บ้านโนนหัน ตำบลโนนหัน | 400502 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 9 บ้านโนนหันพัฒนา ตำบลโนนหัน | same tambon and works, different village and moo
N | 400509 | Concrete road, Ban Na Phiang Moo 2, Tambon Na Phiang, Chum Phae | 400510 | Concrete road, Ban Nong Khiat Moo 2, Tambon Nong Khiat, Chum Phae | same works in two tambons of one district, EN/EN
D | 320307 | ก่อสร้างถนนคอนกรีดเสริมเหล็ก สายบ้านหนองบัว - บ้านโพนครก หมู่ที่ ๗ ตําบลหนองบัว | 3203 | ก่อสร้างถนน คสล. สายบ้านหนองบัว-บ้านโพนครก ม.7 ต.หนองบัว อ.ท่าตูม | same road; OCR noise (ด for ต, Thai digit, split sara am) vs abbreviations
N | 940303 | ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านดอนรัก - บ้านบ่อทอง ระยะที่ 2 | 940303,940307 | Asphalt concrete road Ban Don Rak - Ban Bo Thong, phase 3, Nong Chik | same road, a later phase
D | 8604 | ก่อสร้างถนนพาราแอสฟัลท์ติกคอนกรีต รหัสทางหลวงท้องถิ่น ชพ.ถ.1-0027 สายบ้านนาขา - บ้านหาดยาย อำเภอหลังสวน | 860404,860413 | Para-asphalt concrete road, local road ChPh.Th.1-0027, Ban Nakha - Ban Hat Yai, Lang Suan | same provincial road, TH/EN, district vs its two tambons
D | 670311 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 บ้านห้วยไร่ ตำบลห้วยไร่ | 670311 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านห้วยไร่ หมู่ที่ 3 ต.ห้วยไร่ อ.หล่มสัก จ.เพชรบูรณ์ ขนาดกว้าง 5.00 เมตร ยาว 850 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 4,250 ตารางเมตร | same road, word order, dimensions on one side
N | 270507 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองแวง หมู่ที่ 1 ตำบลหนองแวง | 330305 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองแวง หมู่ที่ 1 ตำบลหนองแวง | identical title, two different Nong Waeng (Watthana Nakhon, Sa Kaeo vs Kanthararom, Si Sa Ket)
D | 720207 | Reinforced concrete road, Ban Khok Chang Moo 5, Tambon Khok Chang, Doem Bang Nang Buat | 7202 | Concrete road construction in Village No. 5 (Ban Khok Chang), Khok Chang Subdistrict | same road, EN/EN, tambon vs district
N | 120404 | ซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนซอยบางคูรัด 12 | 120404 | ก่อสร้างท่อระบายน้ำ คสล. พร้อมบ่อพัก ถนนซอยบางคูรัด 12 | same soi, resurfacing vs a drain | fb=05.2
D | 540208,540213 | ปรับปรุงถนนลูกรัง สายบ้านแม่ยางตาล - บ้านห้วยโรง | 5402 | ปรับปรงุถนนลูกรังสายแม่ยางตาล-ห้วยโรง (ลงหินคลุก) อ.ร้องกวาง | same laterite road; OCR letter swap, extra detail, tambons vs district
N | 710605 | ก่อสร้างถนนลาดยาง สายบ้านหนองขาว - บ้านทุ่งทอง | 710605,710604 | Asphalt road Ban Nong Khao - Ban Tha Lo, Tha Muang | share the Ban Nong Khao end, different roads
# Bridges
D | 420303 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามลำน้ำเลย บ้านนาซ่าว หมู่ที่ 1 ตำบลนาซ่าว | 4203 | Reinforced concrete bridge over the Loei River at Ban Na Sao, Chiang Khan | same bridge, TH/EN, tambon vs district
N | 550503 | ก่อสร้างสะพาน คสล. ข้ามน้ำปัว บ้านสถาน ตำบลสถาน | 550504 | ก่อสร้างสะพาน คสล. ข้ามน้ำปัว บ้านศิลาแลง // Concrete bridge across the Pua River, Ban Sila Laeng | same river, another village and tambon
D | 140513 | ก่อสร้างสะพาน คสล. ข้ามคลองบางบาล หมู่ที่ 4 ต.บางหลวงโดด | 140513 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามคลองบางบาล หมู่ที่ 4 ตำบลบางหลวงโดด อำเภอบางบาล ขนาดกว้าง 4.00 เมตร ยาว 30.00 เมตร | same bridge, abbreviation vs full title with dimensions
N | 810402 | Bridge over Khlong Thom, Ban Khlong Thom Nuea | 810403 | ก่อสร้างสะพานข้ามคลองพน บ้านคลองพน ตำบลคลองพน | different stream and tambon in the same district
# Drains
D | 700401 | ก่อสร้างท่อระบายน้ำ คสล. ขนาด Ø 0.60 เมตร พร้อมบ่อพัก ถนนสายตลาดน้ำดำเนินสะดวก | 7004 | Drainage pipes (0.60 m) with manholes along the Damnoen Saduak floating market road | same drain, TH/EN, different function codes | fa=05.2 fb=06.6
N | 901116 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาตะแกรงเหล็ก ซอยบ้านพรุ 5 หมู่ที่ 3 | 901116 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาตะแกรงเหล็ก ซอยบ้านพรุ 9 หมู่ที่ 6 | same spec, another soi and moo | fa=05.2 fb=05.2
D | 9011 | ก่อสร้างระบบระบายน้ำ ถนนกาญจนวนิช ช่วงหน้าตลาดคลองแห | 901105 | ก่อส้รางระบบระบายน้ํา ถ.กาญจนวนิช หน้าตลาดคลองแห ต.คลองแห // Drainage system, Kanchanavanich Road at Khlong Hae market | same drain; OCR noise (misplaced mai tho, split sara am), district vs tambon | fa=05.2 fb=05.2
# Water supply and wells
D | 420305 | ก่อสร้างระบบประปาหมู่บ้านแบบผิวดินขนาดใหญ่มาก บ้านปากตม หมู่ที่ 2 ตำบลปากตม | 420305 | Large surface-water village water supply system, Ban Pak Tom Moo 2, Pak Tom, Chiang Khan | same plant, TH/EN | fa=06.3 fb=06.3
N | 460702 | ก่อสร้างระบบประปาบาดาลขนาดกลาง บ้านหัวงัว หมู่ที่ 3 | 460702 | ก่อสร้างระบบประปาบาดาลขนาดกลาง บ้านหัวงัว หมู่ที่ 11 | same type of system, another moo of the same-named village | fa=06.3 fb=06.3
D | 460714 | เจาะบ่อน้ำบาดาลพร้อมติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านโนนสูง หมู่ที่ 6 ตำบลโนนสูง | 4607 | Solar-powered groundwater well, Ban Non Sung Moo 6, Yang Talat | same well, TH/EN, tambon vs district, different function codes | fa=04.2 fb=06.3
N | 350306 | เจาะบ่อบาดาล โรงเรียนบ้านหนองหมี | 350306 | เจาะบ่อน้ำบาดาล บ้านหนองหมี หมู่ที่ 2 ตำบลหนองหมี | the school's well vs the village well | fa=09.1 fb=06.3
D | 580404 | ก่อสร้างระบบประปาภูเขา บ้านแม่เหาะ หมู่ที่ 1 ตำบลแม่เหาะ | 5804 | Gravity-fed mountain water supply, Ban Mae Ho, Mae Sariang | same system, TH/EN, tambon vs district | fa=06.3 fb=06.3
N | 220204 | ปรับปรุงระบบประปาหมู่บ้าน บ้านตะปอนใหญ่ ม.4 | 220204 | Village water supply upgrade, Ban Tapon Yai Moo 4, Khlung | same upgrade, two fiscal years later | fa=06.3 fb=06.3 yb=2570
# Weirs, ponds, canals, reservoirs
D | 500209 | ก่อสร้างฝายน้ำล้น คสล. ห้วยแม่สอย บ้านแม่สอย หมู่ที่ 1 ตำบลแม่สอย | 5002 | Concrete overflow weir on Huai Mae Soi, Mae Soi subdistrict, Chom Thong | same weir, TH/EN | fa=04.2 fb=04.2
N | 500209 | ก่อสร้างฝายชะลอน้ำแบบผสมผสาน ต้นน้ำห้วยแม่สอย | 500209 | ฝายน้ำล้นคอนกรีตเสริมเหล็ก ลำห้วยแม่สอย หมู่ 1 | check dams in the headwaters vs the concrete weir at the village | fa=05.4 fb=04.2
N | 580408 | ก่อสร้างฝายน้ำล้น คสล. บ้านป่าแป๋ ตำบลป่าแป๋ | 580404 | ก่อสร้างฝายน้ำล้น คสล. บ้านแม่เหาะ ตำบลแม่เหาะ | same kind of weir in two tambons | fa=04.2 fb=04.2
D | 440307 | ขุดลอกหนองน้ำสาธารณะ หนองเหล็ก บ้านหนองเหล็ก หมู่ที่ 1 ตำบลหนองเหล็ก | 4403 | Dredging of Nong Lek public pond, Kosum Phisai | same pond, TH/EN | fa=04.2 fb=04.2
N | 440310 | ขุดลอกลำห้วยทราย ช่วงบ้านเขื่อน | 440310 | ขุดลอกหนองบัวแดง บ้านเขื่อน หมู่ที่ 2 | a stream vs a pond in the same village | fa=04.2 fb=04.2
D | 720208 | ดาดคอนกรีตคลองส่งน้ำสาย 2 ซ้าย - 1 ขวา ตำบลหัวเขา อำเภอเดิมบางนางบวช | 720208 | Concrete lining of irrigation canal 2L-1R, Hua Khao, Doem Bang Nang Buat | same canal, TH/EN | fa=04.2 fb=04.2
N | 180601 | ดาดคอนกรีตคลองซอย 3 ขวา - 1 ซ้าย ตำบลหันคา | 180601 | Concrete lining, lateral canal 5R-1L, Han Kha | different lateral canal in the same tambon | fa=04.2 fb=04.2
D | 760406 | ปรับปรุงอ่างเก็บน้ำห้วยทราย (ตอนบน) อันเนื่องมาจากพระราชดำริ | 7604 | Rehabilitation of the upper Huai Sai reservoir (royal initiative), Cha-Am | same reservoir works, two-year vs one-year listing | fa=04.2 fb=04.2 ya=2568-2569
N | 640503 | ขุดลอกอ่างเก็บน้ําห้วยแม่สํา | 640503 | ขุดลอกอ่างเก็บน้ำห้วยแม่สำ | same dredging, previous fiscal year; OCR split sara am on one side | fa=04.2 fb=04.2 ya=2567
# River banks
D | 480501 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บริเวณชุมชนธาตุพนม ระยะที่ 3 | 4805 | Mekong riverbank protection at That Phanom, phase 3 | same phase, TH/EN, different function codes | fa=05.6 fb=06.6
N | 480301 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านท่าอุเทน ระยะที่ 2 | 480301 | Mekong riverbank protection, Tha Uthen, phase 3 | next phase along the bank | fa=05.6 fb=05.6
D | 600111 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา ตำบลบ้านแก่ง | 6001 | เขื่อนป้องกันตลิ่ง ม.เจ้าพระยา ต.บ้านแก่ง อ.เมืองนครสวรรค์ ความยาว 480 เมตร | same bank protection, abbreviations and length | fa=05.6 fb=05.6
N | 340101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำมูล ชุมชนหาดวัดใต้ ตำบลในเมือง | 341501 | Mun River bank protection, Warin Chamrap municipality | opposite banks of the Mun, two districts | fa=05.6 fb=05.6
# Buildings
D | 400501 | ก่อสร้างอาคารเรียน สพฐ. 4 ชั้น 12 ห้องเรียน (ใต้ถุนโล่ง) โรงเรียนชุมแพศึกษา | 4005 | 4-storey, 12-classroom school building, Chum Phae Suksa School | same building, TH/EN | fa=09.2 fb=09.2
N | 400501 | ก่อสร้างส้วมนักเรียน แบบ สพฐ. 6 ที่/49 โรงเรียนชุมแพศึกษา | 400501 | 4-storey, 12-classroom school building, Chum Phae Suksa School | same school, toilet block vs classroom building | fa=09.2 fb=09.2
N | 650203 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 (ปรับปรุง) โรงเรียนบ้านแยง | 650211 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 (ปรับปรุง) โรงเรียนบ้านห้วยเฮี้ย | same standard building at two schools | fa=09.1 fb=09.1
D | 470503 | ก่อสร้างอาคารโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านแร่ (แบบขนาดกลาง) | 470503 | โรงพยาบาลส่งเสริมสุขภาพตำบล บ้านแร่ ต.แร่ อ.พังโคน ก่อสร้างอาคารหลังใหม่ (ขนาด M) | same health-centre building, word order and abbreviations | fa=07.2 fb=07.4
N | 470503 | ก่อสร้างบ้านพักข้าราชการ รพ.สต.บ้านแร่ 2 ชั้น | 470503 | ก่อสร้างอาคาร รพ.สต.บ้านแร่ (ขนาดกลาง) | staff housing vs the health-centre building | fa=07.2 fb=07.2
N | 840406 | ก่อสร้างอาคารผู้ป่วยนอก รพ.สต.บ่อผุด // Outpatient building, Bo Phut health promoting hospital | 840407 | Outpatient building, Maenam subdistrict health promoting hospital | same kind of building at two health centres on Ko Samui | fa=07.2 fb=07.2
D | 950201 | Renovation of the Betong municipal fresh market building | 950201 | ปรับปรุงอาคารตลาดสดเทศบาลเมืองเบตง | same market, EN/TH | fa=04.1 fb=04.1
N | 960201 | ก่อสร้างอาคารตลาดนัดชุมชน บ้านเจ๊ะเห | 960204 | ก่อสร้างลานค้าชุมชน บ้านศาลาใหม่ | two community markets in different tambons of Tak Bai | fa=04.1 fb=04.1
D | 900304 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน (แบบ สถ.ศพด.1) บ้านสะกอม | 9003 | Child development centre (DLA standard plan, up to 50 children), Sa Kom, Chana | same centre, TH/EN, tambon vs district | fa=09.1 fb=09.1
N | 900304 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน (แบบ สถ.ศพด.1) บ้านสะกอม | 900507 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน (แบบ สถ.ศพด.1) ตำบลสะกอม | Sa Kom of Chana vs Sa Kom of Thepha, same standard plan | fa=09.1 fb=09.1
N | 350301 | ปรับปรุงศูนย์พัฒนาเด็กเล็กเทศบาลตำบลกุดชุม (ทาสี เปลี่ยนหลังคา) | 350301 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กหลังใหม่ เทศบาลตำบลกุดชุม | repairs to the old centre vs a new building | fa=09.1 fb=09.1
D | 630606 | ก่อสร้างอาคารอเนกประสงค์ประจำหมู่บ้าน บ้านท่าสายลวด หมู่ที่ 2 | 6306 | Multipurpose village hall, Ban Tha Sai Luat Moo 2, Mae Sot | same hall, TH/EN, tambon vs district | fa=06.2 fb=06.2
D | 800101 | ปรับปรุงภูมิทัศน์โดยรอบวัดพระมหาธาตุวรมหาวิหาร | 80 | Landscape improvement around Wat Phra Mahathat Woramahawihan, Nakhon Si Thammarat | same works, tambon vs province, different function codes | fa=08.4 fb=08.2
N | 800101 | ก่อสร้างอาคารจอดรถนักท่องเที่ยว วัดพระมหาธาตุวรมหาวิหาร | 800101 | ปรับปรุงภูมิทัศน์โดยรอบวัดพระมหาธาตุวรมหาวิหาร | visitor parking building vs landscaping at the same temple | fa=08.4 fb=08.4
D | 240603 | ก่อสร้างสนามฟุตบอลหญ้าเทียม พร้อมลู่วิ่งยางสังเคราะห์ สนามกีฬาเทศบาลตำบลพนมสารคาม | 2406 | Artificial-turf football pitch and synthetic running track, Phanom Sarakham municipal stadium | same stadium upgrade, TH/EN | fa=08.1 fb=08.1
N | 240603 | ก่อสร้างสนามฟุตซอล พร้อมหลังคาคลุม ตำบลพนมสารคาม | 240603 | ก่อสร้างสนามฟุตบอลหญ้าเทียม สนามกีฬาเทศบาลตำบลพนมสารคาม | covered futsal court vs the football pitch | fa=08.1 fb=08.1
D | 901104 | ปรับปรุงลานกิจกรรมและทางเดิน สวนสาธารณะเทศบาลนครหาดใหญ่ // Hat Yai Municipal Park walkway and plaza upgrade | 9011 | ปรับปรุงทางเดินและลานกิจกรรม สวนสาธารณะหาดใหญ่ (เขาคอหงส์) | same park works, word order, bilingual vs Thai | fa=08.1 fb=08.1
D | 910504 | ก่อสร้างท่าเทียบเรือประมงพื้นบ้าน บ้านปากบารา | 9105 | Small-scale fishing pier at Ban Pak Bara, La-Ngu | same pier, TH/EN, different function codes | fa=04.2 fb=04.5
# Street lights
D | 310401,310408 | ติดตั้งไฟฟ้าส่องสว่างชนิดหลอด LED ถนนสายนางรอง - หนองกง | 3104 | LED street lighting on the Nang Rong - Nong Kong road | same lighting, TH/EN | fa=06.4 fb=06.4
N | 310401,310405 | ติดตั้งไฟฟ้าส่องสว่างชนิดหลอด LED ถนนสายนางรอง - ชุมแสง | 310401,310408 | ติดตั้งไฟฟ้าส่องสว่างชนิดหลอด LED ถนนสายนางรอง - หนองกง | another road out of the same town | fa=06.4 fb=06.4
D | 330424 | ขยายเขตไฟฟ้าแสงสว่างสาธารณะ หมู่ที่ ๘ บ้านทุ่งใหญ่ | 330424 | ขยายเขตไฟฟ้าสาธารณะ ม.8 บ้านทุ่งใหญ่ ต.ทุ่งใหญ่ | same extension; Thai digit vs abbreviations | fa=06.4 fb=06.4
# CCTV
D | 630601 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ในเขตเทศบาลนครแม่สอด จำนวน 32 จุด | 6306 | CCTV system, 32 points, Mae Sot City Municipality | same system, TH/EN, different function codes | fa=03.1 fb=03.6
N | 630601 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ภายในสถานีตำรวจภูธรแม่สอด | 630601 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ในเขตเทศบาลนครแม่สอด จำนวน 32 จุด | the police station's own cameras vs the municipal street network | fa=03.1 fb=03.1
D | 920301 | Installation of CCTV cameras at 12 intersections, Yan Ta Khao municipality | 9203 | CCTV at 12 road junctions in Yan Ta Khao | same cameras, EN/EN, tambon vs district | fa=03.1 fb=03.1
N | 9502 | Maintenance of the existing CCTV network, Betong | 950201 | CCTV installation, 20 new points, Betong town | upkeep of the old network vs new cameras, EN/EN | fa=03.1 fb=03.1
`,
};
