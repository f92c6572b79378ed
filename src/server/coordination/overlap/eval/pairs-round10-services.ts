/**
 * Round 10, held out: services, programmes and projects of provinces, districts, local
 * governments, ministries' provincial offices and international partners (education, health,
 * welfare, community economy, agriculture, environment, disasters, culture and events, security
 * and drugs, digital government, ASEAN and donor-funded work). Written and labelled after the
 * last tuning round, without running the engine on them; see load.ts for the line format.
 */
import type { Block } from './load.js';

export const ROUND10_SERVICES_PAIRS: Block = {
  category: 'round10-services',
  functionCode: '07.4',
  heldOut: true,
  lines: `
# Education and early childhood
D | 570901 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวัน) ศูนย์พัฒนาเด็กเล็กบ้านป่ายาง ตำบลแม่สาย | 5709 | อุดหนุนค่าอาหารกลางวันเด็ก ศพด.บ้านป่ายาง อ.แม่สาย | same lunch budget for the same child centre, ศพด. abbreviation, tambon vs district code | fa=09.1 fb=09.1
D | 3201 | Early childhood reading promotion (Bookstart), Mueang Surin District | 3201 | โครงการส่งเสริมการอ่านสำหรับเด็กปฐมวัย (Bookstart) อำเภอเมืองสุรินทร์ | same programme, EN vs TH | fa=09.1 fb=08.3
N | 9401 | โครงการจัดการเรียนการสอนแบบทวิภาษา (ไทย-มลายูถิ่น) ระดับปฐมวัย อำเภอเมืองปัตตานี | 9401 | โครงการส่งเสริมทักษะภาษาอังกฤษสำหรับนักเรียนชั้นประถมศึกษา อำเภอเมืองปัตตานี | other language and level, same district | fa=09.1 fb=09.1
N | 6306 | โครงการจัดการศึกษาสำหรับเด็กข้ามชาติในศูนย์การเรียนรู้ อำเภอแม่สอด ปีงบประมาณ 2568 | 6306 | Education for migrant children in learning centres, Mae Sot (FY2026) | same service, next fiscal year | fa=09.1 fb=09.1 yb=2569
D | 450103 | ค่าอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตตำบลเหนือเมือง | 450103 | อาหารเสริมนมโรงเรียน ต.เหนือเมือง อ.เมืองร้อยเอ็ด | school milk for the same schools, short form, different function code | fa=09.6 fb=09.1

# Public health and disease control
D | 341901 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลพิบูล อำเภอพิบูลมังสาหาร | 341901 | ควบคุมโรคไข้เลือดออก (พ่นหมอกควัน ทำลายแหล่งเพาะพันธุ์ยุงลาย) ต.พิบูล อ.พิบูลมังสาหาร | same campaign, short form with the activities listed | fa=07.4 fb=07.4
N | 341901 | Dengue fever prevention and control, Phibun, Phibun Mangsahan | 341905 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลทรายมูล อำเภอพิบูลมังสาหาร | same campaign in the neighbouring tambon, EN vs TH | fa=07.4 fb=07.4
N | 341901 | จัดซื้อเครื่องพ่นหมอกควันกำจัดยุง จำนวน 1 เครื่อง เทศบาลตำบลพิบูล | 341901 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 1 เครื่อง โรงพยาบาลส่งเสริมสุขภาพตำบลพิบูล | the same machine bought by two units, each its own | fa=07.4 fb=07.1
D | 470107 | ตรวจคัดกรองพยาธิใบไม้ตับและมะเร็งท่อน้ำดีในประชาชนอายุ 40 ปีขึ้นไป ตำบลท่าแร่ อำเภอเมืองสกลนคร | 4701 | OV-CCA screening (liver fluke and bile duct cancer), Tha Rae, Mueang Sakon Nakhon | same screening, abbreviation, district code on the English side | fa=07.4 fb=07.2
N | 470107 | ตรวจคัดกรองพยาธิใบไม้ตับและมะเร็งท่อน้ำดีในประชาชนอายุ 40 ปีขึ้นไป ตำบลท่าแร่ | 470107 | Breast and cervical cancer screening for women aged 30-60, Tha Rae | other cancers and target group, same tambon, EN | fa=07.4 fb=07.4
D | 430105 | โครงการดูแลระยะยาวด้านสาธารณสุขสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (LTC) ตำบลเวียงคุก | 430105 | ดูแลผู้สูงอายุที่มีภาวะพึ่งพิงระยะยาว (Long Term Care) ต.เวียงคุก อ.เมืองหนองคาย | same LTC service, reworded, health vs social function code | fa=07.4 fb=10.2
N | 430105 | Long-term care for dependent older people (LTC), Wiang Khuk, Mueang Nong Khai | 430105 | โครงการฟื้นฟูสมรรถภาพคนพิการโดยชุมชน (CBR) ตำบลเวียงคุก | rehabilitation of disabled people, not elderly LTC | fa=10.2 fb=10.1
N | 9011 | HIV and STI prevention among young people, Hat Yai District | 9011 | โครงการป้องกันเอชไอวีในกลุ่มแรงงานข้ามชาติ อำเภอหาดใหญ่ | same topic, other target group (migrant workers) | fa=07.4 fb=07.4
D | 3015 | โครงการอบรมเพิ่มศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) อำเภอพิมาย | 3015 | อบรมพัฒนาศักยภาพ อสม. อําเภอพิมาย ประจําปีงบประมาณ ๒๕๖๘ จำนวน 250 คน | same training, อสม. abbreviation, ำ split, Thai digits, headcount on one side | fa=07.4 fb=07.4
D | 540105 | คัดกรองสุขภาพผู้สูงอายุ 10 กลุ่มอาการ (Geriatric Syndromes) บ้านทุ่งโฮ้ง หมู่ที่ 3 ตำบลทุ่งโฮ้ง | 540105 | บ้านทุ่งโฮ้ง ม.3 ต.ทุ่งโฮ้ง อ.เมืองแพร่ คัดกรองผู้สูงอายุ ๑๐ กลุ่มอาการ | same screening, word order, ม., Thai digits | fa=07.4 fb=10.2
N | 540105 | คัดกรองสุขภาพผู้สูงอายุ 10 กลุ่มอาการ (Geriatric Syndromes) บ้านทุ่งโฮ้ง หมู่ที่ 3 ตำบลทุ่งโฮ้ง | 540105 | คัดกรองสุขภาพผู้สูงอายุ 10 กลุ่มอาการ บ้านทุ่งโฮ้งใต้ หมู่ที่ 7 ตำบลทุ่งโฮ้ง | same screening, another village and moo | fa=07.4 fb=07.4

# Social welfare
N | 140601 | โครงการโรงเรียนผู้สูงอายุ ตำบลบ้านเลน อำเภอบางปะอิน | 140601 | ศูนย์ดูแลผู้สูงอายุช่วงกลางวัน (Day Care) ตำบลบ้านเลน | day care for frail elders, not the elderly school | fa=10.2 fb=10.2
D | 5505 | โครงการปรับสภาพแวดล้อมและสิ่งอำนวยความสะดวกของผู้สูงอายุให้เหมาะสมและปลอดภัย ตำบลสถาน อำเภอปัว | 550503 | ปรับปรุงบ้านผู้สูงอายุให้ปลอดภัย (ปรับสภาพแวดล้อม) ต.สถาน อ.ปัว จ.น่าน | same service, reworded, district vs tambon | fa=10.2 fb=10.2
N | 550503 | Home adaptation for older persons (safe living environment), Sathan, Pua, Nan | 550503 | ปรับสภาพที่อยู่อาศัยคนพิการ ตำบลสถาน อำเภอปัว | same kind of service for another group (disabled) | fa=10.2 fb=10.1
D | 4010 | ซ่อมแซมบ้านผู้ยากไร้ (บ้านท้องถิ่นไทย เทิดไท้องค์ราชัน) ตำบลหินตั้ง | 401014 | โครงการซ่อมแซมบ้านผู้ยากไร้ ตำบลหินตั้ง อำเภอบ้านไผ่ จำนวน 5 หลัง | same repairs, scheme name on one side, number of houses on the other | fa=10.6 fb=10.7
N | 1001 | โครงการช่วยเหลือคนไร้ที่พึ่งและคนไร้บ้าน เขตพระนคร | 1001 | Outreach and shelter for homeless people, Phra Nakhon District (FY2026) | same service, next fiscal year | fa=10.7 fb=10.7 yb=2569
D | 920108 | ศูนย์ช่วยเหลือสังคมตำบลและป้องกันความรุนแรงในครอบครัว ตำบลนาโยงใต้ | 9201 | ป้องกันและแก้ไขปัญหาความรุนแรงในครอบครัว ตำบลนาโยงใต้ อำเภอเมืองตรัง (ศูนย์ช่วยเหลือสังคมตำบล) | same service, word order, tambon vs district | fa=10.4 fb=10.4

# Community economy and OTOP
D | 50 | งานแสดงและจำหน่ายสินค้าหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) จังหวัดเชียงใหม่ ประจำปี 2568 | 50 | OTOP Chiang Mai Fair 2025 | same provincial fair, EN | fa=04.1 fb=04.1
N | 50 | งานแสดงและจำหน่ายสินค้าหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) จังหวัดเชียงใหม่ ประจำปี 2568 | 1206 | มหกรรมสินค้า OTOP City ระดับประเทศ อิมแพ็ค เมืองทองธานี | national fair elsewhere, not the provincial fair | fa=04.1 fb=04.1
N | 720906 | พัฒนาหมู่บ้านท่องเที่ยวชุมชน OTOP นวัตวิถี บ้านดอนมะเกลือ ตำบลดอนมะเกลือ อำเภออู่ทอง | 720906 | พัฒนาหมู่บ้านท่องเที่ยว OTOP นวัตวิถี บ้านดอนมะเกลือ (ระยะที่ 2) | next phase, next fiscal year | fa=04.7 fb=04.7 yb=2569
D | 430107 | ส่งเสริมวิสาหกิจชุมชนแปรรูปปลาส้ม ตำบลหาดคำ อำเภอเมืองหนองคาย | 430107 | Support to a fermented fish (pla som) community enterprise, Hat Kham, Nong Khai | same support, EN | fa=04.1 fb=04.2
D | 320105 | พัฒนาผลิตภัณฑ์ผ้าไหมยกทองโบราณ บ้านท่าสว่าง ตำบลท่าสว่าง อำเภอเมืองสุรินทร์ | 320105 | พัฒนาผลิตภัณฑผ้าไหมยกทองโบราณ บ้านทาสว่าง อ.เมืองสุรินทร | same project, dropped characters (OCR) | fa=04.1 fb=04.1

# Agriculture, livestock and fisheries
N | 2706 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า (ฉีดวัคซีนสุนัขและแมว) อำเภออรัญประเทศ | 2706 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโคกระบือ อำเภออรัญประเทศ | other disease and animals | fa=04.2 fb=04.2
D | 410609 | ส่งเสริมการผลิตข้าวหอมมะลิคุณภาพ ระบบส่งเสริมการเกษตรแบบแปลงใหญ่ ตำบลบ้านเชียง อำเภอหนองหาน | 410609 | แปลงใหญ่ข้าวหอมมะลิ ต.บ้านเชียง อ.หนองหาน จ.อุดรธานี | same collaborative farm, short plan title | fa=04.2 fb=04.2
N | 410609 | Large-scale collaborative farm for jasmine rice, Ban Chiang, Nong Han | 410609 | แปลงใหญ่มันสำปะหลัง ตำบลบ้านเชียง อำเภอหนองหาน | another crop (cassava) | fa=04.2 fb=04.2
D | 8604 | ส่งเสริมการผลิตทุเรียนคุณภาพตามมาตรฐาน GAP อำเภอหลังสวน | 8604 | ยกระดับทุเรียนหลังสวนสู่มาตรฐาน GAP | same extension programme, different wording | fa=04.2 fb=04.2
N | 910504 | ธนาคารปูม้าชุมชน บ้านปากน้ำ ตำบลปากน้ำ อำเภอละงู | 910506 | Community crab bank, Laem Son, La-Ngu | another tambon's crab bank, EN | fa=04.2 fb=04.2

# Environment: forest fires, haze, coasts, waste
D | 5003 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน (PM2.5) อำเภอแม่แจ่ม | 5003 | Forest fire and haze (PM2.5) prevention, Mae Chaem District | same programme, EN | fa=05.3 fb=05.4
N | 5003 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน (PM2.5) อำเภอแม่แจ่ม | 5018 | ป้องกันและแก้ไขปัญหาไฟป่าหมอกควัน อำเภออมก๋อย | same programme, another district | fa=05.3 fb=05.3
D | 580106 | ทำแนวกันไฟป่าชุมชนบ้านห้วยผา ตำบลห้วยผา อำเภอเมืองแม่ฮ่องสอน | 5801 | จัดทำแนวป้องกันไฟป่า ป่าชุมชนห้วยผา อ.เมืองแม่ฮ่องสอน | same firebreaks, reworded, tambon vs district | fa=05.4 fb=05.4
N | 580106 | ทำแนวกันไฟป่าชุมชนบ้านห้วยผา ตำบลห้วยผา อำเภอเมืองแม่ฮ่องสอน | 580106 | ปลูกป่าเสริมในป่าชุมชนบ้านห้วยผา | same forest, other activity (planting) | fa=05.4 fb=05.4
D | 900201 | แก้ไขปัญหาการกัดเซาะชายฝั่งโดยการปักไม้ไผ่ชะลอคลื่น ตำบลจะทิ้งพระ อำเภอสทิงพระ | 9002 | Bamboo wave breakers against coastal erosion, Cha Thing Phra, Sathing Phra | same measure, EN, district code | fa=05.6 fb=05.4
N | 9002 | Bamboo wave breakers against coastal erosion, Cha Thing Phra, Sathing Phra | 801209 | ปักไม้ไผ่ชะลอคลื่นป้องกันการกัดเซาะชายฝั่ง แหลมตะลุมพุก อำเภอปากพนัง | same measure on another coast (Nakhon Si Thammarat) | fa=05.6 fb=05.6
N | 2307 | Ko Chang solid waste management: shipping island waste to the mainland for disposal | 2307 | รณรงค์ลดการใช้พลาสติกในแหล่งท่องเที่ยวเกาะช้าง | plastic-reduction campaign, not waste transport | fa=05.1 fb=05.6
D | 830305 | Beach clean-up and marine debris monitoring, Mai Khao Beach | 8303 | Marine debris collection and monitoring at Mai Khao beach, Thalang District | same service, EN-EN, tambon vs district | fa=05.1 fb=05.4

# Disaster prevention and relief
D | 650106 | โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง ตำบลท่าโพธิ์ | 650106 | ฝึกอบรม อปพร. หลักสูตรจัดตั้ง ต.ท่าโพธิ์ อ.เมืองพิษณุโลก | same course, อปพร. abbreviation | fa=02.2 fb=03.6
N | 650106 | Civil defence volunteer (OPPOR) basic course, Tha Pho, Mueang Phitsanulok | 650106 | อบรมทบทวนความรู้ อปพร. ตำบลท่าโพธิ์ | refresher for serving volunteers, not the basic course, EN vs TH | fa=02.2 fb=02.2
N | 8012 | ช่วยเหลือผู้ประสบอุทกภัย (จัดหาถุงยังชีพ) อำเภอปากพนัง | 8012 | ฟื้นฟูอาชีพเกษตรกรหลังน้ำลด (แจกเมล็ดพันธุ์ผัก) อำเภอปากพนัง | recovery after the flood, not relief kits | fa=10.9 fb=04.2
D | 210114 | ซ้อมแผนเผชิญเหตุสารเคมีรั่วไหลในพื้นที่นิคมอุตสาหกรรมมาบตาพุด // Chemical spill emergency drill, Maptaphut industrial estate | 2101 | การฝึกซ้อมแผนป้องกันและระงับอุบัติภัยจากสารเคมี มาบตาพุด ประจำปี 2568 | same drill, bilingual vs Thai, tambon vs district | fa=02.2 fb=03.2
N | 210114 | ซ้อมแผนเผชิญเหตุสารเคมีรั่วไหลในพื้นที่นิคมอุตสาหกรรมมาบตาพุด // Chemical spill emergency drill, Maptaphut industrial estate | 210114 | ซ้อมแผนป้องกันและระงับอัคคีภัยในสถานศึกษา ตำบลมาบตาพุด | school fire drill, not the chemical drill | fa=02.2 fb=03.2

# Culture, religion, sport and tourism events
D | 34 | งานประเพณีแห่เทียนพรรษาจังหวัดอุบลราชธานี ประจำปี 2568 | 3401 | Ubon Ratchathani Candle Festival 2025 | same festival, EN, province vs district code | fa=08.2 fb=08.2
N | 34 | งานประเพณีแห่เทียนพรรษาจังหวัดอุบลราชธานี ประจำปี 2568 | 340101 | Loy Krathong on the Mun River, Ubon Ratchathani City Municipality | another festival in the same city, EN | fa=08.2 fb=08.2
D | 32 | งานแสดงช้างและงานกาชาดจังหวัดสุรินทร์ ประจำปี 2567 | 3201 | Surin Elephant Round-up 2024 | same event (November 2024, fiscal 2568), EN | fa=08.2 fb=08.6
N | 32 | งานแสดงช้างและงานกาชาดจังหวัดสุรินทร์ ประจำปี 2567 | 320302 | พัฒนาคุณภาพชีวิตช้างและควาญช้าง หมู่บ้านช้างบ้านตากลาง ตำบลกระโพ | elephant and mahout welfare, not the show | fa=08.2 fb=04.2
N | 55 | งานประเพณีแข่งเรือยาวจังหวัดน่าน ประจำปี 2568 | 65 | งานประเพณีแข่งเรือยาว จังหวัดพิษณุโลก ประจำปี 2568 | same kind of event in another province | fa=08.2 fb=08.2
D | 4205 | งานประเพณีบุญหลวงและการละเล่นผีตาโขน อำเภอด่านซ้าย | 42 | Phi Ta Khon Festival (Bun Luang), Dan Sai, Loei | same festival, EN, district vs province | fa=08.2 fb=04.7
D | 2004 | Pattaya Music Festival 2025 | 20 | Music festival on Pattaya beach (weekend concerts), Bang Lamung, 2025 | same festival, EN-EN, district vs province | fa=08.1 fb=04.7
N | 2004 | Pattaya Music Festival 2025 | 2004 | Pattaya International Fireworks Festival 2025 | another event in the same city, EN-EN | fa=08.1 fb=08.1
N | 5014 | โครงการบรรพชาสามเณรภาคฤดูร้อน อำเภอสันทราย | 5014 | โครงการอุปสมบทหมู่ เฉลิมพระเกียรติ อำเภอสันทราย | ordination of monks, not summer novices | fa=08.4 fb=08.4
D | 4001 | Khon Kaen International Marathon 2025 | 40 | Khon Kaen Marathon (KKIM) 2025, Mueang Khon Kaen | same race, EN-EN, abbreviation | fa=08.1 fb=08.1

# Security and drugs
D | 490112 | การแข่งขันฟุตบอลเยาวชนต้านยาเสพติด อบต.ดงมอน | 4901 | ฟุตบอลต้านยาเสพติด รุ่นอายุไม่เกิน 15 ปี ต.ดงมอน อ.เมืองมุกดาหาร | same tournament, age class on one side, tambon vs district | fa=08.1 fb=08.1
N | 5709 | การบำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) อำเภอแม่สาย | 5709 | สกัดกั้นการลักลอบนำเข้ายาเสพติดตามแนวชายแดน อำเภอแม่สาย | interdiction at the border, not treatment | fa=07.4 fb=03.1
D | 9606 | อบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) อำเภอรือเสาะ | 9606 | Village security team (Chor Ror Bor) training, Rueso District | same training, EN, Thai abbreviation | fa=03.6 fb=03.6
D | 35 | โครงการ TO BE NUMBER ONE จังหวัดยโสธร | 35 | To Be Number One Yasothon: youth anti-drug clubs | same programme, case and extra words | fa=03.6 fb=08.1

# Digital government and data
N | 4001 | พัฒนาแพลตฟอร์มข้อมูลเมือง (City Data Platform) เมืองอัจฉริยะขอนแก่น | 4001 | ติดตั้งระบบอินเทอร์เน็ตไร้สาย (Wi-Fi) สาธารณะในชุมชน เทศบาลนครขอนแก่น | public Wi-Fi, not the data platform | fa=04.6 fb=04.6
D | 220101 | ทำแผนที่ภาษีและทะเบียนทรัพย์สิน (LTAX GIS) เทศบาลเมืองจันทบุรี | 2201 | จัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน ทม.จันทบุรี | same work, ทม. abbreviation, tambon vs district | fa=01.1 fb=01.3
N | 220101 | Tax map and property register (LTAX GIS), Chanthaburi Town Municipality | 220105 | ทำแผนที่ภาษีและทะเบียนทรัพย์สิน องค์การบริหารส่วนตำบลคมบาง | same work for another local government, EN vs TH | fa=01.1 fb=01.1
D | 65 | อบรมทักษะดิจิทัลสำหรับผู้สูงอายุ จังหวัดพิษณุโลก (กลุ่มเป้าหมาย 300 คน) | 65 | Digital literacy training for older people, Phitsanulok Province | same training, EN, headcount on one side | fa=04.6 fb=10.2

# ASEAN cooperation and donor-funded programmes
D | 6306 | Maternal and child health for migrant families in Mae Sot (JICA technical cooperation) | 6306 | JICA: improving maternal and child health services for migrants, Mae Sot District | same project, EN-EN, word order | fa=07.4 fb=01.2
N | 6306 | Maternal and child health for migrant families in Mae Sot (JICA technical cooperation) | 6306 | Malaria elimination along the Thai-Myanmar border, Mae Sot (Global Fund) | another disease programme and donor | fa=07.4 fb=07.4
D | 570801 | ความร่วมมือแม่โขง-ล้านช้าง: อำนวยความสะดวกการค้าชายแดน เชียงแสน // Mekong-Lancang Cooperation: border trade facilitation, Chiang Saen | 5708 | Mekong-Lancang cooperation special fund: border trade facilitation at Chiang Saen port | same project, bilingual vs EN | fa=04.1 fb=04.1
N | 8012 | ฟื้นฟูป่าชายเลนเพื่อการปรับตัวต่อการเปลี่ยนแปลงสภาพภูมิอากาศ อ่าวปากพนัง (ความร่วมมือไทย-เยอรมัน GIZ) | 8012 | ฟื้นฟูป่าชายเลน อ่าวปากพนัง ระยะที่ 2 (GIZ) | next phase, next fiscal year | fa=05.4 fb=05.4 yb=2569
D | 94 | UNDP: livelihoods and social cohesion for women in the southern border provinces, Pattani | 94 | ส่งเสริมอาชีพและความสมานฉันท์สำหรับกลุ่มสตรีในจังหวัดชายแดนภาคใต้ จังหวัดปัตตานี (UNDP) | same project, EN | fa=01.2 fb=10.4
N | 94 | ส่งเสริมอาชีพและความสมานฉันท์สำหรับกลุ่มสตรีในจังหวัดชายแดนภาคใต้ จังหวัดปัตตานี (UNDP) | 96 | ส่งเสริมอาชีพและความสมานฉันท์สำหรับกลุ่มสตรี จังหวัดนราธิวาส (UNDP) | same project line in another province | fa=10.4 fb=10.4
N | 43 | Nong Khai - Vientiane sister city cultural exchange | 43 | งานแสดงสินค้าการค้าชายแดนไทย-ลาว จังหวัดหนองคาย | border trade fair, not the cultural exchange | fa=08.2 fb=04.1
`,
};
