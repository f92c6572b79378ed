/**
 * Round 8, held out: services, programmes and projects of provinces, districts, local
 * governments, ministries' provincial offices and international partners (education and early
 * childhood, public health, social welfare, community economy and OTOP, agriculture and livestock,
 * environment, disaster relief, culture, religion, sport and tourism events, security and drugs,
 * digital government, ASEAN cooperation and donor-funded programmes).
 *
 * Written and labelled after the last tuning round, without running the engine on them; place
 * names agree with the area codes in reference/thailand (English names use the romanisation
 * there). Held out whole: every pair is in the `test` split.
 */
import type { Block } from './load.js';

export const ROUND8_SERVICES_PAIRS: Block = {
  category: 'round8-services',
  functionCode: '10.9',
  heldOut: true,
  lines: `
# Education and early childhood
D | 500304 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวัน) ศูนย์พัฒนาเด็กเล็กบ้านแม่ศึก ตำบลแม่ศึก | 5003 | อุดหนุนค่าอาหารกลางวันเด็กปฐมวัย ศพด.บ้านแม่ศึก อ.แม่แจ่ม | same lunch subsidy for the same child development centre; tambon vs district code, ศพด. abbreviation | fa=09.1 fb=09.1
N | 500304 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวัน) ศูนย์พัฒนาเด็กเล็กบ้านแม่ศึก | 500304 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าจัดการเรียนการสอนรายหัว) ศูนย์พัฒนาเด็กเล็กบ้านแม่ศึก | same centre, but the per-head teaching grant, not the lunches | fa=09.1 fb=09.1
D | 340301 | โครงการอาหารเสริม (นม) โรงเรียนในเขตตำบลโขงเจียม | 3403 | School milk programme for schools in Khong Chiam subdistrict, Khong Chiam District | same school milk, TH/EN, tambon vs district code | fa=09.1 fb=09.6
N | 7707 | โครงการอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตอำเภอหัวหิน ภาคเรียนที่ 2/2567 และ 1/2568 | 7707 | โครงการอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตอำเภอหัวหิน ภาคเรียนที่ 2/2568 และ 1/2569 | same milk programme, the next school year and fiscal year | fa=09.1 fb=09.1 yb=2569
D | 57 | Early Childhood Development Centre quality improvement, Chiang Rai Province | 57 | Improving the quality of child development centers in Chiang Rai | same provincial programme, EN/EN, British vs US spelling | fa=09.1 fb=09.1
N | 9403 | โครงการส่งเสริมการอ่านสำหรับเด็กปฐมวัย อำเภอหนองจิก | 9403 | โครงการส่งเสริมการอ่านสำหรับผู้สูงอายุ (ห้องสมุดเคลื่อนที่) อำเภอหนองจิก | reading promotion, another target group | fa=09.1 fb=08.2
D | 950201 | Bilingual (Patani Malay–Thai) early-grade teaching support, Betong subdistrict | 9502 | โครงการพัฒนาการจัดการเรียนการสอนแบบทวิภาษา (ภาษามลายูถิ่น-ภาษาไทย) ระดับปฐมวัย ตำบลเบตง อำเภอเบตง | same bilingual teaching project, EN/TH, tambon vs district code | fa=09.1 fb=09.1
N | 4001 | Non-formal education: lower-secondary equivalency classes for adults, Mueang Khon Kaen | 4001 | Digital literacy course for older adults, Mueang Khon Kaen | both adult learning, different course and group, EN/EN | fa=09.5 fb=09.5
# Public health and disease control
D | 330401 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลบึงมะลู ปีงบประมาณ ๒๕๖๘ | 3304 | ป้องกันและควบคุมโรคไข้เลือดออก ต.บึงมะลู อ.กันทรลักษ์ | same dengue project; Thai digits, word order, tambon vs district code | fa=07.4 fb=07.4
N | 330401 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลบึงมะลู | 330402 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตําบลกุดเสลา | same programme in the neighbouring tambon (ำ split on one side) | fa=07.4 fb=07.4
D | 560307 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธาน ศาสตราจารย์ ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี ตำบลเวียง | 5603 | Rabies-free animals, safe people: dog and cat vaccination, Wiang subdistrict, Chiang Kham | same rabies campaign, long royal title vs short English, tambon vs district code | fa=07.4 fb=04.2
N | 5603 | จัดซื้อวัคซีนป้องกันโรคพิษสุนัขบ้า เทศบาลตำบลเชียงคำ | 5603 | จัดซื้อวัคซีนป้องกันโรคพิษสุนัขบ้า องค์การบริหารส่วนตำบลร่มเย็น | same vaccine bought by two local governments, each for its own area | fa=07.4 fb=07.4 da=วัคซีนสำหรับสุนัขและแมวในเขตเทศบาล db=วัคซีนสำหรับสุนัขและแมวในเขต_อบต.ร่มเย็น
N | 4805 | ตรวจคัดกรองมะเร็งท่อน้ำดีด้วยอัลตร้าซาวด์ ประชาชนกลุ่มเสี่ยงอายุ 40 ปีขึ้นไป อำเภอธาตุพนม | 4805 | Cervical and breast cancer screening for women aged 30–60, That Phanom District | screening in the same district, another cancer and group | fa=07.4 fb=07.4
D | 9011 | โครงการค้นหาผู้ป่วยวัณโรคเชิงรุกในกลุ่มเสี่ยง อำเภอหาดใหญ่ | 9011 | คัดกรองวัณโรคเชิงรุก กลุ่มเสี่ยง อ.หาดใหญ่ จ.สงขลา ปี 2568 | same active TB case finding, abbreviations | fa=07.4 fb=07.4
N | 9011 | TB active case finding in high-risk groups, Hat Yai District | 9011 | Directly observed treatment (DOT) support for TB patients by village health volunteers, Hat Yai | finding cases vs supporting treatment, EN/EN | fa=07.4 fb=07.4
D | 310401 | โครงการพัฒนาศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ตำบลนางรอง | 310401 | อบรมพัฒนาศักยภาพ อสม. ต.นางรอง ประจําปี 2568 | same volunteer training, abbreviation, ำ split | fa=07.4 fb=07.4
N | 310401 | โครงการพัฒนาศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ตำบลนางรอง | 310401 | โครงการอบรมผู้ดูแลผู้สูงอายุ (Caregiver) และอาสาสมัครบริบาลท้องถิ่น ตำบลนางรอง | another group of volunteers (elderly carers) | fa=07.4 fb=10.2
D | 1003 | บริการเยี่ยมบ้านและตรวจสุขภาพผู้สูงอายุติดบ้านติดเตียง เขตหนองจอก | 1003 | Home visits and health checks for homebound and bedridden older people, Nong Chok District, Bangkok | same home-visit service, TH/EN | fa=07.2 fb=10.2
N | 1003 | Home visits and health checks for homebound and bedridden older people, Nong Chok District | 1011 | Home visits and health checks for homebound and bedridden older people, Lat Krabang District | same service in the adjacent khet, EN/EN | fa=07.2 fb=07.2
# Social welfare
D | 451001 | โครงการจัดตั้งและพัฒนาโรงเรียนผู้สูงอายุ ตำบลกลาง อำเภอเสลภูมิ | 451001 | โรงเรียนผู้สูงอายุตำบลกลาง // Elderly School, Klang subdistrict, Selaphum | same elderly school, Thai vs bilingual | fa=10.2 fb=10.2
N | 451001 | โรงเรียนผู้สูงอายุตำบลกลาง อำเภอเสลภูมิ // Elderly School, Klang, Selaphum | 451001 | ปรับปรุงที่อยู่อาศัยให้ผู้สูงอายุที่ยากไร้ ตำบลกลาง อำเภอเสลภูมิ | elderly again, but house repairs, not the school | fa=10.2 fb=10.6
D | 1206 | Home adaptation for older persons and persons with disabilities, Pak Kret // โครงการปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับผู้สูงอายุและคนพิการ อำเภอปากเกร็ด | 12 | ปรับสภาพแวดล้อมและสิ่งอำนวยความสะดวกของผู้สูงอายุให้เหมาะสมและปลอดภัย อ.ปากเกร็ด จ.นนทบุรี | same home adaptation; the provincial office files it under the province code; disabled persons only on one side | fa=10.2 fb=10.2
N | 95 | Support for orphans affected by the southern unrest, Yala Province | 96 | โครงการช่วยเหลือเด็กกำพร้าที่ได้รับผลกระทบจากสถานการณ์ความไม่สงบ จังหวัดนราธิวาส | same programme, another province, EN/TH | fa=10.4 fb=10.4
D | 6306 | โครงการป้องกันและแก้ไขปัญหาการค้ามนุษย์และแรงงานเด็กในพื้นที่ชายแดน อำเภอแม่สอด | 6306 | Counter-trafficking and child labour prevention in the Mae Sot border area (with IOM) | same anti-trafficking service, partner-funded, TH/EN | fa=03.6 fb=10.4
N | 6306 | ป้องกันและแก้ไขปัญหาการค้ามนุษย์ อำเภอแม่สอด | 6306 | Inspection of migrant workers' employment and work permits, Mae Sot | labour-permit inspection, not anti-trafficking | fa=03.6 fb=04.1
N | 270606 | ฝึกอาชีพทอผ้าให้กลุ่มสตรี ตำบลป่าไร่ อำเภออรัญประเทศ | 270606 | ฝึกอาชีพทำขนมไทยให้กลุ่มสตรี ตำบลป่าไร่ อำเภออรัญประเทศ | women's vocational training, another skill | fa=10.9 fb=10.9
D | 4001 | โครงการหน่วยบริการเคลื่อนที่ออกบัตรประจำตัวคนพิการ อำเภอเมืองขอนแก่น | 4001 | Mobile unit issuing disability ID cards, Mueang Khon Kaen | same mobile service, TH/EN | fa=10.1 fb=10.1
N | 40 | จัดซื้อรถเข็นวีลแชร์สำหรับเคลื่อนย้ายผู้ป่วย โรงพยาบาลขอนแก่น | 40 | จัดหากายอุปกรณ์ (รถเข็นวีลแชร์) มอบให้คนพิการ องค์การบริหารส่วนจังหวัดขอนแก่น | wheelchairs, but the hospital's own vs handed out to disabled people | fa=07.3 fb=10.1
# Community economy and OTOP
D | 5403 | OTOP Teen Chok weaving product upgrade, Long District, Phrae | 5403 | ยกระดับผลิตภัณฑ์ OTOP ผ้าซิ่นตีนจก อำเภอลอง จังหวัดแพร่ | same product development, EN/TH | fa=04.1 fb=04.1
N | 5403 | ยกระดับผลิตภัณฑ์ OTOP ผ้าซิ่นตีนจกเมืองลอง | 5403 | Long Teen Chok Sarong and Local Products Fair 2025 | a fair, not product development | fa=04.1 fb=08.2
D | 8404 | OTOP Nawatwithi community tourism promotion, Ko Samui // ส่งเสริมการท่องเที่ยวชุมชน OTOP นวัตวิถี อำเภอเกาะสมุย | 8404 | โครงการชุมชนท่องเที่ยว โอทอป นวัตวิถี อ.เกาะสมุย | same, OTOP in Thai script | fa=04.7 fb=04.7
N | 330405 | ส่งเสริมการทําเกษตรอินทรีย์ บ้านสังเม็ก หมู่ที่ 1 ตำบลสังเม็ก | 330405 | ส่งเสริมการทำเกษตรอินทรีย์ บ้านหนองแวง หมู่ที่ 6 ตำบลสังเม็ก | same training, another village and moo | fa=04.2 fb=04.2
D | 330405 | โครงการอบรมส่งเสริมการทำเกษตรอินทรีย์ บ้านสังเม็ก หมู่ที่ 1 ตำบลสังเม็ก | 3304 | อบรมเกษตรอินทรีย์ บ.สังเม็ก ม.1 ต.สังเม็ก อ.กันทรลักษ์ | same village training, abbreviations, district code | fa=04.2 fb=04.2
# Agriculture and livestock
D | 6502 | โครงการส่งเสริมการปลูกพืชหลังนาโดยใช้น้ำน้อย (ถั่วเขียว) อำเภอนครไทย | 6502 | ส่งเสริมปลูกถั่วเขียวหลังนา (พืชใช้น้ำน้อย) อ.นครไทย จ.พิษณุโลก | same post-rice crop promotion, reordered | fa=04.2 fb=04.2
N | 6502 | ส่งเสริมการปลูกพืชหลังนา (ถั่วเขียว) อำเภอนครไทย ปี ๒๕๖๘ | 6502 | ส่งเสริมการปลูกพืชหลังนา (ข้าวโพดเลี้ยงสัตว์) อำเภอนครไทย | another crop and farmer group | fa=04.2 fb=04.2
D | 5202 | Foot-and-mouth disease vaccination for cattle and buffalo, Mae Mo subdistrict // ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค-กระบือ ตำบลแม่เมาะ อำเภอแม่เมาะ | 520204 | โครงการป้องกันโรคปากเท้าเปื่อย โค กระบือ ต.แม่เมาะ | same vaccination round, bilingual vs Thai | fa=04.2 fb=04.2
N | 5202 | Foot-and-mouth disease vaccination for cattle and buffalo, Mae Mo District | 5202 | Lumpy skin disease vaccination for beef cattle, Mae Mo District | another disease, EN/EN | fa=04.2 fb=04.2
D | 220607 | ธนาคารปูม้า ต.บางกะไชย | 2206 | โครงการส่งเสริมการอนุรักษ์และเพิ่มปริมาณปูม้าโดยชุมชน (ธนาคารปูม้า) ตำบลบางกะไชย อำเภอแหลมสิงห์ | same crab bank, short vs long title | fa=04.2 fb=05.4
N | 4712 | ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.) อำเภอสว่างแดนดิน | 4712 | Large-scale rice farm (plaeng yai) promotion, Sawang Daen Din District | another extension programme in the same district | fa=04.2 fb=04.2
D | 1806 | Thai Rice NAMA: alternate wetting and drying and laser land levelling training, Hankha District (GIZ) | 1806 | ส่งเสริมการปลูกข้าวแบบเปียกสลับแห้งและการปรับพื้นที่นาด้วยเลเซอร์ (Thai Rice NAMA) อำเภอหันคา จังหวัดชัยนาท | same donor-funded training, EN/TH | fa=04.2 fb=04.2
N | 1806 | Thai Rice NAMA: alternate wetting and drying training, Hankha | 1806 | ศูนย์ข้าวชุมชน ผลิตเมล็ดพันธุ์ข้าวคุณภาพดี อำเภอหันคา | community rice seed centre, not the NAMA training | fa=04.2 fb=04.2
# Environment
D | 5004 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน อำเภอเชียงดาว | 5004 | ป้องกันไฟป่าและหมอกควัน อ.เชียงดาว (ทำแนวกันไฟ ลาดตระเวนเฝ้าระวัง) | same, extra detail on one side | fa=05.3 fb=05.4
N | 5004 | ป้องกันไฟป่าและหมอกควัน อำเภอเชียงดาว | 5009 | Forest fire and haze prevention, Fang District | same measure, another district | fa=05.3 fb=05.3
N | 5004 | ป้องกันไฟป่าและหมอกควัน อำเภอเชียงดาว | 5004 | ส่งเสริมการไถกลบตอซังแทนการเผาในพื้นที่เกษตร อำเภอเชียงดาว | burning on farmland, not forest fires | fa=05.3 fb=04.2
D | 58 | Clean rooms against PM2.5 in schools and health centres, Mae Hong Son Province | 58 | โครงการจัดทำห้องปลอดฝุ่น (Clean Room) ในสถานศึกษาและสถานบริการสาธารณสุข จังหวัดแม่ฮ่องสอน | same, EN/TH | fa=07.4 fb=07.4 db=ห้องปลอดฝุ่นในโรงเรียนและ_รพ.สต._ทั้ง_7_อำเภอ
N | 58 | ห้องปลอดฝุ่นในสถานศึกษา จังหวัดแม่ฮ่องสอน | 58 | N95 masks for vulnerable groups during the haze crisis, Mae Hong Son | another measure against the same haze | fa=07.4 fb=07.4
D | 2004 | โครงการคัดแยกขยะต้นทางและธนาคารขยะชุมชน เมืองพัทยา | 2004 | ส่งเสริมการคัดแยกขยะท่ีต้นทางและจัดตั้งธนาคารขยะ ในชุมชนเขตเมืองพัทยา อ.บางละมุง | same, swapped tone mark (ท่ี) | fa=05.1 fb=05.1
N | 2004 | คัดแยกขยะต้นทางและธนาคารขยะ เมืองพัทยา | 2004 | จ้างเหมาเก็บขนขยะมูลฝอยและนำไปกำจัด เมืองพัทยา | the collection contract, not the sorting campaign | fa=05.1 fb=05.1
D | 9105 | Coastal erosion monitoring and mangrove replanting, Pak Nam subdistrict, La-Ngu | 910504 | โครงการปลูกป่าชายเลนเพื่อป้องกันการกัดเซาะชายฝั่ง ตำบลปากน้ำ อำเภอละงู | same, extra monitoring on one side, district vs tambon code | fa=05.4 fb=05.4
N | 910504 | Mangrove replanting against coastal erosion, Pak Nam subdistrict, La-Ngu | 860409 | ปลูกป่าชายเลนป้องกันการกัดเซาะชายฝั่ง ตำบลปากน้ำ อำเภอหลังสวน | a tambon of the same name in another province | fa=05.4 fb=05.4
D | 920213 | Seagrass and dugong habitat conservation, Ko Libong (GIZ) | 92 | Dugong and seagrass conservation in Trang: Ko Libong, Kantang | same donor project, tambon vs province code, EN/EN | fa=05.4 fb=05.4
N | 920213 | อนุรักษ์แหล่งหญ้าทะเลและพะยูน เกาะลิบง | 920213 | Community-based tourism promotion, Ko Libong | tourism, not conservation | fa=05.4 fb=04.7
# Disaster prevention and relief
D | 1406 | ช่วยเหลือผู้ประสบภัยน้ำท่วม (ถุงยังชีพ) อ.บางปะอิน | 1406 | จัดซื้อถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย อำเภอบางปะอิน | same relief, synonyms, swapped vowel/tone (ผู้) | fa=10.9 fb=02.2
D | 8205 | Tsunami evacuation drill, Khao Lak, Khuek Khak subdistrict, Takua Pa | 820507 | โครงการซ้อมแผนเผชิญเหตุและอพยพประชาชนกรณีเกิดคลื่นสึนามิ ตําบลคึกคัก | same drill, EN/TH, district vs tambon code | fa=02.2 fb=02.2
N | 820507 | ซ้อมแผนอพยพหนีภัยสึนามิ ตำบลคึกคัก | 820507 | ซ่อมบำรุงหอเตือนภัยสึนามิ ตำบลคึกคัก | maintenance of the warning tower, not the drill | fa=02.2 fb=02.2
# Culture, religion, sport and tourism events
D | 3401 | Ubon Ratchathani Candle Festival 2025 // งานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี ๒๕๖๘ | 34 | โครงการจัดงานสืบสานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี | same festival, city district vs province code | fa=08.2 fb=08.2
N | 34 | Ubon Ratchathani Candle Festival 2025 | 34 | สืบสานประเพณีแห่เทียนพรรษา จังหวัดอุบลราชธานี ประจำปี ๒๕๖๙ | the next year's festival | fa=08.2 fb=08.2 yb=2569
D | 4805 | งานนมัสการองค์พระธาตุพนม ประจำปี 2568 | 480501 | That Phanom Stupa Worship Festival 2025 | same festival, TH/EN | fa=08.4 fb=08.2
D | 9011 | Hat Yai Half Marathon 2025 | 9011 | โครงการจัดการแข่งขันฮาล์ฟมาราธอน หาดใหญ่ ๒๕๖๘ | same race, EN/TH | fa=08.1 fb=08.1
N | 9011 | การแข่งขันฮาล์ฟมาราธอนหาดใหญ่ ประจำปี 2568 | 9011 | การแข่งขันกีฬาเยาวชนตา้นยาเสพติด อำเภอหาดใหญ่ ประจำปี 2568 | another sport event (swapped vowel/tone in ต้าน) | fa=08.1 fb=08.1
N | 6405 | Loy Krathong candle and fireworks festival, Si Satchanalai Historical Park | 6401 | งานประเพณีลอยกระทง เผาเทียน เล่นไฟ อุทยานประวัติศาสตร์สุโขทัย | same festival at the other historical park | fa=08.2 fb=08.2
D | 96 | โครงการส่งเสริมกิจกรรมทางศาสนาอิสลามในเดือนรอมฎอน จังหวัดนราธิวาส | 96 | สงเสริมกิจกรรมเดือนรอมฏอน จ.นราธิวาส | same, dropped tone mark and misspelt month | fa=08.4 fb=08.4
N | 96 | ส่งเสริมกิจกรรมทางศาสนาในเดือนรอมฎอน จังหวัดนราธิวาส | 96 | Summer ethics camp for Muslim youth (Tadika), Narathiwat Province | another religious activity and group | fa=08.4 fb=09.8
# Security and drugs
D | 5709 | Community-based drug treatment and rehabilitation (CBTx), Mae Sai District | 5709 | CBTx: community-based treatment for drug users, Mae Sai, Chiang Rai | same, EN/EN | fa=03.6 fb=07.6
N | 5709 | บำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) อำเภอแม่สาย | 5709 | สกัดกั้นการลักลอบนำเข้ายาเสพติดตามแนวชายแดน อำเภอแม่สาย | interdiction at the border, not treatment | fa=07.6 fb=03.1
D | 950201 | ฝึกอบรมทบทวนชุดรักษาความปลอดภัยหมู่บ้าน (ชรบ.) ตำบลเบตง | 9502 | โครงการฝึกทบทวน ชรบ. ต.เบตง อ.เบตง จ.ยะลา | same refresher training, abbreviation | fa=03.6 fb=03.6
# Digital government and data
D | 21 | Government data catalogue and open data, Rayong Province // พัฒนาระบบบัญชีข้อมูลภาครัฐ (Data Catalog) จังหวัดระยอง | 21 | โครงการจัดทำบัญชีข้อมูล (Data Catalog) และเปิดเผยข้อมูลเปิดภาครัฐ จังหวัดระยอง | same, bilingual vs Thai | fa=01.3 fb=01.3
N | 21 | จัดทำบัญชีข้อมูล (Data Catalog) จังหวัดระยอง | 21 | ระบบรับเรื่องร้องเรียนออนไลน์ (Traffy Fondue) จังหวัดระยอง | another digital service | fa=01.3 fb=01.3
# ASEAN cooperation and donor-funded programmes
D | 43 | Thai–Lao border health cooperation: joint disease surveillance with Vientiane, Nong Khai | 43 | โครงการความร่วมมือด้านสาธารณสุขชายแดนไทย-ลาว (เฝ้าระวังโรคร่วมกับนครหลวงเวียงจันทน์) จังหวัดหนองคาย | same, EN/TH | fa=07.4 fb=07.4
N | 43 | Thai–Lao joint disease surveillance, Nong Khai – Vientiane | 48 | Thai–Lao joint disease surveillance, Nakhon Phanom – Khammouane | same cooperation at another border crossing, EN/EN | fa=07.4 fb=07.4
D | 4001 | JICA technical cooperation: community-based long-term care for older persons, Mueang Khon Kaen | 4001 | โครงการพัฒนาระบบการดูแลผู้สูงอายุระยะยาวโดยชุมชน (ความร่วมมือกับไจก้า) อำเภอเมืองขอนแก่น | same, EN/TH, JICA spelt in Thai | fa=10.2 fb=07.4
N | 4001 | JICA: community-based long-term care for older persons, Mueang Khon Kaen | 4001 | JICA volunteers: Japanese language teaching in secondary schools, Mueang Khon Kaen | same donor and place, another programme, EN/EN | fa=10.2 fb=09.2
D | 94 | UNDP: strengthening local governance and social cohesion in the southern border provinces (Pattani) | 94 | โครงการเสริมสร้างธรรมาภิบาลท้องถิ่นและความสมานฉันท์ในพื้นที่จังหวัดชายแดนภาคใต้ (ร่วมกับ UNDP) จังหวัดปัตตานี | same, EN/TH | fa=01.3 fb=01.3
N | 94 | UNDP: local governance and social cohesion, Pattani | 94 | UNDP Youth Co:Lab social enterprise bootcamp, Pattani | same donor and province, another programme, EN/EN | fa=01.3 fb=04.1
`,
};
