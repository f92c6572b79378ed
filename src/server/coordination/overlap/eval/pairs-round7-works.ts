/**
 * Round 7, held out: public works and purchases as they appear in provincial development plans,
 * PAO and municipal plans and Department budget lines (Highways, Rural Roads, Royal Irrigation,
 * Water Resources, Local Administration, Public Health, Education). Written and labelled without
 * running the engine and without reading it or the earlier pair files; all `test` (see load.ts).
 */
import type { Block } from './load.js';

export const ROUND7_WORKS_PAIRS: Block = {
  category: 'round7-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Highways: control sections and km ranges
D | 5704 | ปรับปรุงผิวทาง ทางหลวงหมายเลข 1020 ตอน เทิง - เชียงของ ระหว่าง กม.12+000 - กม.18+500 ปริมาณงาน 6.500 กิโลเมตร | 5704 | Pavement rehabilitation, Highway 1020 Thoeng - Chiang Khong, km 12+000 to 18+500 | same control section and km range, TH/EN
N | 5704 | งานบำรุงทางพิเศษ ทล.1020 ตอน เทิง - เชียงของ กม.31+200 - กม.36+000 | 5704 | ปรับปรุงผิวทาง ทางหลวงหมายเลข 1020 ตอน เทิง - เชียงของ ระหว่าง กม.12+000 - กม.18+500 | same highway and control section, km ranges do not overlap
D | 6306 | ติดตั้งไฟฟ้าแสงสว่างพร้อมเสาไฟกิ่งคู่ ทางหลวงหมายเลข 12 ตอน แม่สอด - ริมเมย ระหว่าง กม.84+100 - กม.87+900 อำเภอแม่สอด จังหวัดตาก | 630601 | Street lighting on Highway 12 (Mae Sot - Rim Moei) km 84.1 - 87.9, Mae Sot | same lighting on the same section, km in two notations, district vs tambon code | fa=04.5 fb=06.4
N | 6306 | ก่อสร้างสะพานกลับรถ ทางหลวงหมายเลข 12 ตอน แม่สอด - ริมเมย กม.85+350 | 6306 | ติดตั้งไฟฟ้าแสงสว่าง ทล.12 ตอน แม่สอด - ริมเมย กม.84+100 - กม.87+900 | U-turn bridge and lighting on the same section: different works | fa=04.5 fb=06.4
D | 3021 | ก่อสร้างสะพานลอยคนเดินข้าม ทางหลวงหมายเลข 2 กม.155+600 บริเวณหน้าโรงเรียนปากช่อง อำเภอปากช่อง | 302101 | Pedestrian overpass on Mittraphap Road (Highway 2) in front of Pak Chong School | same overpass, road name vs highway number, EN
N | 302101 | สะพานลอยคนเดินข้าม ทล.2 หน้าโรงเรียนปากช่อง | 302102 | ก่อสร้างสะพานลอยคนเดินข้าม ทางหลวงหมายเลข 2 กม.147+250 หน้าวัดกลางดง ตำบลกลางดง | same kind of overpass on the same highway, another site 8 km away
N | 7707 | งานเพิ่มประสิทธิภาพระบบระบายน้ำ ทางหลวงหมายเลข 4 ตอน หัวหิน - ปราณบุรี ระหว่าง กม.229+500 - กม.232+000 | 7604 | Drainage improvement on Phetkasem Road (Highway 4) through Cha-Am town, km 196+000 - 198+800 | same kind of work on the same highway, another town and province
D | 5803 | แก้ไขปัญหาดินสไลด์ ก่อสร้างกำแพงกันดิน ทางหลวงหมายเลข ๑๐๙๕ ตอน แม่มาลัย - ปาย กม.๘๘+๒๕๐ - กม.๘๘+๙๐๐ | 5803 | Retaining wall for landslide repair, Route 1095 Mae Malai - Pai, km 88+250 - 88+900 | Thai digits vs Arabic, TH/EN
N | 5803 | กำแพงกันดิน ทล.1095 แม่มาลัย - ปาย กม.88+250 - กม.88+900 | 5803 | ก่อสร้างกำแพงกันดิน ทางหลวงหมายเลข 1095 ตอน แม่มาลัย - ปาย กม.88+900 - กม.89+600 | adjacent sections meeting at km 88+900, no overlap
D | 5004 | ขยายทางหลวงหมายเลข 107 เป็น 4 ช่องจราจร ตอน แม่แตง - เชียงดาว ระหว่าง กม.68+000 - กม.75+500 (ระยะที่ 2) | 5004 | ขยาย ทล.107 แม่แตง-เชียงดาว ระยะ 2 // Widening of Route 107 Mae Taeng - Chiang Dao to four lanes, phase 2 | same phase; the contract spans two years on one side | ya=2568-2569
N | 5004 | Widening of Route 107 Mae Taeng - Chiang Dao to four lanes, phase 2 (km 68+000 - 75+500) | 5004 | ขยายทางหลวงหมายเลข 107 เป็น 4 ช่องจราจร ตอน แม่แตง - เชียงดาว ระยะที่ 3 กม.75+500 - กม.82+000 | next phase, next section
N | 361004 | ปรับปรุงทางแยกพร้อมติดตั้งสัญญาณไฟจราจร ทางหลวงหมายเลข 201 แยกบ้านแก้ง อำเภอภูเขียว | 361008 | ติดตั้งสัญญาณไฟจราจร ทางหลวงหมายเลข 201 แยกหนองตูม ตำบลหนองตูม อำเภอภูเขียว | same road, another junction
D | 4805 | บูรณะทางผิวแอสฟัลต์ ทางหลวงหมายเลข 212 ตอน ธาตุพนม - ดอนตาล ระหว่าง กม.๔๒+๐๐๐ - กม.๔๘+๐๐๐ | 4805 | บูรณะทางผิวแอสฟลัต ทล.212 ธาตุพนม-ดอนตาล กม.42-48 | OCR-like misspelling, Thai digits, abbreviated km
D | 210301 | ก่อสร้างทางเท้าและรางระบายน้ำ ทางหลวงหมายเลข 3 ช่วงผ่านชุมชนแกลง กม.262+000 - กม.264+300 | 2103 | Footpath and side drains along Sukhumvit Road (Highway 3) through Klaeng town, km 262+000 - 264+300 | same section, road name vs number, EN
# Rural roads and bridges
D | 4712 | งานบำรุงรักษาทาง (ฉาบผิวทางแอสฟัลต์) ถนนสาย สน.3007 แยก ทล.22 - บ้านโคกสี อำเภอสว่างแดนดิน จังหวัดสกลนคร ระยะทาง 4.200 กิโลเมตร | 471208 | Surface dressing of rural road SN.3007 (junction Hwy 22 - Ban Khok Si), 4.2 km, Sawang Daen Din | same rural road by code, EN, district vs tambon code
D | 330415 | ก่อสร้างถนนลาดยาง สาย ศก.4015 แยก ทล.221 - บ้านโนนสำราญ ตำบลโนนสำราญ อำเภอกันทรลักษ์ | 3304 | โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายแยกทางหลวง 221 - บ้านโนนสำราญ อ.กันทรลักษ์ จ.ศรีสะเกษ | same road; one gives the DRR code, the other only its ends, spelling differs
D | 920208 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามคลองลุ บ้านคลองลุ หมู่ที่ 3 ตำบลคลองลุ อำเภอกันตัง ขนาดกว้าง 8.00 เมตร ยาว 60.00 เมตร | 9202 | Reinforced concrete bridge over Khlong Lu, Ban Khlong Lu Moo 3, Kantang | same bridge, dimensions only on the Thai side, EN
N | 920208 | สะพาน คสล. ข้ามคลองลุ บ้านคลองลุ ม.3 ต.คลองลุ | 920208 | ก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามคลองลุ บ้านทุ่งยาว หมู่ที่ 6 ตำบลคลองลุ | same canal, another village and moo
# Local roads
D | 450503 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองไผ่ หมู่ที่ 4 ตำบลหนองไผ่ ขนาดกว้าง 4.00 เมตร ยาว 250 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 1,000 ตารางเมตร | 450503 | ถนน คสล. ม.4 บ้านหนองไผ่ | long budget-bill title with dimensions vs short plan title
N | 450503 | ก่อสร้างถนน คสล. บ้านหนองไผ่ หมู่ที่ 4 ตำบลหนองไผ่ | 450503 | ก่อสร้างถนน คสล. บ้านหนองไผ่ หมู่ที่ 11 ตำบลหนองไผ่ | same village name, another moo
D | 4505 | ก่อสร้างถนนลาดยาง สายบ้านเขวาทุ่ง - บ้านดอนแดง ตำบลเขวาทุ่ง อำเภอธวัชบุรี | 450510 | Asphalt road, Ban Don Daeng - Ban Khewa Thung, Tambon Khewa Thung, Thawat Buri | ends in the other order, EN, district vs tambon code
N | 4005 | ก่อสร้างถนน คสล. สายบ้านหนองไผ่ - บ้านโนนสะอาด อำเภอชุมแพ | 4005 | ก่อสร้างถนน คสล. สายบ้านหนองไผ่ - บ้านวังหินลาด อำเภอชุมแพ | same start village, another road
D | 500402 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านแม่ป๋าม หมู่ที่ ๘ ตำบลเมืองนะ อำเภอเชียงดาว | 500402 | กอ่สร้างถนน คสล. บ.แม่ป๋าม ม.8 ต.เมืองนะ | abbreviations, swapped tone mark, Thai digits
D | 103801 | ปรับปรุงผิวจราจรและทางเท้า ซอยลาดพร้าว 71 (ซอยนาคนิวาส) แขวงลาดพร้าว เขตลาดพร้าว | 1038 | Resurfacing and footpath repair, Soi Lat Phrao 71 (Nak Niwat), Lat Phrao District | same soi, EN, khet vs khwaeng
N | 1038 | Resurfacing of Soi Lat Phrao 71 (Nak Niwat), Lat Phrao District | 1045 | ปรับปรุงผิวจราจร ซอยลาดพร้าว 64 เขตวังทองหลาง | another soi across Lat Phrao Road, another khet
# Drainage and flood walls
D | 550101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำน่าน ชุมชนดอนศรีเสริม ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน ความยาว 450 เมตร | 5501 | Nan River bank protection wall, Don Si Soem community, Nai Wiang, Mueang Nan (450 m) | same wall, EN | fa=06.2 fb=04.2
N | 550101 | เขื่อนป้องกันตลิ่งริมแม่น้ำน่าน ชุมชนดอนศรีเสริม ต.ในเวียง | 550103 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำน่าน บ้านท่าล้อ ตำบลผาสิงห์ อำเภอเมืองน่าน | same river, another site and tambon | fa=04.2 fb=04.2
D | 901101 | ก่อสร้างระบบระบายน้ำ ถนนศรีภูวนารถ ช่วงถนนเพชรเกษม - คลองเตย เทศบาลนครหาดใหญ่ | 9011 | Storm drainage, Sri Phuwanart Road (Phetkasem Road to Khlong Toei canal), Hat Yai | same street and section, EN | fa=05.2 fb=05.2
N | 901101 | ก่อสร้างระบบระบายน้ำ ถนนศรีภูวนารถ ช่วงถนนเพชรเกษม - คลองเตย | 901101 | ก่อสร้างระบบระบายน้ำ ถนนนิพัทธ์อุทิศ 3 ช่วงถนนศรีภูวนารถ - ถนนประชาธิปัตย์ | another street; the first one's name is only an end point here | fa=05.2 fb=05.2
D | 200402 | วางท่อระบายนํ้า คสล. ขนาดเส้นผ่าศูนย์กลาง 1.00 เมตร ถนนพัทยากลาง เมืองพัทยา | 200402 | Storm drain pipes (1.00 m diameter), Pattaya Klang Road, Pattaya City | split sara am on the Thai side, EN | fa=05.2 fb=05.2
D | 103802 | ก่อสร้างเขื่อน คสล. ริมคลองลาดพร้าว ฝั่งซ้าย ช่วงถนนประเสริฐมนูกิจ - ถนนลาดพร้าว เขตลาดพร้าว | 1038 | Concrete flood wall, Khlong Lat Phrao left bank, Prasert-Manukitch Road to Lat Phrao Road | same wall and bank, EN | fa=04.2 fb=04.2
N | 1038 | ก่อสร้างเขื่อน คสล. ริมคลองลาดพร้าว ฝั่งซ้าย ช่วงถนนประเสริฐมนูกิจ - ถนนลาดพร้าว | 1038 | ก่อสร้างเขื่อน คสล. ริมคลองลาดพร้าว ฝั่งขวา ช่วงถนนประเสริฐมนูกิจ - ถนนลาดพร้าว | the other bank, a separate wall | fa=04.2 fb=04.2
D | 140507 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา บริเวณวัดบ้านคลัง หมู่ที่ 1 ตำบลบ้านคลัง อำเภอบางบาล | 140507 | เขื่อนป้องกันตลิ่งแม่นํ้าเจ้าพระยา วัดบ้านคลัง ม.1 | split sara am, short title | fa=04.2 fb=04.2
N | 140507 | เขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา วัดบ้านคลัง ม.1 | 140507 | ก่อสร้างท่าเทียบเรือ (โป๊ะ) หน้าวัดบ้านคลัง หมู่ที่ 1 ตำบลบ้านคลัง | a pier at the same temple, not the bank wall | fa=04.2 fb=04.5
D | 801607 | ก่อสร้างโครงสร้างป้องกันการกัดเซาะชายฝั่ง บ้านบางนบ หมู่ที่ 3 ตำบลบางนบ อำเภอหัวไทร | 8016 | Coastal erosion protection, Ban Bang Nop Moo 3, Hua Sai | same works, EN | fa=05.4 fb=04.2
N | 801607 | ป้องกันการกัดเซาะชายฝั่ง บ้านบางนบ ม.3 | 801611 | ก่อสร้างโครงสร้างป้องกันการกัดเซาะชายฝั่ง บ้านเกาะเพชร หมู่ที่ 5 ตำบลเกาะเพชร อำเภอหัวไทร | same kind of work on another tambon's coast | fa=05.4 fb=05.4
# Water supply and irrigation
D | 471212 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านค้อใต้ หมู่ที่ 2 ตำบลค้อใต้ อำเภอสว่างแดนดิน | 4712 | Large groundwater village water supply system, Ban Kho Tai Moo 2, Sawang Daen Din | same system, EN | fa=06.3 fb=06.3
N | 471212 | ประปาบาดาลขนาดใหญ่ บ้านค้อใต้ ม.2 | 471212 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโนนสวรรค์ หมู่ที่ 7 ตำบลค้อใต้ | another village in the same tambon | fa=06.3 fb=06.3
N | 640501 | ปรับปรุงระบบประปาหมู่บ้าน บ้านหาดเสี้ยว หมู่ที่ 1 ตำบลหาดเสี้ยว อำเภอศรีสัชนาลัย | 640503 | ปรับปรุงระบบประปาหมู่บ้าน บ้านแม่สำ หมู่ที่ 1 ตำบลแม่สำ | same item, moo 1 of another tambon | fa=06.3 fb=06.3
D | 341524 | ก่อสร้างประตูระบายน้ำห้วยขะยุง พร้อมอาคารประกอบ ตำบลห้วยขะยุง อำเภอวารินชำราบ จังหวัดอุบลราชธานี | 3415 | Huai Khayung regulator and appurtenant structures, Warin Chamrap | same regulator; the contract spans two years on one side | fa=04.2 fb=04.2 ya=2568-2569
N | 341524 | ประตูระบายน้ำห้วยขะยุง พร้อมอาคารประกอบ | 341524 | ขุดลอกลำห้วยขะยุง ช่วงบ้านห้วยขะยุง - บ้านโนนสว่าง ระยะทาง 3.5 กม. | dredging the same stream, not the regulator | fa=04.2 fb=04.2
D | 400801 | ก่อสร้างฝายน้ำล้น แบบ มข.2527 ลำห้วยทราย บ้านโคกสูง หมู่ที่ 3 ตำบลโคกสูง อำเภออุบลรัตน์ | 4008 | Overflow weir (KKU 2527 type) on Huai Sai creek, Ban Khok Sung Moo 3, Ubolratana | same weir, EN | fa=04.2 fb=04.2
D | 310408 | ขุดลอกหนองน้ำสาธารณะ หนองตะโก บ้านหนองกง หมู่ที่ 5 ตำบลหนองกง อำเภอนางรอง ปริมาณดินขุดไม่น้อยกว่า 24,000 ลบ.ม. | 3104 | ขุดลอกหนองตะโก ม.5 ต.หนองกง // Dredging of Nong Tako public pond, Ban Nong Kong Moo 5, Nang Rong | bilingual short title vs long title with volume | fa=04.2 fb=04.2
N | 310408 | ขุดลอกหนองตะโก บ้านหนองกง หมู่ที่ 5 | 310408 | ขุดลอกหนองน้ำสาธารณะ หนองตะโก บ้านหนองกง หมู่ที่ 5 ตำบลหนองกง | same pond, next fiscal year | fa=04.2 fb=04.2 yb=2569
N | 340305 | ก่อสร้างระบบสูบน้ำพลังงานแสงอาทิตย์ ขนาด 10 กิโลวัตต์ บ้านห้วยไผ่ หมู่ที่ 1 ตำบลห้วยไผ่ อำเภอโขงเจียม | 340305 | ติดตั้งไฟฟ้าแสงสว่างพลังงานแสงอาทิตย์ (โซล่าเซลล์) บ้านห้วยไผ่ หมู่ที่ 1 | solar street lights in the same village, not the pump | fa=04.2 fb=06.4
D | 221004 | ก่อสร้างอ่างเก็บน้ำคลองพลู อันเนื่องมาจากพระราชดำริ ตำบลคลองพลู อำเภอเขาคิชฌกูฏ จังหวัดจันทบุรี | 2210 | Khlong Phlu reservoir (royal initiative project), Khao Khitchakut | same reservoir, multi-year contract on one side | fa=04.2 fb=04.2 ya=2568-2570
N | 600304 | ซ่อมแซมสถานีสูบน้ำด้วยไฟฟ้า บ้านเกยไชย หมู่ที่ 2 ตำบลเกยไชย อำเภอชุมแสง | 600304 | ก่อสร้างคลองส่งน้ำคอนกรีตดาดจากสถานีสูบน้ำด้วยไฟฟ้า บ้านเกยไชย หมู่ที่ 2 ความยาว 1,200 เมตร | repair of the pumping station vs a new lined canal from it: different works | fa=04.2 fb=04.2
# Energy and lighting
D | 45 | Solar rooftop system 100 kWp, Roi Et Provincial Hall | 4501 | Installation of a 100 kWp rooftop photovoltaic system at Roi Et City Hall (Sala Klang Changwat) | EN-EN, province vs district code | fa=04.3 fb=04.3
N | 4501 | Rooftop solar PV 100 kWp, Roi Et Provincial Hall | 4501 | Rooftop solar PV 100 kWp, Roi Et Hospital | EN-EN, same spec on another building | fa=04.3 fb=04.3
D | 910504 | ติดตั้งไฟฟ้าแสงสว่างพลังงานแสงอาทิตย์ ถนนสายปากน้ำ - ท่าเทียบเรือปากบารา ตำบลปากน้ำ อำเภอละงู | 9105 | ไฟถนนโซล่าเซลล์ สายปากน้ำ-ท่าเรือปากบารา // Solar street lights, Pak Nam - Pak Bara pier road, La-Ngu | bilingual short title | fa=06.4 fb=06.4
D | 1030 | Replacement of traffic signals at the Ratchadaphisek - Lat Phrao intersection, Chatuchak | 103003 | Traffic light upgrade, Lat Phrao intersection on Ratchadaphisek Road | EN-EN, khet vs khwaeng
N | 1030 | Replacement of traffic signals at the Ratchadaphisek - Lat Phrao intersection | 1030 | Replacement of traffic signals at the Phahonyothin - Lat Phrao intersection (Ha Yaek Lat Phrao) | EN-EN, same road, another intersection
# Public buildings
D | 540302 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 (ต้านแผ่นดินไหว) โรงเรียนบ้านปิน ตำบลบ้านปิน อำเภอลอง จังหวัดแพร่ | 5403 | School building (type 105/29, earthquake-resistant), Ban Pin School, Long | same building, EN | fa=09.1 fb=09.1
D | 270601 | ปรับปรุงอาคารผู้ป่วยนอก (OPD) โรงพยาบาลอรัญประเทศ อำเภออรัญประเทศ จังหวัดสระแก้ว | 2706 | Renovation of the outpatient (OPD) building, Aranyaprathet Hospital | same renovation, EN | fa=07.3 fb=07.3
N | 2706 | Renovation of the outpatient building, Aranyaprathet Hospital | 270601 | ก่อสร้างอาคารผู้ป่วยใน 5 ชั้น โรงพยาบาลอรัญประเทศ | a new in-patient building at the same hospital | fa=07.3 fb=07.3
N | 840406 | ก่อสร้างศูนย์พัฒนาเด็กเล็ก ชุมชนบ้านบ่อผุด เทศบาลนครเกาะสมุย | 840407 | ก่อสร้างศูนย์พัฒนาเด็กเล็ก ชุมชนบ้านแม่น้ำ ตำบลแม่น้ำ เกาะสมุย | same building type in another community | fa=09.1 fb=09.1
# Waste and wastewater
N | 3015 | Sanitary landfill for the Phimai waste cluster, phase 1 | 3015 | ก่อสร้างบ่อฝังกลบขยะมูลฝอย (บ่อที่ 2) ศูนย์กำจัดขยะมูลฝอยกลุ่มพื้นที่พิมาย ระยะที่ 2 | second cell, next phase | fa=05.1 fb=05.1
D | 2307 | ก่อสร้างระบบบำบัดน้ำเสียรวม พื้นที่เกาะช้าง ระยะที่ 1 จังหวัดตราด | 230701 | Central wastewater treatment system for Ko Chang, phase 1 | same phase, multi-year on one side | fa=05.2 fb=05.2 ya=2568-2570
N | 230701 | จัดซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาดไม่น้อยกว่า 6 ตัน 6 ล้อ จำนวน 1 คัน องค์การบริหารส่วนตำบลเกาะช้าง | 230702 | จัดซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาดไม่น้อยกว่า 6 ตัน 6 ล้อ จำนวน 1 คัน องค์การบริหารส่วนตำบลเกาะช้างใต้ | same spec bought by two SAOs | fa=05.1 fb=05.1
# Tourism facilities
D | 570409 | ปรับปรุงภูมิทัศน์และจุดชมวิวภูชี้ฟ้า ตำบลตับเต่า อำเภอเทิง จังหวัดเชียงราย | 5704 | Phu Chi Fa viewpoint and landscape improvement, Thoeng | same site and works, EN | fa=04.7 fb=08.1
N | 570409 | ปรับปรุงจุดชมวิวภูชี้ฟ้า ตำบลตับเต่า | 570409 | ก่อสร้างห้องน้ำสาธารณะและลานจอดรถ แหล่งท่องเที่ยวภูชี้ฟ้า ตำบลตับเต่า | toilets and car park at the same site, not the viewpoint | fa=04.7 fb=04.7
D | 710801 | บูรณะซ่อมแซมสะพานไม้อุตตมานุสรณ์ (สะพานมอญ) ตำบลหนองลู อำเภอสังขละบุรี | 7108 | Repair of the Mon wooden bridge (Uttamanusorn Bridge), Sangkhla Buri | same bridge, two names, EN | fa=04.7 fb=04.5
N | 830202 | Patong Beach promenade improvement, Kathu | 830203 | Kamala Beach promenade improvement, Kathu | EN-EN, same kind of work at another beach | fa=04.7 fb=04.7
N | 810302 | Construction of a passenger pier at Ko Lanta Noi | 810305 | ก่อสร้างท่าเทียบเรือ ท่าเรือศาลาด่าน ตำบลศาลาด่าน อำเภอเกาะลันตา | a pier on the other island
N | 380601 | ก่อสร้างหอดูนกและทางเดินศึกษาธรรมชาติ บึงโขงหลง อำเภอบึงโขงหลง | 3806 | Tourist boat landing at Bueng Khong Long lake | same lake, a different facility | fa=04.7 fb=04.7
# Equipment and vehicles for named units
D | 480609 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาดความจุไม่น้อยกว่า 6,000 ลิตร ชนิด 6 ล้อ จำนวน 1 คัน องค์การบริหารส่วนตำบลนาขาม | 4806 | อุดหนุนจัดซื้อรถบรรทุกน้ำดับเพลิง 6,000 ลิตร ให้ อบต.นาขาม อำเภอเรณูนคร | PAO subsidy for the same truck of the same SAO | fa=03.2 fb=03.2
N | 480609 | รถบรรทุกน้ำดับเพลิง 6,000 ลิตร อบต.นาขาม | 480607 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาดความจุไม่น้อยกว่า 6,000 ลิตร ชนิด 6 ล้อ จำนวน 1 คัน องค์การบริหารส่วนตำบลหนองย่างชิ้น | same spec bought by another SAO | fa=03.2 fb=03.2
D | 860401 | ครุภัณฑ์การแพทย์ เครื่องเอกซเรย์ดิจิตอลชนิดติดตั้งเพดาน โรงพยาบาลหลังสวน ตำบลหลังสวน อำเภอหลังสวน จำนวน 1 เครื่อง | 8604 | Ceiling-mounted digital X-ray unit, Lang Suan Hospital (1 unit) | same unit for the same hospital, EN | fa=07.1 fb=07.3
N | 8604 | Ceiling-mounted digital X-ray unit, Lang Suan Hospital | 8607 | Ceiling-mounted digital X-ray unit, Sawi Hospital | EN-EN, same spec for another hospital | fa=07.1 fb=07.1
N | 930601 | เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 2 (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว) จำนวน 20 เครื่อง โรงเรียนปากพะยูนพิทยาคาร | 930604 | เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 2 (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว) จำนวน 20 เครื่อง โรงเรียนบ้านเกาะหมาก | same spec for another school | fa=09.2 fb=09.1
D | 5201 | จัดซื้อรถขุดตีนตะขาบ ขนาดไม่น้อยกว่า 140 แรงม้า จำนวน 1 คัน สำนักงานชลประทานที่ 2 | 52 | Crawler excavator (140 hp or more), Regional Irrigation Office 2, Lampang | same machine for the same office, EN, province vs district code | fa=04.2 fb=04.2
N | 52 | Crawler excavator (140 hp or more), Regional Irrigation Office 2, Lampang | 5201 | จัดซื้อรถขุดตีนตะขาบ ขนาดไม่น้อยกว่า 140 แรงม้า จำนวน 1 คัน กองช่าง องค์การบริหารส่วนจังหวัดลำปาง | same spec for another unit in the same city | fa=04.2 fb=04.5
`,
};
