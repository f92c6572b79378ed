/**
 * Round 5, held out: public works and purchases as they appear in provincial development plans,
 * PAO and municipal plans and Department budget lines (Highways, Rural Roads, Royal Irrigation,
 * Water Resources, Local Administration, Public Health, Education). Written and labelled without
 * running the engine or reading it, after the last tuning round; never tuned on.
 * Area codes and place names follow reference/thailand (districts.json, subdistricts.json);
 * village names, km sections and dimensions are illustrative.
 */
import type { Block } from './load.js';

export const ROUND5_WORKS_PAIRS: Block = {
  category: 'round5-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
    # Roads and highways
    D | 5716,5701 | ก่อสร้างทางหลวงหมายเลข 1 ตอน แม่ลาว - เชียงราย ระหว่าง กม.802+000 - กม.808+500 ขยายเป็น 4 ช่องจราจร | 57 | ขยายทางหลวงหมายเลข 1 แม่ลาว-เชียงราย กม.802+000-808+500 (4 ช่องจราจร) | same section, Highways budget line vs provincial plan entry at province code
    N | 4005 | งานบำรุงทางพิเศษ ทางหลวงหมายเลข 12 ตอน ชุมแพ - โนนหัน ระหว่าง กม.404+000 - กม.410+000 | 4005 | งานบำรุงทางพิเศษ ทางหลวงหมายเลข 12 ตอน ชุมแพ - โนนหัน ระหว่าง กม.410+000 - กม.416+250 | same highway and control section, adjacent km ranges that do not overlap
    D | 9011 | ขยายทางหลวงหมายเลข 4 ตอน คลองหวะ - หาดใหญ่ ระหว่าง กม.1263+600 - กม.1270+100 | 9011 | Widening of Highway No. 4 (Phetkasem Road), Khlong Wa - Hat Yai section, km 1263+600 to km 1270+100 | same section, Thai vs English
    N | 5015 | ก่อสร้างถนนสาย ชม.3029 แยก ทล.108 - บ้านน้ำแพร่ อ.หางดง จ.เชียงใหม่ ระยะที่ 1 | 5015 | ก่อสร้างถนนสาย ชม.3029 แยก ทล.108 - บ้านน้ำแพร่ อ.หางดง จ.เชียงใหม่ ระยะที่ 2 | same rural road, phase 1 vs phase 2
    D | 5505 | ก่อสร้างถนนลาดยางสาย นน.4012 แยก ทล.101 - บ้านสถาน อำเภอปัว จังหวัดน่าน | 550503 | ถนนลาดยางแอสฟัลท์ติกคอนกรีต สายแยกทางหลวง 101 - บ้านสถาน ตำบลสถาน | rural road code only on one side; district vs tambon code
    N | 321008 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยกลางบ้าน บ้านจารย์ หมู่ที่ 3 ตำบลบ้านจารย์ | 321008 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยกลางบ้าน บ้านจารย์ หมู่ที่ 5 ตำบลบ้านจารย์ | same kind of lane in another moo of the same tambon
    D | 471213 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านพันนา - บ้านดงสวรรค์ หมู่ที่ ๔ ตำบลพันนา กว้าง ๕ เมตร ยาว ๘๕๐ เมตร หนา ๐.๑๕ เมตร | 471213 | กอ่สร้างถนน คสล. สายบ้านพันนา-บ้านดงสวรรค ม.4 ต.พันนา | OCR noise (swapped tone mark, dropped character), Thai digits, dimensions only on one side
    N | 540205 | ก่อสร้างถนนลูกรัง สายบ้านน้ำเลา - ห้วยแม่สาน หมู่ที่ 2 ตำบลน้ำเลา อำเภอร้องกวาง | 540205 | ก่อสร้างถนนลูกรัง สายบ้านน้ำเลา - ห้วยแม่สาน หมู่ที่ 2 ตำบลน้ำเลา อำเภอร้องกวาง | same plan entry repeated in the next fiscal year | yb=2569
    D | 650206 | Reinforced concrete road, Ban Huai Phai to Ban Nakhon Chum, Moo 6, Nakhon Chum, Nakhon Thai | 650206 | ถนน คสล. สายบ้านนครชุม - บ้านห้วยไผ่ หมู่ที่ 6 ตำบลนครชุม | same road, ends in the other order, EN/TH
    N | 451103 | Concrete road, Ban Na Yai Moo 2 to Ban Non Sawang, Na Yai subdistrict, Suwannaphum | 451103 | ก่อสร้างถนน คสล. สายบ้านนาใหญ่ หมู่ที่ 2 - บ้านดอนแดง ตำบลนาใหญ่ | another road leaving the same village, EN/TH
    D | 1038 | ปรับปรุงถนนและระบบระบายน้ำ ซอยโชคชัย 4 (ตั้งแต่ถนนลาดพร้าวถึงซอยโชคชัย 4 แยก 54) | 103801 | ปรับปรุงผิวจราจรพร้อมท่อระบายน้ำ ซ.โชคชัย 4 ช่วง ถ.ลาดพร้าว - ซ.โชคชัย 4 แยก 54 แขวงลาดพร้าว | Bangkok khet vs khwaeng, abbreviations ซ./ถ., same stretch | fb=06.2
    D | 800910 | ปรับปรุงถนนผิวจราจรแอสฟัลท์ติกคอนกรีต รหัสทางหลวงท้องถิ่น นศ.ถ.1-0012 สายบ้านน้ำตก - บ้านวังหีบ ตำบลน้ำตก อำเภอทุ่งสง | 8009 | ถนนสาย นศ.ถ.1-0012 บ้านน้ำตก-วังหีบ (ปรับปรุงผิวแอสฟัลท์) | formal budget-bill title vs short PAO plan title, local highway code on both
    N | 2307 | ปรับปรุงถนนรอบเกาะช้าง ช่วงบ้านคลองพร้าว - บ้านไก่แบ้ พร้อมไหล่ทางและรางระบายน้ำ | 230702 | Ko Chang ring road improvement, Kai Bae - Bang Bao section | next section of the ring road, sharing only the Kai Bae end; EN/TH
    D | 9502 | ขยายทางหลวงหมายเลข 410 ตอน บันนังสตา - เบตง ระหว่าง กม.120+000 - กม.128+000 | 9502 | ปรับปรุงทางหลวงหมายเลข 410 ตอน บันนังสตา - เบตง กม.125+000 - กม.132+000 | km ranges overlap over 3 km; a coordinator should check the shared stretch
    # Bridges
    D | 570404 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามน้ำแม่อิง บ้านแม่ลอย หมู่ที่ 2 ตำบลแม่ลอย อำเภอเทิง | 570404 | สะพาน คสล. ข้ามน้ำอิง บ้านแม่ลอย ม.2 // RC bridge over the Ing River, Ban Mae Loi, Moo 2, Mae Loi | same bridge, Thai vs bilingual, river named two ways
    N | 580405 | ก่อสร้างสะพาน คสล. ข้ามห้วยแม่ยวม บ้านแม่ยวม หมู่ที่ 1 ตำบลแม่ยวม | 580405 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านแม่ยวม หมู่ที่ 1 ตำบลแม่ยวม | bridge vs village road in the same village: different works
    D | 8009 | ก่อสร้างสะพาน คสล. ข้ามคลองท่าเลา บ้านควนกรด หมู่ที่ 5 ตำบลควนกรด ขนาดกว้าง 7.00 เมตร ยาว 30.00 เมตร | 800904 | ก่อสร้างสะพานคอนกรีตเสริมเหล็ก ข้ามคลองท่าเลา ม.5 ต.ควนกรด อ.ทุ่งสง | extra dimensions on one side; district vs tambon code
    N | 600305 | ก่อสร้างสะพานข้ามแม่น้ำน่าน บ้านท่าไม้ ตำบลท่าไม้ อำเภอชุมแสง | 600303 | ก่อสร้างสะพานข้ามแม่น้ำน่าน บ้านพิกุล ตำบลพิกุล อำเภอชุมแสง | same river, a different crossing in another tambon
    # Drainage and flood walls
    D | 901101 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาปิด ถนนศรีภูวนารถ ช่วงแยกถนนเพชรเกษม - คลองเตย เทศบาลนครหาดใหญ่ | 901101 | Covered U-shaped RC drain, Sriphuwanart Road, Phetkasem Road junction to Khlong Toei, Hat Yai City Municipality | TH/EN, same stretch | fa=05.2 fb=05.2
    N | 2004 | ก่อสร้างท่อระบายน้ำ คสล. ถนนพัทยาสาย 3 ช่วงที่ 1 (พัทยาเหนือ - พัทยากลาง) เมืองพัทยา | 2004 | ก่อสร้างท่อระบายน้ำ คสล. ถนนพัทยาสาย 3 ช่วงที่ 2 (พัทยากลาง - พัทยาใต้) เมืองพัทยา | same road, the next section | fa=05.2 fb=05.2
    D | 430101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง ชุมชนวัดหายโศก ตำบลในเมือง อำเภอเมืองหนองคาย ระยะทาง 480 เมตร | 4301 | Mekong riverbank protection, Wat Hai Sok community, Mueang Nong Khai (480 m) | TH/EN, tambon vs district code, different function codes | fa=04.2 fb=06.2
    N | 430107 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านหาดคำ ตำบลหาดคำ อำเภอเมืองหนองคาย | 430109 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านเดื่อ ตำบลบ้านเดื่อ อำเภอเมืองหนองคาย | same river and district, another tambon's bank | fa=04.2 fb=04.2
    D | 141201 | Flood protection wall along the Noi River, Sena Municipality, Phra Nakhon Si Ayutthaya | 1412 | Construction of reinforced concrete flood wall on the Noi River bank in Sena town (Sena municipality) | English on both sides, worded differently; tambon vs district | fa=04.2 fb=04.2
    D | 9502 | ปรับปรุงระบบระบายนํ้า ถนนสุขยางค์ เขตเทศบาลเมืองเบตง | 950201 | ปรับปรุงระบบระบายน้ำ ถนนสุขยางค์ เทศบาลเมืองเบตง อำเภอเบตง จังหวัดยะลา | ำ split as ํา on one side, district vs tambon | fa=05.2 fb=05.2
    N | 104603 | ก่อสร้างเขื่อน คสล. ริมคลองบางชัน ฝั่งทิศเหนือ แขวงบางชัน เขตคลองสามวา | 1046 | ขุดลอกคลองบางชัน เขตคลองสามวา | wall vs dredging on the same canal: different works | fa=04.2 fb=05.2
    D | 860116 | ก่อสร้างเขื่อนป้องกันการกัดเซาะชายฝั่ง ชายหาดทรายรี ตำบลหาดทรายรี อำเภอเมืองชุมพร | 8601 | Coastal erosion protection (seawall), Hat Sai Ri beach, Mueang Chumphon // เขื่อนกันคลื่นหาดทรายรี | same seawall, EN/bilingual, tambon vs district | fa=05.4 fb=04.2
    # Water supply
    D | 310702 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดกลาง บ้านแสลงโทน หมู่ที่ 1 ตำบลแสลงโทน | 310702 | ระบบประปาบาดาล ขนาดกลาง บ.แสลงโทน ม.1 ต.แสลงโทน อ.ประโคนชัย | abbreviations บ./ม./ต./อ. | fa=06.3 fb=06.3
    N | 321006 | ซ่อมแซมหอถังสูง ระบบประปาหมู่บ้าน บ้านดม หมู่ที่ 1 ตำบลดม | 321006 | ขุดลอกสระน้ำสาธารณะ หนองตาเปียง บ้านดม หมู่ที่ 1 ตำบลดม | tower repair vs pond dredging in the same village: different works | fa=06.3 fb=04.2
    D | 471221 | Groundwater well with solar-powered pumping for village water supply, Ban Thon, Moo 2, Ban Thon, Sawang Daen Din | 471221 | เจาะบ่อน้ำบาดาลพร้อมระบบสูบน้ำพลังงานแสงอาทิตย์ เพื่อการอุปโภคบริโภค บ้านถ่อน หมู่ที่ 2 ตำบลบ้านถ่อน | EN/TH, Department of Groundwater Resources vs SAO | fa=06.3 fb=06.3
    N | 400503 | ก่อสร้างระบบประปาหมู่บ้าน บ้านหนองบัว หมู่ที่ 5 ตำบลนาหนองทุ่ม อำเภอชุมแพ | 400510 | ก่อสร้างระบบประปาหมู่บ้าน บ้านหนองบัว หมู่ที่ 5 ตำบลหนองเขียด อำเภอชุมแพ | same village name and moo number, different tambon | fa=06.3 fb=06.3
    D | 5803 | Elevated steel water tank, 30 m³, Mueang Paeng village water supply, Pai | 580306 | ก่อสร้างหอถังเหล็กเก็บน้ำ ขนาด 30 ลบ.ม. ระบบประปาบ้านเมืองแปง ตำบลเมืองแปง อำเภอปาย | EN/TH, m³ vs ลบ.ม., district vs tambon | fa=06.3 fb=06.3
    N | 240302 | ก่อสร้างระบบประปาผิวดิน องค์การบริหารส่วนตำบลบางขนาก ระยะที่ 1 (โรงกรองน้ำและหอถังสูง) | 240302 | ก่อสร้างระบบประปาผิวดิน องค์การบริหารส่วนตำบลบางขนาก ระยะที่ 2 (วางท่อจ่ายน้ำ) | same scheme, a different phase with different components | fa=06.3 fb=06.3
    D | 330105 | โครงการปรับปรุงระบบประปาหมู่บ้าน ตำบลจาน | 330105 | ปรับปรุงระบบประปาหมู่บ้าน บ้านจาน หมู่ที่ 4 (เปลี่ยนถังกรองและท่อเมน) | short plan title whose description names the same village and works | fa=06.3 fb=06.3 da=เปลี่ยนถังกรองน้ำและท่อเมนจ่ายน้ำ_บ้านจาน_หมู่ที่_4
    # Irrigation
    D | 580403 | ก่อสร้างฝายน้ำล้น คสล. ลำห้วยแม่คง พร้อมอาคารประกอบ บ้านแม่คง หมู่ที่ 1 ตำบลแม่คง อำเภอแม่สะเรียง | 580403 | ฝายน้ำล้นห้วยแม่คง บ้านแม่คง ม.1 | long Royal Irrigation title vs short plan title | fa=04.2 fb=04.2
    N | 551201 | ก่อสร้างฝายน้ำล้น ลำน้ำมาง บ้านบ่อหลวง หมู่ที่ 1 ตำบลบ่อเกลือเหนือ | 551202 | ก่อสร้างฝายน้ำล้น ลำน้ำมาง บ้านบ่อเกลือใต้ หมู่ที่ 3 ตำบลบ่อเกลือใต้ | same stream, a weir at another village and tambon | fa=04.2 fb=04.2
    N | 520901 | Spillway repair, Huai Mae Phrik reservoir, Mae Phrik | 5209 | Dredging of Huai Mae Phrik reservoir, Mae Phrik district | English on both sides, same reservoir, different works | fa=04.2 fb=04.2
    D | 310408 | ขุดลอกอ่างเก็บน้ำหนองกง บ้านหนองกง ตำบลหนองกง อำเภอนางรอง | 310408 | Dredging of Nong Kong reservoir, Ban Nong Kong, Nong Kong subdistrict, Nang Rong | TH/EN | fa=04.2 fb=04.2
    N | 140604 | ขุดลอกคลองบ้านกรด ตำบลบ้านกรด อำเภอบางปะอิน ความยาว 3,200 เมตร | 140604 | ขุดลอกคลองบ้านกรด ตำบลบ้านกรด ความยาว 3,200 เมตร | same recurring dredging, two years later | fa=04.2 fb=04.2 yb=2570
    D | 341511 | ก่อสร้างสถานีสูบน้ำด้วยไฟฟ้า บ้านบุ่งหวาย ตำบลบุ่งหวาย อำเภอวารินชำราบ | 341511 | กอ่สร้างสถานีสูบนํ้าดว้ยไฟฟ้า บ.บุ่งหวาย ต.บุ่งหวาย | OCR noise: swapped tone marks, split ำ, abbreviations | fa=04.2 fb=04.2
    N | 650211 | ดาดคอนกรีตคลองส่งน้ำสายใหญ่ ฝายห้วยเฮี้ย ตำบลห้วยเฮี้ย อำเภอนครไทย | 6502 | Concrete lining of lateral canal 1R, Huai Hia weir, Nakhon Thai // ดาดคอนกรีตคลองซอย 1 ขวา ฝายห้วยเฮี้ย | same irrigation scheme, main canal vs a lateral canal; bilingual | fa=04.2 fb=04.2
    # Public buildings and their parts
    D | 901108 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน แบบ สถ.ศพด.1 องค์การบริหารส่วนตำบลฉลุง | 901108 | Child development centre building (DLA standard design, up to 50 children), Chalung SAO, Hat Yai | TH/EN, standard design code only in Thai | fa=09.1 fb=09.1
    N | 451113 | ปรับปรุงหลังคาและฝ้าเพดาน อาคารศูนย์พัฒนาเด็กเล็กบ้านหนองผือ ตำบลทุ่งกุลา | 451113 | ก่อสร้างรั้วและป้ายชื่อศูนย์พัฒนาเด็กเล็กบ้านหนองผือ ตำบลทุ่งกุลา | two different parts of the same centre | fa=09.1 fb=09.1
    D | 6306 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 5 ชั้น โรงพยาบาลแม่สอด ตำบลแม่สอด อำเภอแม่สอด จังหวัดตาก | 630601 | อาคาร OPD และอุบัติเหตุ-ฉุกเฉิน รพ.แม่สอด // Outpatient and emergency building, Mae Sot Hospital | abbreviations OPD and รพ., bilingual | fa=07.3 fb=07.3
    N | 770701 | ก่อสร้างอาคารผู้ป่วยใน 6 ชั้น โรงพยาบาลหัวหิน | 770701 | ก่อสร้างอาคารจอดรถ 5 ชั้น โรงพยาบาลหัวหิน | another building of the same hospital | fa=07.3 fb=07.3
    D | 321011 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 (ปรับปรุง 55) โรงเรียนบ้านตาตุม ตำบลตาตุม อำเภอสังขะ | 321011 | อาคารเรียน สปช. 105/29 ร.ร.บ้านตาตุม ต.ตาตุม | OBEC line vs plan, abbreviations | fa=09.1 fb=09.1
    N | 961003 | ก่อสร้างส้วมนักเรียน แบบ สปช.601/26 โรงเรียนบ้านมูโนะ | 961003 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 โรงเรียนบ้านมูโนะ | toilets vs classroom building at the same school | fa=09.1 fb=09.1
    D | 840406 | Renovation of Bo Phut Subdistrict Health Promoting Hospital building, Ko Samui | 8404 | Bo Phut SHPH renovation (building and roof), Samui | English on both sides, abbreviation SHPH, tambon vs district | fa=07.2 fb=07.4
    N | 310425 | ปรับปรุงอาคาร รพ.สต.บ้านหัวถนน ตำบลหัวถนน อำเภอนางรอง | 310425 | ปรับปรุงอาคาร รพ.สต.บ้านโคกเจริญ ตำบลหัวถนน อำเภอนางรอง | same work at the other health station of the tambon | fa=07.2 fb=07.2
    N | 570103 | ก่อสร้างอาคารอเนกประสงค์ บ้านสันทราย หมู่ที่ 4 ตำบลบ้านดู่ อำเภอเมืองเชียงราย | 570107 | ก่อสร้างอาคารอเนกประสงค์ บ้านสันทราย หมู่ที่ 4 ตำบลสันทราย อำเภอเมืองเชียงราย | same village name and moo, another tambon (named like the village) | fa=06.2 fb=06.2
    D | 9610 | ปรับปรุงอาคารตลาดสดเทศบาลเมืองสุไหงโก-ลก (อาคารตลาด 1) | 961001 | ปรับปรุงอาคารตลาดสด 1 ทม.สุไหงโก-ลก | abbreviation ทม., word order | fa=04.1 fb=04.1
    # Lighting and signals
    D | 270601,270605 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ (โซล่าเซลล์) ถนนสายอรัญประเทศ - บ้านคลองลึก จำนวน 40 ต้น | 2706 | Solar street lights (40 poles), Aranyaprathet - Ban Khlong Luek road | TH/EN, two tambon codes vs district | fa=06.4 fb=06.4
    N | 210313 | ติดตั้งไฟฟ้าส่องสว่างโซลาร์เซลล์ ถนนเลียบชายทะเล บ้านปากน้ำกระแส ตำบลปากน้ำกระแส | 210313 | ติดตั้งไฟฟ้าส่องสว่างโซลาร์เซลล์ ถนนสายปากน้ำกระแส - บ้านเนินฆ้อ ตำบลปากน้ำกระแส | same lights on a different road in the same tambon | fa=06.4 fb=06.4
    D | 4001 | ติดตั้งสัญญาณไฟจราจร ทางแยกถนนมิตรภาพ - ถนนศรีจันทร์ อำเภอเมืองขอนแก่น | 400101 | Traffic signals at the Mittraphap Road - Si Chan Road intersection, Khon Kaen city | TH/EN, district vs tambon | fa=04.5 fb=04.5
    N | 6501 | ติดตั้งไฟฟ้าแสงสว่างเสาสูง (High Mast) ทางแยกอินโดจีน อำเภอเมืองพิษณุโลก | 6501 | ติดตั้งสัญญาณไฟจราจรแบบนับถอยหลัง ทางแยกอินโดจีน อำเภอเมืองพิษณุโลก | high-mast lighting vs traffic signals at the same junction | fa=06.4 fb=04.5
    N | 200903 | ติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 3 ตอน สัตหีบ - บ้านพลา ระหว่าง กม.178+000 - กม.182+500 ตำบลพลูตาหลวง | 200903 | ไฟส่องสว่าง ทล.331 กม.0+000-4+500 ต.พลูตาหลวง อ.สัตหีบ | another highway through the same tambon | fa=06.4 fb=06.4
    # Solar cells and energy
    D | 500301 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ขนาด 30 kWp อาคารสำนักงานเทศบาลตำบลแม่แจ่ม | 5003 | Solar rooftop PV system, 30 kWp, Mae Chaem Subdistrict Municipality office | TH with English term vs EN | fa=04.3 fb=04.3
    N | 920601 | ติดตั้งระบบโซลาร์รูฟท็อป โรงพยาบาลห้วยยอด | 920601 | ติดตั้งระบบโซลาร์รูฟท็อป โรงเรียนห้วยยอด | same item at a different building in the same tambon | fa=04.3 fb=04.3
    D | 340302 | ระบบสูบน้ำพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านห้วยยาง หมู่ที่ 2 ตำบลห้วยยาง อำเภอโขงเจียม | 340302 | ระบบสูบน้ำโซลาร์เซลล์เพื่อการเกษตร บ้านห้วยยาง ม.2 // Solar-powered irrigation pump, Ban Huai Yang, Moo 2, Khong Chiam | synonyms พลังงานแสงอาทิตย์/โซลาร์เซลล์, bilingual | fa=04.3 fb=04.2
    N | 551204 | ติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านห้วยขวาก หมู่ที่ 5 ตำบลภูฟ้า | 551204 | ติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านห้วยขวาก หมู่ที่ 5 ตำบลภูฟ้า | same works in a later, non-overlapping period | fa=04.3 fb=04.3 ya=2568-2569 yb=2570
    # Waste and wastewater
    D | 8302 | ปรับปรุงและขยายระบบรวบรวมน้ำเสีย ระบบบำบัดน้ำเสียรวม เทศบาลเมืองป่าตอง | 830202 | Patong wastewater treatment: upgrade and extension of the sewage collection system, Patong Town Municipality | TH/EN, district vs tambon | fa=05.2 fb=05.2
    N | 550101 | ก่อสร้างระบบบำบัดน้ำเสีย โรงพยาบาลน่าน | 550101 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลเมืองน่าน | the hospital's own plant vs the town's central system: different works | fa=07.3 fb=05.2
    N | 770701 | ก่อสร้างระบบบำบัดน้ำเสียและระบบรวบรวมน้ำเสีย เทศบาลเมืองหัวหิน ระยะที่ 2 | 770701 | ก่อสร้างระบบบำบัดน้ำเสียและระบบรวบรวมน้ำเสีย เทศบาลเมืองหัวหิน ระยะที่ 3 | next phase of the same scheme | fa=05.2 fb=05.2
    D | 810301 | Improvement of the Ko Lanta solid waste disposal site (sanitary landfill), Ko Lanta Yai | 8103 | Ko Lanta landfill rehabilitation with a new leachate pond | English on both sides, one lists an extra component | fa=05.1 fb=05.1
    N | 2004 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ล้อ ความจุ 12 ลบ.หลา เมืองพัทยา | 200403 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ล้อ ความจุ 12 ลบ.หลา องค์การบริหารส่วนตำบลหนองปลาไหล | same truck spec bought by two different local bodies | fa=05.1 fb=05.1
    D | 800901 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี เทศบาลเมืองทุ่งสง | 8009 | Garbage compactor truck, 6-ton, 6-wheel, Thung Song Town Municipality | TH/EN, spec text only in Thai | fa=05.1 fb=05.1
    # Tourism facilities
    D | 710202 | ปรับปรุงแหล่งท่องเที่ยวน้ำตกไทรโยคน้อย (ทางเดินเท้า ห้องน้ำสาธารณะ และลานจอดรถ) | 7102 | Sai Yok Noi Waterfall tourism improvement: footpaths, public toilets and car park | TH/EN, tambon vs district | fa=04.7 fb=04.7
    N | 230701 | ก่อสร้างห้องน้ำสาธารณะ น้ำตกคลองพลู ตำบลเกาะช้าง | 230701 | ก่อสร้างลานจอดรถ น้ำตกคลองพลู ตำบลเกาะช้าง | toilets vs car park at the same waterfall | fa=04.7 fb=04.7
    D | 760401 | ปรับปรุงภูมิทัศน์ชายหาดชะอำ ทางเดินริมหาดและลานกิจกรรม // Cha-am beach landscape improvement | 7604 | ปรับปรุงภูมิทัศน์ชายหาดชะอำ (ทางเดินเลียบหาด ลานกิจกรรม) อำเภอชะอำ จังหวัดเพชรบุรี | bilingual vs Thai, tambon vs district | fa=04.7 fb=04.7
    N | 580301 | Nature trail and viewing deck, Yun Lai viewpoint, Wiang Tai, Pai | 580305 | ก่อสร้างทางเดินชมธรรมชาติและจุดชมวิว กองแลน ตำบลทุ่งยาว อำเภอปาย | same kind of works at another site in the same district | fa=04.7 fb=04.7
    D | 70 | ปรับปรุงท่าเทียบเรือและทางเดินริมคลอง ตลาดน้ำดำเนินสะดวก | 7004 | Damnoen Saduak Floating Market: pier and canal-side walkway improvement | PAO plan at province code vs district, TH/EN | fa=04.7 fb=04.7
    N | 730101 | ปรับปรุงภูมิทัศน์รอบองค์พระปฐมเจดีย์ ระยะที่ 2 | 7301 | Landscape improvement around Phra Pathom Chedi, phase 3 // ปรับปรุงภูมิทัศน์รอบองค์พระปฐมเจดีย์ (ระยะ 3) | next phase of the same site works, bilingual | fa=08.2 fb=04.7
    # Equipment and vehicles for named units
    D | 400502 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี หรือกำลังเครื่องยนต์สูงสุดไม่ต่ำกว่า 170 กิโลวัตต์ องค์การบริหารส่วนตำบลโนนหัน | 400502 | รถบรรทุกน้ำดับเพลิง 6,000 ลิตร อบต.โนนหัน | full spec text vs short line | fa=03.2 fb=03.2
    N | 400502 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ องค์การบริหารส่วนตำบลโนนหัน | 400506 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ องค์การบริหารส่วนตำบลหนองไผ่ | same spec, neighbouring SAO's own truck | fa=03.2 fb=03.2
    D | 5803 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง โรงพยาบาลปาย | 580301 | Advanced life support ambulance (van) for Pai Hospital | TH/EN, district vs tambon | fa=07.3 fb=07.3
    N | 31 | จัดซื้อรถขุดตีนตะขาบ ขนาด 120 แรงม้า องค์การบริหารส่วนจังหวัดบุรีรัมย์ | 310701 | จัดซื้อรถขุดตีนตะขาบ ขนาด 120 แรงม้า องค์การบริหารส่วนตำบลประโคนชัย | same machine for the PAO and for an SAO: each unit's own | fa=06.2 fb=06.2
    D | 4712 | เครื่องเอกซเรย์ทั่วไปชนิดดิจิตอล ขนาดไม่น้อยกว่า ๕๐๐ mA โรงพยาบาลสว่างแดนดิน | 471201 | เครื่องเอกซเรย์ทั่วไปชนิดดิจิตอล ขนาดไม่น้อยกว่า 500 mA รพ.สว่างแดนดิน จ.สกลนคร | Thai vs Arabic digits, รพ. abbreviation | fa=07.3 fb=07.3
    N | 950201 | จัดซื้อครุภัณฑ์ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนเบตง (วีระราษฎร์ประสาน) | 950202 | จัดซื้อครุภัณฑ์ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนบ้านยะรม | same equipment for two different schools | fa=09.2 fb=09.1
    N | 801201 | เครื่องตรวจอวัยวะภายในด้วยคลื่นเสียงความถี่สูง (Ultrasound) โรงพยาบาลปากพนัง | 801201 | เครื่องเอกซเรย์ทั่วไปชนิดดิจิตอล โรงพยาบาลปากพนัง | ultrasound vs x-ray for the same hospital: different items | fa=07.3 fb=07.3
    # Bangkok
    D | 103005 | Pedestrian bridge across Phahonyothin Road at Chatuchak Park | 1030 | Footbridge over Phahon Yothin Rd near Chatuchak Park, Chatuchak district | English on both sides, spelling and abbreviation, khwaeng vs khet
    N | 1011 | ก่อสร้างสะพานลอยคนเดินข้าม ถนนฉลองกรุง หน้าสถาบันเทคโนโลยีพระจอมเกล้าเจ้าคุณทหารลาดกระบัง | 1011 | Pedestrian overpass on Chalong Krung Road in front of Lat Krabang Industrial Estate | same road, a different location
`,
};
