/**
 * Round 7, held out: the same works, purchases or services filed at different levels of
 * government (a ministry's Department or regional office, a province or provincial cluster, a
 * PAO, a district, a municipality or SAO, a community plan). The national or provincial line is
 * broad and formal, the local one short and specific, or the other way round; one side is
 * often an English line from donor, ASEAN or central-agency reporting. Written and labelled
 * without running the engine; never tuned on.
 */
import type { Block } from './load.js';

export const ROUND7_LEVELS_PAIRS: Block = {
  category: 'round7-levels',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# North: Chiang Rai
D | 57 | ทางหลวงหมายเลข 1020 ตอน ห้วยซ้อ - เชียงของ ระหว่าง กม.95+000 - กม.104+500 ขยายทางเป็น 4 ช่องจราจร | 5703 | Highway 1020 widening to four lanes, Huai So - Chiang Khong section, km 95+000 - 104+500 | department line at province code vs corridor report at district code, same km section, TH/EN
N | 570305 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านห้วยซ้อ หมู่ที่ 1 ตำบลห้วยซ้อ | 57 | ทางหลวงหมายเลข 1020 ตอน ห้วยซ้อ - เชียงของ ระหว่าง กม.95+000 - กม.104+500 ขยายทางเป็น 4 ช่องจราจร | SAO village street vs the highway widening that passes the same tambon
D | 5707 | ก่อสร้างทางเท้าและรางระบายน้ำ สองข้างทางหลวงหมายเลข 1 ช่วงผ่านเขตเทศบาลตำบลแม่จัน | 57 | ทางหลวงหมายเลข 1 ตอน แม่จัน - แม่สาย ระหว่าง กม.862+000 - กม.863+200 ก่อสร้างทางเท้าและระบบระบายน้ำในเขตชุมชน | municipality and highway office both file footpaths and drains along Hwy 1 through Mae Chan town
N | 57 | ทางหลวงหมายเลข 1 ตอน แม่จัน - แม่สาย ระหว่าง กม.889+000 - กม.891+300 ก่อสร้างทางเท้าและระบบระบายน้ำ ช่วงเขตเทศบาลตำบลแม่สาย | 5707 | ก่อสร้างทางเท้าและรางระบายน้ำ สองข้างทางหลวงหมายเลข 1 ช่วงผ่านเขตเทศบาลตำบลแม่จัน | same kind of works on the same highway section, but the highway line is the Mae Sai town end, the municipality's is Mae Chan town
# North: Nan
D | 5505 | ก่อสร้างฝายน้ำล้น ลำห้วยน้ำสกาด บ้านสกาดกลาง ตำบลสกาด อำเภอปัว จังหวัดน่าน | 550512 | ก่อสร้างฝายน้ำล้นห้วยน้ำสกาด บ.สกาดกลาง ม.๒ | irrigation project at district code vs SAO line for the same weir, abbreviations and Thai digit | fa=04.2 fb=04.2
N | 5508 | ก่อสร้างฝายน้ำล้น ลำน้ำปอน บ้านปอน ตำบลปอน อำเภอทุ่งช้าง | 550801 | ขุดลอกลำน้ำปอน บ้านปอน หมู่ที่ 1 ตำบลปอน | dredging the stream vs building a weir on it, same village: different works | fa=04.2 fb=04.2
# North: Lampang
D | 52 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 4 ชั้น โรงพยาบาลเกาะคา ตำบลเกาะคา อำเภอเกาะคา จังหวัดลำปาง | 520306 | Construction of a four-storey outpatient and emergency building, Ko Kha Hospital | ministry line at province code vs central-agency report in English | fa=07.3 fb=07.3
N | 5203 | ก่อสร้างอาคารพักพยาบาล 24 ห้อง โรงพยาบาลเกาะคา | 52 | Construction of a four-storey outpatient and emergency building, Ko Kha Hospital, Lampang | nurses' housing vs the outpatient building at the same hospital | fa=07.3 fb=07.3
D | 52 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาดความจุไม่น้อยกว่า 10,000 ลิตร สนับสนุนเทศบาลตำบลลำปางหลวง | 520301 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 10,000 ลิตร จำนวน 1 คัน | the province buys the truck for this municipality, which files the same truck itself | fa=03.2 fb=03.2
N | 52 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ องค์การบริหารส่วนจังหวัดลำปาง | 5201 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ จำนวน 1 คัน เทศบาลนครลำปาง | same spec text, but the PAO and the city municipality each buy a truck for themselves | fa=03.2 fb=03.2
# North: Mae Hong Son
D | 5803 | Construction of a solid waste transfer station, Pai | 580301 | ก่อสร้างสถานีขนถ่ายขยะมูลฝ่อย เทศบาลตำบลปาย | district-level report in English vs municipality line with a swapped tone mark | fa=05.1 fb=05.1
D | 580304 | ขอรับการสนับสนุนซ่อมแซมถนนลูกรังเข้าพื้นที่การเกษตร บ้านแม่ฮี้ หมู่ที่ 1 (แผนชุมชน) | 5803 | ปรับปรุงถนนลูกรังสายเข้าพื้นที่การเกษตร บ้านแม่ฮี้ ม.1 ตำบลแม่ฮี้ อำเภอปาย | community plan request and the PAO line for the same farm track
# North: Phrae, Uttaradit
D | 5403 | Teen chok textile product development for the Wiang Ta weaving group, Long district | 540304 | พัฒนาผลิตภัณฑ์ผ้าซิ่นตีนจก กลุ่มทอผ้าบ้านเวียงต้า ตำบลเวียงต้า | provincial community development report and SAO line for the same group | fa=04.1 fb=04.1
N | 54 | ส่งเสริมการตลาดผลิตภัณฑ์ผ้าหม้อห้อม จังหวัดแพร่ | 540304 | พัฒนาผลิตภัณฑ์ผ้าซิ่นตีนจก กลุ่มทอผ้าบ้านเวียงต้า ตำบลเวียงต้า | indigo cloth marketing for the province vs one weaving group's teen chok products: different product and service | fa=04.1 fb=04.1
D | 5307 | ขยายเขตระบบจำหน่ายไฟฟ้า บ้านห้วยไผ่ หมู่ที่ 6 ตำบลนายาง อำเภอพิชัย | 530711 | ขยายเขตไฟฟ้าแรงต่ำ บ้านห้วยไผ่ ม.6 | electricity authority line and SAO line for the same village extension | fa=04.3 fb=04.3
N | 5307 | ขยายเขตระบบจำหน่ายไฟฟ้า บ้านห้วยไผ่ หมู่ที่ 6 ตำบลนายาง อำเภอพิชัย | 530711 | ขยายเขตไฟฟ้าแรงต่ำ บ้านนาขุม หมู่ที่ 8 ตำบลนายาง | same tambon, another moo | fa=04.3 fb=04.3
# Central: Phitsanulok
D | 65 | ก่อสร้างทางหลวงหมายเลข 126 ถนนวงแหวนรอบเมืองพิษณุโลก ด้านตะวันออก ระยะที่ 2 | 6501 | Phitsanulok outer ring road (Route 126), eastern side, phase 2 | province code vs district code, TH/EN
N | 65 | ก่อสร้างทางหลวงหมายเลข 126 ถนนวงแหวนรอบเมืองพิษณุโลก ด้านตะวันออก ระยะที่ 3 | 6501 | Phitsanulok outer ring road (Route 126), eastern side, phase 2 | next phase, next year | ya=2569
D | 65 | โครงการบริหารจัดการน้ำบางระกำโมเดล ขุดลอกคลองระบายน้ำ ตำบลชุมแสงสงคราม อำเภอบางระกำ | 650407 | ขุดลอกคลองระบายน้ำ หมู่ที่ 5 ตำบลชุมแสงสงคราม | provincial line names this tambon; the SAO dredges a drain in it the same year | fa=04.2 fb=04.2
N | 65 | โครงการบริหารจัดการน้ำบางระกำโมเดล ขุดลอกคลองระบายน้ำ ตำบลชุมแสงสงคราม อำเภอบางระกำ | 650403 | ขุดลอกคลองระบายน้ำ หมู่ที่ 3 ตำบลพันเสา | the provincial line is for Chum Saeng Songkhram; this SAO drain is in Phan Sao | fa=04.2 fb=04.2
# Central: Suphan Buri, Lop Buri, Nakhon Sawan
D | 7207 | NCD screening for diabetes and hypertension, adults aged 35 and over, Song Phi Nong district | 720701 | คัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป ในเขตเทศบาล | district health line covers the municipality's residents; same screening, same group | fa=07.4 fb=07.4
N | 7207 | คัดกรองเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป อำเภอสองพี่น้อง | 720702 | คัดกรองมะเร็งปากมดลูกและมะเร็งเต้านม สตรีอายุ 30 - 60 ปี ตำบลบางเลน | a different screening for a different group in the same district | fa=07.4 fb=07.4
D | 1604 | Groundwater distribution system for farming, Ban Sap Takhian, Chai Badan, Lop Buri | 160409 | ขุดเจาะบ่อน้ำบาดาลพร้อมระบบกระจายน้ำเพื่อการเกษตร บ้านซับตะเคียน หมู่ที่ 1 | department report in English vs SAO line for the same system | fa=04.2 fb=04.2
N | 1604 | ก่อสร้างระบบกระจายน้ำบาดาลเพื่อการเกษตร บ้านซับตะเคียน ตำบลซับตะเคียน อำเภอชัยบาดาล | 160411 | ขุดเจาะบ่อน้ำบาดาลพร้อมระบบกระจายน้ำ บ้านหนองยายโต๊ะ หมู่ที่ 3 ตำบลหนองยายโต๊ะ | same kind of works at another village and tambon of the district | fa=04.2 fb=04.2
D | 600301 | ก่อสร้างพนังกั้นน้ำริมแม่น้ำน่าน ชุมชนตลาดชุมแสง ระยะที่ 1 // Nan River flood embankment, Chum Saeng market community, phase 1 | 6003 | Flood embankment along the Nan River, Chum Saeng town, phase 1 | bilingual municipality line vs department report at district code | fa=04.2 fb=04.2
N | 600301 | ก่อสร้างพนังกั้นน้ำริมแม่น้ำน่าน ชุมชนตลาดชุมแสง ระยะที่ 1 | 600306 | ก่อสร้างพนังกั้นน้ำริมแม่น้ำน่าน บ้านบางเคียน หมู่ที่ 2 ตำบลบางเคียน | same river and works, another site downstream (Bang Khian) | fa=04.2 fb=04.2
# East: Chanthaburi, Sa Kaeo, Rayong
D | 22 | ทางหลวงหมายเลข 317 ตอน ทับไทร - โป่งน้ำร้อน ระหว่าง กม.38+000 - กม.45+600 งานบูรณะผิวทาง | 2204 | Pavement rehabilitation, Highway 317 Thap Sai - Pong Nam Ron, km 38+000 - 45+600 | same km section, TH/EN
N | 22 | ทางหลวงหมายเลข 317 ตอน ทับไทร - โป่งน้ำร้อน ระหว่าง กม.45+600 - กม.52+000 งานบูรณะผิวทาง | 2204 | Pavement rehabilitation, Highway 317 Thap Sai - Pong Nam Ron, km 38+000 - 45+600 | adjoining section, no overlap
D | 20,21,22,23 | พัฒนาคุณภาพการผลิตทุเรียนเพื่อการส่งออก กลุ่มจังหวัดภาคตะวันออก | 22 | Durian quality improvement for export, Chanthaburi | cluster line covers Chanthaburi; the province reports the same programme in English | fa=04.2 fb=04.2
N | 22 | Durian quality improvement for export, Chanthaburi | 220401 | ส่งเสริมการผลิตมังคุดคุณภาพ กลุ่มแปลงใหญ่ ตำบลทับไทร | the SAO's project is for mangosteen, not durian, though inside the province | fa=04.2 fb=04.2
D | 2706 | ก่อสร้างอาคารด่านศุลกากรอรัญประเทศแห่งใหม่ บ้านหนองเอี่ยน ตำบลท่าข้าม | 27 | New Aranyaprathet customs checkpoint at Ban Nong Ian (Stung Bot crossing) | department line vs ASEAN connectivity report | fa=04.1 fb=04.1
N | 270605 | ปรับปรุงภูมิทัศน์และระบบระบายน้ำ ตลาดโรงเกลือ | 27 | New Aranyaprathet customs checkpoint at Ban Nong Ian (Stung Bot crossing) | market landscaping vs the customs building, same tambon | fa=06.6 fb=04.1
D | 2103 | Bamboo wave-break fences against coastal erosion, Pak Nam Krasae, Klaeng | 210313 | ปักแนวไม้ไผ่ชะลอคลื่นป้องกันการกัดเซาะชายฝั่ง หมู่ที่ 2 ตำบลปากน้ำกระแส | marine resources office report vs SAO line | fa=05.4 fb=05.4
N | 2103 | Bamboo wave-break fences against coastal erosion, Pak Nam Krasae, Klaeng | 210313 | ปลูกป่าชายเลน เฉลิมพระเกียรติ หมู่ที่ 2 ตำบลปากน้ำกระแส | mangrove planting vs bamboo fences: different works at the same shore | fa=05.4 fb=05.4
# West: Kanchanaburi, Tak, Ratchaburi
D | 71 | ซ่อมสร้างผิวทางแอสฟัลท์ติก ถนนสาย กจ.3005 แยกทางหลวงหมายเลข 323 - บ้านหวายเหนียว อำเภอท่ามะกา | 710513 | ซ่อมแซมถนนลาดยาง สายแยก ทล.323 - บ้านหวายเหนียว หมู่ที่ 4 ตำบลหวายเหนียว | rural roads office and SAO file the same road
N | 7105 | Sports day for older persons, Tha Maka district | 710506 | โรงเรียนผู้สูงอายุ เทศบาลตำบลท่ามะกา ประจำปี 2568 | same group, different service | fa=10.2 fb=10.2
N | 6306 | Support to migrant learning centres for children, Mae Sot district | 63 | สนับสนุนศูนย์การเรียนรู้สำหรับเด็กข้ามชาติ อำเภอแม่สอด จังหวัดตาก | same programme, the next grant year | fa=09.5 fb=09.5 yb=2569
D | 630606 | ก่อสร้างถนนเชื่อมต่อสะพานมิตรภาพไทย - เมียนมา แห่งที่ 2 อำเภอแม่สอด | 63 | Access road to the Second Thai - Myanmar Friendship Bridge, Mae Sot | TH/EN, tambon vs province code
N | 630601 | ปรับปรุงผิวจราจรถนนอินทรคีรี ในเขตเทศบาลนครแม่สอด | 63 | Access road to the Second Thai - Myanmar Friendship Bridge, Mae Sot | a town street vs the bridge access road
D | 700302 | ครุภัณฑ์ห้องเรียนดิจิทัล (ชุดคอมพิวเตอร์และจอแสดงผลอัจฉริยะ) โรงเรียนบ้านป่าหวาย | 70 | จัดซื้อชุดอุปกรณ์ห้องเรียนดิจิทัล สนับสนุนโรงเรียนบ้านป่าหวาย ตำบลป่าหวาย อำเภอสวนผึ้ง (อบจ.ราชบุรี) | education service area and PAO both equip the same school's digital classroom | fa=09.1 fb=09.1
N | 700304 | ครุภัณฑ์ห้องเรียนดิจิทัล (ชุดคอมพิวเตอร์และจอแสดงผลอัจฉริยะ) โรงเรียนบ้านท่าเคย | 70 | จัดซื้อชุดอุปกรณ์ห้องเรียนดิจิทัล สนับสนุนโรงเรียนบ้านป่าหวาย ตำบลป่าหวาย อำเภอสวนผึ้ง (อบจ.ราชบุรี) | same item for another school | fa=09.1 fb=09.1
# Northeast: Udon Thani, Nakhon Phanom
D | 41 | พัฒนาแหล่งท่องเที่ยวมรดกโลกบ้านเชียง ปรับปรุงอาคารจัดแสดงพิพิธภัณฑสถานแห่งชาติบ้านเชียง | 410609 | Renovation of the exhibition building, Ban Chiang National Museum | province line vs Fine Arts report, same building | fa=08.2 fb=08.2
N | 410609 | ปรับปรุงภูมิทัศน์ถนนทางเข้าแหล่งมรดกโลกบ้านเชียง หมู่ที่ 1 | 41 | Renovation of the exhibition building, Ban Chiang National Museum | access road landscaping vs the museum building | fa=06.6 fb=08.2
D | 4803 | ก่อสร้างเขื่อนป้องกันตลิงริมแม่น้ำโขง บ้านท่าอุเทน ตำบลท่าอุเทน ระยะที่ 2 | 48 | Mekong riverbank protection at Ban Tha Uthen, Tha Uthen district, phase 2 | TH/EN, district vs province code, a tone mark dropped in the Thai title | fa=06.6 fb=06.6
N | 480311 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านเวินพระบาท หมู่ที่ 1 | 48 | Mekong riverbank protection at Ban Tha Uthen, Tha Uthen district, phase 2 | same river and works, another site (Woen Phrabat) | fa=06.6 fb=06.6
# Northeast: Buriram, Si Sa Ket, Chaiyaphum
D | 31 | ทล.24 ตอน นางรอง - ประโคนชัย กม.157+000 - 163+500 บูรณะผิวทาง AC | 3104 | Highway 24 Nang Rong - Prakhon Chai, km 157+000 - 163+500, asphalt concrete resurfacing | abbreviated Thai vs English, same section
N | 3107 | ทางหลวงหมายเลข 24 ตอน นางรอง - ประโคนชัย ระหว่าง กม.171+200 - กม.178+000 บูรณะผิวทาง | 3104 | Highway 24 Nang Rong - Prakhon Chai, km 157+000 - 163+500, asphalt concrete resurfacing | same highway section name, km ranges do not overlap
D | 310403 | ค่าอาหารกลางวัน ศูนย์พัฒนาเด็กเล็กบ้านสะเดา ประจําปีงบประมาณ ๒๕๖๘ | 3104 | สนับสนุนค่าอาหารกลางวันเด็กปฐมวัย ศพด.บ้านสะเดา ตำบลสะเดา | SAO line and district-level subsidy line for the same centre's lunches; ำ split and Thai digits in the SAO line | fa=09.1 fb=09.1
N | 310403 | ค่าอาหารกลางวัน ศูนย์พัฒนาเด็กเล็กบ้านสะเดา | 3104 | อาหารเสริม (นม) ศพด.บ้านสะเดา ตำบลสะเดา | school milk vs lunch at the same centre | fa=09.1 fb=09.1
D | 3308 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านกันทรอม ตำบลกันทรอม อำเภอขุนหาญ | 330809 | ก่อสร้างระบบประปาหมู่บ้าน บ้านกันทรอม หมู่ที่ 1 // Village piped water system, Ban Kan Throm, Moo 1 | department and SAO, bilingual SAO line | fa=06.3 fb=06.3
N | 3308 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโนนสูง ตำบลโนนสูง อำเภอขุนหาญ | 330809 | ก่อสร้างระบบประปาหมู่บ้าน บ้านกันทรอม หมู่ที่ 1 | same programme, another tambon | fa=06.3 fb=06.3
N | 36 | Renovation of the synthetic running track, Chaiyaphum provincial stadium | 360101 | Construction of an indoor gymnasium at the Chaiyaphum provincial stadium | another structure at the same stadium, EN/EN | fa=08.1 fb=08.1
# Northeast: Roi Et, Yasothon, Khon Kaen
D | 4510 | Rabies vaccination campaign for dogs and cats, Selaphum district | 451008 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ฉีดวัคซีนสุนัขและแมว ตำบลขวาว | livestock office district campaign covers the SAO's vaccination round | fa=07.4 fb=07.4
N | 4510 | Rabies vaccination campaign for dogs and cats, Selaphum district | 451008 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ฉีดวัคซีนสุนัขและแมว ตำบลขวาว | the SAO's round is the following fiscal year | fa=07.4 fb=07.4 yb=2569
D | 350803 | เบี้ยยังชีพผู้สูงอายุ อบต.สวาท | 3508 | สนับสนุนการจัดสวัสดิการเบี้ยยังชีพผู้สูงอายุ องค์การบริหารส่วนตำบลสวาท อำเภอเลิงนกทา | the same allowance at SAO and district level | fa=10.2 fb=10.2
N | 350803 | เบี้ยยังชีพคนพิการ อบต.สวาท | 3508 | สนับสนุนการจัดสวัสดิการเบี้ยยังชีพผู้สูงอายุ องค์การบริหารส่วนตำบลสวาท อำเภอเลิงนกทา | disability allowance vs old-age allowance | fa=10.1 fb=10.2
D | 40 | New six-storey inpatient building, Chum Phae Hospital | 4005 | Chum Phae Hospital inpatient building (6 floors), Khon Kaen | ministry report vs provincial health office report, EN/EN | fa=07.3 fb=07.3
# South: Surat Thani, Nakhon Si Thammarat, Chumphon
D | 84 | Tapi River bank protection, Surat Thani town, phase 3 | 840101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำตาปี ระยะที่ 3 เทศบาลนครสุราษฎร์ธานี | EN province report vs municipality line | fa=06.6 fb=06.6
N | 840110 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำตาปี บ้านบางกุ้ง หมู่ที่ 3 ตำบลบางกุ้ง | 84 | Tapi River bank protection, Surat Thani town, phase 3 | same river and works, another site outside the town | fa=06.6 fb=06.6
D | 8009 | ก่อสร้างสะพาน คสล. ข้ามคลองท่าเลา บ้านนาไม้ไผ่ หมู่ที่ 5 ตำบลนาไม้ไผ่ อำเภอทุ่งสง | 800905 | สร้างสะพาน ค.ส.ล. ข้ามคลองท่าเลา ม.๕ บ้านนาไม้ไผ่ | rural roads office and SAO, abbreviations and Thai digit
N | 8009 | ก่อสร้างสะพาน คสล. ข้ามคลองท่าเลา บ้านนาไม้ไผ่ หมู่ที่ 5 ตำบลนาไม้ไผ่ อำเภอทุ่งสง | 800905 | ก่อสร้างถนน คสล. สายบ้านนาไม้ไผ่ - คลองท่าเลา หมู่ที่ 5 | a road to the canal vs the bridge over it
N | 86 | เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 5 เครื่อง (องค์การบริหารส่วนจังหวัดชุมพร) | 860401 | เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 5 เครื่อง เทศบาลเมืองหลังสวน | same spec text, each body buys for its own office | fa=01.3 fb=01.3
# South: Songkhla, Trang, Satun, Narathiwat
D | 9011 | ขยายคลองระบายน้ำ ร.1 พร้อมอาคารประกอบ อำเภอหาดใหญ่ | 90 | Widening of the R.1 flood diversion canal, Hat Yai | irrigation line vs provincial report in English | fa=04.2 fb=04.2
N | 901101 | ขุดลอกคลองเตย ในเขตเทศบาลนครหาดใหญ่ | 90 | Widening of the R.1 flood diversion canal, Hat Yai | a different canal in the same city | fa=04.2 fb=04.2
D | 900301 | ฝึกอาชีพช่างซ่อมรถจักรยานยนต์ให้เยาวชนและผู้ว่างงาน ตำบลบ้านนา | 9003 | Motorcycle repair skills training for youth and jobseekers, Chana district | skill development office's district course covers the SAO's trainees | fa=04.1 fb=04.1
N | 900301 | ฝึกอาชีพช่างซ่อมรถจักรยานยนต์ให้เยาวชนและผู้ว่างงาน ตำบลบ้านนา | 9003 | ฝึกอบรมฝีมือแรงงาน สาขานวดไทยเพื่อสุขภาพ อำเภอจะนะ | a different course in the same district | fa=04.1 fb=04.1
D | 92 | จัดซื้อครุภัณฑ์การแพทย์ ยูนิตทำฟันพร้อมเครื่องขูดหินปูน โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านควน | 920105 | ครุภัณฑ์การแพทย์ ชุดยูนิตทำฟัน จำนวน 1 ชุด สำหรับ รพ.สต.บ้านควน ตำบลบ้านควน | provincial health office and PAO (which runs the transferred health centre) buy the same dental unit | fa=07.1 fb=07.1
N | 92 | ครุภัณฑ์การแพทย์ ชุดยูนิตทำฟัน จำนวน 1 ชุด สำหรับ รพ.สต.นาโยงใต้ | 920105 | ครุภัณฑ์การแพทย์ ชุดยูนิตทำฟัน จำนวน 1 ชุด สำหรับ รพ.สต.บ้านควน ตำบลบ้านควน | same item for another health centre | fa=07.1 fb=07.1
D | 9105 | ปรับปรุงท่าเทียบเรือปากบารา ตำบลปากน้ำ อำเภอละงู | 91 | Pak Bara pier improvement, La-Ngu, Satun | marine department line vs provincial report in English
N | 910504 | ก่อสร้างท่าเทียบเรือประมงพื้นบ้าน บ้านบ่อเจ็ดลูก ตำบลปากน้ำ | 9105 | Pak Bara pier improvement, La-Ngu, Satun | a small fishing jetty vs the passenger pier, same tambon
D | 9610 | Concrete road Ban Puyo - Ban Mu No, Su-Ngai Kolok | 961004 | ก่อสร้างถนน คสล. สายบ้านมูโนะ - บ้านปูโยะ หมู่ที่ 2 ตำบลปูโยะ | same road, ends in the other order, district vs tambon, EN/TH
N | 9610 | Halal food processing training for women's groups, Su-Ngai Kolok | 960101 | ฝึกอบรมการแปรรูปอาหารฮาลาล กลุ่มสตรี ตำบลบางนาค อำเภอเมืองนราธิวาส | same training in another district | fa=04.1 fb=04.1
`,
};
