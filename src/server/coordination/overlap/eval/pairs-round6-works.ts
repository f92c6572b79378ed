/**
 * Round 6, works (held out whole): public works and purchases as they appear in provincial
 * development plans, PAO and municipal plans and Department budget lines (Highways, Rural
 * Roads, Royal Irrigation, Water Resources, Local Administration, Public Health, Education).
 * Written and labelled after the engine was last tuned, without running the engine on them.
 * Area codes and place names follow reference/thailand (districts.json, subdistricts.json);
 * village names, km chainages and dimensions are made up but in the form real plans use.
 */
import type { Block } from './load.js';

export const ROUND6_WORKS_PAIRS: Block = {
  category: 'round6-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Highways and bridges
D | 5701,5704 | โครงการขยายทางหลวงหมายเลข 1020 ตอน เชียงราย - เทิง ระหว่าง กม.12+000 - กม.18+500 ให้เป็น 4 ช่องจราจร | 5701 | Widening of Highway 1020 Chiang Rai–Thoeng to four lanes, km 12+000 to km 18+500 | same section, TH/EN; one side also codes the far district
N | 5704 | ขยายทางหลวงหมายเลข 1020 ตอน เชียงราย - เทิง กม.31+200 - กม.37+800 | 5701,5704 | ขยายทางหลวงหมายเลข 1020 ตอน เชียงราย - เทิง ระหว่าง กม.12+000 - กม.18+500 | same highway and control section, km ranges do not overlap
D | 5506 | ก่อสร้างสะพาน คสล. ข้ามลำน้ำน่าน บ้านดอนตัน หมู่ที่ 5 ตำบลป่าคา อำเภอท่าวังผา จังหวัดน่าน | 550602 | สะพานคอนกรีตเสริมเหล็กข้ามแม่น้ำน่าน บ.ดอนตัน ม.5 ต.ป่าคา ขนาดกว้าง 8.00 ม. ยาว 120 ม. | same bridge; district vs tambon code, abbreviations, dimensions on one side
N | 550602 | ก่อสร้างสะพาน คสล. ข้ามลำน้ำน่าน บ้านดอนตัน หมู่ที่ 5 ตำบลป่าคา | 550609 | ก่อสร้างสะพาน คสล. ข้ามลำน้ำน่าน บ้านหัวน้ำ หมู่ที่ 2 ตำบลท่าวังผา | same river, another crossing in the next tambon
D | 6306 | ติดตั้งสัญญาณไฟจราจร ทางแยกบ้านแม่ตาว ทางหลวงหมายเลข 105 กม.84+250 อำเภอแม่สอด | 630604 | Traffic signals at Ban Mae Tao junction, Highway 105 km 84+250, Mae Sot | same junction, TH/EN
N | 630604 | ติดตั้งสัญญาณไฟจราจร ทางแยกบ้านแม่ตาว ทล.105 | 630602 | ติดตั้งสัญญาณไฟจราจร ทางแยกบ้านแม่กุ ทางหลวงหมายเลข 1090 | another junction on another highway in the same district
D | 7106 | ก่อสร้างสะพานข้ามแม่น้ำแม่กลอง (ท่าม่วง - ท่าล้อ) พร้อมถนนต่อเชื่อม อำเภอท่าม่วง จังหวัดกาญจนบุรี (งบผูกพัน 2568-2569) | 710604 | Mae Klong River bridge, Tha Muang – Tha Lo, with approach roads | multi-year bridge vs its second year: the periods overlap | ya=2568-2569 yb=2569
D | 2404 | ก่อสร้างสะพานคู่ขนานข้ามแม่น้ำบางปะกง ทางหลวงหมายเลข 34 (ถนนบางนา - ตราด) กม.46+800 | 240401 | Parallel bridge over the Bang Pakong River on Highway 34 (Bang Na–Trat Road), km 46+800 | same bridge, TH/EN
N | 310104 | ก่อสร้างทางแยกต่างระดับ ทางหลวงหมายเลข 219 กม.9+450 (แยกบ้านบัว) | 3101 | ก่อสร้างทางแยกต่างระดับ ทางหลวงหมายเลข 219 กม.2+800 (แยกเข้าเมืองบุรีรัมย์ ด้านทิศเหนือ) | two interchanges at different km on the same highway
# Rural and municipal roads
D | 3015 | ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สาย นม.3052 แยก ทล.206 - บ้านหนองระเวียง อำเภอพิมาย จังหวัดนครราชสีมา | 301512 | ถนนสาย นม.3052 บ้านหนองระเวียง - แยก ทล.206 (ผิวแอสฟัลท์ติกคอนกรีต) อ.พิมาย | same rural road, ends in the other order, district vs tambon code
N | 2004 | ก่อสร้างถนนแอสฟัลท์ติกคอนกรีต สาย ชบ.3008 แยก ทล.36 - บ้านหนองปลาไหล อำเภอบางละมุง จังหวัดชลบุรี | 200403 | ก่อสร้างถนนแอสฟัลท์ติกคอนกรีต สาย ชบ.3008 แยก ทล.36 - บ้านหนองปลาไหล | same road, next fiscal year | yb=2569
D | 920601 | ก่อสร้างถนน คสล. ซอยเทศบาล 5 ชุมชนตลาดห้วยยอด ผิวจราจรกว้าง 4.00 เมตร ยาว 210 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 840 ตารางเมตร | 920601 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 5 เทศบาลตำบลห้วยยอด จังหวัดตรัง | same soi; full dimensions on one side, คสล. spelled out on the other
N | 920601 | ก่อสร้างถนน คสล. ซอยเทศบาล 5 เทศบาลตำบลห้วยยอด | 920601 | ก่อสร้างถนน คสล. ซอยเทศบาล 15 เทศบาลตำบลห้วยยอด | another soi of the same municipality
N | 800905 | ก่อสร้างถนน คสล. สายบ้านนาไม้ไผ่ - บ้านควนเกย ตำบลนาไม้ไผ่ อำเภอทุ่งสง | 8009 | Concrete road, Ban Na Mai Phai – Ban Thung Pho, Thung Song | TH/EN; another road sharing one end
D | 100307 | ก่อสร้างถนน ค.ส.ล. พร้อมท่อระบายน้ำ ซอยเลียบวารี 40 แขวงลำผักชี เขตหนองจอก | 1003 | Concrete road with drainage pipes, Soi Liap Wari 40, Nong Chok | same soi, khwaeng vs khet code, TH/EN
D | 500402 | ก่อสรา้งถนนลูกรัง บ้านห้วยหญ้าไซ หมู่ที่ ๘ ตำบลเมืองนะ | 500402 | ก่อสร้างถนนลูกรัง บ.ห้วยหญ้าไซ ม.8 ต.เมืองนะ อ.เชียงดาว จ.เชียงใหม่ | same road; swapped tone mark, Thai digits, abbreviations
N | 570404 | ปรับปรุงซ่อมแซมถนนลูกรัง สายบ้านแม่ลอยไร่ - บ้านห้วยหลวง หมู่ที่ ๑ ตำบลแม่ลอย | 570404 | ปรับปรุงซ่อมแซมถนนลูกรัง สายบ้านแม่ลอยไร่ - บ้านป่าสักหลวง หมู่ที่ ๑ ตำบลแม่ลอย | another road out of the same village; Thai digits on both
N | 100608 | ปรับปรุงทางเท้าถนนรามคำแหง ช่วงแยกลำสาลี - ซอยรามคำแหง 60 เขตบางกะปิ | 100608 | ติดตั้งเสาไฟฟ้าแสงสว่าง LED ถนนรามคำแหง ช่วงแยกลำสาลี - ซอยรามคำแหง 60 | street lighting vs footpath on the same stretch | fb=06.4
# Piers
D | 810305 | ปรับปรุงท่าเทียบเรือศาลาด่าน ตำบลศาลาด่าน อำเภอเกาะลันตา จังหวัดกระบี่ // Sala Dan pier improvement, Ko Lanta | 8103 | Improvement of the Sala Dan passenger pier, Ko Lanta Yai | same pier, bilingual vs EN; one side names the island, not the tambon
N | 810305 | ปรับปรุงท่าเทียบเรือศาลาด่าน อำเภอเกาะลันตา | 810302 | ปรับปรุงท่าเทียบเรือหัวหิน (ท่าแพขนานยนต์) ตำบลเกาะลันตาน้อย | another pier across the channel
# Drainage, bank protection and flood works
D | 9011 | ก่อสร้างรางระบายน้ำ คสล. พร้อมบ่อพัก ถนนเพชรเกษม ซอย 13 เทศบาลนครหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา | 901101 | Reinforced concrete drain with inspection chambers, Phetkasem Road Soi 13, Hat Yai City Municipality | same drain, TH/EN | fa=05.2 fb=05.2
D | 410415 | ก่อสร้างรางระบายนํ้า คสล. รูปตัวยู พร้อมฝาปิด ถนนศรีชมชื่น ชุมชนตลาดกุมภวาปี | 410415 | ก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็กรูปตัวยูพร้อมฝาปิด ถนนศรีชมชื่น เทศบาลตำบลกุมภวาปี | same drain; ำ split as ํา, abbreviation on one side | fa=05.2 fb=05.2
N | 841701 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำตาปี ตำบลท่าข้าม อำเภอพุนพิน ความยาว 620 เมตร | 841701 | ขุดลอกแม่น้ำตาปี บริเวณหน้าเทศบาลเมืองท่าข้าม ตำบลท่าข้าม อำเภอพุนพิน | bank protection wall vs dredging the river at the same place: different works | fa=06.2 fb=06.2
D | 1804 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา หมู่ที่ 3 ตำบลบางหลวง อำเภอสรรพยา จังหวัดชัยนาท ความยาว 450 เมตร | 180406 | Chao Phraya riverbank protection wall, Moo 3 Bang Luang, Sapphaya, Chai Nat (450 m) | same wall; district vs tambon code, TH/EN | fa=06.2 fb=06.2
D | 961001 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโก-ลก ชุมชนบือเระ ตำบลสุไหงโก-ลก อำเภอสุไหงโก-ลก จังหวัดนราธิวาส ความยาว 800 เมตร | 9610 | Kolok River bank protection wall, Su-Ngai Kolok town (800 m) | same wall; the English names the town, not the community | fa=06.2 fb=06.2
D | 1011 | ก่อสร้างเขื่อน ค.ส.ล. คลองลาดกระบัง ช่วงจากถนนฉลองกรุง ถึงคลองหัวตะเข้ ความยาว 1,200 เมตร เขตลาดกระบัง | 101101 | Reinforced concrete embankment, Khlong Lat Krabang, Chalong Krung Road to Khlong Hua Takhe, Lat Krabang | same section, khet vs khwaeng code, TH/EN | fa=06.2 fb=06.2
N | 101101 | ก่อสร้างเขื่อน ค.ส.ล. คลองลาดกระบัง ช่วงจากถนนฉลองกรุง ถึงคลองหัวตะเข้ | 101104 | ก่อสร้างเขื่อน ค.ส.ล. คลองลาดกระบัง ช่วงจากคลองหัวตะเข้ ถึงคลองลำปลาทิว | adjoining section of the same canal, no overlap | fa=06.2 fb=06.2
D | 140513 | ก่อสร้างคันป้องกันน้ำท่วม (พนังกั้นน้ำ) ริมแม่น้ำน้อย ตำบลบางหลวงโดด อำเภอบางบาล ความยาว 1.5 กิโลเมตร | 1405 | Flood embankment along the Noi River at Bang Luang Dot, Bang Ban (1.5 km) | same embankment, TH/EN, tambon vs district code | fa=06.2 fb=06.2
N | 140513 | ก่อสร้างคันป้องกันน้ำท่วม ริมแม่น้ำน้อย ตำบลบางหลวงโดด อำเภอบางบาล | 140515 | ก่อสร้างคันป้องกันน้ำท่วม ริมแม่น้ำน้อย ตำบลบางชะนี อำเภอบางบาล | same kind of works in another tambon on the same river | fa=06.2 fb=06.2
N | 860404 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว พร้อมอุปกรณ์ องค์การบริหารส่วนตำบลนาขา | 860406 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว พร้อมอุปกรณ์ องค์การบริหารส่วนตำบลบ้านควน | same pump spec bought by two SAOs | fa=06.2 fb=06.2
# Water supply and irrigation
N | 400506 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโนนสูง หมู่ที่ 4 ตำบลหนองไผ่ อำเภอชุมแพ | 400506 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโนนสูงพัฒนา หมู่ที่ 11 ตำบลหนองไผ่ อำเภอชุมแพ | village split off from the first (different moo), each its own system | fa=06.3 fb=06.3
D | 471207 | ปรับปรุงระบบประปาหมู่บ้าน บ้านหนองบัว หมู่ที่ ๖ ตำบลโพนสูง อำเภอสว่างแดนดิน จังหวัดสกลนคร | 471207 | ปรับปรุงระบบประปาหมูบ้านบ้านหนองบัว ม.6 ต.โพนสูง | same works; Thai digits, dropped tone mark, abbreviations | fa=06.3 fb=06.3
D | 720702 | ก่อสร้างหอถังสูง ขนาดความจุ 45 ลูกบาศก์เมตร ระบบประปาหมู่บ้าน บ้านบางเลน หมู่ที่ 2 ตำบลบางเลน อำเภอสองพี่น้อง | 720702 | Elevated water tank 45 m³ for the village water supply, Ban Bang Len Moo 2, Song Phi Nong | same tank, TH/EN | fa=06.3 fb=06.3
D | 550601 | ก่อสร้างฝายน้ำล้นห้วยน้ำรี พร้อมอาคารประกอบ บ้านน้ำรี หมู่ที่ 7 ตำบลริม อำเภอท่าวังผา จังหวัดน่าน | 5506 | Huai Nam Ri overflow weir with appurtenant structures, Ban Nam Ri, Tha Wang Pha, Nan | same weir; tambon vs district code, TH/EN | fa=04.2 fb=04.2
N | 550601 | ก่อสร้างฝายน้ำล้นห้วยน้ำรี บ้านน้ำรี หมู่ที่ 7 ตำบลริม | 550601 | ขุดลอกอ่างเก็บน้ำห้วยน้ำรีตอนบน บ้านน้ำรี หมู่ที่ 7 ตำบลริม | weir vs dredging the upstream reservoir on the same stream | fa=04.2 fb=04.2
D | 4104 | ขุดลอกพัฒนาแหล่งน้ำหนองหานกุมภวาปี เพื่อเพิ่มพื้นที่กักเก็บน้ำ อำเภอกุมภวาปี จังหวัดอุดรธานี | 410415 | Dredging of Nong Han Kumphawapi to increase water storage, Udon Thani | same dredging; the two agencies classify it differently | fa=04.2 fb=06.3
N | 4104 | ขุดลอกหนองหานกุมภวาปี ระยะที่ 1 (พื้นที่ตำบลกุมภวาปี - ตำบลเชียงแหว) | 4104 | ขุดลอกหนองหานกุมภวาปี ระยะที่ 2 (พื้นที่ตำบลพันดอน - ตำบลเวียงคำ) | next phase, another part of the lake | fa=04.2 fb=04.2
D | 6508 | ดาดคอนกรีตคลองส่งน้ำสายใหญ่ฝั่งซ้าย (LMC) กม.0+000 - กม.3+200 โครงการชลประทานพิษณุโลก อำเภอวังทอง | 650801 | Concrete lining of the Left Main Canal (LMC), km 0+000–3+200, Wang Thong, Phitsanulok | same canal section, TH/EN | fa=04.2 fb=04.2
N | 6508 | ดาดคอนกรีตคลองส่งน้ำสายใหญ่ฝั่งซ้าย (LMC) กม.0+000 - กม.3+200 | 6508 | ดาดคอนกรีตคลองส่งน้ำสายใหญ่ฝั่งขวา (RMC) กม.0+000 - กม.3+200 | the other main canal, same chainage | fa=04.2 fb=04.2
D | 341524 | เจาะบ่อบาดาลเพื่อการเกษตร พร้อมระบบสูบน้ำ บ้านห้วยขะยุง หมู่ที่ 3 ตำบลห้วยขะยุง อำเภอวารินชำราบ | 341524 | เจาะบ่อบาดาลเพื่อการเกษตร บ้านห้วยขะยุง หมู่ที่ 3 // Agricultural groundwater wells, Ban Huai Khayung Moo 3 | same wells; the pump only on one side, bilingual | fa=04.2 fb=04.2
N | 341524 | เจาะบ่อบาดาลเพื่อการเกษตร บ้านห้วยขะยุง หมู่ที่ 3 | 341524 | เจาะบ่อบาดาลเพื่อการเกษตร บ้านโนนจิก หมู่ที่ 14 ตำบลห้วยขะยุง | same works in another village of the tambon | fa=04.2 fb=04.2
D | 520807 | ก่อสร้างอ่างเก็บน้ำห้วยแม่ถอด อันเนื่องมาจากพระราชดำริ ตำบลแม่ถอด อำเภอเถิน จังหวัดลำปาง | 5208 | Huai Mae Thot reservoir (royally initiated project), Thoen, Lampang | same reservoir, TH/EN | fa=04.2 fb=04.2
N | 520807 | ก่อสร้างอ่างเก็บน้ำห้วยแม่ถอด อันเนื่องมาจากพระราชดำริ | 520807 | ก่อสร้างฝายชะลอน้ำ (Check Dam) ต้นน้ำห้วยแม่ถอด จำนวน 20 ฝาย | small check dams upstream vs the reservoir | fa=04.2 fb=05.4
# Public buildings
D | 451005 | ก่อสร้างอาคารเรียนแบบ สพฐ. 104/59 (ปรับปรุง) ขนาด 4 ห้องเรียน โรงเรียนบ้านนาเมือง ตำบลนาเมือง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด | 4510 | New 4-classroom building (OBEC type 104/59), Ban Na Mueang School, Selaphum, Roi Et | same building, TH/EN | fa=09.1 fb=09.1
N | 451005 | ก่อสร้างอาคารเรียนแบบ สพฐ. 104/59 ขนาด 4 ห้องเรียน โรงเรียนบ้านนาเมือง | 451005 | ก่อสร้างส้วมนักเรียน แบบ สพฐ. 4 ที่/49 โรงเรียนบ้านนาเมือง | toilet block vs classroom building at the same school | fa=09.1 fb=09.1
D | 400501 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 5 ชั้น โรงพยาบาลชุมแพ ตำบลชุมแพ อำเภอชุมแพ จังหวัดขอนแก่น (งบผูกพัน 2568-2569) | 4005 | Chum Phae Hospital: 5-storey outpatient and emergency building | same building; multi-year vs first year | fa=07.3 fb=07.3 ya=2568-2569
N | 400501 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 5 ชั้น โรงพยาบาลชุมแพ | 400501 | ก่อสร้างอาคารหอผู้ป่วยใน 6 ชั้น (120 เตียง) โรงพยาบาลชุมแพ | another building at the same hospital | fa=07.3 fb=07.3
D | 301507 | ปรับปรุงซ่อมแซมอาคารโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านชีวาน ตำบลชีวาน อำเภอพิมาย | 301507 | ซ่อมแซมอาคาร รพ.สต.ชีวาน (หลังคา ฝ้าเพดาน และระบบไฟฟ้า) อ.พิมาย จ.นครราชสีมา | same repair (health station transferred to the PAO); abbreviation, detail on one side | fa=07.2 fb=07.2
D | 570901 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาด 100 คน (แบบ สถ.ศพด.3) เทศบาลตำบลแม่สาย | 5709 | Child development centre building for 100 children, Mae Sai Subdistrict Municipality | same building, TH/EN | fa=09.1 fb=09.1
N | 570901 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก เทศบาลตำบลแม่สาย (หลังใหม่) | 570901 | ซ่อมแซมหลังคาและฝ้าเพดาน อาคารศูนย์พัฒนาเด็กเล็กเทศบาลตำบลแม่สาย (หลังเดิม) | new building vs repair of the old one | fa=09.1 fb=09.1
D | 220301 | ก่อสร้างอาคารตลาดสดเทศบาลเมืองท่าใหม่ (หลังใหม่) พร้อมระบบบำบัดน้ำเสีย อำเภอท่าใหม่ จังหวัดจันทบุรี | 2203 | New fresh market building for Tha Mai Town Municipality, Chanthaburi | same market building; wastewater part only on the Thai side | fa=04.1 fb=04.1
N | 2203 | Fresh market building, Tha Mai Town Municipality | 220306 | ก่อสร้างอาคารตลาดกลางผลไม้ ตำบลเขาวัว อำเภอท่าใหม่ | EN/TH; another market in another tambon of the district | fa=04.1 fb=04.1
N | 160619 | ก่อสร้างเมรุแบบไร้มลพิษ วัดบ้านหมี่ ตำบลบ้านหมี่ อำเภอบ้านหมี่ | 160620 | ก่อสร้างเมรุแบบไร้มลพิษ วัดเชียงงา ตำบลเชียงงา อำเภอบ้านหมี่ | same type of crematorium at another temple | fa=08.4 fb=08.4
N | 860408 | ก่อสร้างสนามฟุตบอลหญ้าเทียม บ้านบางน้ำจืด หมู่ที่ 3 ตำบลบางน้ำจืด | 860408 | ก่อสร้างลานกีฬาอเนกประสงค์ บ้านบางน้ำจืด หมู่ที่ 3 ตำบลบางน้ำจืด | different sports facility in the same village | fa=08.1 fb=08.1
# Lighting, signals and energy
D | 310416 | ติดตั้งโคมไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ (โซล่าเซลล์) ถนนสายบ้านสิงห์ - บ้านโคกเจริญ ตำบลบ้านสิงห์ อำเภอนางรอง จำนวน 40 ต้น | 310416 | Solar street lights, Ban Sing – Ban Khok Charoen road, Ban Sing, Nang Rong (40 poles) | same lights, TH/EN | fa=06.4 fb=06.4
N | 310416 | ติดตั้งไฟฟ้าส่องสว่างโซล่าเซลล์ ถนนสายบ้านสิงห์ - บ้านโคกเจริญ | 310416 | ติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านโคกเจริญ หมู่ที่ 8 ตำบลบ้านสิงห์ | both solar, same place: street lights vs farm pump | fa=06.4 fb=04.2
N | 210313 | Solar street lighting along the Pak Nam Krasae seafront road, Klaeng | 210306 | Solar street lighting on the Chak Phong coastal road, Klaeng | EN–EN; same kind of lights on another road | fa=06.4 fb=06.4
N | 500401 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ขนาด 50 กิโลวัตต์ อาคารที่ว่าการอำเภอเชียงดาว | 500401 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ขนาด 50 กิโลวัตต์ โรงพยาบาลเชียงดาว | same spec on another building | fa=04.3 fb=04.3
D | 700307 | ก่อสร้างระบบสูบน้ำพลังงานแสงอาทิตย์พร้อมถังเก็บน้ำ เพื่อการเกษตร บ้านบ่อวี หมู่ที่ 4 ตำบลตะนาวศรี อำเภอสวนผึ้ง จังหวัดราชบุรี | 7003 | Solar-powered water pumping with storage tank for farmers, Ban Bo Wi, Tanao Si, Suan Phueng | same system; the two agencies classify it differently | fa=04.2 fb=04.3
# Waste and wastewater
N | 2706 | ก่อสร้างระบบกำจัดขยะมูลฝอยแบบฝังกลบถูกหลักสุขาภิบาล กลุ่มพื้นที่อรัญประเทศ จังหวัดสระแก้ว | 270601 | ปิดและฟื้นฟูบ่อขยะเดิม เทศบาลเมืองอรัญญประเทศ | new sanitary landfill vs closing the old dump: different works | fa=05.1 fb=05.1
D | 2706 | Sanitary landfill for the Aranyaprathet waste management cluster, Sa Kaeo | 270601 | ก่อสร้างระบบกำจัดขยะมูลฝอยแบบฝังกลบถูกหลักสุขาภิบาล (กลุ่มพื้นที่อรัญประเทศ) | same landfill, EN/TH | fa=05.1 fb=05.1
D | 8404 | ก่อสร้างระบบรวบรวมและบำบัดน้ำเสีย เทศบาลนครเกาะสมุย ระยะที่ 2 (พื้นที่บ่อผุด - แม่น้ำ) | 840406 | Ko Samui wastewater collection and treatment, Phase 2 (Bo Phut – Maenam) | same phase, TH/EN | fa=05.2 fb=05.2
N | 8404 | ระบบบำบัดน้ำเสียรวมเกาะสมุย ระยะที่ 2 (บ่อผุด - แม่น้ำ) | 8404 | ระบบบำบัดน้ำเสียรวมเกาะสมุย ระยะที่ 3 (ละไม - หน้าเมือง) | next phase, another part of the island | fa=05.2 fb=05.2
D | 341501 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา จำนวน 1 คัน เทศบาลเมืองวารินชำราบ | 341501 | Rear-loading compactor refuse truck, 10 cubic yards, Warin Chamrap Town Municipality | same truck for the same municipality, TH/EN | fa=05.1 fb=05.1
# Tourism facilities
D | 430802 | ก่อสร้างทางเดินกระจกชมวิว (Sky Walk) วัดผาตากเสื้อ ตำบลผาตั้ง อำเภอสังคม จังหวัดหนองคาย | 4308 | Glass skywalk viewpoint at Wat Pha Tak Suea, Sangkhom, Nong Khai | same skywalk, TH/EN | fa=04.7 fb=04.7
N | 430802 | ก่อสร้างห้องน้ำสาธารณะ จุดชมวิววัดผาตากเสื้อ ตำบลผาตั้ง | 430802 | ก่อสร้างลานจอดรถ จุดชมวิววัดผาตากเสื้อ // Car park at Wat Pha Tak Suea viewpoint | public toilets vs car park at the same tourist site, one side bilingual | fa=04.7 fb=04.7
D | 950204 | ก่อสร้างทางเดินลอยฟ้า (Skywalk) จุดชมทะเลหมอกอัยเยอร์เวง ระยะที่ 2 ตำบลอัยเยอร์เวง อำเภอเบตง | 9502 | Aiyerweng sea-of-mist skywalk, Phase 2, Betong, Yala | same phase; common spelling vs official romanisation (Aiyoe Weng) | fa=04.7 fb=04.7
D | 9305 | Repair of the Thale Noi boardwalk, Thale Noi Waterbird Park, Phatthalung | 930502 | Boardwalk nature trail repair at Thale Noi waterfowl park, Khuan Khanun | EN–EN, same boardwalk, different wording | fa=04.7 fb=04.7
# Equipment and vehicles for named units
N | 570702 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร ชนิด 6 ล้อ เครื่องยนต์ดีเซล องค์การบริหารส่วนตำบลจันจว้า | 570712 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร ชนิด 6 ล้อ เครื่องยนต์ดีเซล องค์การบริหารส่วนตำบลจันจว้าใต้ | same spec bought by two neighbouring SAOs | fa=03.2 fb=03.2
D | 630601 | จัดซื้อรถกู้ภัยพร้อมอุปกรณ์ สำหรับศูนย์ป้องกันและบรรเทาสาธารณภัย เทศบาลนครแม่สอด | 6306 | Rescue vehicle with equipment for the Mae Sot City Municipality disaster prevention centre | same vehicle for the same unit, TH/EN | fa=03.2 fb=03.2
N | 520808 | จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำไม่น้อยกว่า 10,000 ลิตร เทศบาลตำบลเถินบุรี | 520808 | จัดซื้อรถดับเพลิงชนิดถังน้ำ 10,000 ลิตร ทต.เถินบุรี | same truck, but in the next fiscal year's plan | fa=03.2 fb=03.2 yb=2569
N | 720705 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ฉุกเฉิน โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านกุ่ม อำเภอสองพี่น้อง | 720711 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ฉุกเฉิน โรงพยาบาลส่งเสริมสุขภาพตำบลศรีสำราญ อำเภอสองพี่น้อง | same ambulance spec for two health stations | fa=07.2 fb=07.2
D | 930502 | ครุภัณฑ์การแพทย์ เครื่องกระตุกหัวใจไฟฟ้าแบบอัตโนมัติ (AED) จำนวน 2 เครื่อง โรงพยาบาลส่งเสริมสุขภาพตำบลทะเลน้อย อำเภอควนขนุน | 930502 | Automated external defibrillators (AED), 2 units, Thale Noi Subdistrict Health Promoting Hospital | same purchase for the same unit, TH/EN | fa=07.1 fb=07.1
N | 950201 | จัดซื้อครุภัณฑ์คอมพิวเตอร์สำหรับห้องเรียน จำนวน 40 ชุด โรงเรียนเบตง "วีระราษฎร์ประสาน" | 950201 | จัดซื้อครุภัณฑ์คอมพิวเตอร์สำหรับห้องเรียน จำนวน 40 ชุด โรงเรียนอนุบาลเบตง (สุภาพอนุสรณ์) | same item for two schools in the same tambon | fa=09.2 fb=09.1
N | 9011 | CCTV cameras at 24 junctions in Hat Yai City Municipality | 901108 | CCTV system for Chalung Subdistrict Municipality office and market | EN–EN; CCTV for another unit at other sites | fa=03.1 fb=03.1
`,
};
