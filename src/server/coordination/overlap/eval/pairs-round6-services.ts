/**
 * Round 6, held out: services, programmes and projects of provinces, districts, local
 * governments, ministries' provincial offices and international partners (health, welfare,
 * education, environment, disaster, agriculture, community economy, culture and events,
 * security, digital government, donor programmes). Written and labelled after the last tuning
 * round, without running the engine; see load.ts for the format.
 */
import type { Block } from './load.js';

export const ROUND6_SERVICES_PAIRS: Block = {
  category: 'round6-services',
  functionCode: '10',
  heldOut: true,
  lines: `
# Environment: haze and forest fires, waste, coast
D | 50 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน จังหวัดเชียงใหม่ ประจำปีงบประมาณ พ.ศ. 2568 | 50 | Chiang Mai Forest Fire and Haze Prevention and Mitigation Project, FY2025 | same provincial haze campaign, TH/EN (FY2025 = BE 2568) | fa=05.3 fb=05.3
N | 5003 | จัดตั้งจุดเฝ้าระวังไฟป่าและทําแนวกันไฟ อำเภอแม่แจ่ม | 5002 | จัดตั้งจุดเฝ้าระวังไฟป่าและทำแนวกันไฟ อำเภอจอมทอง | same fire-watch points and firebreaks in the neighbouring district (ำ split on one side) | fa=05.3 fb=05.3
D | 570708 | โครงการรณรงค์งดการเผาในที่โล่ง ลดฝุ่นละออง PM2.5 ตำบลป่าตึง | 5707 | รณรงค์ลดการเผาในพื้นที่เกษตร แก้ไขปัญหาหมอกควันและ PM 2.5 ต.ป่าตึง อ.แม่จัน | same no-burning campaign in Pa Tueng by the tambon and the district agriculture office; tambon vs district code | fa=05.3 fb=04.2
N | 52 | Lampang Haze Crisis Response: Zero Burning Campaign 2025 | 57 | Chiang Rai Haze Crisis Response: Zero Burning Campaign 2025 | same campaign name in another province, EN-EN | fa=05.3 fb=05.3
D | 5801 | ห้องปลอดฝุ่น (Clean Room) ในศูนย์พัฒนาเด็กเล็กและโรงเรียน อำเภอเมืองแม่ฮ่องสอน | 580101 | Dust-free safe rooms for young children in the haze season, Chong Kham, Mueang Mae Hong Son | same clean-room programme; district vs the town's tambon, TH/EN | fa=07.4 fb=07.4
N | 5801 | ห้องปลอดฝุ่น (Clean Room) ในศูนย์พัฒนาเด็กเล็กและโรงเรียน อำเภอเมืองแม่ฮ่องสอน | 5801 | แจกหน้ากากอนามัย N95 ให้กลุ่มเปราะบางช่วงวิกฤตหมอกควัน อำเภอเมืองแม่ฮ่องสอน | another haze-health measure for another group, same district | fa=07.4 fb=07.4
D | 930501 | ZERO WASTE community: household waste sorting and composting, Khuan Kha Nun | 930501 | โครงการชุมชนปลอดขยะ (Zero Waste) คัดแยกขยะครัวเรือนและทำปุ๋ยหมัก ต.ควนขนุน | same zero-waste project, EN/TH | fa=05.1 fb=05.1
N | 930501 | โครงการชุมชนปลอดขยะ (Zero Waste) คัดแยกขยะครัวเรือน ต.ควนขนุน | 930501 | จัดตั้งจุดรวบรวมขยะอันตรายจากชุมชน ตำบลควนขนุน | hazardous-waste collection point: a different service at the same place | fa=05.1 fb=05.1
D | 2004 | Reducing marine plastic litter at source: waste separation in Bang Lamung (Rethinking Plastics, EU/GIZ) | 2004 | โครงการลดขยะพลาสติกทะเลจากต้นทาง ส่งเสริมการคัดแยกขยะ อำเภอบางละมุง (ความร่วมมือ GIZ) | same donor-funded marine-litter project, EN/TH | fa=05.1 fb=05.1
N | 8012 | ติดตามและเฝ้าระวังการกัดเซาะชายฝั่ง (สำรวจแนวชายฝั่งด้วยอากาศยานไร้คนขับ) อำเภอปากพนัง | 8012 | ปลูกป่าชายเลนฟื้นฟูพื้นที่ชายฝั่ง อำเภอปากพนัง | shoreline monitoring by drone vs mangrove planting on the same coast | fa=05.4 fb=05.4
# Disaster prevention and relief, road safety
D | 8205 | Tsunami evacuation drill, Takua Pa District // ซ้อมแผนอพยพหนีภัยสึนามิ อำเภอตะกั่วป่า | 820507 | การฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีเกิดคลื่นสึนามิ ตำบลคึกคัก (เขาหลัก) อำเภอตะกั่วป่า | district drill and the Khuek Khak (Khao Lak) drill, same district and year: a coordinator should check they are one drill | fa=03.6 fb=03.6
D | 96 | ช่วยเหลือผู้ประสบอุทกภัย จังหวัดนราธิวาส (จัดซื้อถุงยังชีพ) ธันวาคม 2567 | 9602 | Emergency relief packs for flood victims, Tak Bai, Narathiwat, December 2024 | same flood relief: province-wide vs the district it reached, TH/EN | fa=10.9 fb=10.9
N | 96 | ช่วยเหลือผู้ประสบอุทกภัย จังหวัดนราธิวาส (ถุงยังชีพ) | 96 | ช่วยเหลือผู้ประสบภัยแล้ง แจกจ่ายน้ำอุปโภคบริโภค จังหวัดนราธิวาส | drought water supply vs flood relief | fa=10.9 fb=10.9
D | 2104 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) อำเภอวังจันทร์ | 210401 | Civil defence volunteer (OPPR) training course, Wang Chan | same OPPR course; district vs tambon, TH/EN | fa=03.6 fb=03.6
N | 7103 | ป้องกันการจมน้ำในเด็ก สอนว่ายน้ำเพื่อเอาชีวิตรอด อำเภอบ่อพลอย | 7103 | สำรวจแหล่งน้ำเสี่ยงและติดตั้งป้ายเตือนพร้อมอุปกรณ์ช่วยชีวิต อำเภอบ่อพลอย | same aim, different activity (signs and rescue gear at ponds vs lessons) | fa=07.4 fb=03.6
N | 47 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568 จังหวัดสกลนคร | 47 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2568 จังหวัดสกลนคร | another festival period in the same fiscal year | fa=03.6 fb=03.6
D | 47 | Road accident prevention during the New Year 2025 holidays, Sakon Nakhon | 4701 | ตั้งจุดตรวจ จุดบริการประชาชน ช่วงเทศกาลปีใหม่ ๒๕๖๘ อําเภอเมืองสกลนคร | provincial operation vs the Mueang district checkpoints in it; EN vs Thai digits and split ำ | fa=03.6 fb=03.6
# Public health and disease control
D | 400116 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลหนองตูม | 400116 | โครงการปอ้งกันและควบคุมโรคไขเลือดออก ต.หนองตูม (พ่นหมอกควันกำจัดยุงลาย) | same dengue control; swapped and dropped tone marks, extra detail | fa=07.4 fb=07.4
N | 400116 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลหนองตูม | 400115 | โครงการป้องกันและควบคุมโรคไข้เลือดออก ตำบลบ้านเป็ด | same project in another tambon of the same district | fa=07.4 fb=07.4
N | 300101 | จัดซื้อทรายอะเบท (ทรายกำจัดลูกน้ำยุงลาย) เทศบาลนครนครราชสีมา | 300102 | จัดซื้อทรายอะเบท (ทรายกำจัดลูกน้ำยุงลาย) อบต.โพธิ์กลาง | each local government buys larvicide for its own area | fa=07.4 fb=07.4
D | 720102 | คัดกรองความเสี่ยงโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป ตำบลรั้วใหญ่ | 720102 | Diabetes and hypertension screening for residents aged 35+, Rua Yai, Suphan Buri | same NCD screening, TH/EN, description on one side | fa=07.4 fb=07.4 db=กลุ่มเป้าหมาย_1,200_คน_เจาะน้ำตาลปลายนิ้วและวัดความดันโลหิต
N | 720102 | คัดกรองเบาหวานและความดันโลหิตสูง ตำบลรั้วใหญ่ | 720102 | คัดกรองมะเร็งปากมดลูกและมะเร็งเต้านมในสตรีอายุ 30-60 ปี ตำบลรั้วใหญ่ | different screening for a different group | fa=07.4 fb=07.4
D | 630601 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า เทศบาลนครแม่สอด | 630601 | ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและทำหมันสุนัขและแมว ตำบลแม่สอด | same rabies programme named by its slogan vs by its activities (sterilisation extra) | fa=07.4 fb=04.2
N | 6306 | Rabies vaccination for dogs and cats, Mae Sot District | 6306 | Lumpy skin disease vaccination for cattle, Mae Sot District | different disease and animals, EN-EN | fa=04.2 fb=04.2
D | 49 | ความร่วมมือเฝ้าระวังป้องกันควบคุมโรคติดต่อชายแดนไทย-ลาว (มุกดาหาร-สะหวันนะเขต) | 49 | Thai–Lao cross-border communicable disease surveillance (Mukdahan–Savannakhet) | same cross-border cooperation, TH/EN | fa=07.4 fb=07.4
N | 49 | Thai–Lao cross-border communicable disease surveillance (Mukdahan–Savannakhet) | 49 | Mukdahan–Savannakhet Border Trade Fair 2025 | same partnership and place, different topic, EN-EN | fa=07.4 fb=04.1
# Social welfare: elderly, disabled, children, women, the poor
D | 40 | โครงการพัฒนาระบบการดูแลระยะยาวสำหรับผู้สูงอายุในชุมชน (ความร่วมมือกับ JICA) จังหวัดขอนแก่น | 40 | Community-based long-term care for older persons (JICA technical cooperation), Khon Kaen | same JICA programme, TH/EN; two-year plan vs this year's line | fa=10.2 fb=10.2 ya=2568-2569
N | 40 | Community-based long-term care for older persons, JICA technical cooperation, Khon Kaen, Phase 1 | 40 | Community-based long-term care for older persons, JICA technical cooperation, Khon Kaen, Phase 2 | next phase in the following years, EN-EN | fa=10.2 fb=10.2 yb=2569-2570
D | 340113 | โครงการโรงเรียนผู้สูงอายุ ตำบลกระโสบ ประจำปี 2568 | 340113 | Elderly School, Krasop Subdistrict // โรงเรียนผู้สูงอายุตำบลกระโสบ | same elderly school, bilingual | fa=10.2 fb=10.2
N | 340113 | โครงการโรงเรียนผู้สูงอายุ ตำบลกระโสบ | 340113 | คัดกรองภาวะสมองเสื่อมและภาวะซึมเศร้าในผู้สูงอายุ ตำบลกระโสบ | same group and place, different service | fa=10.2 fb=07.4
N | 350103 | เบี้ยยังชีพความพิการ องค์การบริหารส่วนตำบลตาดทอง | 350103 | เบี้ยยังชีพความพิการ องค์การบริหารส่วนตำบลตาดทอง | same allowance, next fiscal year | fa=10.1 fb=10.1 yb=2569
D | 350103 | เบี้ยยังชีพผู้สูงอายุ อบต.ตาดทอง | 3501 | Old-age allowance, Tat Thong Subdistrict, Mueang Yasothon | same allowance; abbreviation, EN with the district code | fa=10.2 fb=10.2
N | 470107 | ปรับสภาพบ้านคนพิการ ตำบลท่าแร่ | 470107 | ซ่อมแซมบ้านผู้มีรายได้น้อยและผู้ยากไร้ ตำบลท่าแร่ | another programme for another group (the poor) | fa=10.1 fb=10.6
D | 550101 | Women's vocational training: Nam Lai pattern weaving, Nai Wiang, Nan // ฝึกอาชีพสตรีทอผ้าลายน้ำไหล | 550101 | ฝึกอบรมพัฒนาอาชีพกลุ่มสตรี ทอผ้าลายน้ำไหล ตำบลในเวียง | same training, bilingual | fa=04.1 fb=04.1
N | 550101 | ฝึกอบรมพัฒนาอาชีพกลุ่มสตรี ทอผ้าลายน้ำไหล ตำบลในเวียง | 550101 | ฝึกอบรมพัฒนาอาชีพเยาวชนนอกระบบการศึกษา ทอผ้าลายน้ำไหล ตำบลในเวียง | same craft for another group | fa=04.1 fb=04.1
D | 1018 | National Children's Day 2025, Khlong San District | 101802 | จัดงานวันเด็กแห่งชาติ ประจําปี ๒๕๖๘ แขวงคลองสาน | same event; khet vs khwaeng, EN vs Thai digits | fa=10.4 fb=10.4
N | 1018 | จัดงานวันเด็กแห่งชาติ ประจำปี 2568 สำนักงานเขตคลองสาน | 1018 | จัดงานวันเด็กแห่งชาติ ประจำปี 2569 สำนักงานเขตคลองสาน | next year's event | fa=10.4 fb=10.4 yb=2569
N | 130604 | ส่งเสริมและพัฒนาศักยภาพสภาเด็กและเยาวชน ตำบลลำลูกกา | 1306 | Strengthening the district children and youth council, Lam Luk Ka // พัฒนาศักยภาพสภาเด็กและเยาวชนอำเภอลำลูกกา | the district council and the tambon's own council are different bodies | fa=10.4 fb=10.4
# Education and early childhood
D | 410105 | โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก อบต.บ้านตาด | 410105 | สนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวัน) ศพด.บ้านตาด | same lunch for the same centre: plan title vs budget line | fa=09.1 fb=09.1
N | 411701 | ค่าอาหารเสริม (นม) ศูนย์พัฒนาเด็กเล็ก อบต.บ้านผือ | 411701 | ค่าอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตตำบลบ้านผือ | same milk line for different beneficiaries (ECD centre vs OBEC schools) | fa=09.1 fb=09.1
D | 4117 | อาหารเสริม(นม) โรงเรียนในเขตตําบลบ้านผือ ปีงบประมาณ ๒๕๖๘ | 411701 | ค่าอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตตำบลบ้านผือ | same milk for the same schools; district code, Thai digits, split ำ | fa=09.1 fb=09.1
D | 9601 | Patani Malay–Thai mother tongue-based multilingual education (MTB-MLE), early grades, Mueang Narathiwat | 9601 | การจัดการศึกษาแบบทวิ/พหุภาษา (ภาษามลายูถิ่น-ภาษาไทย) ระดับปฐมวัยและประถมต้น อำเภอเมืองนราธิวาส | same bilingual-education programme, EN/TH | fa=09.1 fb=09.1
N | 4301 | ค่ายภาษาอังกฤษ (English Camp) สำหรับนักเรียนชั้นประถมศึกษา อำเภอเมืองหนองคาย | 4301 | ค่ายภาษาจีนและภาษาลาวเพื่อการสื่อสาร สำหรับนักเรียนมัธยมศึกษา อำเภอเมืองหนองคาย | other languages, other pupils | fa=09.1 fb=09.2
# Agriculture, livestock, community economy, OTOP
D | 5801 | รณรงค์ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค-กระบือ อำเภอเมืองแม่ฮ่องสอน ครั้งที่ 1/2568 | 5801 | Foot-and-mouth disease vaccination of cattle and buffalo, Mueang Mae Hong Son, round 1 | same campaign round, TH/EN | fa=04.2 fb=04.2
N | 5801 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย โค-กระบือ อ.เมืองแม่ฮ่องสอน ครั้งที่ 1/2568 | 5801 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย โค-กระบือ อ.เมืองแม่ฮ่องสอน ครั้งที่ 2/2568 | the next round, six months later | fa=04.2 fb=04.2
N | 2203 | แปลงใหญ่ทุเรียน อำเภอท่าใหม่ | 2203 | แปลงใหญ่มังคุด อำเภอท่าใหม่ | another crop's large plot | fa=04.2 fb=04.2
D | 18 | Thai Rice NAMA (GIZ): low-emission rice farming, Chai Nat Province | 18 | โครงการส่งเสริมการปลูกข้าวแบบลดการปล่อยก๊าซเรือนกระจก (Thai Rice NAMA) จังหวัดชัยนาท | same donor programme, EN/TH | fa=04.2 fb=04.2
N | 18 | โครงการส่งเสริมการปลูกข้าวลดก๊าซเรือนกระจก (Thai Rice NAMA) จังหวัดชัยนาท | 18 | ส่งเสริมการผลิตเมล็ดพันธุ์ข้าวคุณภาพ ศูนย์ข้าวชุมชน จังหวัดชัยนาท | rice-seed production: another rice programme | fa=04.2 fb=04.2
D | 410415 | ปล่อยพันธุ์ปลาน้ำจืดเพิ่มผลผลิตสัตว์น้ำ หนองหานกุมภวาปี | 4104 | Fish fry release, Nong Han Kumphawapi wetland, Kumphawapi District | same release; tambon vs district, TH/EN | fa=04.2 fb=04.2
D | 571006 | ส่งเสริมวิสาหกิจชุมชนกาแฟอาราบิก้า บ้านดอยช้าง หมู่ที่ 13 ตำบลวาวี | 571006 | พัฒนาคุณภาพกาแฟและบรรจุภัณฑ์ กลุ่มวิสาหกิจชุมชนกาแฟดอยช้าง ม.13 ต.วาวี | same coffee enterprise; moo abbreviated | fa=04.1 fb=04.1
N | 571006 | ส่งเสริมวิสาหกิจชุมชนกาแฟ บ้านดอยช้าง หมู่ที่ 13 ตำบลวาวี | 571006 | ส่งเสริมวิสาหกิจชุมชนกาแฟ บ้านห้วยน้ำขุ่น หมู่ที่ 9 ตำบลวาวี | another village's coffee group, same tambon | fa=04.1 fb=04.1
D | 4301 | งานแสดงสินค้าชายแดนไทย-ลาว จังหวัดหนองคาย ครั้งที่ 12 | 43 | Nong Khai Thai–Lao Border Trade Fair 2025 // งานแสดงสินค้าชายแดนไทย-ลาว หนองคาย | same fair; Mueang district vs province, bilingual | fa=04.1 fb=04.1
D | 320902 | ส่งเสริมการเกษตรตามหลักปรัชญาของเศรษฐกิจพอเพียง โคก หนอง นา โมเดล ตำบลตรึม | 3209 | Khok Nong Na model farms (sufficiency economy), Truem, Sikhoraphum | same model-farm programme; tambon vs district code, TH/EN | fa=04.2 fb=04.2
# Culture, religion, sport, tourism events
D | 34 | งานแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี 2568 | 3401 | Ubon Ratchathani Candle Festival 2025 // ประเพณีแห่เทียนพรรษาอุบลราชธานี | same festival; province vs Mueang district, bilingual | fa=08.2 fb=08.2
D | 420501 | Phi Ta Khon Festival, Dan Sai | 4205 | ประเพณีบุญหลวงและการละเล่นผีตาโขน อำเภอด่านซ้าย จังหวัดเลย | same festival: short EN vs full Thai name | fa=08.2 fb=08.2
N | 4205 | ประเพณีบุญหลวงและการละเล่นผีตาโขน อำเภอด่านซ้าย | 4205 | งานประเพณีลอยกระทง อำเภอด่านซ้าย | another festival in the same district | fa=08.2 fb=08.2
D | 48 | Lai Ruea Fai (Illuminated Boat Procession) Festival, Nakhon Phanom 2024 | 4801 | งานประเพณีไหลเรือไฟ จังหวัดนครพนม ประจำปี ๒๕๖๗ | same October festival (FY2568); EN vs Thai digits | fa=08.2 fb=08.2
N | 3101 | การแข่งขันฟุตบอลเยาวชนต้านยาเสพติด อำเภอเมืองบุรีรัมย์ | 3101 | การแข่งขันวอลเลย์บอลเยาวชนต้านยาเสพติด อำเภอเมืองบุรีรัมย์ | another sport | fa=08.1 fb=08.1
N | 930502 | ส่งเสริมการท่องเที่ยวโดยชุมชนทะเลน้อย | 930502 | สำรวจและติดตามประชากรนกน้ำ เขตห้ามล่าสัตว์ป่าทะเลน้อย | waterbird census (conservation) vs tourism | fa=04.7 fb=05.4
N | 6001 | อุปสมบทหมู่เฉลิมพระเกียรติ อำเภอเมืองนครสวรรค์ | 6001 | บรรพชาสามเณรภาคฤดูร้อน อำเภอเมืองนครสวรรค์ | monks' ordination vs summer novices | fa=08.4 fb=08.4
D | 6001 | Mass ordination in honour of His Majesty the King, Mueang Nakhon Sawan | 600101 | อุปสมบทหมู่เฉลิมพระเกียรติ ๗๒ รูป ตำบลปากน้ำโพ | same ordination held in the town; EN vs Thai digits, district vs tambon | fa=08.4 fb=08.4
D | 940101 | โครงการส่งเสริมกิจกรรมเดือนรอมฎอน (ละศีลอดสัมพันธ์) เทศบาลเมืองปัตตานี | 9401 | Ramadan iftar gathering, Mueang Pattani | same event; tambon vs district, TH/EN | fa=08.4 fb=08.4
N | 9403 | งานเมาลิดสัมพันธ์ อำเภอหนองจิก | 9403 | กิจกรรมละศีลอดสัมพันธ์ เดือนรอมฎอน อำเภอหนองจิก | another religious event, same district | fa=08.4 fb=08.4
# Security and drugs
D | 9401 | To Be Number One youth anti-drug programme, Mueang Pattani | 9401 | โครงการ TO BE NUMBER ONE อำเภอเมืองปัตตานี ประจำปีงบประมาณ 2568 | same, EN vs Thai with the English name | fa=03.6 fb=03.6
N | 9401 | ค่ายปรับเปลี่ยนพฤติกรรมผู้เสพยาเสพติด อำเภอเมืองปัตตานี | 9401 | โครงการ TO BE NUMBER ONE อำเภอเมืองปัตตานี | rehabilitation camp for users vs prevention for youth | fa=07.4 fb=03.6
N | 270604 | ฝึกอบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) ตำบลคลองน้ำใส | 270613 | ฝึกอบรมชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) ตำบลบ้านด่าน | same training in another tambon | fa=03.6 fb=03.6
D | 94 | UNDP-supported peacebuilding and social cohesion dialogue, Pattani Province | 94 | โครงการเสริมสร้างสันติสุขและการอยู่ร่วมกันในสังคมพหุวัฒนธรรม (ความร่วมมือกับ UNDP) จังหวัดปัตตานี | same donor programme, EN/TH | fa=03.6 fb=03.6
N | 94 | UNDP peacebuilding and social cohesion dialogue, Pattani | 94 | UNDP livelihood support for women-led community enterprises, Pattani | same donor and province, another programme, EN-EN | fa=03.6 fb=04.1
# Digital government and data
D | 4001 | Khon Kaen Smart City Open Data Platform // แพลตฟอร์มข้อมูลเปิดเมืองอัจฉริยะขอนแก่น | 40 | โครงการพัฒนาศูนย์ข้อมูลเมือง (City Data Platform) จังหวัดขอนแก่น | same city data platform; Mueang district vs province | fa=01.3 fb=01.3
N | 40 | โครงการพัฒนาบัญชีข้อมูลภาครัฐ (Data Catalog) จังหวัดขอนแก่น | 40 | พัฒนาระบบบริการอิเล็กทรอนิกส์ (e-Service) ยื่นคำร้องออนไลน์สำหรับประชาชน จังหวัดขอนแก่น | another digital service | fa=01.3 fb=01.3
D | 6501 | Digital skills and online scam awareness for older persons, Mueang Phitsanulok | 6501 | อบรมผู้สูงอายุรู้เท่าทันสื่อดิจิทัลและภัยมิจฉาชีพออนไลน์ อ.เมืองพิษณุโลก | same training, EN/TH | fa=10.2 fb=04.6
N | 6501 | Digital skills for older persons, Mueang Phitsanulok | 6501 | Online marketing skills for community enterprises, Mueang Phitsanulok | another group and topic, EN-EN | fa=10.2 fb=04.1
`,
};
