/**
 * Round 5, held out: services, programmes and projects of provinces, districts, local
 * governments, ministries' provincial offices and international partners (education, public
 * health, social welfare, community economy, agriculture, environment, disasters, culture and
 * religion, sport and tourism, drugs and security, digital government, ASEAN and donor-funded
 * programmes), from all regions.
 *
 * Written and labelled after the engine was last tuned, without reading or running it; the
 * whole block is `test` (heldOut). See load.ts for the line format and the labels.
 */
import type { Block } from './load.js';

export const ROUND5_SERVICES_PAIRS: Block = {
  category: 'round5-services',
  functionCode: '10.9',
  heldOut: true,
  lines: `
D | 500302 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ตำบลท่าผา อำเภอแม่แจ่ม | 5003 | Forest fire and haze prevention, Tha Pha subdistrict, Mae Chaem District | same tambon programme; one side filed under the district code, TH/EN | fa=05.3 fb=05.3
N | 580104 | จัดทำแนวกันไฟป่าและลาดตระเวนเฝ้าระวังไฟป่า ตำบลปางหมู อำเภอเมืองแม่ฮ่องสอน | 580303 | จัดทำแนวกันไฟป่าและลาดตระเวนเฝ้าระวังไฟป่า ตำบลแม่นาเติง อำเภอปาย | same firebreak and patrol programme, another tambon in another district | fa=05.4 fb=05.4
D | 801209 | ปลูกป่าชายเลนฟื้นฟูพื้นที่ชายฝั่งที่ถูกกัดเซาะ ตำบลแหลมตะลุมพุก อำเภอปากพนัง | 801209 | Mangrove replanting on the eroded coast of Laem Talumphuk, Pak Phanang // ปลูกป่าชายเลน แหลมตะลุมพุก | same replanting at the same site, TH vs bilingual | fa=05.4 fb=05.4
N | 900304 | ปลูกป่าชายเลนและปักไม้ไผ่ชะลอคลื่นป้องกันการกัดเซาะชายฝั่ง ตำบลสะกอม อำเภอจะนะ | 900210 | ปลูกป่าชายเลนและปักไม้ไผ่ชะลอคลื่นป้องกันการกัดเซาะชายฝั่ง ตำบลบ่อแดง อำเภอสทิงพระ | same coastal measure, another stretch of the Songkhla coast | fa=05.4 fb=05.4
D | 200707 | ธนาคารขยะรีไซเคิลชุมชน ตำบลบางพระ อำเภอศรีราชา | 200707 | Community recycling waste bank, Bang Phra subdistrict, Si Racha | same waste bank, TH/EN | fa=05.1 fb=05.1
N | 200707 | ส่งเสริมการคัดแยกขยะต้นทางและธนาคารขยะ ต.บางพระ | 200707 | จัดเก็บและกำจัดขยะมูลฝอยอันตรายจากชุมชน ตำบลบางพระ อำเภอศรีราชา | same tambon, hazardous-waste collection is another service than sorting and the waste bank | fa=05.1 fb=05.1
D | 920213 | Seagrass and dugong conservation, Ko Libong, Kantang // อนุรักษ์แหล่งหญ้าทะเลและพะยูน เกาะลิบง | 9202 | โครงการอนุรักษ์พะยูนและแหล่งหญ้าทะเล ตำบลเกาะลิบง อำเภอกันตัง จังหวัดตรัง | same conservation work, word order swapped, district code on one side | fa=05.4 fb=05.4
N | 920213 | อนุรักษ์แหล่งหญ้าทะเลและพะยูน เกาะลิบง อำเภอกันตัง | 920213 | ส่งเสริมการท่องเที่ยวเชิงนิเวศชุมชน เกาะลิบง อำเภอกันตัง | same island, community ecotourism promotion is a different project | fa=05.4 fb=04.7
D | 1405 | ศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนน ช่วงเทศกาลสงกรานต์ พ.ศ. 2568 อำเภอบางบาล | 1405 | Road accident prevention centre, Songkran 2025 (seven dangerous days), Bang Ban District | same festival road-safety centre, TH/EN, BE vs AD year | fa=03.6 fb=03.6
N | 4005 | ศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ 2568 อำเภอชุมแพ | 4005 | ศูนย์ปฏิบัติการป้องกันและลดอุบัติเหตุทางถนน ช่วงเทศกาลสงกรานต์ 2568 อำเภอชุมแพ | New Year and Songkran campaigns are separate periods of service | fa=03.6 fb=03.6
N | 1405 | จัดหาถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย อำเภอบางบาล | 1405 | ซ้อมแผนป้องกันและบรรเทาสาธารณภัยด้านอุทกภัย อำเภอบางบาล | same hazard and district; relief bags vs a flood drill | fa=10.9 fb=03.6
D | 9011 | Community-based flood early warning, Hat Yai (JICA cooperation) | 9011 | ระบบเตือนภัยน้ำท่วมโดยชุมชนมีส่วนร่วม อำเภอหาดใหญ่ จังหวัดสงขลา // Community flood early warning, Hat Yai | same early-warning programme; only one side names the donor | fa=03.6 fb=03.6
N | 5804 | อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) อำเภอแม่สะเรียง | 5804 | อบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) อำเภอแม่สะเรียง | civil-defence volunteers vs village security teams: different groups trained | fa=03.6 fb=03.6
D | 3304 | Civil Defence Volunteer (OPPOR) training, Kantharalak District | 3304 | ฝึกอบรมจัดตั้งอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) อ.กันทรลักษ์ จ.ศรีสะเกษ | same training; EN transliterated abbreviation vs TH; function codes differ | fa=03.6 fb=02.2
D | 400406 | อาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตตำบลโนนทอง อำเภอหนองเรือ | 400406 | จัดซื้ออาหารเสริม(นม) ให้แก่นักเรียนโรงเรียนสังกัดสํานักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ตำบลโนนทอง | same school milk; abbreviation vs full name, ำ split on one side | fa=09.1 fb=09.6
N | 400403 | อาหารเสริม (นม) ศูนย์พัฒนาเด็กเล็ก อบต.บ้านกง | 400403 | อาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ตำบลบ้านกง | same milk and tambon, different beneficiaries (child centre vs primary schools) | fa=09.1 fb=09.1
D | 5505 | School lunch subsidy for OBEC primary schools, Pua District | 5505 | อุดหนุนค่าอาหารกลางวันโรงเรียนสังกัด สพฐ. อำเภอปัว จังหวัดน่าน | same lunch subsidy, EN/TH | fa=09.6 fb=09.6
D | 21 | Dual vocational education with industry partners, Rayong (Thai-German cooperation) | 21 | โครงการพัฒนาการจัดการอาชีวศึกษาระบบทวิภาคีร่วมกับสถานประกอบการ จังหวัดระยอง | same dual VET programme; only the EN side names the partner | fa=09.3 fb=09.3 da=Work-based_learning_with_EEC_companies,_technical_advice_from_GIZ
N | 7005 | ติวเข้มเตรียมความพร้อมสอบ O-NET นักเรียนชั้นประถมศึกษาปีที่ 6 อำเภอบ้านโป่ง | 7005 | ติวเข้มเตรียมความพร้อมสอบ O-NET นักเรียนชั้นมัธยมศึกษาปีที่ 3 อำเภอบ้านโป่ง | same tutoring, different grade (primary vs lower secondary) | fa=09.1 fb=09.2
N | 1003 | Lunch for early childhood development centres, Nong Chok District | 1010 | Lunch for early childhood development centres, Min Buri District | same service in another Bangkok district, EN-EN | fa=09.1 fb=09.1
D | 900106 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลเกาะยอ อำเภอเมืองสงขลา | 900106 | Dengue prevention and control, Ko Yo, Mueang Songkhla | same dengue programme, TH/EN | fa=07.4 fb=07.4
N | 900106 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลเกาะยอ | 900106 | ป้องกันควบคุมโรคไข้เลือดออก ต.เกาะยอ ปีงบประมาณ 2569 | same programme, next fiscal year | fa=07.4 fb=07.4 yb=2569
D | 180105 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธานฯ ตำบลเขาท่าพระ | 180105 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบาในสุนัขและแมว ต.เขาท่าพระ อ.เมืองชัยนาท | official programme name vs the vaccination it funds, same tambon; dropped tone mark | fa=07.4 fb=04.2
N | 180105 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว ตำบลเขาท่าพระ | 180105 | ทําหมันควบคุมประชากรสุนัขและแมวจรจัด ตำบลเขาท่าพระ | same tambon and animals; sterilisation is a different service | fa=07.4 fb=07.4
D | 46 | Liver fluke and cholangiocarcinoma screening, Kalasin // คัดกรองพยาธิใบไม้ตับและมะเร็งท่อน้ำดี จังหวัดกาฬสินธุ์ | 46 | โครงการกําจัดปัญหาโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี (ตรวจคัดกรองกลุ่มเสี่ยง) จ.กาฬสินธุ์ | same provincial screening; bilingual vs TH long form with ำ split | fa=07.4 fb=07.4
N | 630801 | ควบคุมโรคมาลาเรียในพื้นที่ชายแดน ตำบลอุ้มผาง อำเภออุ้มผาง | 630704 | ควบคุมโรคมาลาเรียในพื้นที่ชายแดน ตำบลวาเล่ย์ อำเภอพบพระ | same malaria control, another border tambon | fa=07.4 fb=07.4
D | 301001 | คัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป ตำบลโนนสูง | 301001 | คัดกรองความเสียงโรคเบาหวาน และความดันโลหิดสูง ประชาชนอายุ ๓๕ ปีขึ้นไป ต.โนนสูง | same screening; OCR noise (dropped tone mark, ต/ด), Thai digits | fa=07.2 fb=07.4
N | 4101 | ตรวจคัดกรองมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี อำเภอเมืองอุดรธานี | 4101 | ตรวจคัดกรองมะเร็งเต้านมในสตรีอายุ 30-70 ปี อำเภอเมืองอุดรธานี | cervical vs breast cancer screening: different service, same place and group | fa=07.4 fb=07.4
D | 8301 | Capacity building for village health volunteers (VHVs), Mueang Phuket District | 8301 | Village Health Volunteer (Or Sor Mor) refresher training, Mueang Phuket | same VHV training, EN-EN phrased differently | fa=07.4 fb=07.4
N | 8302 | Village Health Volunteer refresher training, Kathu District | 8303 | Village Health Volunteer refresher training, Thalang District | same training, another district of Phuket, EN-EN | fa=07.4 fb=07.4
D | 301001 | Long-term care for dependent older persons (LTC), Non Sung // การดูแลระยะยาวด้านสาธารณสุขสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง | 3010 | สนับสนุนกองทุนการดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (LTC) เทศบาลตำบลโนนสูง | same LTC fund; tambon vs district code, health vs social function | fa=07.4 fb=10.2
N | 5101 | คัดกรองภาวะซึมเศร้าและป้องกันการฆ่าตัวตายในผู้สูงอายุ อำเภอเมืองลำพูน | 5101 | Depression screening and suicide prevention for secondary school students, Mueang Lamphun | same kind of service, different group (older persons vs students) | fa=07.4 fb=07.4
D | 500111 | เบี้ยยังชีพผู้สูงอายุ ต.หนองหอย | 500111 | สนับสนุนเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568 ตำบลหนองหอย อำเภอเมืองเชียงใหม่ | same old-age allowance, short vs formal title | fa=10.2 fb=10.2
N | 500111 | เบี้ยยังชีพผู้สูงอายุ ตำบลหนองหอย อำเภอเมืองเชียงใหม่ | 500111 | เบี้ยยังชีพความพิการ ตำบลหนองหอย อำเภอเมืองเชียงใหม่ | elderly vs disability allowance: different group | fa=10.2 fb=10.1
D | 343202 | โรงเรียนผู้สูงอายุ ตําบลท่าช้าง อำเภอสว่างวีระวงศ์ | 343202 | Elderly school, Tha Chang subdistrict, Sawang Wirawong // โรงเรียนผู้สูงอายุตำบลท่าช้าง | same elderly school; ำ split vs bilingual | fa=10.2 fb=09.5
N | 310701 | ซ่อมแซมบ้านผู้ยากไร้และผู้ด้อยโอกาส ตำบลประโคนชัย | 310701 | ปรับสภาพแวดล้อมที่อยู่อาศัยให้เหมาะสมกับคนพิการ ตำบลประโคนชัย | home repair for the poor vs home adaptation for disabled people | fa=10.7 fb=10.1
N | 94 | เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด จังหวัดปัตตานี | 95 | Child support grant for newborns, Yala Province | same grant, another province | fa=10.4 fb=10.4
D | 35 | Poverty reduction for TPMAP target households, Yasothon Province | 35 | โครงการแก้ไขปัญหาความยากจนครัวเรือนเป้าหมายตามระบบ TPMAP จังหวัดยโสธร | same poverty programme; description on one side | fa=10.7 fb=10.7 db=ครัวเรือนเป้าหมาย_1,250_ครัวเรือน_ใน_9_อำเภอ
N | 7303 | พัฒนาศักยภาพสตรีด้านอาชีพ อำเภอนครชัยศรี | 7303 | ป้องกันและแก้ไขปัญหาความรุนแรงต่อเด็กและสตรีในครอบครัว อำเภอนครชัยศรี | women's occupational skills vs domestic-violence prevention | fa=10.9 fb=10.4
D | 30 | จัดงานแสดงและจำหน่ายสินค้า OTOP จังหวัดนครราชสีมา ประจำปี 2568 | 30 | โครงการจัดงานมหกรรมสินค้าหนึ่งตำบลหนึ่งผลิตภัณฑ์ จ.นครราชสีมา ปีงบประมาณ พ.ศ. ๒๕๖๘ | same provincial OTOP fair; OTOP spelled out in Thai, Thai digits | fa=04.1 fb=04.1
N | 22 | OTOP packaging and product design development, Chanthaburi | 23 | OTOP packaging and product design development, Trat | same programme, neighbouring province, EN-EN | fa=04.1 fb=04.1
D | 2203 | Capacity building for fruit-processing community enterprises, Tha Mai District | 2203 | พัฒนาศักยภาพวิสาหกิจชุมชนแปรรูปผลไม้ อำเภอท่าใหม่ จังหวัดจันทบุรี | same training, EN/TH | fa=04.1 fb=04.2
N | 321001 | ส่งเสริมการทอผ้าไหมลายโบราณ บ้านสังขะ หมู่ที่ 1 ตำบลสังขะ | 321001 | ส่งเสริมการทอผ้าไหมลายโบราณ บ้านโนนสวรรค์ หมู่ที่ 9 ตำบลสังขะ | same weaving support, another village (moo) | fa=04.1 fb=04.1
D | 320301 | ส่งเสริมกลุ่มทอผ้าไหม บ้านโพนงาม หมู่ที่ 4 ตำบลท่าตูม | 320301 | Silk weaving group support, Ban Phon Ngam, Moo 4, Tha Tum // ส่งเสริมกลุ่มทอผ้าไหม บ.โพนงาม ม.4 | same village group; หมู่ที่ vs ม., bilingual | fa=04.1 fb=04.1
D | 8604 | Large agricultural plot (Plaeng Yai) for durian, Lang Suan District | 8604 | ส่งเสริมระบบการเกษตรแบบแปลงใหญ่ ทุเรียน อำเภอหลังสวน จังหวัดชุมพร | same large-plot durian scheme, EN/TH | fa=04.2 fb=04.2
N | 8604 | ส่งเสริมเกษตรแปลงใหญ่ทุเรียน อำเภอหลังสวน | 8604 | ส่งเสริมเกษตรแปลงใหญ่มังคุด อำเภอหลังสวน | durian vs mangosteen plots: different farmer groups | fa=04.2 fb=04.2
D | 3015 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย (FMD) ในโค-กระบือ อ.พิมาย | 3015 | โครงการรณรงค์ฉีดวัคซีนโรคปากและเท่าเปื่อย โคกระบือ อำเภอพิมาย | same FMD round; swapped tone mark on one side | fa=04.2 fb=04.2
N | 3015 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค กระบือ อำเภอพิมาย | 3015 | ฉีดวัคซีนป้องกันโรคลัมปี สกิน ในโค กระบือ อำเภอพิมาย | FMD vs lumpy skin disease: different vaccination | fa=04.2 fb=04.2
D | 18 | Low-emission rice: laser land levelling and alternate wetting and drying, Chai Nat (Thai-German cooperation) | 18 | ส่งเสริมการปรับพื้นที่นาด้วยเลเซอร์และการทำนาเปียกสลับแห้ง ลดก๊าซเรือนกระจก จังหวัดชัยนาท | same donor-supported rice programme, EN/TH | fa=04.2 fb=04.2
N | 18 | Low-emission rice: laser land levelling and alternate wetting and drying, Chai Nat | 72 | Low-emission rice: laser land levelling and alternate wetting and drying, Suphan Buri | same programme, another province, EN-EN | fa=04.2 fb=04.2
D | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 34 | Ubon Ratchathani Candle Festival 2025 | same festival, TH/EN | fa=08.2 fb=08.2
N | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 34 | งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2569 | next year's festival | fa=08.2 fb=08.2 yb=2569
D | 35 | สืบสานประเพณีบุญบั้งไฟ จังหวัดยโสธร | 3501 | งานประเพณีบุญบั้งไฟ เทศบาลเมืองยโสธร ประจำปี 2568 // Yasothon Rocket Festival 2025 | province and town municipality both file the same rocket festival | fa=08.2 fb=08.2
N | 3501 | Yasothon Rocket Festival 2025 // งานประเพณีบุญบั้งไฟ เทศบาลเมืองยโสธร | 4506 | งานประเพณีบุญบั้งไฟ อำเภอพนมไพร จังหวัดร้อยเอ็ด | same kind of festival elsewhere | fa=08.2 fb=08.2
D | 84 | Chak Phra and Tak Bat Thewo festival, Surat Thani 2024 | 84 | งานประเพณีชักพระ-ทอดผ้าป่า และแข่งเรือยาว จังหวัดสุราษฎร์ธานี ประจำปี 2567 | same festival (Oct 2024, FY2568); TH lists more events, year given as the event's BE year | fa=08.2 fb=08.2
N | 80 | งานประเพณีบุญสารทเดือนสิบ จังหวัดนครศรีธรรมราช | 80 | งานประเพณีแห่ผ้าขึ้นธาตุ จังหวัดนครศรีธรรมราช | different festival in the same city | fa=08.2 fb=08.4
D | 83 | Phuket Vegetarian Festival 2024 | 8301 | Vegetarian Festival, Mueang Phuket, FY2025 | same festival (Oct 2024 falls in FY2025); province vs district code, EN-EN | fa=08.2 fb=08.2
D | 94 | Mawlid celebration, Pattani Province // จัดงานเมาลิดกลางจังหวัดปัตตานี | 94 | โครงการจัดงานเมาลิดกลาง จ.ปัตตานี ประจำปี ฮ.ศ. 1447 | same Mawlid; bilingual vs TH with Hijri year | fa=08.4 fb=08.4
N | 94 | จัดงานเมาลิดกลางจังหวัดปัตตานี | 94 | ส่งเสริมกิจกรรมทางศาสนาในเดือนรอมฎอน จังหวัดปัตตานี | different religious event | fa=08.4 fb=08.4
N | 6003 | แข่งขันกีฬาฟุตบอลเยาวชนต้านยาเสพติด อำเภอชุมแสง | 6003 | แข่งขันกีฬาวอลเลย์บอลเยาวชนต้านยาเสพติด อำเภอชุมแสง | different tournament (football vs volleyball) | fa=08.1 fb=08.1
D | 4205 | Phi Ta Khon Festival, Dan Sai // งานบุญหลวงและการละเล่นผีตาโขน | 420501 | งานประเพณีบุญหลวงและการละเล่นผีตาโขน อำเภอด่านซ้าย จังหวัดเลย | same festival; district vs tambon code | fa=08.2 fb=08.2
D | 48 | โครงการ TO BE NUMBER ONE จังหวัดนครพนม | 48 | ส่งเสริมกิจกรรมทูบีนัมเบอร์วัน จ.นครพนม ประจำปีงบประมาณ 2568 | same programme; English name vs Thai transliteration | fa=07.4 fb=03.6
N | 5709 | ค่ายปรับเปลี่ยนพฤติกรรมผู้เสพยาเสพติด อำเภอแม่สาย | 5703 | ค่ายปรับเปลี่ยนพฤติกรรมผู้เสพยาเสพติด อำเภอเชียงของ | same camp, another district | fa=03.6 fb=03.6
D | 961001 | Community-based drug treatment (CBTx), Su-Ngai Ko-Lok // บำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง | 961001 | บำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) ตำบลสุไหงโก-ลก | same CBTx, bilingual vs TH | fa=07.4 fb=03.6
N | 270601 | ตั้งจุดตรวจสกัดกั้นยาเสพติดตามแนวชายแดน อำเภออรัญประเทศ | 270601 | บำบัดรักษาผู้ติดยาเสพติดแบบผู้ป่วยนอก โรงพยาบาลอรัญประเทศ | interdiction vs treatment: different service, same place | fa=03.1 fb=07.2
D | 810305 | จัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน (LTAX GIS) อบต.ศาลาด่าน | 810305 | Tax map and property register update for land and building tax, Sala Dan, Ko Lanta | same tax-map work, TH abbreviation vs EN | fa=01.1 fb=01.1
N | 810305 | จัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน ตำบลศาลาด่าน | 810305 | พัฒนาระบบรับชำระภาษีออนไลน์ (e-Payment) อบต.ศาลาด่าน | tax map vs online tax payment: different system | fa=01.1 fb=01.1
D | 83 | Phuket Smart City: City Data Platform | 83 | Development of the Phuket City Data Platform (Smart City), phase 1 | same platform; phase given on one side only, EN-EN | fa=01.3 fb=01.3
N | 83 | Phuket City Data Platform, phase 1 | 83 | Phuket City Data Platform, phase 2 | next phase | fa=01.3 fb=01.3
D | 41 | Localising the SDGs in Udon Thani (UNDP) | 41 | ขับเคลื่อนเป้าหมายการพัฒนาที่ยั่งยืน (SDGs) สู่ระดับพื้นที่ จังหวัดอุดรธานี ร่วมกับ UNDP | same SDG localisation; multi-year programme vs one year | fa=01.1 fb=01.1 ya=2568-2570
D | 57 | Community-based integrated care for older persons (JICA technical cooperation), Chiang Rai | 57 | พัฒนาระบบบริการสุขภาพและสังคมแบบไร้รอยต่อสำหรับผู้สูงอายุ (ความร่วมมือกับ JICA) จังหวัดเชียงราย | same JICA elderly-care model, EN/TH phrased differently | fa=10.2 fb=07.4
N | 57 | Community-based integrated care for older persons (JICA), Chiang Rai | 84 | Community-based integrated care for older persons (JICA), Surat Thani | same model, another pilot province, EN-EN | fa=10.2 fb=10.2
D | 49 | งานแสดงสินค้าชายแดนไทย-ลาว-เวียดนาม จังหวัดมุกดาหาร | 4901 | Thai-Lao-Vietnamese border trade fair, Mukdahan 2025 | same trade fair; province vs district code | fa=04.1 fb=04.1
D | 91 | Malay language for public service staff, Satun (ASEAN readiness) | 91 | อบรมภาษามลายูเพื่อการสื่อสารสำหรับเจ้าหน้าที่ของรัฐ จังหวัดสตูล (เตรียมความพร้อมสู่ประชาคมอาเซียน) | same language course, EN/TH | fa=01.3 fb=09.5
N | 48 | อบรมภาษาเวียดนามเพื่อการสื่อสารสำหรับเจ้าหน้าที่ของรัฐ จังหวัดนครพนม | 48 | อบรมภาษาลาวเพื่อการสื่อสารสำหรับเจ้าหน้าที่ของรัฐ จังหวัดนครพนม | different language course | fa=01.3 fb=01.3
N | 71 | อบรมส่งเสริมคุณธรรมจริยธรรมและป้องกันการทุจริต บุคลากรสำนักงานสาธารณสุขจังหวัดกาญจนบุรี | 71 | อบรมส่งเสริมคุณธรรมจริยธรรมและป้องกันการทุจริต บุคลากรสำนักงานเกษตรจังหวัดกาญจนบุรี | each provincial office trains its own staff | fa=01.3 fb=01.3
`,
};
