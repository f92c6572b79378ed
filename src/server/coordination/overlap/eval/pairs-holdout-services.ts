/**
 * Round 4, held out: purchases of equipment and vehicles by named units (hospitals,
 * municipalities, SAOs, PAOs, schools, divisions, district offices) and services and programmes
 * (elderly, disabled and child care, health screening, disease control, drug prevention, festival
 * road safety, training, tourism and culture events, agriculture extension, disaster relief,
 * ASEAN / UNDP-style programmes). Written and labelled after the engine was last tuned, without
 * reading or running it; never to be tuned on.
 */
import type { Block } from './load.js';

export const HOLDOUT_SERVICES_PAIRS: Block = {
  category: 'holdout-services',
  functionCode: '10.9',
  heldOut: true,
  lines: `
# Equipment and vehicles bought by named units
D | 500710 | จัดซื้อครุภัณฑ์การแพทย์ เครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน จำนวน 2 เครื่อง โรงพยาบาลนครพิงค์ | 5007 | Nakornping Hospital: two volume- and pressure-controlled ventilators | same hospital purchase, EN, tambon vs district code | fa=07.3 fb=07.3
N | 840102 | จัดซื้อเครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน จำนวน 3 เครื่อง โรงพยาบาลสุราษฎร์ธานี | 840401 | Ko Samui Hospital: one volume- and pressure-controlled ventilator | same ventilator spec, each hospital's own purchase, EN | fa=07.3 fb=07.3
D | 9011 | จัดซื้อรถยนต์ดับเพลิงชนิดหอน้ำ ขนาดความจุน้ำไม่น้อยกว่า 10,000 ลิตร เทศบาลนครหาดใหญ่ | 901101 | รถดับเพลิงชนิดหอน้ำ 10,000 ลิตร ทน.หาดใหญ่ | same truck, abbreviation ทน., district vs tambon code | fa=03.2 fb=03.2
N | 901101 | จัดซื้อรถยนต์ดับเพลิงชนิดหอน้ำ เทศบาลนครหาดใหญ่ | 901101 | Hat Yai City Municipality: multi-purpose rescue truck with rescue equipment | same municipality, fire truck vs rescue truck, EN | fa=03.2 fb=03.2
D | 400505 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย จำนวน 1 คัน องค์การบริหารส่วนตำบลขัวเรียง | 400505 | ซื้อรถบรรทุกขยะแบบอัดท้าย ๖ ตัน ๖ ล้อ อบต.ขัวเรียง อ.ชุมแพ | same truck, abbreviations, Thai digits, word order | fa=05.1 fb=05.1
N | 400505 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย องค์การบริหารส่วนตำบลขัวเรียง | 400510 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย องค์การบริหารส่วนตำบลหนองเขียด | same spec text, two SAOs in one district each buying a truck | fa=05.1 fb=05.1
D | 310706 | จัดซื้อรถตักหน้าขุดหลัง (แบคโฮโหลดเดอร์) ขับเคลื่อน 4 ล้อ กำลังเครื่องยนต์ไม่น้อยกว่า 90 แรงม้า อบต.จรเข้มาก | 3107 | Chorakhe Mak SAO: backhoe loader, 4WD, engine at least 90 hp | same machine, EN, district code, filed under another function | fa=04.5 fb=06.2
N | 31 | Buri Ram PAO Engineering Division: backhoe loader, 4WD | 310706 | จัดซื้อรถตักหน้าขุดหลัง ขับเคลื่อน 4 ล้อ องค์การบริหารส่วนตำบลจรเข้มาก | PAO's own backhoe vs an SAO's own backhoe, EN | fa=04.5 fb=04.5
D | 720904 | จัดซื้อรถกู้ชีพ (รถยนต์บรรทุก ขนาด 1 ตัน ดับเบิ้ลแค็บ) พร้อมอุปกรณ์การแพทย์ฉุกเฉิน อบต.บ้านดอน อำเภออู่ทอง | 720904 | รถกู้ชีพ 1 ตัน 4 ประตู พร้อมอุปกรณ์ EMS อบต.บ้านดอน อ.อู่ทอง จ.สุพรรณบุรี | same EMS vehicle, reworded spec, abbreviations | fa=07.2 fb=07.2
N | 720901 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ โรงพยาบาลอู่ทอง | 720904 | จัดซื้อรถกู้ชีพ พร้อมอุปกรณ์การแพทย์ฉุกเฉิน อบต.บ้านดอน | hospital ambulance van vs an SAO's EMS pickup, same district | fa=07.3 fb=07.2
D | 550501 | กองช่าง เทศบาลตำบลปัว จัดซื้อรถบรรทุกน้ำ ขนาด 6,000 ลิตร // Pua Subdistrict Municipality, Engineering Division: 6,000-litre water truck | 550501 | จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาดความจุ 6,000 ลิตร เทศบาลตำบลปัว | bilingual vs Thai, division named on one side only | fa=06.3 fb=03.2
N | 650101 | จัดซื้อรถยนต์บรรทุก ขนาด 1 ตัน ขับเคลื่อน 2 ล้อ แบบดับเบิ้ลแค็บ กองสาธารณสุขและสิ่งแวดล้อม เทศบาลนครพิษณุโลก | 650101 | จัดซื้อรถยนต์บรรทุก ขนาด 1 ตัน ขับเคลื่อน 2 ล้อ แบบดับเบิ้ลแค็บ กองช่าง เทศบาลนครพิษณุโลก // Phitsanulok City Municipality, Engineering Division: 1-ton double-cab pickup, 2WD | same pickup spec, two divisions of one municipality, bilingual | fa=07.4 fb=04.5
D | 55 | Nan Provincial Administrative Organization: purchase of one 12-seat passenger van, diesel, min. 2,400 cc | 55 | Procurement of a passenger van (12 seats, diesel engine 2,400 cc or more) for the Office of the Chief Administrator, Nan PAO | EN-EN, same van, PAO spelled out vs abbreviated | fa=01.3 fb=01.3 db=Replaces_a_2009_van_written_off
N | 55 | จัดซื้อรถโดยสาร ขนาด 12 ที่นั่ง (ดีเซล) ปริมาตรกระบอกสูบไม่ต่ำกว่า 2,400 ซีซี สำนักปลัด อบจ.น่าน | 55 | Nan PAO, Office of the Chief Administrator: 12-seat diesel passenger van, 2,400 cc | same line in the next fiscal year's budget, a second van, EN | fa=01.3 fb=01.3 yb=2569
D | 141201 | จัดซื้อเครื่องพ่นหมอกควัน สำหรับควบคุมโรคไข้เลือดออก จำนวน 2 เครื่อง เทศบาลเมืองเสนา | 1412 | จัดซื้อเครื่องพ่นหมอกควัน ๒ เครื่อง (ควบคุมโรคไข้เลือดออก) ทม.เสนา | same foggers, abbreviation ทม., Thai digits, district code | fa=07.4 fb=07.4
N | 141201 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 2 เครื่อง เทศบาลเมืองเสนา | 141201 | Sena Town Municipality: two backpack ULV sprayers | thermal fogger vs backpack ULV sprayer, different equipment, same unit, EN | fa=07.4 fb=07.4
D | 220101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) พร้อมระบบบันทึกภาพ บริเวณตลาดเทศบาล เทศบาลเมืองจันทบุรี | 220101 | CCTV cameras with recording system at the municipal market, Chanthaburi Town Municipality | same CCTV, EN | fa=03.6 fb=03.6
N | 220101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) บริเวณตลาดเทศบาล เทศบาลเมืองจันทบุรี | 220101 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) บริเวณสวนสาธารณะเทศบาลเมืองจันทบุรี | CCTV at the market vs at the public park, different sites | fa=03.6 fb=03.6
D | 420301 | จัดซื้อคอมพิวเตอร์สำหรับห้องเรียน จำนวน 40 ชุด โรงเรียนเชียงคาน | 420301 | จัดซื้อครุภัณฑ์คอมพิวเตอร์ ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนเชียงคาน จํานวน ๔๐ เครื่อง | same computers, split sara am, Thai digits, extra words | fa=09.2 fb=09.2
N | 420301 | จัดซื้อคอมพิวเตอร์สำหรับห้องเรียน จำนวน 40 ชุด โรงเรียนเชียงคาน | 420301 | จัดซื้อคอมพิวเตอร์สำหรับห้องเรียน จำนวน 20 ชุด โรงเรียนอนุบาลเชียงคาน | another school in the same tambon | fa=09.2 fb=09.1
D | 301501 | Phimai Hospital: digital X-ray system (DR), 1 unit | 301501 | จัดซื้อเครื่องเอกซเรย์ระบบดิจิตอล (Digital Radiography) โรงพยาบาลพิมาย จำนวน 1 เครื่อง // Digital radiography X-ray unit for Phimai Hospital | EN vs bilingual | fa=07.3 fb=07.3
N | 300101 | จัดซื้อเครื่องเอกซเรย์คอมพิวเตอร์ (CT Scan) ขนาด 128 สไลซ์ โรงพยาบาลมหาราชนครราชสีมา | 300101 | Maharat Nakhon Ratchasima Hospital: 1.5 tesla MRI scanner | CT scanner vs MRI, same hospital, EN | fa=07.3 fb=07.3
# Elderly, disabled and child care
D | 500703 | โครงการโรงเรียนผู้สูงอายุ ตำบลสันโป่ง ประจำปีงบประมาณ 2568 | 500703 | โครงการโรงเรียนผู้สูงอายุ ต.สันโป่ง อ.แม่ริม ปีงบประมาณ ๒๕๖๘ | same programme, abbreviations, Thai digits, district named | fa=10.2 fb=10.2
N | 500703 | โครงการโรงเรียนผู้สูงอายุ ตำบลสันโป่ง | 500703 | Elderly health screening (ADL and dementia), San Pong subdistrict | elderly school vs elderly health screening, another service for the same group, EN | fa=10.2 fb=07.4
D | 640103 | เบี้ยยังชีพผู้สูงอายุ เทศบาลตำบลเมืองเก่า | 640103 | เงินเบี้ยยังชีพผู้สูงอายุ ทต.เมืองเก่า จ.สุโขทัย | same allowance, abbreviation ทต. | fa=10.2 fb=10.2
N | 640103 | เบี้ยยังชีพผู้สูงอายุ เทศบาลตำบลเมืองเก่า | 640103 | Disability allowance, Mueang Kao Subdistrict Municipality (Sukhothai) | old-age vs disability allowance, EN | fa=10.2 fb=10.1
D | 341504 | โครงการปรับปรุงสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ ตำบลท่าลาด | 3415 | Home modification for persons with disabilities, Tha Lat, Warin Chamrap | same service, EN, district code | fa=10.1 fb=10.1
N | 341504 | ปรับปรุงสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ ตำบลท่าลาด | 341504 | ปรับปรุงซ่อมแซมบ้านผู้สูงอายุที่มีรายได้น้อย ตำบลท่าลาด | disabled vs low-income elderly, different group | fa=10.1 fb=10.6
D | 140605 | อาหารกลางวันสำหรับเด็กศูนย์พัฒนาเด็กเล็ก อบต.บางกระสั้น | 140605 | ค่าอาหารกลางวัน ศพด. อบต.บางกระสั้น | same lunch budget, abbreviation ศพด. | fa=09.1 fb=10.4
N | 140605 | อาหารกลางวันศูนย์พัฒนาเด็กเล็ก อบต.บางกระสั้น | 140605 | Supplementary milk for schools and the child development centre, Bang Krasan SAO | lunch vs school milk, EN | fa=09.1 fb=09.1
N | 200705 | ค่าจัดการเรียนการสอน (รายหัว) ศูนย์พัฒนาเด็กเล็กบ้านหนองขาม หมู่ที่ 2 | 200705 | ค่าจัดการเรียนการสอน (รายหัว) ศูนย์พัฒนาเด็กเล็กบ้านเขาดิน หมู่ที่ 6 ตำบลหนองขาม | another child development centre in the same tambon | fa=09.1 fb=09.1
D | 200705 | ค่าจัดการเรียนการสอน (รายหัว) ศูนย์พัฒนาเด็กเล็กบ้านหนองขาม หมู่ที่ 2 | 2007 | Per-head teaching costs, Ban Nong Kham Child Development Centre (Moo 2), Nong Kham, Si Racha | same centre, EN, district code | fa=09.1 fb=09.1
# Health: screening, disease control, volunteers
D | 470107 | โครงการคัดกรองโรคเบาหวานและความดันโลหิตสูง ในประชาชนอายุ 35 ปีขึ้นไป ตำบลท่าแร่ | 4701 | Screening for diabetes and hypertension among residents aged 35 and over, Tha Rae subdistrict, Mueang Sakon Nakhon | same screening, EN, district code | fa=07.4 fb=07.4
N | 470107 | โครงการคัดกรองโรคเบาหวานและความดันโลหิตสูง ตำบลท่าแร่ | 470107 | โครงการรณรงค์คัดกรองมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี ตำบลท่าแร่ | different disease and group, same tambon | fa=07.4 fb=07.4
D | 400117 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลบึงเนียม หมู่ที่ 1-12 | 400117 | โครงการควบคุมและป้องกันโรคไขเลือดออก ต.บึงเนยม ประจําปี ๒๕๖๘ | same campaign, OCR: dropped tone mark and vowel, split sara am, Thai digits | fa=07.4 fb=07.4
N | 400117 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลบึงเนียม | 400117 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลบึงเนียม | dengue vs rabies, same tambon | fa=07.4 fb=07.4
D | 160107 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธาน ศาสตราจารย์ ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี อบต.โคกกะเทียม | 160107 | โครงการสัตว์ปลอดโรค คนปลอดภัยฯ ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า สุนัขและแมว อบต.โคกกะเทียม | same programme, long royal-initiative title vs short title with ฯ | fa=07.4 fb=07.4
N | 160107 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า อบต.โคกกะเทียม | 160109 | Rabies-free animals, safe people: rabies vaccination, Khok Tum SAO | same service, neighbouring tambon, EN | fa=07.4 fb=07.4
D | 800901 | โครงการอบรมฟื้นฟูความรู้อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ตำบลปากแพรก | 8009 | อบรมฟื้นฟู อสม. ต.ปากแพรก อ.ทุ่งสง | same training, abbreviations, tambon vs district code | fa=07.4 fb=07.4
N | 800901 | อบรมฟื้นฟูความรู้ อสม. ตำบลปากแพรก | 800901 | อบรมการช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR) แก่นักเรียน ตำบลปากแพรก | VHV refresher vs CPR for pupils, different topic and group | fa=07.4 fb=07.4
# Drugs, road safety, training
D | 450101 | โครงการ TO BE NUMBER ONE ป้องกันและแก้ไขปัญหายาเสพติดในกลุ่มเยาวชน เทศบาลเมืองร้อยเอ็ด | 450101 | โครงการทูบีนัมเบอร์วัน ต้านภัยยาเสพติด เยาวชนในเขตเทศบาลเมืองร้อยเอ็ด | same campaign, name in Latin vs Thai transliteration | fa=07.4 fb=10.9
N | 450101 | โครงการค่ายเยาวชนต้านยาเสพติด เทศบาลเมืองร้อยเอ็ด | 450101 | โครงการบำบัดฟื้นฟูผู้ติดยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) เทศบาลเมืองร้อยเอ็ด | youth prevention camp vs community-based treatment of users | fa=10.9 fb=07.4
D | 5711 | โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ พ.ศ. 2568 อำเภอเวียงป่าเป้า | 5711 | Road accident prevention during the 2025 Songkran festival, Wiang Pa Pao district | same festival operation, EN | fa=03.6 fb=04.5
N | 5711 | โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ พ.ศ. 2568 อำเภอเวียงป่าเป้า | 5711 | โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ พ.ศ. 2568 อำเภอเวียงป่าเป้า | Songkran vs New Year period, same district and fiscal year | fa=03.6 fb=03.6
D | 92 | โครงการรณรงค์ลดอุบัติเหตุทางถนน 7 วันอันตราย ช่วงเทศกาลปีใหม่ 2568 จังหวัดตรัง | 92 | ลดอุบัติเหตุทางถนนช่วงปีใหม่ ๒๕๖๘ (๗ วันอันตราย) จ.ตรัง | same campaign, word order, Thai digits | fa=03.6 fb=03.6
N | 9201 | New Year 2025 road safety checkpoints, Mueang Trang district | 9203 | New Year 2025 road safety checkpoints, Yan Ta Khao district | EN-EN, same service in another district | fa=03.6 fb=03.6
D | 210114 | โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง รุ่นที่ 1 เทศบาลเมืองมาบตาพุด | 210114 | Civil Defence Volunteer (OPPOR) basic course, batch 1, Maptaphut Town Municipality | same course, EN | fa=03.6 fb=02.2
N | 210114 | ฝึกอบรม อปพร. หลักสูตรจัดตั้ง เทศบาลเมืองมาบตาพุด | 210114 | ฝึกอบรมทบทวน อปพร. เทศบาลเมืองมาบตาพุด | basic course for new volunteers vs refresher for existing ones | fa=03.6 fb=03.6
D | 950201 | โครงการฝึกอบรมส่งเสริมอาชีพ การทำขนมพื้นเมือง แก่กลุ่มสตรี เทศบาลเมืองเบตง // Vocational training in local desserts for women's groups, Betong Town Municipality | 950201 | ฝึกอบรมอาชีพทำขนมพื้นบ้าน กลุ่มแม่บ้าน เทศบาลเมืองเบตง | bilingual vs Thai, reworded | fa=04.1 fb=04.1
N | 950201 | ฝึกอบรมอาชีพทำขนมพื้นบ้าน กลุ่มแม่บ้าน เทศบาลเมืองเบตง | 950201 | ฝึกอบรมอาชีพช่างซ่อมรถจักรยานยนต์ แก่เยาวชนนอกระบบการศึกษา เทศบาลเมืองเบตง | different trade and group | fa=04.1 fb=04.1
D | 57 | Online marketing training for OTOP producers and community enterprises, Chiang Rai Province, FY2025 | 57 | Chiang Rai: training community enterprise groups and OTOP entrepreneurs in online marketing | EN-EN, same training, reworded | fa=04.1 fb=04.1
N | 57 | Online marketing training for OTOP producers, Chiang Rai Province | 57 | OTOP product packaging design training, Chiang Rai Province | EN-EN, different topic for the same group | fa=04.1 fb=04.1
# Tourism and culture events
D | 5001 | โครงการจัดงานประเพณียี่เป็ง เชียงใหม่ ประจำปี 2567 | 500101 | Yi Peng Festival Chiang Mai 2024 // งานประเพณียี่เป็งเชียงใหม่ 2567 | same festival, bilingual, district vs tambon code | fa=08.2 fb=04.7 da=Lantern_procession_and_krathong_contest
N | 5001 | โครงการจัดงานประเพณียี่เป็ง เชียงใหม่ ประจำปี 2567 | 5001 | Chiang Mai Songkran Festival 2025 | Yi Peng vs Songkran, same city and fiscal year, EN | fa=08.2 fb=08.2
D | 2201 | Chanthaburi Fruit Festival 2025 // งานมหกรรมผลไม้และของดีเมืองจันท์ ประจำปี 2568 | 22 | โครงการจัดงานเทศกาลผลไม้และของดีเมืองจันท์ ประจำปี 2568 | same festival, bilingual, district vs province code | fa=04.7 fb=04.7
N | 22 | โครงการจัดงานเทศกาลผลไม้และของดีเมืองจันท์ ประจำปี 2568 | 22 | Chanthaburi Fruit Festival 2026 // งานเทศกาลผลไม้และของดีเมืองจันท์ ประจำปี 2569 | next year's festival, bilingual | fa=04.7 fb=04.7 yb=2569
D | 3123 | งานประเพณีขึ้นเขาพนมรุ้ง ประจำปี 2568 อำเภอเฉลิมพระเกียรติ จังหวัดบุรีรัมย์ | 312302 | งานขึ้นเขาพนมรุ้ง ปี 68 อุทยานประวัติศาสตร์พนมรุ้ง ต.ตาเป๊ก | same festival, short year, district vs tambon code | fa=08.2 fb=08.2
N | 312302 | งานประเพณีขึ้นเขาพนมรุ้ง ประจำปี 2568 | 310706 | งานแสดงแสงสีเสียง ปราสาทเมืองต่ำ ประจำปี 2568 ตำบลจรเข้มาก | another monument and event in the next district | fa=08.2 fb=08.2
D | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 340101 | โครงการสืบสานงานประเพณีแห่เทียนพรรษา จ.อุบลราชธานี ปี ๒๕๖๘ | same festival, abbreviation, Thai digits, province vs tambon code | fa=08.2 fb=08.2
N | 340101 | งานประเพณีแห่เทียนพรรษา ปี 2568 อุบลราชธานี | 340101 | Loy Krathong Festival 2024, Ubon Ratchathani City Municipality | Candle festival vs Loy Krathong, same city and fiscal year, EN | fa=08.2 fb=08.2
D | 83 | Phuket Vegetarian Festival 2024 | 830101 | งานประเพณีถือศีลกินผัก จังหวัดภูเก็ต ประจำปี 2567 | same festival, EN, province vs tambon code | fa=08.2 fb=04.7 db=ขบวนแห่_ซุ้มอาหารเจ_และจุดบริการความปลอดภัย
N | 83 | งานประเพณีถือศีลกินผัก จังหวัดภูเก็ต ประจำปี 2567 | 92 | Trang Vegetarian Festival 2024 | same kind of festival, another province, EN | fa=08.2 fb=08.2
# Agriculture extension
D | 6001 | โครงการส่งเสริมการผลิตข้าวแบบแปลงใหญ่ อำเภอเมืองนครสวรรค์ | 6001 | ส่งเสริมเกษตรแปลงใหญ่ (ข้าว) อ.เมืองนครสวรรค์ ปี 2568 | same programme, reworded, abbreviation | fa=04.2 fb=04.2
N | 6001 | ส่งเสริมเกษตรแปลงใหญ่ ข้าว อำเภอเมืองนครสวรรค์ | 6001 | ส่งเสริมเกษตรแปลงใหญ่ มันสำปะหลัง อำเภอเมืองนครสวรรค์ | rice vs cassava plots | fa=04.2 fb=04.2
D | 420106 | ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.) อำเภอเมืองเลย ตำบลเสี้ยว | 4201 | Learning Centre for Agricultural Production Efficiency, Mueang Loei district (Siao subdistrict) | same centre, EN, district code | fa=04.2 fb=04.2
N | 4201 | ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.) อำเภอเมืองเลย | 4203 | Learning Centre for Agricultural Production Efficiency, Chiang Khan district | same programme, another district's centre, EN | fa=04.2 fb=04.2
# Disaster relief
D | 1405 | โครงการให้ความช่วยเหลือผู้ประสบอุทกภัย อำเภอบางบาล ปี 2568 (แจกถุงยังชีพ) | 1405 | แจกถุงยังชีพผู้ประสบภัยน้ำท่วม อ.บางบาล จ.พระนครศรีอยุธยา | same relief, น้ำท่วม vs อุทกภัย, word order | fa=10.9 fb=10.9
N | 1405 | ช่วยเหลือผู้ประสบอุทกภัย อำเภอบางบาล ปี 2568 | 1405 | Drought relief: drinking and household water delivery, Bang Ban district, 2025 | flood vs drought relief, EN | fa=10.9 fb=10.9
# ASEAN / UNDP-style programmes
D | 90 | Strengthening community resilience to climate change in the Songkhla Lake Basin (UNDP-supported), Phase 1 | 90 | Songkhla Lake Basin community climate resilience project, Phase 1 (with UNDP Thailand) | EN-EN, same phase, reworded | fa=05.6 fb=05.6
N | 90 | Songkhla Lake Basin community climate resilience project, Phase 1 (with UNDP Thailand) | 90 | Songkhla Lake Basin community climate resilience project, Phase 2 (with UNDP Thailand) | EN-EN, next phase | fa=05.6 fb=05.6 yb=2569
D | 27 | ASEAN Community awareness training for local government officials, Sa Kaeo Province | 27 | โครงการอบรมเสริมสร้างความรู้ความเข้าใจประชาคมอาเซียน แก่บุคลากรองค์กรปกครองส่วนท้องถิ่น จังหวัดสระแก้ว | same training, EN | fa=01.3 fb=01.3
N | 2706 | งานแสดงสินค้าชายแดนไทย-กัมพูชา อรัญประเทศ ประจำปี 2568 | 27 | อบรมประชาคมอาเซียน บุคลากรท้องถิ่น จังหวัดสระแก้ว | border trade fair vs ASEAN training | fa=04.1 fb=01.3
`,
};
