/**
 * Round 6, held out: the same works or services filed at different levels of government (a
 * ministry's department or regional office, a province or provincial cluster, a PAO, a district,
 * a municipality or SAO, a village plan). The national line is broad and formal, the local line
 * short and specific, or the other way round; one side often in English (ASEAN, donor or
 * central-agency reporting). Duplicate when the local project is the broad one's works or service
 * at a place it covers, in the same year; not when it lies outside the places the broad one
 * names, is another phase or year, another object or group, or is the same item bought by each
 * level for itself. Written and labelled without running the engine on them.
 */
import type { Block } from './load.js';

export const ROUND6_LEVELS_PAIRS: Block = {
  category: 'round6-levels',
  functionCode: '06.2',
  heldOut: true,
  lines: `
# North: Nan
D | 5514 | ถนนสาย นน.3012 แยกทางหลวงหมายเลข 101 - บ้านน้ำเกี๋ยน อำเภอภูเพียง จังหวัดน่าน งานบูรณะผิวทางลาดยาง (กรมทางหลวงชนบท) | 551404 | ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสายแยก ทล.101 - บ้านน้ำเกี๋ยน ต.น้ำเกี๋ยน | DRR route line and the SAO's own request to resurface the same road; district vs tambon code | fa=04.5 fb=04.5
N | 5505 | บำรุงรักษาทางหลวงหมายเลข 1080 ตอน ปัว - ทุ่งช้าง ระหว่าง กม.52+000 - กม.58+500 (แขวงทางหลวงน่านที่ 2) | 550501 | ก่อสร้างถนน คสล. ซอยวัดปรางค์ หมู่ที่ 1 ตำบลปัว | highway maintenance vs a village lane in the same district; different roads | fa=04.5 fb=04.5
D | 5505,5512 | Nan headwater forest restoration programme: replanting of degraded watershed forest in Pua and Bo Kluea districts, FY2025 | 550505 | ปลูกป่าฟื้นฟูพื้นที่ต้นน้ำ บ้านห้วยม่วง หมู่ที่ 7 ตำบลศิลาเพชร อำเภอปัว | provincial programme (EN) and an SAO's planting inside one of its districts, same year | fa=05.4 fb=05.4 da=5,000_rai_of_headwater_forest_in_Pua_and_Bo_Kluea
N | 5505,5512 | Nan Headwater Forest Restoration (Pua and Bo Kluea districts): watershed replanting 2025 | 551101 | ปลูกป่าชุมชน บ้านดู่พงษ์ หมู่ที่ 1 ตำบลดู่พงษ์ อำเภอสันติสุข | same kind of planting, but Santi Suk is outside the programme's two districts | fa=05.4 fb=05.4
D | 5512 | ช่วยเหลือผู้ประสบภัยหนาว แจกจ่ายผ้าห่มกันหนาวแก่ผู้ยากไร้และผู้สูงอายุ อำเภอบ่อเกลือ ปี 2568 (ที่ทำการปกครองอำเภอบ่อเกลือ) | 551202 | จัดซื้อผ้าห่มกันหนาวแจกจ่ายผู้สูงอายุและผู้ยากไร้ ต.บ่อเกลือใต้ | district relief and the SAO's own blanket handout to the same people in the same winter | fa=10.9 fb=10.9
D | 5509 | Long-term care for dependent older people (LTC), Chiang Klang District Health Office, FY2025 | 550909 | สนับสนุนการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Long Term Care) ต.พระพุทธบาท | district LTC programme and the tambon's LTC line; one service, filed under different functions | fa=10.2 fb=07.4
# North: Tak
D | 63 | Tak - Mae Sot section of Highway 12 (Asian Highway AH1): widening to four lanes, km 50+000 - km 58+000 | 6301,6306 | ขยายทางหลวงหมายเลข ๑๒ ตอน ตาก - แม่สอด เป็น ๔ ช่องจราจร ระหว่าง กม.๕๐+๐๐๐ - กม.๕๘+๐๐๐ | ASEAN connectivity report (EN, province code) and the highway office's line in Thai digits, same section | fa=04.5 fb=04.5
N | 6301,6306 | ขยายทางหลวงหมายเลข 12 ตอน ตาก - แม่สอด เป็น 4 ช่องจราจร ระหว่าง กม.50+000 - กม.58+000 | 63 | Highway 12 (AH1) Tak - Mae Sot: four-lane widening, km 58+000 - km 66+500 | adjoining section, no overlap | fa=04.5 fb=04.5
D | 6306 | Migrant health outreach: tuberculosis screening of migrant workers in Mae Sot district (Mae Sot Hospital, donor co-funded) | 630601 | ตรวจคัดกรองวัณโรคในแรงงานต่างด้าว เขตเทศบาลนครแม่สอด | hospital outreach (EN) and the municipality's screening of the same group in the town | fa=07.4 fb=07.4
N | 6306 | Tuberculosis screening among migrant workers, Mae Sot district, 2025 | 630604 | รณรงค์ฉีดวัคซีนป้องกันโรคหัดในเด็กต่างด้าว ต.แม่ตาว | another disease and another group in the same district | fa=07.4 fb=07.4
# North: Chiang Rai
D | 5709 | Chiang Rai Special Economic Zone: Sai river bank protection and drainage for Mae Sai town, FY2025 | 570901 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำสาย พร้อมระบบระบายน้ำ ชุมชนเกาะทราย ตำบลแม่สาย | SEZ works cover the town's riverbank; the municipal line is the same works at one community in it | fa=06.6 fb=06.6
N | 5703 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำโขง บ้านหาดบ้าย หมู่ที่ 2 ตำบลริมโขง อำเภอเชียงของ (กรมโยธาธิการและผังเมือง) | 570310 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่นํ้าโขง บ้านปากอิง หมู่ที่ 6 ต.ริมโขง | same river and tambon, another village | fa=06.6 fb=06.6
D | 5703 | Mekong riverbank protection at Ban Hat Bai, Rim Khong, Chiang Khong (Department of Public Works and Town & Country Planning) | 57 | Chiang Rai Provincial Development Plan: Mekong bank erosion protection, Ban Hat Bai, Chiang Khong district | department and province report the same works, EN-EN | fa=06.6 fb=06.6
# North: Lampang, Phitsanulok
D | 5202 | Lampang haze and forest-fire prevention: firebreaks and volunteer fire patrols in Mae Mo district, dry season 2025 | 520201 | ทำแนวกันไฟป่าและจัดชุดลาดตระเวนเฝ้าระวังไฟป่า ตำบลบ้านดง อ.แม่เมาะ | the district campaign includes this tambon's firebreaks and patrols | fa=05.3 fb=05.3
N | 52 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร แบบ 6 ล้อ จำนวน 1 คัน (องค์การบริหารส่วนจังหวัดลำปาง) | 520204 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาดความจุไม่น้อยกว่า 6,000 ลิตร ชนิด 6 ล้อ | same truck spec bought by the PAO and by the SAO, each for itself | fa=03.2 fb=03.2
N | 6502 | Construction of a standard school building, Ban Na Bua School, Na Bua, Nakhon Thai (Phitsanulok Primary Educational Service Area Office 3) | 650205 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก บ้านนาบัว หมู่ที่ 1 ต.นาบัว | a school building and a child development centre in the same village | fa=09.1 fb=09.1
D | 6502 | อุดหนุนอาหารกลางวันนักเรียนโรงเรียนสังกัด สพฐ. อำเภอนครไทย (เงินอุดหนุนทั่วไป กรมส่งเสริมการปกครองท้องถิ่น) | 650205 | อุดหนุนอาหารกลางวัน โรงเรียนบ้านนาบัว ต.นาบัว | DLA grant line for the district's schools and the SAO's lunch subsidy to one of them: the same money | fa=09.6 fb=09.6
# Northeast: Ubon Ratchathani
D | 34 | โครงการปรับปรุงฝายห้วยบุ่ง พร้อมอาคารประกอบ บ้านดอนจิก ตําบลดอนจิก อําเภอพิบูลมังสาหาร จังหวัดอุบลราชธานี (สำนักงานชลประทานที่ 7) | 341904 | ซ่อมแซมฝายน้ำล้นห้วยบุ่ง บ.ดอนจิก ม.1 | RID line (province code, split sara am) and the SAO's repair of the same weir | fa=04.2 fb=04.2
N | 341904 | ขุดลอกหนองน้ำสาธารณะ หนองบุ่ง บ้านดอนจิก หมู่ที่ 1 | 34 | Small-scale irrigation: rehabilitation of Huai Bung weir and appurtenant structures, Don Chik, Phibun Mangsahan | pond dredging vs weir rehabilitation in the same village | fa=04.2 fb=04.2
D | 3419 | ก่อสร้างระบบประปาบาดาลขนาดใหญ่ บ้านโพธิ์ศรี หมู่ที่ 3 ตำบลโพธิ์ศรี // Large groundwater supply system, Ban Pho Si, Moo 3, Pho Si, Phibun Mangsahan | 341910 | ขุดเจาะบ่อบาดาลพร้อมก่อสร้างระบบประปาหมู่บ้าน บ้านโพธิ์ศรี ม.3 | Department of Groundwater Resources (bilingual) and the SAO's village system at the same village | fa=06.3 fb=06.3
D | 3407 | Det Udom District mobile service: civil registration and ID cards in remote tambons, FY2025 | 340704 | ร่วมจัดโครงการอำเภอเคลื่อนที่ ให้บริการทำบัตรประจำตัวประชาชนและงานทะเบียน ต.นาเจริญ | the district's mobile service visiting this tambon, co-funded by the SAO | fa=01.3 fb=01.3
# Northeast: Nakhon Ratchasima
D | 3015 | Phimai Historical Park: restoration of the southern gopura and new floodlighting of the main sanctuary (Fine Arts Department) | 301501 | ติดตั้งไฟส่องสว่างปราสาทหินพิมาย อุทยานประวัติศาสตร์พิมาย | the municipality's lighting is part of the department's works at the same site | fa=08.2 fb=06.4
N | 3021 | Khao Yai gateway: tourist information centre, Mu Si, Pak Chong (Department of Tourism) | 302105 | ก่อสร้างศาลาที่พักผู้โดยสาร บ้านหมูสี หมู่ที่ 1 ต.หมูสี | a different building in the same tambon | fa=04.7 fb=04.5
# Northeast: Khon Kaen
D | 4016 | คัดกรองมะเร็งท่อน้ำดีด้วยอัลตราซาวด์ กลุ่มเสี่ยงอายุ 40 ปีขึ้นไป อำเภอภูเวียง // Cholangiocarcinoma ultrasound screening, at-risk people aged 40+, Phu Wiang district | 401610 | ตรวจคัดกรองพยาธิใบไม้ตับและมะเร็งท่อน้ำดี ประชาชนอายุ 40 ปีขึ้นไป ต.หนองกุงธนสาร | district screening and the tambon health fund's screening, same group and place | fa=07.4 fb=07.4
N | 4005 | Liver fluke and cholangiocarcinoma screening for people aged 40+, Chum Phae district | 400502 | ตรวจอุจจาระหาไข่พยาธิใบไม้ตับ นักเรียนชั้นประถมศึกษา ต.โนนหัน | same disease, another group (school children) | fa=07.4 fb=07.4
N | 4005 | จัดซื้อเครื่องอัลตราซาวด์ จำนวน 2 เครื่อง โรงพยาบาลชุมแพ | 400503 | จัดซื้อเครื่องอัลตร้าซาวด์ สำหรับ รพ.สต.นาหนองทุ่ม (องค์การบริหารส่วนจังหวัดขอนแก่น) | same device bought for two different facilities | fa=07.1 fb=07.1
N | 40 | Khon Kaen Provincial Office: purchase of 20 desktop computers for data processing | 4005 | Chum Phae District Office: purchase of 5 desktop computers for data processing | each office buys its own computers, EN-EN | fa=01.3 fb=01.3
# Northeast: Sakon Nakhon, Buri Ram, Si Sa Ket
D | 4704 | ติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 22 ตอน พังโคน - พรรณานิคม ช่วงผ่านชุมชนพรรณานิคม (แขวงทางหลวงสกลนครที่ 1) | 470401 | ติดตั้งไฟฟ้าส่องสว่างถนนสาย 22 ช่วงผ่านตัวอำเภอพรรณานิคม ต.พรรณา | same highway lighting through the town | fa=06.4 fb=06.4
N | 4704 | ติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 22 ตอน พังโคน - พรรณานิคม (แขวงทางหลวงสกลนครที่ 1) | 470404 | ติดตั้งไฟฟ้าส่องสว่างถนนภายในหมู่บ้าน บ้านนาหัวบ่อ หมู่ที่ 2 ต.นาหัวบ่อ | village streets, not the highway | fa=06.4 fb=06.4
D | 31 | ก่อสร้างถนนลาดยาง สายบ้านหนองยายพิมพ์ - บ้านหัวถนน อำเภอนางรอง จังหวัดบุรีรัมย์ (องค์การบริหารส่วนจังหวัดบุรีรัมย์) | 310424 | ก่อสรา้งถนนแอสฟัลท์ติกคอนกรีต สาย บ.หนองยายพิมพ์ - บ.หัวถนน | PAO and SAO both list the same road; swapped tone mark | fa=04.5 fb=04.5
N | 31 | ก่อสร้างถนนลาดยางสายบ้านหนองยายพิมพ์ - บ้านหัวถนน อ.นางรอง (อบจ.บุรีรัมย์) | 310425 | ก่อสร้างถนนลาดยาง สายบ้านหัวถนน - บ้านทุ่งแสงทอง | another road starting from one of the same villages | fa=04.5 fb=04.5
D | 3304 | Kantharalak volcanic-soil durian: farmer training on GAP certification and quality harvest (Department of Agricultural Extension) | 330412 | ฝึกอบรมเกษตรกรผู้ปลูกทุเรียนภูเขาไฟ การผลิตตามมาตรฐาน GAP ต.ภูเงิน | the district training includes this tambon's growers | fa=04.2 fb=04.2
N | 3304 | ฝึกอบรมเกษตรกรผู้ปลูกทุเรียนภูเขาไฟ การผลิตตามมาตรฐาน GAP อำเภอกันทรลักษ์ (สำนักงานเกษตรอำเภอ) | 330810 | ฝึกอบรมการผลิตทุเรียนคุณภาพตามมาตรฐาน GAP ต.ภูฝ้าย อ.ขุนหาญ | same training, another district | fa=04.2 fb=04.2
# Northeast: Nakhon Phanom, Chaiyaphum
D | 48 | จัดงานนมัสการองค์พระธาตุพนม ประจำปี 2568 // That Phanom Pagoda Festival 2025 | 480501 | สนับสนุนการจัดงานนมัสการพระธาตุพนม ประจำปี ๒๕๖๘ ต.ธาตุพนม | province and municipality fund the same festival | fa=08.4 fb=08.4
N | 48 | That Phanom Pagoda Festival 2025 (Nakhon Phanom province) | 480501 | จัดงานประเพณีไหลเรือไฟ ประจำปี 2568 ต.ธาตุพนม | a different festival at the same place | fa=08.4 fb=08.2
D | 3610 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ฉีดวัคซีนสุนัขและแมว อำเภอภูเขียว (สำนักงานปศุสัตว์อำเภอภูเขียว) | 361001 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า สุนัขและแมว ต.ผักปัง | district livestock campaign and the SAO's vaccination of the same animals, same year | fa=07.4 fb=04.2
N | 3610 | Rabies-free animals, safe people: dog and cat vaccination, Phu Khiao district, FY2025 | 361001 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ต.ผักปัง ปีงบประมาณ 2569 | the next year's round | fa=07.4 fb=07.4 yb=2569
# Central: Suphan Buri, Ayutthaya, Lop Buri
D | 7203,7107 | Lower Central Provincial Cluster 1: nature trail and viewpoint improvement, Phu Toei National Park (Dan Chang) and Thong Pha Phum | 7203 | ปรับปรุงเส้นทางเดินศึกษาธรรมชาติและจุดชมวิว อุทยานแห่งชาติพุเตย อำเภอด่านช้าง | cluster project and the district's line for the same park works | fa=04.7 fb=04.7
N | 7203,7107 | Lower Central Cluster 1: nature trail and viewpoint upgrades at Phu Toei National Park and Thong Pha Phum | 7203 | ก่อสร้างห้องน้ำสาธารณะและลานจอดรถ อุทยานแห่งชาติพุเตย อ.ด่านช้าง | other facilities at the same park | fa=04.7 fb=04.7
D | 1406 | Flood preparedness: temporary flood barriers (big bags) along the Chao Phraya, Bang Pa-In district, 2025 season (DDPM Ayutthaya) | 140601 | ติดตั้งแนวป้องกันน้ำท่วมชั่วคราว (บิ๊กแบ็ก) ริมแม่น้ำเจ้าพระยา ต.บ้านเลน | same barrier works on the same riverbank, tambon inside the district | fa=03.6 fb=06.6
N | 14 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว จำนวน 10 เครื่อง (สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดพระนครศรีอยุธยา) | 140606 | จัดซื้อเครื่องสูบน้ำ แบบหอยโข่ง ขนาด 8 นิ้ว จํานวน 2 เครื่อง | the same pump bought by the provincial office and by the SAO, each for itself | fa=03.6 fb=03.6
D | 1604 | Pa Sak river bank erosion protection, Ban Tha Manao, Tambon Tha Manao, Chai Badan (Department of Public Works and Town & Country Planning) | 160414 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำป่าสัก บ้านท่ามะนาว ม.๑ ต.ท่ามะนาว | same works, Thai digits on the local side | fa=06.6 fb=06.6
N | 1604 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำป่าสัก บ้านท่ามะนาว ตำบลท่ามะนาว อำเภอชัยบาดาล (กรมโยธาธิการและผังเมือง) | 160407 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำป่าสัก บ้านท่าดินดำ ต.ท่าดินดำ | same river, another tambon | fa=06.6 fb=06.6
# East: Chanthaburi, Sa Kaeo, Prachin Buri
D | 2207 | Area-wide fruit-fly control in durian and mangosteen orchards, Soi Dao district (Department of Agriculture) | 220703 | ป้องกันกำจัดแมลงวันผลไม้ ในสวนทุเรียนและมังคุด ต.ทับช้าง | same service, the tambon inside the district | fa=04.2 fb=04.2
N | 22 | ตรวจสอบคุณภาพทุเรียนก่อนส่งออก ตรวจทุเรียนอ่อน ณ โรงคัดบรรจุ จังหวัดจันทบุรี ปี 2568 // Pre-export durian quality inspection at packing houses, Chanthaburi 2025 | 220704 | ฝึกอบรมการผลิตทุเรียนคุณภาพ ต.ทรายขาว อ.สอยดาว | inspection at packing houses vs grower training | fa=04.2 fb=04.2
D | 220703 | แผนพัฒนาหมู่บ้าน บ้านทับช้าง หมู่ที่ 1: ก่อสร้างลานตากผลผลิตทางการเกษตร | 220703 | ก่อสร้างลานคอนกรีตเอนกประสงค์ (ลานตากผลผลิตทางการเกษตร) บ้านทับช้าง หมู่ที่ 1 | the village plan's request and the SAO's line for the same yard | fa=04.2 fb=06.2
D | 2706 | ปรับปรุงภูมิทัศน์ถนนทางเข้าด่านพรมแดนบ้านคลองลึก อำเภออรัญประเทศ // Landscape improvement of the access road to Ban Khlong Luek border checkpoint, Aranyaprathet | 270605 | ปรับปรุงภูมิทัศน์ ถนนเข้าด่านคลองลึก ต.ท่าข้าม | provincial SEZ line (bilingual) and the local line for the same road | fa=04.1 fb=06.2
N | 27 | Sa Kaeo Special Economic Zone: access road construction, phase 1 (FY2024) | 2706 | ก่อสร้างถนนเชื่อมเขตพัฒนาเศรษฐกิจพิเศษสระแก้ว ระยะที่ 2 อ.อรัญประเทศ | the next phase, the next year | fa=04.5 fb=04.5 ya=2567
N | 2502 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ โรงพยาบาลกบินทร์บุรี | 250201 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ หน่วยกู้ชีพ ต.กบินทร์ | the hospital and the municipal rescue unit each buy their own ambulance | fa=07.3 fb=07.2
# West: Kanchanaburi, Phetchaburi
D | 7108 | Repair of the Mon wooden bridge (Uttamanusorn Bridge), Sangkhla Buri: replacement of decayed piles and deck (Kanchanaburi province) | 710801 | ซ่อมแซมสะพานไม้อุตตมานุสรณ์ (สะพานมอญ) เปลี่ยนเสาและพื้นสะพานที่ชำรุด ต.หนองลู | same bridge repair | fa=04.5 fb=04.5
N | 7108 | ซ่อมแซมสะพานไม้อุตตมานุสรณ์ ระยะที่ 1 อำเภอสังขละบุรี (จังหวัดกาญจนบุรี) | 710801 | ซ่อมแซมสะพานมอญ ระยะที่ 2 ต.หนองลู | phase 2 in the following year | fa=04.5 fb=04.5 ya=2567
D | 7605 | ก่อสร้างสะพานข้ามแม่น้ำเพชรบุรี บ้านท่าคอย หมู่ที่ 3 ตำบลท่าคอย อำเภอท่ายาง (กรมทางหลวงชนบท) | 760502 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำเพชร บ.ท่าคอย ม.3 | same bridge, DRR vs SAO | fa=04.5 fb=04.5
N | 7605 | ก่อสร้างสะพานข้ามแม่น้ำเพชรบุรี บ้านท่าคอย หมู่ที่ 3 ต.ท่าคอย อ.ท่ายาง (กรมทางหลวงชนบท) | 760503 | ก่อสร้างสะพานข้ามแม่น้ำเพชรบุรี บ้านยางหย่อง หมู่ที่ 2 ต.ยางหย่อง | another crossing of the same river | fa=04.5 fb=04.5
# South: Nakhon Si Thammarat, Songkhla, Trang
D | 8016 | Coastal erosion protection, Hua Sai: rock revetment 1.2 km at Ban Laem, Tambon Laem (Department of Marine and Coastal Resources) | 801604 | ก่อสร้างเขื่อนหินทิ้งป้องกันการกัดเซาะชายฝั่ง บ้านแหลม หมู่ที่ 4 ต.แหลม | same revetment | fa=06.6 fb=06.6
N | 8016 | Hua Sai coastal erosion protection: rock revetment at Ban Laem, Tambon Laem | 801603 | ก่อสร้างเขื่อนหินทิ้งป้องกันการกัดเซาะชายฝั่ง บ้านบ่อคณฑี หมู่ที่ 6 ต.ทรายขาว | another stretch of the same coast | fa=06.6 fb=06.6
D | 9011 | Hat Yai flood mitigation: dredging of Khlong U-Taphao through Hat Yai district (RID Regional Irrigation Office 16) | 901105 | ขุดลอกคลองอู่ตะเภา ช่วงผ่านตำบลคลองแห | the local section lies inside the department's reach | fa=04.2 fb=06.6
N | 9011 | ขุดลอกคลองอู่ตะเภา อำเภอหาดใหญ่ เพื่อบรรเทาอุทกภัย (สำนักงานชลประทานที่ 16) | 901104 | ขุดลอกคลองหวะ ต.คอหงส์ | a different canal in the same district | fa=04.2 fb=06.6
D | 90 | Songkhla Provincial Public Health Office: dengue vector control (larval survey and space spraying) in Hat Yai municipality, rainy season 2025 | 901101 | Hat Yai City Municipality: dengue prevention, fogging and larval source reduction in urban communities, 2025 | same service, same place and season, EN-EN | fa=07.4 fb=07.4
N | 90 | Songkhla Provincial Public Health Office: dengue vector control in Hat Yai municipality, 2025 | 901101 | Hat Yai City Municipality: hand, foot and mouth disease prevention in child development centres, 2025 | another disease and group, EN-EN | fa=07.4 fb=07.4
D | 9206 | เงินอุดหนุนเฉพาะกิจ จัดซื้อรถบรรทุกขยะแบบอัดท้าย ขนาด 6 ตัน เทศบาลตำบลห้วยยอด จังหวัดตรัง (กรมส่งเสริมการปกครองท้องถิ่น) | 920601 | จัดซื้อรถยนต์บรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตน จำนวน 1 คัน | DLA specific-grant line and the municipality's own line for the one truck; dropped vowel | fa=05.1 fb=05.1
N | 9206 | เงินอุดหนุนเฉพาะกิจ จัดซื้อรถบรรทุกขยะแบบอัดท้าย ขนาด 6 ตัน เทศบาลตำบลห้วยยอด | 920607 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 6 ตัน อบต.เขากอบ | the same item for another local authority | fa=05.1 fb=05.1
# South: Narathiwat, Surat Thani, Krabi, Phatthalung, Chumphon
D | 9605 | Southern border provinces livelihood: halal food processing training for women's groups, Ra-Ngae district (SBPAC) | 960501 | ฝึกอบรมการแปรรูปอาหารฮาลาล แก่กลุ่มสตรี ต.ตันหยงมัส | same training, a tambon inside the district | fa=04.1 fb=04.1
N | 9605 | Halal food processing training for women's groups, Ra-Ngae district (SBPAC) | 960501 | ฝึกอบรมอาชีพการเย็บผ้าคลุมผม (ฮิญาบ) กลุ่มสตรี ต.ตันหยงมัส | another trade for the same group and place | fa=04.1 fb=04.1
D | 8404 | Ko Samui wastewater: sewer network extension and treatment plant expansion, phase 2 (Wastewater Management Authority) | 8404 | ก่อสร้างระบบรวบรวมและบำบัดน้ำเสีย ระยะที่ 2 เทศบาลนครเกาะสมุย | same phase of the same system | fa=05.2 fb=05.2
N | 8404 | Ko Samui wastewater collection and treatment, phase 2 | 8404 | ก่อสร้างระบบรวบรวมและบำบัดน้ำเสีย ระยะที่ 3 เทศบาลนครเกาะสมุย | the next phase, the next year | fa=05.2 fb=05.2 yb=2569
D | 8104 | Emerald Pool (Sa Morakot) boardwalk repair, Khao Pra - Bang Khram Wildlife Sanctuary, Khlong Thom (Department of National Parks) | 810402 | ซ่อมแซมทางเดินไม้ สระมรกต ต.คลองท่อมเหนือ | same boardwalk | fa=04.7 fb=04.7
D | 93 | Thale Noi waterbird park: repair of the boardwalk and bird-watching tower (Department of National Parks, Phatthalung) | 930502 | ซ่อมแซมสะพานไม้และหอดูนก ทะเลน้อย ต.ทะเลน้อย | same works | fa=05.4 fb=05.4
N | 9305 | กำจัดวัชพืชน้ำและผักตบชวา ทะเลน้อย ปี 2568 (จังหวัดพัทลุง) | 930502 | ส่งเสริมการท่องเที่ยวล่องเรือชมทะเลน้อย ต.ทะเลน้อย | a different activity at the same place | fa=05.4 fb=04.7
N | 86 | Procurement of one rescue boat with outboard engine, Chumphon Provincial Office of Disaster Prevention and Mitigation | 860401 | Purchase of a rescue boat with a 150 hp outboard engine, Lang Suan Town Municipality | each buys its own boat, EN-EN | fa=03.6 fb=03.6
# North: Mae Hong Son
D | 5803 | Skill development: Thai massage course for job seekers, Pai district (Mae Hong Son Provincial Skill Development Office) | 580303 | ฝึกอบรมอาชีพนวดแผนไทย แก่ผู้ว่างงาน ต.แม่นาเติง | same course, tambon inside the district | fa=04.1 fb=04.1
N | 5803 | Thai massage vocational course, Pai district (Skill Development Office) | 580106 | ฝึกอบรมอาชีพนวดแผนไทย ต.ห้วยผา อ.เมืองแม่ฮ่องสอน | same course, another district | fa=04.1 fb=04.1
D | 5803 | ก่อสร้างระบบประปาภูเขา บ้านแม่ปิง หมู่ที่ 6 ตำบลเวียงใต้ อำเภอปาย (สำนักงานทรัพยากรน้ำภาค 1) | 580301 | ก่อสร้างประปาภูเขา บ.แม่ปิง ม.6 ต.เวียงใต้ | same system, department regional office vs SAO | fa=06.3 fb=06.3
N | 5803,5807 | Mae Hong Son mountain water supply for highland villages, Pai and Pang Mapha, phase 2 (FY2026) | 580301 | ก่อสร้างประปาภูเขา บ้านแม่ปิง หมู่ที่ 6 ต.เวียงใต้ | provincial phase 2 is the next fiscal year; the village's system is this year | fa=06.3 fb=06.3 ya=2569
`,
};
