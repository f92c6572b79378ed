/**
 * Round 7, held out: services, programmes and projects (education, health, welfare, community
 * economy, agriculture, environment, disasters, culture and sport, security, digital government,
 * donor and ASEAN cooperation) of provinces, districts, local governments, ministries' provincial
 * offices and international partners, across all regions. Written and labelled without running
 * the engine or reading it; never tuned on. See load.ts for the line format.
 */
import type { Block } from './load.js';

export const ROUND7_SERVICES_PAIRS: Block = {
  category: 'round7-services',
  functionCode: '07.4',
  heldOut: true,
  lines: `
# Education and early childhood
D | 410121 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา ค่าอาหารกลางวันศูนย์พัฒนาเด็กเล็กบ้านหนองไผ่ ตำบลหนองไผ่ | 4101 | อุดหนุนค่าอาหารกลางวันเด็กเล็ก ศพด.บ้านหนองไผ่ ต.หนองไผ่ อ.เมืองอุดรธานี | same child-centre lunch, formal budget line vs short title, tambon vs district code | fa=09.1 fb=09.1
N | 450211 | อุดหนุนอาหารกลางวันโรงเรียนบ้านโนนสว่าง สังกัด สพฐ. ตำบลโนนสว่าง | 450211 | ค่าอาหารกลางวันเด็กเล็ก ศูนย์พัฒนาเด็กเล็กบ้านโนนสว่าง | lunch for the primary school vs for the child development centre of the same village: different children, different unit | fa=09.1 fb=09.1
N | 340105 | อาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก ตำบลหนองขอน | 340105 | อาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก ตำบลหนองขอน | same school-milk line, next fiscal year | fa=09.6 fb=09.6 yb=2569
D | 9502 | ค่ายภาษาอังกฤษสำหรับนักเรียนชั้นประถมศึกษาปีที่ 4-6 อำเภอเบตง | 9502 | English Camp for Upper Primary Pupils, Betong District | same camp, TH vs EN | fa=09.1 fb=09.1
N | 57 | ทุนการศึกษาสำหรับนักเรียนยากจนที่เรียนดี จังหวัดเชียงราย | 57 | ทุนการศึกษาสำหรับนักศึกษาพยาบาลจากพื้นที่ชายแดน จังหวัดเชียงราย | scholarships in one province but poor school pupils vs nursing students: different group | fa=09.5 fb=09.4
# Public health and disease control
D | 400115 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลบ้านเป็ด ปีงบประมาณ ๒๕๖๘ | 4001 | ควบคุมโรคไขเลือดออก ต.บ้านเป็ด อ.เมืองขอนแก่น | same dengue control, Thai digits, dropped tone mark, district code on one side
N | 400115 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลบ้านเป็ด | 400115 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลบ้านเป็ด | dengue vs rabies: different disease in the same tambon
D | 310406 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธาน ศ.ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ ตำบลหนองโบสถ์ | 310406 | Rabies vaccination for dogs and cats, Nong Bot subdistrict, Nang Rong | same rabies-free campaign, long royal-initiative title vs EN, classed health vs livestock | fa=07.4 fb=04.2
N | 310406 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ตำบลหนองโบสถ์ | 310405 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ตำบลชุมแสง | same campaign, neighbouring tambon of the same district
D | 6306 | Active TB case finding among migrant workers, Mae Sot | 630601 | คัดกรองวัณโรคเชิงรุกในแรงงานต่างด้าว เขตเทศบาลนครแม่สอด | same TB screening; district-wide EN vs the town's tambon in TH, areas overlap
N | 6306 | Tuberculosis screening among migrant workers, Mae Sot | 6306 | Malaria screening and bed-net distribution for migrant communities, Mae Sot | TB vs malaria: different disease, same group and place, EN-EN
D | 330127 | ตรวจคัดกรองเบาหวานและความดันโลหิตสูงในประชาชนอายุ 35 ปีขึ้นไป ตำบลหนองไผ่ | 330127 | คัดกรอง DM/HT กลุ่มอายุ 35 ปีขึ้นไป ต.หนองไผ่ อ.เมืองศรีสะเกษ | same NCD screening, abbreviation DM/HT
N | 330127 | ตรวจคัดกรองเบาหวานและความดันโลหิตสูงในประชาชนอายุ 35 ปีขึ้นไป ตำบลหนองไผ่ | 330127 | ตรวจคัดกรองมะเร็งลำไส้ใหญ่และไส้ตรง (FIT test) ประชาชนอายุ 50-70 ปี ตำบลหนองไผ่ | diabetes/hypertension vs colorectal cancer screening: different service
D | 460104 | โครงการอบรมพัฒนาศักยภาพอาสาสมัครสาธารณสุขประจําหมู่บ้าน (อสม.) ตำบลไผ่ | 460104 | ฝึกอบรมฟื้นฟูความรู้ อสม. ต.ไผ่ อ.เมืองกาฬสินธุ์ ประจําปี ๒๕๖๘ | same village health volunteer training, ำ written as ํา, Thai digits, abbreviation
N | 460104 | ฝึกอบรมฟื้นฟูความรู้ อสม. ตำบลไผ่ | 460104 | อบรมผู้ดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Caregiver) ตำบลไผ่ | health volunteers vs long-term-care caregivers: different group | fb=10.2
D | 49 | Thai–Lao cross-border health cooperation, Mukdahan–Savannakhet | 49 | Mukdahan–Savannakhet twin-province health collaboration (border disease surveillance and referral) | same cooperation, two EN phrasings, EN-EN
N | 49 | ความร่วมมือด้านสาธารณสุขชายแดนไทย-ลาว จังหวัดมุกดาหาร-แขวงสะหวันนะเขต | 48 | ความร่วมมือด้านสาธารณสุขชายแดนไทย-ลาว จังหวัดนครพนม-แขวงคำม่วน | same kind of cooperation, another border province pair
D | 8301 | ป้องกันเด็กจมน้ำ สอนว่ายน้ำเพื่อเอาชีวิตรอด เด็กอายุ 6-14 ปี อำเภอเมืองภูเก็ต // Drowning prevention: survival swimming for children, Mueang Phuket | 8301 | Survival swimming lessons for children aged 6–14, Mueang Phuket | same swimming course, bilingual vs EN, health vs sport code | fa=07.4 fb=08.1
# Social welfare
D | 350104 | โครงการโรงเรียนผู้สูงอายุตำบลสำราญ | 350104 | Elderly School, Samran subdistrict, Mueang Yasothon | same elderly school, TH with swapped tone mark vs EN | fa=10.2 fb=10.2
N | 350104 | โครงการโรงเรียนผู้สูงอายุตำบลสำราญ | 350110 | โครงการโรงเรียนผู้สูงอายุตำบลสิงห์ | same programme, another tambon of the district | fa=10.2 fb=10.2
D | 65 | ปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการและผู้สูงอายุ จังหวัดพิษณุโลก | 65 | Home modification for persons with disabilities and older persons, Phitsanulok Province | same home-adaptation service | fa=10.1 fb=10.1
N | 65 | ปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ จังหวัดพิษณุโลก | 65 | ซ่อมแซมบ้านผู้มีรายได้น้อยและผู้ด้อยโอกาส (บ้านพอเพียง) จังหวัดพิษณุโลก | home adaptation for the disabled vs house repair for low-income families: different group and programme | fa=10.1 fb=10.6
D | 90 | Preventing teenage pregnancy in schools and communities, Songkhla | 90 | ป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น จังหวัดสงขลา | same service, EN vs TH, social vs health code | fa=10.4 fb=07.4
N | 90 | ป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น จังหวัดสงขลา | 90 | ป้องกันการบาดเจ็บจากอุบัติเหตุทางถนนในวัยรุ่น จังหวัดสงขลา | same group, different topic | fa=10.4 fb=07.4
D | 57 | Ending violence against women and children in Chiang Rai (UN Women / UNICEF) | 57 | ป้องกันและแก้ไขปัญหาความรุนแรงต่อเด็กและสตรีในครอบครัว จังหวัดเชียงราย | donor programme vs provincial social office, same topic and province, overlapping years | fa=10.4 fb=10.4 ya=2568-2569
N | 41 | ฝึกอาชีพสตรีผู้ว่างงาน หลักสูตรตัดเย็บเสื้อผ้า จังหวัดอุดรธานี | 41 | ฝึกอาชีพผู้ต้องขังหญิงก่อนพ้นโทษ หลักสูตรตัดเย็บเสื้อผ้า เรือนจำกลางอุดรธานี | same sewing course, unemployed women vs women prisoners: different group | fa=10.5 fb=03.4
N | 33 | ขับเคลื่อนการแก้ไขปัญหาความยากจนแบบพุ่งเป้า (TPMAP) จังหวัดศรีสะเกษ | 32 | ขับเคลื่อนการแก้ไขปัญหาความยากจนแบบพุ่งเป้า (TPMAP) จังหวัดสุรินทร์ | same programme, neighbouring province | fa=10.7 fb=10.7
D | 33 | ขับเคลื่อนการแก้ไขปัญหาความยากจนแบบพุ่งเป้า จังหวัดศรีสะเกษ | 33 | Targeted poverty alleviation for TPMAP-registered households, Si Sa Ket | same programme, TH vs EN | fa=10.7 fb=10.7
# Disaster prevention and relief
D | 1405 | Flood preparedness drill for riverside communities, Bang Ban District | 1405 | ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยด้านอุทกภัย อำเภอบางบาล ประจำปี 2568 | same flood drill | fa=03.6 fb=02.2
N | 140501 | ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยด้านอุทกภัย ตำบลบางบาล | 140501 | ฝึกซ้อมแผนป้องกันและระงับอัคคีภัย ตำบลบางบาล | flood drill vs fire drill | fa=03.6 fb=03.2
N | 5206 | ช่วยเหลือผู้ประสบภัยหนาว แจกผ้าห่มกันหนาว อำเภอแจ้ห่ม | 5206 | แจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือผู้ประสบภัยแล้ง อำเภอแจ้ห่ม | cold-spell relief vs drought water relief: different hazard and items | fa=10.9 fb=10.9
D | 550301 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง ตำบลบ้านฟ้า | 550301 | จัดตั้งและฝึกอบรม อปพร. ต.บ้านฟ้า อ.บ้านหลวง จ.น่าน | same civil-defence volunteer course, abbreviation | fa=03.6 fb=03.6
N | 550301 | ฝึกอบรม อปพร. หลักสูตรจัดตั้ง ตำบลบ้านฟ้า | 550301 | อบรมหลักสูตรปฐมพยาบาลและช่วยชีวิตขั้นพื้นฐาน (EMR) หน่วยกู้ชีพ ตำบลบ้านฟ้า | civil-defence volunteers vs emergency medical responders: different course and group | fa=03.6 fb=07.4
D | 55 | Community-based disaster risk management in landslide-prone villages, Nan (JICA) | 55 | การบริหารจัดการความเสี่ยงจากภัยพิบัติโดยอาศัยชุมชนเป็นฐาน (CBDRM) หมู่บ้านเสี่ยงภัยดินโคลนถล่ม จังหวัดน่าน | same CBDRM programme, donor EN title vs TH, two-year vs one-year | fa=03.6 fb=03.6 ya=2568-2569
# Environment
D | 500304 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ตำบลแม่ศึก | 5003 | ป้องกันไฟป่าและหมอกควัน ต.แม่ศึก อ.แม่แจ่ม ปี 68 ทำแนวกันไฟและลาดตระเวนเฝ้าระวัง | same forest-fire work, district code, extra detail on one side | fa=05.3 fb=05.4
N | 500304 | จัดทำแนวกันไฟป่า ตำบลแม่ศึก | 500304 | ปลูกป่าต้นน้ำเฉลิมพระเกียรติ ตำบลแม่ศึก | firebreaks vs watershed reforestation: different works, same tambon | fa=05.4 fb=05.4
N | 57 | แก้ไขปัญหาหมอกควันและฝุ่นละออง PM2.5 จังหวัดเชียงราย | 58 | แก้ไขปัญหาหมอกควันและฝุ่นละออง PM2.5 จังหวัดแม่ฮ่องสอน | same programme, another province | fa=05.3 fb=05.3
D | 650101 | Sustainable municipal solid waste management, Phitsanulok City (JICA Partnership Program) | 650101 | การจัดการขยะมูลฝอยชุมชนอย่างยั่งยืน เทศบาลนครพิษณุโลก ภายใต้ความร่วมมือกับ JICA | same donor-supported waste programme | fa=05.1 fb=05.1 ya=2568-2569
D | 220104 | ธนาคารขยะชุมชนและการคัดแยกขยะต้นทาง ตำบลเกาะขวาง | 220104 | Community waste bank and source separation, Ko Khwang, Mueang Chanthaburi | same waste bank, TH vs EN | fa=05.1 fb=05.1
N | 220104 | ธนาคารขยะชุมชนและการคัดแยกขยะต้นทาง ตำบลเกาะขวาง | 220104 | จัดเก็บและกำจัดขยะติดเชื้อจากสถานบริการสาธารณสุข ตำบลเกาะขวาง | household recyclables vs infectious clinic waste | fa=05.1 fb=05.1
D | 801209 | ปักไม้ไผ่ชะลอคลื่นป้องกันการกัดเซาะชายฝั่ง บ้านบางแฉง หมู่ที่ 2 ตำบลแหลมตะลุมพุก | 8012 | Bamboo wave-breaks against coastal erosion, Laem Talumphuk (Moo 2, Ban Bang Chaeng), Pak Phanang | same works, EN word order reversed, district code | fa=05.4 fb=05.4
N | 801209 | ปักไม้ไผ่ชะลอคลื่น บ้านบางแฉง หมู่ที่ 2 ตำบลแหลมตะลุมพุก | 801209 | ปักไม้ไผ่ชะลอคลื่น บ้านปลายทราย หมู่ที่ 4 ตำบลแหลมตะลุมพุก | same works, another village and moo | fa=05.4 fb=05.4
# Agriculture and livestock
D | 4502 | ส่งเสริมการผลิตข้าวหอมมะลิอินทรีย์ ทุ่งกุลาร้องไห้ อำเภอเกษตรวิสัย | 4502 | Organic Hom Mali rice production in Thung Kula Rong Hai, Kaset Wisai | same rice promotion, TH vs EN | fa=04.2 fb=04.2
N | 451113 | แปลงใหญ่ข้าวหอมมะลิ ตำบลทุ่งกุลา อำเภอสุวรรณภูมิ | 451113 | แปลงใหญ่มันสำปะหลัง ตำบลทุ่งกุลา อำเภอสุวรรณภูมิ | large-farm scheme for rice vs for cassava | fa=04.2 fb=04.2
D | 3104 | ป้องกันโรคปากและเท้าเปื่อยในโค กระบือ (ฉีดวัคซีน FMD) อำเภอนางรอง | 3104 | FMD vaccination for cattle and buffalo, Nang Rong District | same vaccination round | fa=04.2 fb=04.2
N | 3104 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย โค กระบือ อำเภอนางรอง | 3104 | ฉีดวัคซีนป้องกันโรคลัมปี สกิน (LSD) ในโคเนื้อ อำเภอนางรอง | FMD vs lumpy skin disease: different vaccination | fa=04.2 fb=04.2
D | 22 | ควบคุมคุณภาพทุเรียนก่อนการส่งออก ป้องกันการตัดทุเรียนอ่อน จังหวัดจันทบุรี | 22 | Preventing the sale of immature durian: pre-export quality control, Chanthaburi | same control, order reversed in EN, agriculture vs trade code | fa=04.2 fb=04.1
N | 22 | ส่งเสริมการผลิตทุเรียนคุณภาพ (GAP) จังหวัดจันทบุรี | 22 | ส่งเสริมการผลิตมังคุดคุณภาพเพื่อการส่งออก จังหวัดจันทบุรี | durian vs mangosteen | fa=04.2 fb=04.2
D | 18 | Thai Rice NAMA: alternate wetting and drying and laser land levelling, Chai Nat (GIZ) | 18 | ส่งเสริมการทำนาเปียกสลับแห้ง (AWD) และการปรับพื้นที่นาด้วยเลเซอร์ ลดก๊าซเรือนกระจก จังหวัดชัยนาท | same donor programme in the same province, EN vs TH | fa=04.2 fb=04.2 ya=2568-2569
N | 18 | Thai Rice NAMA: alternate wetting and drying, Chai Nat (GIZ) | 72 | ส่งเสริมการทำนาเปียกสลับแห้ง (AWD) ลดก๊าซเรือนกระจก จังหวัดสุพรรณบุรี | same practice, another province | fa=04.2 fb=04.2 ya=2568-2569
# Community economy and OTOP
D | 41 | งานแสดงและจำหน่ายสินค้าหนึ่งตำบลหนึ่งผลิตภัณฑ์ (OTOP) จังหวัดอุดรธานี ประจำปี 2568 | 41 | Udon Thani OTOP Fair 2025 | same fair, TH vs short EN | fa=04.1 fb=04.1
N | 41 | Udon Thani OTOP Fair 2025 | 43 | Nong Khai OTOP Fair 2025 | same kind of fair, another province, EN-EN | fa=04.1 fb=04.1
N | 3201 | พัฒนาผลิตภัณฑ์ผ้าไหมยกดอก OTOP อำเภอเมืองสุรินทร์ | 3201 | พัฒนาผลิตภัณฑ์ข้าวหอมมะลิแปรรูป OTOP อำเภอเมืองสุรินทร์ | silk vs processed rice products | fa=04.1 fb=04.1
D | 6505 | Dried banana community enterprise: packaging and marketing, Bang Krathum | 650501 | ส่งเสริมวิสาหกิจชุมชนแปรรูปกล้วยตาก ตำบลบางกระทุ่ม อำเภอบางกระทุ่ม | same enterprise support, EN district code vs TH tambon code | fa=04.1 fb=04.1
# Culture, religion, sport and tourism
D | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 34 | Ubon Ratchathani Candle Festival 2025 | same festival | fa=08.2 fb=08.2
N | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี | 34 | งานประเพณีลอยกระทง จังหวัดอุบลราชธานี | different festival, same province | fa=08.2 fb=08.2
D | 35 | Yasothon Bun Bang Fai (Rocket Festival) 2025 | 3501 | งานประเพณีบุญบั้งไฟ จังหวัดยโสธร ประจําปี ๒๕๖๘ | same festival, EN vs TH with ํา and Thai digits, province vs district code | fa=08.2 fb=08.2
N | 310103 | แข่งขันกีฬาต้านยาเสพติด ตำบลเสม็ด | 310103 | แข่งขันกีฬาผู้สูงอายุ ตำบลเสม็ด | youth anti-drug games vs older persons' games: different group | fa=08.1 fb=08.1
N | 9403 | ส่งเสริมการจัดการเรียนการสอนศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา) อำเภอหนองจิก | 9403 | อบรมผู้นำศาสนาอิสลาม (อิหม่าม คอเต็บ บิหลั่น) อำเภอหนองจิก | Tadika teaching for children vs training of mosque leaders | fa=08.4 fb=08.4
D | 8103 | Community-based tourism promotion, Ko Lanta | 8103 | ส่งเสริมการท่องเที่ยวโดยชุมชน (CBT) อำเภอเกาะลันตา จังหวัดกระบี่ | same CBT promotion | fa=04.7 fb=04.7
N | 81 | Krabi tourism roadshow in Malaysia and Singapore | 81 | ส่งเสริมการท่องเที่ยวโดยชุมชน จังหวัดกระบี่ | overseas marketing roadshow vs community tourism development | fa=04.7 fb=04.7
# Security and drugs
D | 5709 | Community-based treatment and rehabilitation (CBTx) for drug users, Mae Sai | 5709 | บำบัดฟื้นฟูผู้ใช้ผู้เสพยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) อำเภอแม่สาย | same CBTx, EN vs TH, security vs health code | fa=03.6 fb=07.4
N | 5709 | บำบัดฟื้นฟูผู้เสพยาเสพติดโดยชุมชน (CBTx) อำเภอแม่สาย | 5709 | จุดตรวจสกัดกั้นยาเสพติดบริเวณแนวชายแดน อำเภอแม่สาย | treatment vs border interdiction | fa=03.6 fb=03.6
D | 40 | TO BE NUMBER ONE เพื่อเยาวชนห่างไกลยาเสพติด จังหวัดขอนแก่น | 40 | รณรงค์ป้องกันยาเสพติดในกลุ่มเยาวชน (ทูบีนัมเบอร์วัน) จ.ขอนแก่น | same programme, name in Latin letters vs transliterated | fa=03.6 fb=03.6
D | 960601 | ฝึกอบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) ตำบลรือเสาะ | 9606 | Village security team (Chor Ror Bor) training, Rueso subdistrict | same training, tambon vs district code, TH vs EN | fa=03.6 fb=03.6
N | 960601 | ฝึกอบรม ชรบ. ตำบลรือเสาะ | 960501 | ฝึกอบรม ชรบ. ตำบลตันหยงมัส | same training, tambon in another district | fa=03.6 fb=03.6
# Digital government and data
D | 40 | จัดทำบัญชีข้อมูลภาครัฐ (Data Catalog) จังหวัดขอนแก่น | 40 | Khon Kaen Provincial Government Data Catalog | same data catalogue | fa=01.3 fb=01.3
N | 40 | Khon Kaen Provincial Government Data Catalog | 40 | Free public Wi-Fi in Khon Kaen municipal parks | different digital service, EN-EN | fa=01.3 fb=04.6
D | 83 | ภูเก็ตเมืองอัจฉริยะ แพลตฟอร์มข้อมูลเมือง (City Data Platform) // Phuket Smart City: City Data Platform | 83 | Phuket City Data Platform for tourism and public safety | same platform, bilingual vs EN with extra detail | fa=01.3 fb=01.3
N | 6401 | e-Service ยื่นขออนุญาตก่อสร้างอาคารออนไลน์ เทศบาลเมืองสุโขทัยธานี | 640101 | e-Service ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์ เทศบาลเมืองสุโขทัยธานี | different online service, same municipality | fa=01.3 fb=01.3
# ASEAN and donor programmes
D | 94 | UNDP: youth employment and social cohesion in Pattani | 94 | Pattani youth skills and jobs programme (UNDP Thailand) | same donor programme, two EN phrasings, EN-EN | fa=10.5 fb=10.5
N | 94 | Youth employment and social cohesion, Pattani (UNDP) | 94 | Coastal livelihoods recovery for small-scale fishers, Pattani Bay (UNDP) | same donor and province, different topic and group, EN-EN | fa=10.5 fb=04.2
`,
};
