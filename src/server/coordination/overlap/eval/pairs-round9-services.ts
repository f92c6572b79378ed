/**
 * Round 9, services (held out whole): services, programmes and projects of provinces, districts,
 * local governments, ministries' provincial offices and international partners — education and
 * early childhood, public health, social welfare, community economy and OTOP, agriculture and
 * livestock, environment, disaster prevention and relief, culture, religion, sport and tourism,
 * security and drugs, digital government and data, ASEAN and donor-funded programmes.
 *
 * Written and labelled after the last tuning round, without running the engine on them. Place
 * names in the titles agree with the DOPA codes in reference/thailand; English names use the
 * official romanisation there. Village names (บ้าน…) are illustrative.
 */
import type { Block } from './load.js';

export const ROUND9_SERVICES_PAIRS: Block = {
  category: 'round9-services',
  functionCode: '10.9',
  heldOut: true,
  lines: `
# Education and early childhood
D | 330406 | อุดหนุนค่าอาหารกลางวันโรงเรียนบ้านน้ำอ้อม (สังกัด สพฐ.) ตำบลน้ำอ้อม อำเภอกันทรลักษ์ | 330406 | โครงการอาหารกลางวันนักเรียน โรงเรียนบ้านน้ำอ้อม ต.น้ำอ้อม ปีงบประมาณ ๒๕๖๘ | lunch for the same school: the tambon's subsidy line and the school's own project; Thai digits | fa=09.1 fb=09.1
N | 330406 | อุดหนุนค่าอาหารกลางวันโรงเรียนบ้านน้ำอ้อม ตำบลน้ำอ้อม | 330406 | จัดซื้ออาหารเสริม (นม) โรงเรียนบ้านน้ำอ้อม ภาคเรียนที่ 1-2/2568 | same school, lunch vs school milk: two different services | fa=09.1 fb=09.1
D | 5501 | Training for Child Development Centre caregivers, Mueang Nan District | 5501 | โครงการอบรมพัฒนาศักยภาพครูและผู้ดูแลเด็ก ศูนย์พัฒนาเด็กเล็ก (ศพด.) อำเภอเมืองน่าน | same training of ECD centre caregivers, EN/TH, abbreviation ศพด. | fa=09.1 fb=09.1
N | 400118 | ส่งเสริมการอ่านสำหรับเด็กปฐมวัย (หนังสือเล่มแรก) ศูนย์พัฒนาเด็กเล็กตำบลโนนท่อน | 400118 | ส่งเสริมการอ่านและห้องสมุดชุมชนสำหรับผู้สูงอายุ ตำบลโนนท่อน | reading promotion in the same tambon, small children vs older people | fa=09.1 fb=08.2
D | 9401 | ค่ายภาษาอังกฤษสำหรับนักเรียนระดับประถมศึกษา อำเภอเมืองปัตตานี // English Camp for primary school pupils, Mueang Pattani | 9401 | English Language Camp for primary students in Mueang Pattani District, summer 2025 | bilingual vs English, same camp, date on one side | fa=09.1 fb=09.1
N | 3304 | ทุนการศึกษาสำหรับนักเรียนยากจนที่เรียนดี อำเภอกันทรลักษ์ | 3210 | ทุนการศึกษาสำหรับนักเรียนยากจนที่เรียนดี อำเภอสังขะ | same scholarship scheme in another district of another province | fa=09.8 fb=09.8
D | 471207 | ส่งเสริมพัฒนาการเด็กปฐมวัย คัดกรองพัฒนาการเด็กอายุ 0-5 ปี ด้วยคู่มือ DSPM ตำบลโพนสูง | 471207 | Developmental screening (DSPM) for children aged 0-5, Tambon Phon Sung, Sawang Daen Din | same screening of young children, TH/EN, health vs family function | fa=07.4 fb=10.4
# Public health and disease control
D | 341504 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลท่าลาด อำเภอวารินชำราบ | 341504 | รณรงค์กําจัดแหล่งเพาะพันธุ์ลูกนํ้ายุงลาย ป้องกันโรคไข้เลือดออก ต.ท่าลาด ปี 2568 | same dengue control in the same tambon, campaign wording, ำ split | fa=07.4 fb=07.4
N | 901102 | Dengue fever prevention and control, Tambon Khuan Lang, Hat Yai | 901104 | ป้องกันและควบคุมโรคไข้เลือดออก ตำบลคอหงส์ อำเภอหาดใหญ่ | same service in a neighbouring tambon of the same district | fa=07.4 fb=07.4
D | 560307 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธาน ศาสตราจารย์ ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี ตำบลเวียง อำเภอเชียงคำ | 560307 | Rabies vaccination for dogs and cats, Tambon Wiang, Chiang Kham | long formal royal-project title vs short English title | fa=07.4 fb=04.2
N | 560307 | Rabies vaccination for dogs and cats, Tambon Wiang, Chiang Kham | 560306 | สัตว์ปลอดโรค คนปลอดภัย ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าสุนัขและแมว ตำบลน้ำแวน อ.เชียงคำ | same campaign in the next tambon | fa=04.2 fb=07.4
D | 4510 | คัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป อำเภอเสลภูมิ | 4510 | NCD screening (diabetes and hypertension) for people aged 35 and over, Selaphum District | same screening, TH/EN | fa=07.4 fb=07.4
N | 4510 | คัดกรองเบาหวานความดันโลหิตสูง ปชช.อาย 35 ปีขึ้นไป อ.เสลภูมิ | 4510 | ตรวจคัดกรองมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี อำเภอเสลภูมิ | NCD screening vs cervical cancer screening; dropped vowel and abbreviations on A | fa=07.4 fb=07.4
D | 6308 | Malaria elimination in border villages, Umphang District (Global Fund) | 630801,630802,630806 | เร่งรัดการกำจัดโรคไข้มาลาเรียในหมู่บ้านชายแดน ตำบลอุ้มผาง หนองหลวง และแม่กลอง อำเภออุ้มผาง | district code vs the three tambon codes, EN/TH | fa=07.4 fb=07.4
N | 4001 | ป้องกันและควบคุมโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี อำเภอเมืองขอนแก่น | 4106 | ป้องกันและควบคุมโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี อำเภอหนองหาน | same programme in a district of another province | fa=07.4 fb=07.4
D | 6306 | Mobile health clinic for migrant workers, Mae Sot | 630601,630604 | Migrant worker health outreach (mobile clinic) in Mae Sot and Mae Tao subdistricts | EN/EN, same outreach, district vs tambon codes | fa=07.2 fb=07.4
N | 6306 | Health insurance card registration for migrant workers, Mae Sot District | 6306 | Mobile health clinic for migrant workers, Mae Sot | EN/EN, same group and district, insurance registration vs clinic | fa=07.6 fb=07.2
D | 830106 | ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล ผู้สูงอายุ 65 ปีขึ้นไป ตำบลฉลอง | 830106 | ฉีดวัคซีนไข้หวัดไหญ่ ให้ผู้สูงอายุ ๖๕ ปีขึ้นไป ตําบลฉลอง อ.เมืองภูเก็ต | same vaccination, OCR noise: ใหญ่ misspelt, Thai digits, ำ split | fa=07.4 fb=07.4
# Social welfare: elderly, disabled, children, women, the poor
D | 520113 | โรงเรียนผู้สูงอายุตำบลบ้านเอื้อม | 520113 | Elderly School (Rongrian Phu Sung Ayu), Tambon Ban Ueam, Mueang Lampang | short plan title vs English | fa=10.2 fb=10.2
N | 520113 | Elderly School, Tambon Ban Ueam, Mueang Lampang | 520113 | อบรมผู้ดูแลผู้สูงอายุ (Caregiver) หลักสูตร 70 ชั่วโมง ตำบลบ้านเอื้อม | same tambon and older people, but a course for caregivers, not the elderly school | fa=10.2 fb=10.2
D | 3015 | ปรับปรุงซ่อมแซมบ้านผู้สูงอายุและคนพิการที่มีฐานะยากจน ตำบลโบสถ์ อำเภอพิมาย | 301503 | ซ่อมแซมที่อยู่อาศัยผู้ยากไร้ ผู้สูงอายุ คนพิการ ต.โบสถ์ | district code on one side, tambon code on the other, same tambon | fa=10.6 fb=10.6
N | 301503 | ซ่อมแซมที่อยู่อาศัยผู้ยากไร้ ผู้สูงอายุ คนพิการ ต.โบสถ์ อ.พิมาย | 301502 | ซ่อมแซมที่อยู่อาศัยผู้ยากไร้ ผู้สูงอายุ คนพิการ ต.สัมฤทธิ์ อ.พิมาย | same service, neighbouring tambon | fa=10.6 fb=10.6
D | 2007 | งานวันเด็กแห่งชาติ ประจำปี 2568 เทศบาลนครแหลมฉบัง // National Children's Day 2025, Laem Chabang City Municipality | 200703 | จัดกิจกรรมวันเด็กแห่งชาติ ๒๕๖๘ ณ สวนสาธารณะเทศบาลนครแหลมฉบัง ต.ทุ่งสุขลา | same event, bilingual vs Thai, district vs tambon code | fa=10.4 fb=08.1
N | 200703 | จัดกิจกรรมวันเด็กแห่งชาติ ๒๕๖๘ เทศบาลนครแหลมฉบัง | 200703 | ประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ เทศบาลนครแหลมฉบัง ประจำปี 2568 | same municipality, another event for another group | fa=10.4 fb=08.2
D | 40 | Prevention of violence against children, women and families, Khon Kaen Province | 40 | โครงการป้องกันและแก้ไขปัญหาความรุนแรงต่อเด็ก สตรี และครอบครัว จังหวัดขอนแก่น | same provincial programme, EN/TH | fa=10.4 fb=10.4
N | 40 | ป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น จังหวัดขอนแก่น | 40 | Prevention of violence against children, women and families, Khon Kaen Province | same province, another social topic | fa=10.4 fb=10.4
D | 500303 | ส่งเสริมอาชีพการเลี้ยงไก่พื้นเมืองสำหรับผู้สูงอายุ บ้านทับ หมู่ที่ 1 ตำบลบ้านทับ อำเภอแม่แจ่ม | 500303 | Native chicken raising for older people, Ban Thap village (Moo 1), Mae Chaem | same village livelihood project, TH/EN | fa=10.2 fb=04.2
N | 550503 | ส่งเสริมการปลูกผักปลอดสารพิษ กลุ่มแม่บ้าน บ้านสถาน หมู่ที่ 1 ตำบลสถาน อำเภอปัว | 550503 | ส่งเสริมการปลูกผักปลอดสารพิษ กลุ่มแม่บ้าน บ้านดอนแก้ว ม.5 ต.สถาน อ.ปัว | same tambon, another village's housewives' group | fa=04.2 fb=04.2
# Community economy and OTOP
D | 54 | งานแสดงและจำหน่ายสินค้า OTOP ของดีเมืองแพร่ ประจำปี 2568 | 54 | Phrae OTOP Products Fair 2025 | same provincial fair, TH/EN | fa=04.1 fb=04.1
N | 54 | Phrae OTOP Products Fair 2025 | 54 | พัฒนาบรรจุภัณฑ์และยกระดับมาตรฐานผลิตภัณฑ์ OTOP จังหวัดแพร่ | OTOP fair vs packaging and standards development | fa=04.1 fb=04.1
D | 540304 | ส่งเสริมกลุ่มวิสาหกิจชุมชนผ้าซิ่นตีนจก ตำบลเวียงต้า อำเภอลอง | 540304 | พัฒนาผลิตภัณฑ์ผ้าทอตีนจก ต.เวียงต้า อ.ลอง // Teen Chok woven textile product development, Wiang Ta, Long | same weaving group and product, Thai vs bilingual | fa=04.1 fb=04.1
D | 7503 | Community-based tourism promotion, Amphawa Floating Market | 750301 | ส่งเสริมการท่องเที่ยวโดยชุมชน ตลาดน้ำอัมพวา ตำบลอัมพวา | EN/TH, district vs tambon code | fa=04.7 fb=04.7
N | 750301 | ส่งเสริมการท่องเที่ยวโดยชุมชน ตลาดน้ำอัมพวา | 750301 | อบรมมาตรฐานความปลอดภัยอาหาร (Clean Food Good Taste) ร้านอาหารตลาดน้ำอัมพวา | same market, food safety standard for restaurants vs tourism promotion | fa=04.7 fb=07.4
# Agriculture and livestock
D | 3104 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปือยในโค กระบือ อำเภอนางรอง | 3104 | FMD vaccination for cattle and buffalo, Nang Rong District | same vaccination, TH/EN, dropped tone mark on A | fa=04.2 fb=04.2
N | 3104 | FMD vaccination for cattle and buffalo, Nang Rong District | 3104 | ฉีดวัคซีนป้องกันโรคลัมปี สกิน ในโค กระบือ อำเภอนางรอง | same animals and district, another disease | fa=04.2 fb=04.2
D | 4008 | ปล่อยพันธุ์ปลาน้ำจืดลงแหล่งน้ำเขื่อนอุบลรัตน์ เนื่องในวันประมงแห่งชาติ 2568 | 4008 | Release of freshwater fish fingerlings into the Ubolratana Dam reservoir (National Fisheries Day) | same release, TH/EN | fa=04.2 fb=05.4
N | 4008 | Release of fish fingerlings into the Ubolratana Dam reservoir | 4007 | ปล่อยพันธุ์ปลาลงแหล่งน้ำสาธารณะ ลำน้ำพอง อำเภอน้ำพอง | another water body in another district | fa=04.2 fb=04.2
N | 22 | Training on GAP certification for durian growers, Chanthaburi | 22 | อบรมเกษตรกรผู้ปลูกมังคุดเพื่อยกระดับมาตรฐาน GAP จังหวัดจันทบุรี | same province and standard, durian vs mangosteen growers | fa=04.2 fb=04.2
D | 22 | ป้องกันและแก้ไขปัญหาทุเรียนอ่อน จังหวัดจันทบุรี // Preventing the sale of immature durian, Chanthaburi | 22 | ควบคุมคุณภาพทุเรียนก่อนการเก็บเกี่ยวและตรวจเปอร์เซ็นต์น้ำหนักแห้ง (ทุเรียนอ่อน) จังหวัดจันทบุรี ฤดูกาลผลิต 2568 | same immature-durian control, bilingual vs detailed Thai | fa=04.2 fb=04.2
# Environment: forest fires, haze, waste, coasts
D | 5003 | ป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน (PM2.5) อำเภอแม่แจ่ม | 5003 | Forest fire and haze prevention, Mae Chaem District | same district programme, TH/EN | fa=05.3 fb=05.4
N | 5003 | Forest fire and haze prevention, Mae Chaem District | 5002 | ป่องกันและแก้ไขปัญหาไฟป่าและหมอกควัน อำเภอจอมทอง | neighbouring district; swapped tone mark on B | fa=05.4 fb=05.3
D | 830107 | ชุมชนปลอดขยะ (Zero Waste) ตำบลราไวย์ | 830107 | Zero Waste Community, Rawai, Mueang Phuket | same tambon programme, TH/EN | fa=05.1 fb=05.1
N | 830107 | ชุมชนปลอดขยะ (Zero Waste) ตำบลราไวย์ | 830108 | ชุมชนปลอดขยะ (Zero Waste) ตำบลกะรน | same programme, next tambon | fa=05.1 fb=05.1
D | 801209 | ปลูกป่าชายเลนเพื่อป้องกันการกัดเซาะชายฝั่ง ตำบลแหลมตะลุมพุก อำเภอปากพนัง | 801209 | Mangrove planting against coastal erosion, Laem Talumphuk // ปลูกป่าชายเลน ต.แหลมตะลุมพุก | same planting, Thai vs bilingual | fa=05.4 fb=05.4
N | 801209 | ปลูกป่าชายเลนป้องกันการกัดเซาะชายฝั่ง ต.แหลมตะลุมพุก | 801209 | ติดตั้งไส้กรอกทราย (Sand Sausage) ป้องกันการกัดเซาะชายฝั่ง ตำบลแหลมตะลุมพุก | same coast and purpose, planting vs sand-filled tubes | fa=05.4 fb=05.6
D | 20 | Marine litter prevention through land-based waste management, Chon Buri (Thai-German cooperation, GIZ) | 20 | ลดขยะทะเลจากแหล่งกำเนิดบนบก จังหวัดชลบุรี (ความร่วมมือไทย-เยอรมัน GIZ) | donor programme over three years vs the province's year of it | fa=05.1 fb=05.1 ya=2567-2569
# Disaster prevention and relief
D | 1405 | ช่วยเหลือผู้ประสบอุทกภัย (ถุงยังชีพ) อำเภอบางบาล ปี 2568 | 1405 | Flood relief kits for affected households, Bang Ban District | same relief, TH/EN | fa=02.2 fb=10.9
N | 1405 | Flood relief kits for affected households, Bang Ban District | 1405 | แจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือผู้ประสบภัยแล้ง อำเภอบางบาล | same district, drought water vs flood kits | fa=10.9 fb=02.2
D | 860301 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง ตำบลบางสน อำเภอปะทิว | 860301 | Civil Defence Volunteer (OPPOR) basic training course, Bang Son, Pathio | same course, TH/EN | fa=02.2 fb=02.2
N | 860301 | Civil Defence Volunteer (OPPOR) basic training course, Bang Son, Pathio | 860301 | ฝึกทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ต.บางสน | basic course for new volunteers vs refresher for existing ones | fa=02.2 fb=02.2
D | 5709 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2568 (7 วันอันตราย) อำเภอแม่สาย | 5709 | Songkran 2025 road safety checkpoints (seven dangerous days), Mae Sai | same festival campaign, TH/EN | fa=03.6 fb=03.1
N | 5709 | Songkran 2025 road safety checkpoints, Mae Sai | 5709 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568 อำเภอแม่สาย | same district and fiscal year, New Year campaign not Songkran | fa=03.1 fb=03.6
D | 5512 | ฝึกอบรมอาสาสมัครแจ้งเตือนภัยพิบัติ (มิสเตอร์เตือนภัย) หมู่บ้านเสี่ยงภัยดินโคลนถล่ม อำเภอบ่อเกลือ | 551201,551202,551204,551205 | Landslide early-warning volunteers (Mr. Warning) training, Bo Kluea District | Thai with district code vs English with every tambon code | fa=02.2 fb=02.2
# Culture, religion, sport and tourism
D | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 3401 | Ubon Ratchathani Candle Festival 2025 | same festival, province vs Mueang district code, TH/EN | fa=08.2 fb=08.2
N | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี | same festival, next fiscal year | fa=08.2 fb=08.2 yb=2569
D | 8301 | Phuket Vegetarian Festival 2024 | 8301 | Nine Emperor Gods Festival (Kin Jay), Phuket Town, October 2024 | EN/EN, two names for one festival (October 2024 is FY 2568) | fa=04.7 fb=08.4
N | 35 | งานประเพณีบุญบั้งไฟ จังหวัดยโสธร ประจำปี 2568 | 3501 | งานประเพณีลอยกระทง เทศบาลเมืองยโสธร ประจำปี 2567 | same town, another festival | fa=08.2 fb=08.2
D | 370107 | การแข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด ตำบลคึมใหญ่ | 370107 | Khuem Yai youth and people's sports games against drugs | same tambon games, TH/EN | fa=08.1 fb=08.1
N | 5802 | บรรพชาสามเณรภาคฤดูร้อน อำเภอขุนยวม | 5802 | ปฏิบัติธรรมผู้สูงอายุในวันธรรมสวนะ อำเภอขุนยวม | same district, summer novice ordination vs Dharma practice for older people | fa=08.4 fb=08.4
D | 9602 | ส่งเสริมการจัดการเรียนการสอนศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา) อำเภอตากใบ | 9602 | Support for Tadika (mosque-based Islamic education centres), Tak Bai District | same support, TH/EN, education vs religion function | fa=09.5 fb=08.4
N | 9602 | Support for Tadika (mosque-based Islamic education centres), Tak Bai District | 9603 | อุดหนุนศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา) อำเภอบาเจาะ | same support in another district | fa=08.4 fb=09.5
# Security and drugs
D | 57 | โครงการ TO BE NUMBER ONE จังหวัดเชียงราย ประจำปี 2568 | 57 | TO BE NUMBER ONE project, Chiang Rai Province | same provincial project, TH/EN | fa=07.4 fb=03.6
D | 4805 | บําบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) อำเภอธาตุพนม | 4805 | Community-based treatment and rehabilitation of drug users (CBTx), That Phanom District | same treatment programme, TH/EN, ำ split | fa=07.4 fb=03.6
N | 4805 | Community-based treatment and rehabilitation of drug users (CBTx), That Phanom District | 4805 | ตรวจหาสารเสพติดในสถานศึกษาและสถานประกอบการ อำเภอธาตุพนม | same district, drug testing vs treatment | fa=03.6 fb=03.6
N | 9011 | จัดซื้อชุดตรวจหาสารเสพติดในปัสสาวะ (Test kit) สถานีตำรวจภูธรหาดใหญ่ | 9011 | จัดซื้อชุดตรวจหาสารเสพติดในปัสสาวะ โรงพยาบาลหาดใหญ่ | same item bought by the police station and the hospital for their own use | fa=03.1 fb=07.3
# Digital government and data
D | 83 | พัฒนาแพลตฟอร์มข้อมูลเมือง (City Data Platform) จังหวัดภูเก็ต | 83 | Phuket City Data Platform (Smart City) development | same platform, TH/EN | fa=01.3 fb=04.6
N | 8301 | ระบบขออนุญาตก่อสร้างอาคารออนไลน์ (e-Permit) เทศบาลนครภูเก็ต | 8301 | ระบบชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์ (e-Tax) เทศบาลนครภูเก็ต | same municipality, another e-service | fa=01.3 fb=01.1
D | 3701 | อบรมความรู้และทักษะดิจิทัลสำหรับผู้สูงอายุ อำเภอเมืองอำนาจเจริญ | 3701 | Digital literacy training for older persons, Mueang Amnat Charoen | same training, TH/EN | fa=04.6 fb=10.2
N | 3701 | Digital literacy training for older persons, Mueang Amnat Charoen | 3701 | อบรมการขายสินค้าออนไลน์ (e-Commerce) สำหรับวิสาหกิจชุมชน อ.เมืองอำนาจเจริญ | same district, online selling for community enterprises vs literacy for older people | fa=10.2 fb=04.1
N | 800801 | อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ (e-Saraban) สำหรับบุคลากรเทศบาลตำบลท่าศาลา | 8008 | อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ (e-Saraban) สำหรับบุคลากรโรงพยาบาลท่าศาลา | each unit trains its own staff | fa=01.3 fb=01.3
# ASEAN cooperation and donor-funded programmes
D | 55 | Strengthening community resilience to climate change in Nan Province (UNDP) | 55 | เสริมสร้างขีดความสามารถของชุมชนในการรับมือกับการเปลี่ยนแปลงสภาพภูมิอากาศ จังหวัดน่าน (ร่วมกับ UNDP) | same donor programme, multi-year vs the province's year | fa=05.6 fb=05.6 ya=2568-2570
N | 55 | Strengthening community resilience to climate change in Nan Province (UNDP) | 54 | Strengthening community resilience to climate change in Phrae Province (UNDP) | EN/EN, same programme in another province | fa=05.6 fb=05.6 ya=2568-2570 yb=2568-2570
D | 90 | JICA technical cooperation on community-based long-term care for older persons, Songkhla | 90 | ความร่วมมือทางวิชาการกับไจก้า (JICA) พัฒนารูปแบบการดูแลผู้สูงอายุระยะยาวโดยชุมชน จังหวัดสงขลา | same cooperation project, EN/TH | fa=10.2 fb=10.2
N | 90 | JICA technical cooperation on community-based long-term care for older persons, Songkhla | 90 | JICA volunteers (JOCV) teaching Japanese in Songkhla secondary schools | EN/EN, same donor and province, another programme | fa=10.2 fb=09.2
N | 90 | ความร่วมมือกับ JICA พัฒนาระบบการดูแลผู้สูงอายุระยะยาวโดยชุมชน จังหวัดสงขลา ระยะที่ 1 | 90 | ความร่วมมือกับ JICA พัฒนาระบบการดูแลผู้สูงอายุระยะยาวโดยชุมชน จังหวัดสงขลา ระยะที่ 2 | phase 1 ended before phase 2 starts | fa=10.2 fb=10.2 ya=2565-2567 yb=2568-2570
D | 4901 | มหกรรมการค้าชายแดน ไทย-ลาว-เวียดนาม จังหวัดมุกดาหาร ประจำปี 2568 | 4901 | Mukdahan Thai-Lao-Vietnam Border Trade Fair 2025 | same fair, TH/EN | fa=04.1 fb=04.1
N | 4801 | Thai-Lao youth cultural exchange camp, Nakhon Phanom and Khammouane | 4301 | ค่ายแลกเปลี่ยนวัฒนธรรมเยาวชนไทย-ลาว จังหวัดหนองคาย และนครหลวงเวียงจันทน์ | same kind of camp, another province and Lao partner | fa=08.2 fb=08.2
D | 2706 | Thai-Cambodian cross-border communicable disease control, Aranyaprathet | 2706 | ความร่วมมือด้านสาธารณสุขชายแดนไทย-กัมพูชา ควบคุมโรคติดต่อข้ามพรมแดน อำเภออรัญประเทศ | same border health cooperation, EN/TH | fa=07.4 fb=07.4
N | 2706 | Thai-Cambodian cross-border communicable disease control, Aranyaprathet | 2302 | ความร่วมมือด้านสาธารณสุขชายแดนไทย-กัมพูชา ควบคุมโรคติดต่อข้ามพรมแดน อำเภอคลองใหญ่ จังหวัดตราด | same cooperation at another border district and province | fa=07.4 fb=07.4
`,
};
