/**
 * Round 10, held out: the same works, purchases or services filed at different levels of
 * government (a ministry's Department or regional office, a province or provincial cluster, a PAO,
 * a district, a municipality or SAO, a community plan). The national or provincial line is broad
 * and formal, the local line short and specific (or the other way round); one side is often in
 * English (donor, ASEAN or central-agency reporting).
 *
 * Written and labelled without running the engine and without reading it (see load.ts for the
 * format). Area codes and place names from reference/thailand/. Village names (บ้าน…), km points
 * and school or market names are illustrative, in the style of real plan lines.
 */
import type { Block } from './load.js';

export const ROUND10_LEVELS_PAIRS: Block = {
  category: 'round10-levels',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Highways and rural roads: Department of Highways / Rural Roads vs province, PAO, SAO
D | 5709 | ติดตั้งไฟฟ้าแสงสว่างทางหลวงหมายเลข 1 ตอน ห้วยไคร้ - แม่สาย ระหว่าง กม.875+500 - กม.879+000 อำเภอแม่สาย จังหวัดเชียงราย | 570902 | ติดตั้งไฟฟ้าส่องสว่างริมทาง ทล.1 ช่วงผ่านตำบลห้วยไคร้ กม.875+500 - 879+000 | highway office line and the SAO's request for the same lit stretch; district vs tambon code | fa=06.4 fb=06.4
N | 57 | Highway 1 (Mae Chan - Mae Sai) road safety improvement, km 860+000 - 868+000, Chiang Rai | 5709 | ก่อสร้างจุดกลับรถพร้อมติดตั้งสัญญาณไฟจราจร ทางหลวงหมายเลข 1 กม.885+200 อำเภอแม่สาย | same highway, but the U-turn at km 885 lies outside the province's km 860-868 section; EN/TH
D | 40 | East-West Economic Corridor: Chum Phae interchange, Highway 12 x Highway 201, Khon Kaen | 4005 | ก่อสร้างทางแยกต่างระดับจุดตัดทางหลวงหมายเลข 12 กับทางหลวงหมายเลข 201 (แยกชุมแพ) อำเภอชุมแพ จังหวัดขอนแก่น | ASEAN corridor report and the DOH line for one interchange; province vs district code; EN/TH
N | 63 | Tak Special Economic Zone: four-lane widening of Highway 12 Tak - Mae Sot, km 40+000 - 58+000 | 630606 | ก่อสร้างถนนเชื่อมต่อสะพานข้ามแม่น้ำเมย แห่งที่ 2 ตำบลท่าสายลวด อำเภอแม่สอด | both SEZ road works but different roads: Highway 12 widening vs the second Moei bridge approach road; EN/TH
D | 3105,3104 | ขยายทางหลวงหมายเลข 24 เป็น 4 ช่องจราจร ตอน หนองกี่ - นางรอง กม.95+000 - กม.102+650 | 31 | ขยายช่องจราจร ทล.24 ช่วงหนองกี่-นางรอง กม.95-102+650 จ.บุรีรัมย์ | DOH multi-year line by two districts and the same section in the province's plan | ya=2568-2569
N | 3210 | ทางหลวงหมายเลข 24 ตอน ปราสาท - สังขะ กม.227+000 - กม.236+500 (บูรณะผิวทาง) | 321001 | ปรับปรุงถนนลาดยาง สายบ้านสังขะ - บ้านโคกตาล หมู่ที่ 4 ตำบลสังขะ | highway resurfacing vs a village road in the same district: different roads
D | 4805 | งานบูรณะทางผิวแอสฟัลท์ ถนนสาย นพ.3012 แยก ทล.212 - บ้านดอนนางหงส์ อำเภอธาตุพนม จังหวัดนครพนม | 480507 | ซ่อมสร้างผิวถนนลาดยาง สาย นพ.3012 ช่วงบ้านดอนนางหงส์ ตําบลดอนนางหงส์ | DRR line and the SAO's line for the same rural road; ำ split in the local title
N | 4805 | Rural road resurfacing NP.3012, junction Highway 212 - Ban Don Nang Hong, That Phanom (Department of Rural Roads) | 480510 | ก่อสร้างถนนลาดยาง สาย นพ.ถ.1-0047 บ้านนาหนาด - บ้านแสนพัน อำเภอธาตุพนม | DRR road vs a PAO road in the same district: different roads; EN/TH
D | 7707 | ก่อสร้างระบบระบายน้ำและทางเท้า ถนนเพชรเกษม (ทล.4) ช่วงผ่านเขตเทศบาลเมืองหัวหิน กม.228+000 - กม.231+500 | 770701 | ปรับปรุงท่อระบายน้ำและทางเท้า ถ.เพชรเกษม ช่วงซอยหัวหิน 51 - ซอยหัวหิน 94 | same drains along Phetkasem through town, one side by km, the other by soi | fa=05.2 fb=05.2
N | 9011 | Songkhla PAO road SK.1-0025 Ban Phru - Khlong Hoi Khong: asphalt overlay | 901116 | ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาย สข.ถ.1-0025 บ้านพรุ - คลองหอยโข่ง ตำบลบ้านพรุ | same PAO road, the district plan's English line is for the next fiscal year | ya=2569

# Water: Royal Irrigation, Water Resources, Groundwater, Marine Department vs PAO, SAO
D | 5505 | ก่อสร้างฝายน้ำล้นพร้อมระบบส่งน้ำ ห้วยน้ำปัว บ้านดอนแก้ว หมู่ที่ 6 ตำบลศิลาเพชร อำเภอปัว จังหวัดน่าน | 550505 | ก่อสร้างฝาย คสล. ห้วยน้ำปัว ม.6 บ.ดอนแก้ว | RID line and the SAO's line for the same weir | fa=04.2 fb=06.3
N | 550504 | Small weirs on Huai Nam Pua, Sila Laeng subdistrict, Pua (Nan river basin programme) | 550505 | ก่อสร้างฝาย คสล. ห้วยน้ำปัว ม.6 บ.ดอนแก้ว ต.ศิลาเพชร | same stream, but the basin programme's weirs are in the neighbouring tambon; EN/TH | fa=04.2 fb=06.3
D | 410618 | Restoration of Nong Sa Pla public pond, Moo 1, Nong Sa Pla subdistrict, Nong Han, Udon Thani | 410618 | ขุดลอกหนองน้ำสาธารณะ หนองสระปลา หมู่ที่ 1 ตำบลหนองสระปลา | DWR's English line and the SAO's dredging of the same pond | fa=06.3 fb=06.3
N | 341913 | พัฒนาแหล่งน้ำหนองบัวฮี ระยะที่ 2 ตำบลหนองบัวฮี อำเภอพิบูลมังสาหาร จังหวัดอุบลราชธานี | 341913 | ขุดลอกหนองบัวฮี (ระยะที่ 1) หมู่ที่ 3 ตำบลหนองบัวฮี | same pond, DWR's phase 2 vs the SAO's phase 1 | fa=06.3 fb=06.3
D | 4609 | ก่อสร้างระบบกระจายน้ำบาดาลขนาดใหญ่ บ้านโนนแหลมทอง หมู่ที่ 2 ตำบลโนนแหลมทอง อำเภอสหัสขันธ์ จังหวัดกาฬสินธุ์ | 460906 | ก่อสร้างระบบประปาบาดาล หมู่บ้านโนนแหลมทอง ม.๒ | groundwater department and the SAO's village waterworks for the same village; Thai digit | fa=06.3 fb=06.3
N | 4609 | Large-scale groundwater distribution system, Ban Non Laem Thong, Moo 2, Sahatsakhan, Kalasin | 460906 | ขยายเขตท่อเมนประปาหมู่บ้าน บ้านโนนสวรรค์ หมู่ที่ 7 ตำบลโนนแหลมทอง | same tambon, another village's water mains; EN/TH | fa=06.3 fb=06.3
D | 420301 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านท่าดีหมี หมู่ที่ 6 ตำบลเชียงคาน อำเภอเชียงคาน จังหวัดเลย ความยาว 850 เมตร | 4203 | Mekong riverbank protection, Ban Tha Di Mi, Chiang Khan, Loei (850 m) | Marine Department line and the same bank works in a Mekong reporting list; EN/TH | fa=06.6 fb=05.6
N | 420305 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านปากตม หมู่ที่ 1 ตำบลปากตม อำเภอเชียงคาน | 4203 | Mekong riverbank protection, Ban Tha Di Mi, Chiang Khan, Loei (850 m) | same river and district, another bank site; EN/TH | fa=06.6 fb=05.6
D | 451006 | ปรับปรุงสถานีสูบน้ำด้วยไฟฟ้า บ้านวังหลวง ตำบลวังหลวง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด | 451006 | ซ่อมแซมสถานีสูบน้ำด้วยไฟฟ้า บ.วังหลวง ม.1 ต.วังหลวง (ถ่ายโอนจากกรมพัฒนาพลังงานทดแทนฯ) | PAO repair and the SAO's repair of the same transferred pumping station | fa=04.2 fb=04.2
N | 4510,4514 | Roi Kaen Sarasin cluster: solar-powered pumping for farmland, 12 sites in Selaphum and At Samat, Roi Et | 450705 | ก่อสร้างระบบสูบน้ำพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านหนองใหญ่ หมู่ที่ 5 ตำบลหนองใหญ่ อำเภอโพนทอง | the cluster programme covers Selaphum and At Samat; this local pump is in Phon Thong; EN/TH | fa=04.2 fb=04.2
D | 801212 | ขุดลอกคลองบางพระ ช่วงหมู่ที่ 2 - หมู่ที่ 5 ตำบลบางพระ อำเภอปากพนัง ความยาว 3,200 เมตร | 801212 | ขุดลอกคลองบางพระ ม.2 - ม.5 ต.บางพะ ยาว 3.2 กม. | RID line and the SAO's line for the same canal stretch; a dropped letter in the tambon name | fa=04.2 fb=06.6
N | 8012 | Dredging of Khlong Bang Phra, Pak Phanang (3.2 km), Royal Irrigation Department | 801217 | ขุดลอกคลองปากแพรก หมู่ที่ 4 ตำบลปากแพรก อำเภอปากพนัง | a different canal in another tambon of the district; EN/TH | fa=04.2 fb=06.6

# Buildings and facilities: ministry, province or cluster vs local
D | 400501 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 5 ชั้น โรงพยาบาลชุมแพ ตำบลชุมแพ อำเภอชุมแพ จังหวัดขอนแก่น | 40 | Chum Phae Hospital: 5-storey outpatient and emergency building | MoPH multi-year line and the province's English investment list; EN/TH | fa=07.3 fb=07.3 ya=2568-2569
N | 400501 | ก่อสร้างอาคารพักพยาบาล 24 ห้อง โรงพยาบาลชุมแพ | 40 | Chum Phae Hospital: 5-storey outpatient and emergency building | same hospital, a different building; EN/TH | fa=07.3 fb=07.3
D | 500307 | ก่อสร้างอาคารเรียน สพฐ. 104ล/55 (ปรับปรุง 60) โรงเรียนบ้านปางหินฝน ตำบลปางหินฝน อำเภอแม่แจ่ม | 500307 | ขอรับการสนับสนุนอาคารเรียนหลังใหม่ ร.ร.บ้านปางหินฝน (แผนชุมชนตำบลปางหินฝน) | OBEC building and the community plan's request for the same school building | fa=09.1 fb=09.1
N | 500307 | ก่อสร้างอาคารเรียน สพฐ. 104ล/55 (ปรับปรุง 60) โรงเรียนบ้านปางหินฝน ตำบลปางหินฝน อำเภอแม่แจ่ม | 500307 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก อบต.ปางหินฝน (แบบ สถ.ศพด.2) | school building vs the SAO's child development centre in the same tambon | fa=09.1 fb=09.1
D | 810305 | ก่อสร้างทางเดินเลียบชายหาดและลานกิจกรรม ชายหาดคลองดาว ตำบลศาลาด่าน อำเภอเกาะลันตา จังหวัดกระบี่ | 81 | Andaman Tourism Cluster: Khlong Dao beach promenade and activity plaza, Ko Lanta, Krabi | tourism department line and the cluster's English line, same beach works | fa=04.7 fb=04.7
N | 820507 | Andaman Tourism Cluster: beach promenade and activity plaza, Khuek Khak (Khao Lak), Phangnga | 810305 | ก่อสร้างทางเดินเลียบชายหาดและลานกิจกรรม ชายหาดคลองดาว ตำบลศาลาด่าน อำเภอเกาะลันตา | same cluster programme, another province's beach; EN/TH | fa=04.7 fb=04.7
D | 901007 | ก่อสร้างตลาดชายแดนปาดังเบซาร์ ระยะที่ 1 อำเภอสะเดา จังหวัดสงขลา | 9010 | ก่อสร้างอาคารตลาดการค้าชายแดน ปาดังเบซาร์ (ระยะที่ ๑) // Padang Besar border market, phase 1 | province line and the district's bilingual line, same phase | fa=04.1 fb=04.1
N | 901007 | ก่อสร้างตลาดชายแดนปาดังเบซาร์ ระยะที่ 2 อำเภอสะเดา จังหวัดสงขลา | 9010 | ก่อสร้างอาคารตลาดการค้าชายแดน ปาดังเบซาร์ (ระยะที่ ๑) // Padang Besar border market, phase 1 | phase 2 vs phase 1 | fa=04.1 fb=04.1
D | 950201 | ก่อสร้างอาคารโรงยิมเนเซียมอเนกประสงค์ เทศบาลเมืองเบตง | 9502 | Betong multipurpose indoor sports hall, Yala | municipality line and the ministry's English sports-facility list; EN/TH | fa=08.1 fb=08.1
N | 950201 | ก่อสร้างสนามฟุตบอลหญ้าเทียม พร้อมไฟส่องสว่าง เทศบาลเมืองเบตง | 9502 | Betong multipurpose indoor sports hall, Yala | a different facility in the same town; EN/TH | fa=08.1 fb=08.1
D | 140601 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา บริเวณวัดชุมพลนิกายาราม ตำบลบ้านเลน อำเภอบางปะอิน | 14 | Chao Phraya riverbank protection at Wat Chumphon Nikayaram, Bang Pa-In, Ayutthaya | Public Works department line and the PAO's English line, same bank site; EN/TH | fa=06.6 fb=06.6
D | 6003 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำน่าน ชุมชนตลาดชุมแสง อำเภอชุมแสง จังหวัดนครสวรรค์ ยาว 420 ม. | 600301 | สร้างเขื่อนกันตลิ่งพัง ริมนำ้น่าน หน้าตลาดชุมแสง ทม.ชุมแสง | department and town, same bank site; tone mark before ำ in the local title | fa=06.6 fb=06.6

# Services: department or province vs district, municipality, SAO
D | 480510 | รณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลนาหนาด อำเภอธาตุพนม | 480510 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า สุนัขและแมว ในเขต อบต.นาหนาด | livestock office campaign and the SAO's vaccination in the same tambon | fa=07.4 fb=07.4
N | 480509 | Rabies-free animals, rabies-free people: dog and cat vaccination, Um Mao subdistrict, That Phanom | 480510 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า สุนัขและแมว ในเขต อบต.นาหนาด | same campaign in the neighbouring tambon; EN/TH | fa=07.4 fb=07.4
D | 3210 | ควบคุมโรคไข้เลือดออก พ่นหมอกควันกำจัดยุงลายและแจกทรายอะเบท ในเขตเทศบาลตำบลสังขะ | 321001 | ป้องกันและควบคุมโรคไข้เลือดออก ทต.สังขะ ประจำปีงบประมาณ ๒๕๖๘ | district health office and the municipality, same dengue control in town; Thai digits | fa=07.4 fb=07.4
N | 321001 | ป้องกันโรคมือ เท้า ปาก ในศูนย์พัฒนาเด็กเล็ก ทต.สังขะ | 3210 | ควบคุมโรคไข้เลือดออก พ่นหมอกควันกำจัดยุงลายและแจกทรายอะเบท ในเขตเทศบาลตำบลสังขะ | another disease and group in the same town | fa=07.4 fb=07.4
D | 930602 | ส่งเสริมการจัดตั้งและดำเนินงานโรงเรียนผู้สูงอายุ ตำบลดอนประดู่ อำเภอปากพะยูน จังหวัดพัทลุง | 930602 | โรงเรียนผู้สูงอายุ อบต.ดอนประดู่ ประจำปี 2568 | provincial social development office and the SAO, same elderly school | fa=10.2 fb=10.2
N | 930602 | Elderly school, Don Pradu subdistrict, Pak Phayun, Phatthalung | 930602 | เบี้ยยังชีพผู้สูงอายุ อบต.ดอนประดู่ | same group and place, a different service (school vs old-age allowance); EN/TH | fa=10.2 fb=10.2
D | 5003 | ป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน จัดทำแนวกันไฟและชิงเผาตามแผน พื้นที่อำเภอแม่แจ่ม | 500305 | จัดทำแนวกันไฟป่า ตำบลแม่นาจร ปี 2568 | the province's district-wide haze line includes the fire breaks this SAO files | fa=05.4 fb=03.2
N | 5003 | Forest fire and haze prevention: fire breaks and managed burning, Mae Chaem district, Chiang Mai | 500910 | จัดทำแนวกันไฟป่า ตำบลแม่คะ อำเภอฝาง | the province's line covers Mae Chaem; these fire breaks are in Fang; EN/TH | fa=05.4 fb=03.2
D | 220704 | Large-scale farming (Plaeng Yai): durian quality programme for the Sai Khao durian growers' group, Soi Dao, Chanthaburi | 220704 | ส่งเสริมกลุ่มเกษตรกรแปลงใหญ่ทุเรียน ตำบลทรายขาว | agricultural extension and the SAO support the same Plaeng Yai group; EN/TH | fa=04.2 fb=04.2
N | 2207 | อบรมการควบคุมคุณภาพทุเรียน ป้องกันทุเรียนอ่อน ให้ล้งและมือตัดทุเรียน อำเภอสอยดาว | 220704 | ฝึกอบรมการทำปุ๋ยหมักชีวภาพให้เกษตรกร ตำบลทรายขาว | different topic and audience | fa=04.2 fb=04.2
D | 160409 | ปล่อยพันธุ์สัตว์น้ำลงในแหล่งน้ำสาธารณะ อ่างเก็บน้ำซับตะเคียน ตำบลซับตะเคียน อำเภอชัยบาดาล จังหวัดลพบุรี | 160409 | ปล่อยพันธุ์ปลาลงอ่างเก็บน้ำซับตะเคยน เนื่องในวันแม่แห่งชาติ | fisheries office and the SAO, same fish release; a dropped vowel | fa=04.2 fb=04.2
N | 160409 | Fingerling release, Sap Takhian reservoir, Chai Badan, Lop Buri (FY2026) | 160409 | ปล่อยพันธุ์ปลาลงอ่างเก็บน้ำซับตะเคียน เนื่องในวันแม่แห่งชาติ | same reservoir, the next fiscal year; EN/TH | fa=04.2 fb=04.2 ya=2569
D | 9610 | ค่ายบำบัดฟื้นฟูผู้ติดยาเสพติดแบบสมัครใจ (ค่ายปรับเปลี่ยนพฤติกรรม) อำเภอสุไหงโก-ลก จังหวัดนราธิวาส | 961001 | Voluntary drug rehabilitation camp, Su-ngai Kolok town | district line and the municipality's English line for the same camp | fa=07.4 fb=10.7
N | 961001 | จัดการแข่งขันกีฬาเยาวชนต้านยาเสพติด เทศบาลเมืองสุไหงโก-ลก | 9610 | ค่ายบำบัดฟื้นฟูผู้ติดยาเสพติดแบบสมัครใจ (ค่ายปรับเปลี่ยนพฤติกรรม) อำเภอสุไหงโก-ลก จังหวัดนราธิวาส | anti-drug sports vs a rehabilitation camp: different service | fa=08.1 fb=07.4
D | 42 | Phi Ta Khon Festival 2025, Dan Sai, Loei | 420501 | จัดงานประเพณีบุญหลวงและการละเล่นผีตาโขน ประจำปี 2568 | province and tourism line and the municipality's festival, same year; EN/TH | fa=08.2 fb=08.2
N | 42 | Phi Ta Khon Festival 2026, Dan Sai, Loei | 420501 | จัดงานประเพณีบุญหลวงและการละเล่นผีตาโขน ประจำปี 2568 | next year's festival; EN/TH | fa=08.2 fb=08.2 ya=2569
D | 361005 | ยกระดับผลิตภัณฑ์ผ้าไหม OTOP กลุ่มทอผ้าไหมบ้านกุดยม ตำบลกุดยม อำเภอภูเขียว จังหวัดชัยภูมิ | 361005 | ส่งเสริมอาชีพทอผ้าไหม กลุ่มแม่บ้านบ้านกุดยม ม.1 | community development office and the SAO support the same silk weaving group | fa=04.1 fb=04.1
N | 361005 | ยกระดับผลิตภัณฑ์ผ้าไหม OTOP กลุ่มทอผ้าไหมบ้านกุดยม ตำบลกุดยม อำเภอภูเขียว จังหวัดชัยภูมิ | 361005 | ฝึกอบรมการทำขนมไทยเพื่อเป็นอาชีพเสริม กลุ่มแม่บ้าน บ้านกุดยม | same village, a different occupation | fa=04.1 fb=04.1
D | 3015 | Home modification for persons with disabilities and older persons, Phimai district, Nakhon Ratchasima | 301501 | ปรับปรุงสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการและผู้สูงอายุ เทศบาลตำบลพิมาย | the district-wide programme includes the town's homes; EN/TH | fa=10.1 fb=10.1
N | 3015 | Home modification for persons with disabilities and older persons, Phimai district, Nakhon Ratchasima | 302105 | ปรับสภาพแวดล้อมที่อยู่อาศัยคนพิการ ตำบลหมูสี อำเภอปากช่อง | same programme, another district; EN/TH | fa=10.1 fb=10.1

# Purchases: one level buys for another, or each level for itself
N | 23 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ จำนวน 1 คัน สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดตราด | 230201 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ 1 คัน ทต.คลองใหญ่ | same spec, each bought for its own unit | fa=03.2 fb=03.2
D | 92 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง ให้โรงพยาบาลกันตัง | 9202 | Advanced life support ambulance for Kantang Hospital, Trang | the province buys for the hospital; the hospital's own request for the same vehicle; EN/TH | fa=07.3 fb=07.3
N | 9202 | Advanced life support ambulance for Kantang Hospital, Trang | 920201 | จัดซื้อรถกู้ชีพกู้ภัย (รถกระบะ) หน่วยกู้ชีพเทศบาลเมืองกันตัง | hospital ambulance vs the municipality's own rescue pickup; EN/TH | fa=07.3 fb=03.2
D | 90 | Hat Yai safe city: CCTV network with video analytics, 150 points, Hat Yai city | 901101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) เพิ่มเติม 150 จุด ในเขตเทศบาลนครหาดใหญ่ | province's English line and the city's line, same cameras | fa=03.1 fb=03.1
N | 90 | Hat Yai safe city: CCTV network with video analytics, 150 points, Hat Yai city | 901102 | ติดตั้งกล้องวงจรปิดถนนสายหลัก ตำบลควนลัง | same kind of works in the neighbouring tambon; EN/TH | fa=03.1 fb=03.1
N | 720705 | จัดซื้อโดรนเพื่อการเกษตร ขนาดถังบรรจุ 20 ลิตร 1 ลำ ให้ศูนย์ข้าวชุมชนบ้านกุ่ม | 720702 | จัดซื้อโดรนเพื่อการเกษตร ขนาดถังบรรจุ 20 ลิตร 1 ลำ อบต.บางเลน | same spec: for a rice centre in one tambon and for the SAO of another | fa=04.2 fb=04.2
D | 141201 | จัดซื้อครุภัณฑ์ห้องเรียนอัจฉริยะ (Smart Classroom) โรงเรียนเสนาประสิทธิ์ อำเภอเสนา | 14 | Smart classroom equipment for Sena Prasit School, Sena, Ayutthaya | OBEC line and the province's English list, same school | fa=09.2 fb=09.2
N | 141201 | จัดซื้อครุภัณฑ์ห้องเรียนอัจฉริยะ (Smart Classroom) โรงเรียนเสนาประสิทธิ์ อำเภอเสนา | 141201 | จัดซื้อครุภัณฑ์ห้องเรียนอัจฉริยะ โรงเรียนเทศบาลเมืองเสนา ๑ | same equipment for another school: the municipality's own | fa=09.2 fb=09.1
D | 80 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว พร้อมเครื่องยนต์ดีเซล จำนวน 4 เครื่อง สนับสนุนองค์การบริหารส่วนตำบลบางพระ อำเภอปากพนัง | 801212 | จัดซื้อเครื่องสูบน้ำหอยโข่ง 8 นิ้ว เครื่องยนต์ดีเซล 4 ชุด | the province's purchase for the SAO and the SAO's own line for the same pumps | fa=04.2 fb=03.2
N | 8012 | Royal Irrigation Department, Nakhon Si Thammarat project: 8-inch diesel centrifugal pumps, 10 units for the project's own fleet | 801212 | จัดซื้อเครื่องสูบน้ำหอยโข่ง 8 นิ้ว เครื่องยนต์ดีเซล 4 ชุด | same spec, each level's own pumps; EN/TH | fa=04.2 fb=03.2
D | 84 | Ko Samui waste management: 10 m3 rear-loading compactor trucks (3 units) for Ko Samui City Municipality | 8404 | จัดซื้อรถบรรทุกขยะมูลฝอย ชนิดอัดท้าย ขนาด 10 ลูกบาศก์เมตร จำนวน 3 คัน เทศบาลนครเกาะสมุย | province's English line and the city's line, same trucks | fa=05.1 fb=05.1
N | 84 | Ko Samui waste management: 10 m3 rear-loading compactor trucks (3 units) for Ko Samui City Municipality | 8404 | ปรับปรุงเตาเผาขยะมูลฝอย เทศบาลนครเกาะสมุย | trucks vs incinerator repair in the same city; EN/TH | fa=05.1 fb=05.1

