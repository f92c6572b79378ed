/**
 * Round 11, held out: services, programmes and projects of provinces, districts, local
 * governments, ministries' provincial offices and international partners (education and early
 * childhood, public health and disease control, social welfare, community economy and OTOP,
 * agriculture and livestock, environment, disaster prevention and relief, culture, religion and
 * sport, security and drugs, digital government, ASEAN and donor-funded programmes).
 *
 * Written and labelled after the last tuning round, without running the engine on them and
 * without reading the engine or the other pair files; measured once as a held-out set.
 * Area codes and place names are taken from reference/thailand (English names in its official
 * romanisation). Thai fiscal year BE 2568 is FY2025 (Oct 2024 to Sep 2025).
 */
import type { Block } from './load.js';

export const ROUND11_SERVICES_PAIRS: Block = {
  category: 'round11-services',
  functionCode: '10',
  heldOut: true,
  lines: `
# Education and early childhood
D | 500301 | โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวัน) ศูนย์พัฒนาเด็กเล็กบ้านช่างเคิ่ง ตำบลช่างเคิ่ง อำเภอแม่แจ่ม | 5003 | Lunch subsidy, Ban Chang Khoeng Child Development Centre, Mae Chaem | same CDC lunch subsidy, tambon vs district code, TH/EN | fa=09.1 fb=09.1
N | 471201 | ค่าอาหารเสริม (นม) โรงเรียนสังกัด สพฐ. ในเขตตำบลสว่างแดนดิน | 471201 | ค่าอาหารกลางวัน โรงเรียนสังกัด สพฐ. ในเขตตำบลสว่างแดนดิน | school milk vs school lunch: two budget items for the same schools | fa=09.1 fb=09.1
D | 3405 | โครงการส่งเสริมพัฒนาการเด็กปฐมวัย อายุ ๐-๕ ปี อำเภอเขมราฐ // Early childhood development promotion, ages 0-5, Khemarat District | 3405 | Early Childhood Development (0–5 years) Promotion, Khemarat, Ubon Ratchathani | same programme; bilingual vs EN, Thai digits; health office vs education function code | fa=07.4 fb=09.1
N | 4302 | โครงการอบรมคุณธรรมจริยธรรมนักเรียนระดับมัธยมศึกษา อำเภอท่าบ่อ | 4302 | โครงการค่ายภาษาอังกฤษสำหรับนักเรียนระดับมัธยมศึกษา อำเภอท่าบ่อ | same pupils and district, different topic (ethics training vs English camp) | fa=09.2 fb=09.2
D | 9602 | โครงการจัดการศึกษาแบบทวิ/พหุภาษา (ภาษามลายูถิ่น-ภาษาไทย) โรงเรียนประถมศึกษาในอำเภอตากใบ | 9602 | Bilingual Patani Malay–Thai education in Tak Bai primary schools (with UNICEF) | same bilingual-education programme, Thai title vs donor-style EN title | fa=09.1 fb=09.1
N | 9602 | Bilingual Patani Malay–Thai education in Tak Bai primary schools (with UNICEF) | 9409 | Bilingual Patani Malay–Thai education in Yaring primary schools (with UNICEF) | same programme in another district and province (Narathiwat vs Pattani), EN-EN | fa=09.1 fb=09.1
D | 7108 | โครงการพัฒนาคุณภาพการศึกษาเด็กด้อยโอกาสและเด็กกลุ่มชาติพันธุ์ในพื้นที่ชายแดน อำเภอสังขละบุรี | 710801,710802,710803 | โครงการพัฒนาการศึกษาเด็กด้อยโอกาส กลุ่มชาติพันธุ์ชายแดน ต.หนองลู ต.ปรังเผล ต.ไล่โว่ | district vs all three of its tambons, shorter title with abbreviations | fa=09.8 fb=09.8
N | 3104 | โครงการห้องสมุดเคลื่อนที่ส่งเสริมการอ่านสู่ชุมชน อำเภอนางรอง | 3104 | โครงการห้องสมุดเคลื่อนที่ส่งเสริมการอ่านสู่ชุมชน อำเภอนางรอง ประจำปีงบประมาณ พ.ศ. 2569 | same reading programme, next fiscal year | fa=09.8 fb=09.8 yb=2569

# Public health and disease control
D | 270601 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลอรัญประเทศ อำเภออรัญประเทศ | 270601 | Dengue fever prevention and control campaign, Aranya Prathet subdistrict | same dengue campaign, TH vs EN (official romanisation splits the name) | fa=07.4 fb=07.4
N | 270601 | โครงการควบคุมและป้องกันโรคไข้เลือดออก ตำบลอรัญประเทศ | 270601 | โครงการป้องกันโรคมือ เท้า ปาก ในศูนย์พัฒนาเด็กเล็ก ตำบลอรัญประเทศ | same tambon, different disease and target group | fa=07.4 fb=07.4
D | 3209 | โครงการคัดกรองมะเร็งปากมดลูกในสตรีอายุ ๓๐-๖๐ ปี อำเภอศีขรภูมิ | 3209 | โครงการตรวจคัดกรองมะเร็งปากมดลูก สตรีอายุ 30 - 60 ปี อ.ศีขรภูมิ จ.สุรินทร์ จำนวน 1,200 ราย | same screening; Thai digits, abbreviations, target count on one side | fa=07.4 fb=07.4
N | 3209 | โครงการคัดกรองมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี อำเภอศีขรภูมิ | 3209 | โครงการคัดกรองมะเร็งเต้านมในสตรีอายุ 30-70 ปี อำเภอศีขรภูมิ | cervical vs breast cancer screening, same district | fa=07.4 fb=07.4
D | 47 | โครงการกำจัดปัญหาโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี จังหวัดสกลนคร | 47 | Opisthorchiasis and cholangiocarcinoma elimination, Sakon Nakhon Province | same provincial programme, TH vs EN in medical terms | fa=07.4 fb=07.4
N | 47 | Liver fluke and bile duct cancer elimination, Sakon Nakhon Province | 48 | Liver fluke and bile duct cancer elimination, Nakhon Phanom Province | same programme, neighbouring province, EN-EN | fa=07.4 fb=07.4
D | 6306 | โครงการคัดกรองวัณโรคและมาลาเรียในแรงงานข้ามชาติ อำเภอแม่สอด | 6306 | TB and malaria screening for migrant workers, Mae Sot District, Tak | same border screening, TH vs EN | fa=07.4 fb=07.4
N | 6306 | โครงการคัดกรองวัณโรคในแรงงานข้ามชาติ อำเภอแม่สอด | 6306 | โครงการคัดกรองวัณโรคในผู้สูงอายุและผู้ป่วยเบาหวาน อำเภอแม่สอด | TB screening for a different group | fa=07.4 fb=07.4
D | 8012 | โครงการป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น อำเภอปากพนัง | 8012 | Teenage pregnancy prevention, Pak Phanang District | same programme, TH vs EN, health vs family function code | fa=07.4 fb=10.4
N | 500203 | โครงการตรวจคัดกรองสุขภาพผู้สูงอายุและประเมินความสามารถในการทำกิจวัตรประจำวัน (ADL) ตำบลบ้านหลวง | 500204 | โครงการตรวจคัดกรองสุขภาพผู้สูงอายุและประเมินความสามารถในการทำกิจวัตรประจำวัน (ADL) ตำบลข่วงเปา | same screening, neighbouring tambon in Chom Thong | fa=07.4 fb=07.4
D | 500203 | โครงการตรวจคัดกรองสุขภาพผู้สูงอายุและประเมินความสามารถในการทำกิจวัตรประจําวัน (ADL) ตำบลบ้านหลวง | 5002 | โครงการคัดกรองสุขภาพผู้สูงอายุ ต.บ้านหลวง อ.จอมทอง จ.เชียงใหม่ | same screening; ำ split as ํา, swapped tone mark, tambon vs district code, short title | fa=07.4 fb=10.2
D | 220306 | จัดซื้อเครื่องวัดความดันโลหิตแบบดิจิตอล จำนวน ๕ เครื่อง สำหรับ รพ.สต.เขาวัว | 2203 | ครุภัณฑ์การแพทย์ เครื่องวัดความดันโลหิตดิจิตอล 5 เครื่อง โรงพยาบาลส่งเสริมสุขภาพตำบลเขาวัว อำเภอท่าใหม่ | the same purchase for one health centre, filed by the local government and by the district health office | fa=07.1 fb=07.1
N | 220306 | จัดซื้อเครื่องวัดความดันโลหิตแบบดิจิตอล จำนวน 5 เครื่อง สำหรับ รพ.สต.เขาวัว | 220303 | จัดซื้อเครื่องวัดความดันโลหิตแบบดิจิตอล จำนวน 5 เครื่อง สำหรับ รพ.สต.สีพยา | same spec text, each health centre's own purchase | fa=07.1 fb=07.1

# Social welfare
D | 4605 | โครงการส่งเสริมอาชีพคนพิการและผู้ดูแลคนพิการ อำเภอกุฉินารายณ์ | 4605 | Vocational training for persons with disabilities and caregivers, Kuchinarai District | same programme, TH vs EN | fa=10.1 fb=10.1
N | 460501 | โครงการส่งเสริมอาชีพผู้สูงอายุ ตำบลบัวขาว | 460501 | โครงการส่งเสริมอาชีพคนพิการ ตำบลบัวขาว | same tambon and activity, elderly vs disabled | fa=10.2 fb=10.1
D | 550501 | โรงเรียนผู้สูงอายุตำบลปัว // Pua Subdistrict Elderly School | 550501 | โครงการโรงเรียนผู้สูงอายุ ตําบลปัว อําเภอปัว จังหวัดน่าน | bilingual vs Thai with ำ split as ํา | fa=10.2 fb=10.2
N | 550501 | โครงการโรงเรียนผู้สูงอายุ ตำบลปัว | 550502 | โครงการโรงเรียนผู้สูงอายุ ตำบลแงง | same model, neighbouring tambon | fa=10.2 fb=10.2
D | 900201 | โครงการปรับปรุงซ่อมแซมที่อยู่อาศัยผู้ยากไร้และผู้สูงอายุ ตำบลจะทิ้งพระ | 9002 | Home repair for poor and elderly households, Cha Thing Phra subdistrict, Sathing Phra | same home-repair programme, tambon vs district code, TH vs EN | fa=10.6 fb=10.6
N | 900201 | โครงการปรับปรุงซ่อมแซมที่อยู่อาศัยผู้ยากไร้ ตำบลจะทิ้งพระ | 900201 | โครงการซ่อมแซมบ้านผู้ยากไร้ ตำบลจะทิ้งพระ | next fiscal year's round of the same programme | fa=10.6 fb=10.6 yb=2569
D | 7503 | โครงการป้องกันและแก้ไขปัญหาความรุนแรงต่อเด็ก สตรี และบุคคลในครอบครัว อำเภออัมพวา | 7503 | Preventing violence against children, women and family members, Amphawa District | same programme, TH vs EN | fa=10.4 fb=10.4
N | 7503 | โครงการป้องกันและแก้ไขปัญหาความรุนแรงในครอบครัว อำเภออัมพวา | 7503 | โครงการพัฒนาศักยภาพกลุ่มอาชีพสตรี อำเภออัมพวา | women's livelihood groups, not violence prevention | fa=10.4 fb=10.4
D | 141202 | โครงการดูแลระยะยาวสำหรับผู้สูงอายุที่มีภาวะพึ่งพิง (Long Term Care) ตำบลบ้านแพน | 141202 | Long-term care for dependent older persons, Ban Phaen, Sena | same LTC service, TH vs EN, welfare vs health function code | fa=10.2 fb=07.4
N | 141202 | Long-term care for dependent older persons, Ban Phaen subdistrict, Sena | 141203 | Long-term care for dependent older persons, Chao Chet subdistrict, Sena | same service, neighbouring tambon, EN-EN | fa=10.2 fb=10.2

# Community economy, OTOP and community tourism
D | 23 | งานแสดงและจำหน่ายสินค้า OTOP จังหวัดตราด ประจำปี 2568 // Trat OTOP Fair 2025 | 23 | โครงการจัดงาน OTOP ของดีเมืองตราด ประจำปีงบประมาณ ๒๕๖๘ | same fair; bilingual vs Thai, BE vs CE year, Thai digits | fa=04.1 fb=04.1
N | 23 | งานแสดงและจำหน่ายสินค้า OTOP จังหวัดตราด ประจำปี 2568 | 23 | โครงการพัฒนาผลิตภัณฑ์ OTOP ด้านบรรจุภัณฑ์และการตลาดออนไลน์ จังหวัดตราด | fair vs product development, same province | fa=04.1 fb=04.1
D | 480302 | โครงการพัฒนาผ้าทอมือ กลุ่มสตรีทอผ้าบ้านโนนตาล ตำบลโนนตาล | 4803 | Hand-woven textile development, Ban Non Tan women's weaving group, Tha Uthen | same group and activity, district code on the EN side | fa=04.1 fb=04.1
N | 480302 | โครงการพัฒนาผ้าทอมือ กลุ่มสตรีทอผ้าบ้านโนนตาล ตำบลโนนตาล | 480302 | โครงการพัฒนาผลิตภัณฑ์ปลาร้าบองกลุ่มแม่บ้านเกษตรกรบ้านโนนตาล ตำบลโนนตาล | same village, different group and product | fa=04.1 fb=04.1
D | 7107 | โครงการส่งเสริมการท่องเที่ยวโดยชุมชน (CBT) อำเภอทองผาภูมิ | 7107 | Community-Based Tourism Promotion, Thong Pha Phum, Kanchanaburi | same CBT project, TH vs EN | fa=04.7 fb=04.7
N | 7107 | Community-based tourism promotion, Thong Pha Phum District | 7108 | Community-based tourism promotion, Sangkhla Buri District | neighbouring district, EN-EN | fa=04.7 fb=04.7

# Agriculture and livestock
D | 7204 | โครงการส่งเสริมการผลิตข้าวแบบลดการปล่อยก๊าซเรือนกระจก อำเภอบางปลาม้า (GIZ) | 7204 | Low-emission rice farming, Bang Pla Ma District, Suphan Buri (GIZ) | same donor programme, TH vs EN | fa=04.2 fb=04.2
N | 7204 | Low-emission rice farming with GIZ, Bang Pla Ma District | 7202 | Low-emission rice farming with GIZ, Doem Bang Nang Buat District | same programme, another district, EN-EN | fa=04.2 fb=04.2
D | 302102 | โครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลกลางดง | 302102 | โครงการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว ตำบลกลางดง อำเภอปากช่อง | same rabies campaign, local government's slogan title vs livestock office wording | fa=07.4 fb=04.2
N | 302102 | โครงการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว ตำบลกลางดง | 302102 | โครงการฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโคนม ตำบลกลางดง | same tambon, different disease and animals | fa=04.2 fb=04.2
D | 8608 | โครงการส่งเสริมการผลิตทุเรียนคุณภาพตามมาตรฐาน GAP อำเภอทุ่งตะโก | 8608 | GAP certification support for quality durian growers, Thung Tako District | same programme, TH vs EN | fa=04.2 fb=04.2
N | 8608 | โครงการส่งเสริมการผลิตทุเรียนคุณภาพตามมาตรฐาน GAP อำเภอทุ่งตะโก | 8608 | โครงการส่งเสริมการผลิตปาล์มน้ำมันคุณภาพ อำเภอทุ่งตะโก | different crop, same district | fa=04.2 fb=04.2
N | 4009 | โครงการส่งเสริมเกษตรแปลงใหญ่อ้อย อำเภอกระนวน ระยะที่ 1 | 4009 | โครงการส่งเสริมเกษตรแปลงใหญ่อ้อย อำเภอกระนวน ระยะที่ 2 | next phase of the same programme | fa=04.2 fb=04.2

# Environment: forest fires and haze, coasts, waste
D | 50 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควน จังหวัดเชียงใหม่ ประจำปีงบประมาณ 2568 | 50 | Chiang Mai forest fire and haze (PM2.5) prevention and mitigation, FY2025 | same provincial programme; dropped vowel; FY2025 is BE 2568 | fa=05.3 fb=05.3
N | 50 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน จังหวัดเชียงใหม่ | 51 | โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน จังหวัดลำพูน | same programme, neighbouring province | fa=05.3 fb=05.3
D | 500301,500302,500303 | จัดทำแนวกันไฟและลาดตระเวนเฝ้าระวังไฟป่า ตำบลช่างเคิ่ง ตำบลท่าผา ตำบลบ้านทับ | 5003 | Firebreaks and forest fire patrols, Chang Khoeng, Tha Pha and Ban Thap, Mae Chaem | same activity, tambon codes vs district code | fa=05.4 fb=05.4
N | 5003 | Firebreaks and forest fire patrols, Mae Chaem District | 5003 | Haze health protection: N95 masks and clean rooms for vulnerable groups, Mae Chaem District | same district and season, different activity, EN-EN | fa=05.4 fb=07.4
D | 8016 | โครงการเสริมสร้างขีดความสามารถชุมชนชายฝั่งในการรับมือการกัดเซาะชายฝั่ง อำเภอหัวไทร (UNDP) | 8016 | Building coastal community resilience to erosion, Hua Sai District, Nakhon Si Thammarat (UNDP) | same donor project, TH vs EN, two-year project on one side | fa=05.4 fb=05.4 ya=2568-2569
N | 8016 | Building coastal community resilience to erosion, Hua Sai District (UNDP) | 9002 | Building coastal community resilience to erosion, Sathing Phra District (UNDP) | same programme, a district in another province (Songkhla), EN-EN | fa=05.4 fb=05.4
D | 4001 | Capacity development for solid waste management, Khon Kaen City Municipality (JICA) | 400101 | โครงการพัฒนาศักยภาพการบริหารจัดการขยะมูลฝอย เทศบาลนครขอนแก่น ร่วมกับองค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (ไจก้า) | same JICA project, EN vs TH, district vs tambon code | fa=05.1 fb=05.1
N | 400101 | โครงการพัฒนาศักยภาพการบริหารจัดการขยะมูลฝอย เทศบาลนครขอนแก่น (JICA) | 400101 | โครงการรณรงค์ลดการใช้ถุงพลาสติกและกล่องโฟมในตลาดสด เทศบาลนครขอนแก่น | the municipality's own market campaign, not the JICA capacity project | fa=05.1 fb=05.1
D | 8103 | โครงการบริหารจัดการขยะทะเลและขยะบนเกาะ อำเภอเกาะลันตา | 8103 | Marine debris and island waste management, Ko Lanta District, Krabi | TH vs EN | fa=05.1 fb=05.1
N | 810301 | Marine debris clean-up, Ko Lanta Yai | 810302 | Marine debris clean-up, Ko Lanta Noi | neighbouring island tambon, EN-EN | fa=05.1 fb=05.1

# Disaster prevention and relief
D | 9011 | โครงการช่วยเหลือผู้ประสบอุทกภัย (ถุงยังชีพ) อำเภอหาดใหญ่ จังหวัดสงขลา | 9011 | Flood relief packs for affected households, Hat Yai District | same relief, TH vs EN, different function codes | fa=10.9 fb=02.2
N | 9011 | โครงการช่วยเหลือผู้ประสบอุทกภัย (ถุงยังชีพ) อำเภอหาดใหญ่ | 9011 | โครงการฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัย กรณีอุทกภัย อำเภอหาดใหญ่ | relief vs preparedness drill for the same hazard | fa=10.9 fb=02.2
N | 2103 | โครงการฝึกอบรมหลักสูตรจัดตั้ง อปพร. อำเภอแกลง | 2103 | โครงการฝึกทบทวน อปพร. อำเภอแกลง | basic course for new volunteers vs refresher for existing ones | fa=02.2 fb=02.2
D | 510302 | โครงการแจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนในภาวะภัยแล้ง ตำบลป่าพลู | 510302 | Drought relief: drinking-water delivery, Pa Phlu subdistrict, Ban Hong | TH vs EN | fa=10.9 fb=10.9
N | 510302 | โครงการแจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนในภาวะภัยแล้ง ตำบลป่าพลู | 510303 | โครงการแจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนในภาวะภัยแล้ง ตำบลเหล่ายาว | neighbouring tambon | fa=10.9 fb=10.9

# Culture, religion, sport and tourism events
D | 35 | งานประเพณีบุญบั้งไฟ จังหวัดยโสธร ประจำปี 2568 | 35 | Yasothon Rocket Festival (Bun Bang Fai) 2025 | TH vs EN, BE vs CE year | fa=08.2 fb=08.2
N | 35 | งานประเพณีบุญบั้งไฟ จังหวัดยโสธร ประจำปี 2568 | 35 | งานประเพณีลอยกระทง จังหวัดยโสธร ประจำปี 2568 | different festival, same province and year | fa=08.2 fb=08.2
D | 4205 | งานประเพณีผีตาโขน อำเภอด่านซ้าย // Phi Ta Khon Festival, Dan Sai | 420501 | โครงการจัดงานประเพณีบุญหลวงและการละเล่นผีตาโขน ตำบลด่านซ้าย ประจำปี 2568 | same festival (Bun Luang), bilingual vs Thai, district vs tambon code | fa=08.2 fb=08.2
D | 9105 | โครงการแข่งขันกีฬาฟุตบอลเยาวชนต้านยาเสพติด อำเภอละงู | 9105 | Anti-drug youth football tournament, La-Ngu District, Satun | TH vs EN, sport vs drugs function code | fa=08.1 fb=03.6
N | 9105 | โครงการแข่งขันกีฬาฟุตบอลเยาวชนต้านยาเสพติด อำเภอละงู | 9104 | โครงการแข่งขันกีฬาฟุตบอลเยาวชนต้านยาเสพติด อำเภอท่าแพ | neighbouring district's own tournament | fa=08.1 fb=08.1
D | 7604 | โครงการบรรพชาสามเณรภาคฤดูร้อน เฉลิมพระเกียรติ อำเภอชะอำ | 7604 | Summer novice ordination programme, Cha-Am District | TH vs EN | fa=08.4 fb=08.4
N | 7604 | โครงการบรรพชาสามเณรภาคฤดูร้อน อำเภอชะอำ | 7604 | โครงการบวชเนกขัมมะ (ชีพราหมณ์) ภาคฤดูร้อน อำเภอชะอำ | different group (boy novices vs women's lay ordination) | fa=08.4 fb=08.4

# Security and drugs
D | 5709 | โครงการป้องกันและแก้ไขปัญหายาเสพตดพื้นที่ชายแดน อำเภอแม่สาย | 5709 | Border drug prevention and control, Mae Sai District, Chiang Rai | TH with a dropped vowel vs EN | fa=03.6 fb=03.6
N | 5709 | โครงการบำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) อำเภอแม่สาย | 5709 | โครงการสกัดกั้นการลักลอบนำเข้ายาเสพติดตามแนวชายแดน อำเภอแม่สาย | community treatment vs border interdiction | fa=07.4 fb=03.1
D | 570301 | โครงการบำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชนเป็นศูนย์กลาง (CBTx) ตำบลเวียง อำเภอเชียงของ | 570301 | Community-based treatment (CBTx) for people who use drugs, Wiang subdistrict, Chiang Khong | TH vs EN, health vs security function code | fa=07.4 fb=03.6

# Digital government and data
D | 65 | โครงการพัฒนาระบบบัญชีข้อมูลจังหวัดพิษณุโลก (Provincial Data Catalog) | 65 | Phitsanulok Provincial Data Catalog and open data portal | Thai title with EN in brackets vs EN | fa=01.3 fb=01.3
N | 65 | Phitsanulok Provincial Data Catalog and open data portal | 65 | โครงการติดตั้งอินเทอร์เน็ตความเร็วสูง (Free Wi-Fi) ในหมู่บ้าน จังหวัดพิษณุโลก | data portal vs village Wi-Fi, same province | fa=01.3 fb=04.6

# ASEAN cooperation
D | 43 | โครงการความร่วมมือด้านสาธารณสุขชายแดนไทย-ลาว จังหวัดหนองคาย - นครหลวงเวียงจันทน์ | 43 | Thailand–Lao PDR cross-border health cooperation: Nong Khai – Vientiane Capital | TH vs EN, health vs external-affairs function code | fa=07.6 fb=01.1
N | 43 | Thailand–Lao PDR cross-border health cooperation: Nong Khai – Vientiane Capital | 49 | Thailand–Lao PDR cross-border health cooperation: Mukdahan – Savannakhet | another border province pair, EN-EN | fa=07.6 fb=07.6
`,
};