# Broad programmes and reporting lists, several in English on both sides
D | 5512 | Village broadband (Net Pracharat) maintenance, Bo Kluea district, Nan | 551202 | ซ่อมบำรุงจุดกระจายสัญญาณอินเทอร์เน็ตหมู่บ้าน (เน็ตประชารัฐ) ตำบลบ่อเกลือใต้ | the ministry's district line includes this tambon's hotspots; EN/TH | fa=04.6 fb=04.6
N | 5512 | Village broadband (Net Pracharat) maintenance, Bo Kluea district, Nan | 5513 | Village broadband (Net Pracharat) maintenance, Song Khwae district, Nan | same programme, another district; EN/EN | fa=04.6 fb=04.6
D | 270605 | Ban Nong Ian customs checkpoint building, Aranyaprathet, Sa Kaeo | 27 | Customs facilities at the Nong Ian - Stung Bot border crossing, Sa Kaeo | central-agency and ASEAN lines for the same checkpoint; EN/EN | fa=01.1 fb=04.1
N | 27 | Customs facilities at the Nong Ian - Stung Bot border crossing, Sa Kaeo | 270605 | Rong Kluea market: parking and drainage upgrade, Aranyaprathet | different works in the same border area; EN/EN | fa=01.1 fb=04.1
D | 8406 | Chaiya district water supply upgrade: Phum Riang subdistrict village networks | 840602 | Village water supply improvement, Phum Riang subdistrict, Chaiya | district and tambon English lines, same networks; EN/EN | fa=06.3 fb=06.3
N | 580301 | Pai town wastewater treatment plant, phase 1 | 5803 | Pai wastewater collection and treatment, phase 2 | phase 1 vs phase 2; EN/EN | fa=05.2 fb=05.2
D | 830303 | ก่อสร้างระบบบำบัดน้ำเสียชุมชน ตำบลเชิงทะเล (หาดบางเทา) // Choeng Thale community wastewater treatment, Bang Tao | 8303 | ก่อสร้างระบบบําบัดนํ้าเสีย ต.เชิงทะเล อ.ถลาง | wastewater authority's bilingual line and the district's noisy line (ำ split) | fa=05.2 fb=05.2
N | 830305 | ก่อสร้างระบบบำบัดน้ำเสียชุมชน ตำบลไม้ขาว อำเภอถลาง | 830303 | ก่อสร้างระบบบำบัดน้ำเสียชุมชน ตำบลเชิงทะเล (หาดบางเทา) // Choeng Thale community wastewater treatment, Bang Tao | another tambon of the district | fa=05.2 fb=05.2
`,
};
