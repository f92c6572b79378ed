/**
 * Works at one place or institution (markets, schools, temples, hospitals, health centres, child
 * development centres, district offices, parks, sports grounds, halls) and equipment or vehicle
 * purchases by named units (municipalities, SAOs, PAOs, hospitals, schools), in Thai, English and
 * both. The same works or the same unit's purchase is a duplicate; another building or part of
 * the place, another site, another unit buying the same item, the next phase or year is not.
 * Added in the third round, written and labelled before the engine was run on them; the split is
 * the file's (every third line is `test`). Written for Prasan.
 */
import type { Block } from './load.js';

export const SITE_PURCHASE_PAIRS: Block = {
  category: 'sites-purchases',
  functionCode: '06.2',
  lines: `
D | 901101 | ปรับปรุงอาคารตลาดกิมหยง เทศบาลนครหาดใหญ่ | 9011 | Renovation of Kim Yong Market building, Hat Yai City Municipality | same market renovation, EN/TH, tambon vs district | fa=04.1 fb=04.1
N | 901101 | ปรับปรุงอาคารตลาดกิมหยง เทศบาลนครหาดใหญ่ | 901101 | ก่อสร้างบ่อดักไขมันและระบบบำบัดน้ำเสีย ตลาดกิมหยง | market building vs the market's grease traps and wastewater treatment | fa=04.1 fb=05.2
D | 630601 | ก่อสร้างตลาดสดเทศบาลเมืองแม่สอด ระยะที่ 2 | 6306 | ก่อสรา้งตลาดสด ทม.แม่สอด (ระยะที่ ๒) | same market, same phase; abbreviation, swapped tone mark, Thai digit | fa=04.1 fb=04.1
N | 630601 | ก่อสร้างตลาดสดเทศบาลเมืองแม่สอด ระยะที่ 2 // Mae Sot municipal fresh market, phase 2 | 630601 | ก่อสร้างตลาดสดเทศบาลเมืองแม่สอด ระยะที่ 3 | next phase of the same market | fa=04.1 fb=04.1
N | 360116 | ก่อสร้างตลาดนัดชุมชน (ตลาดเขียว) บ้านโนนสำราญ หมู่ที่ 1 ตำบลโนนสำราญ | 360116 | ก่อสร้างตลาดนัดชุมชน (ตลาดเขียว) บ้านหนองหญ้าปล้อง หมู่ที่ 6 ตำบลโนนสำราญ | same kind of market, another village of the tambon | fa=04.1 fb=04.1
D | 360104 | ก่อสร้างรั้วคอนกรีตบล็อก โรงเรียนบ้านนาฝาย ความยาว 180 เมตร สูง 1.80 เมตร | 360104 | Concrete block fence for Ban Na Fai School, Na Fai, Mueang Chaiyaphum | same school fence, EN/TH, dimensions on one side | fa=09 fb=09
N | 360104 | ก่อสร้างรั้วคอนกรีตบล็อก โรงเรียนบ้านนาฝาย | 360104 | ก่อสร้างห้องน้ำนักเรียน โรงเรียนบ้านนาฝาย | a school's fence vs its pupils' toilets | fa=09 fb=09
D | 440301 | ก่อสร้างอาคารเรียน แบบ สปช.105/29 ขนาด 3 ห้องเรียน โรงเรียนบ้านหัวขวาง | 4403 | Construction of a 3-classroom school building, Ban Hua Khwang School, Kosum Phisai | same school building, standard plan number on one side, EN/TH | fa=09 fb=09
D | 360112 | ก่อสร้างเมรุพร้อมลานฌาปนสถาน วัดบ้านหนองไผ่ หมู่ที่ 3 ตำบลหนองไผ่ | 360112 | Construction of a crematorium at Wat Ban Nong Phai, Moo 3, Nong Phai | same crematorium, EN/TH | fa=08.2 fb=08.2
N | 360112 | ก่อสร้างเมรุ วัดบ้านหนองไผ่ ตำบลหนองไผ่ | 360112 | ก่อสร้างศาลาธรรมสังเวช วัดบ้านหนองไผ่ ตำบลหนองไผ่ | crematorium vs the funeral pavilion beside it, another building | fa=08.2 fb=08.2
D | 650101 | Landscape improvement around Wat Phra Si Rattana Mahathat (Wat Yai), Phitsanulok | 6501 | Improvement of the landscape at Wat Yai, Mueang Phitsanulok | same temple grounds, full name vs common name, EN-EN | fa=08.2 fb=08.2
N | 650103 | บูรณะอุโบสถ วัดจันทร์ตะวันตก ตำบลวัดจันทร์ | 650101 | บูรณะอุโบสถ วัดราชบูรณะ ตำบลในเมือง | same works at two temples of one district | fa=08.2 fb=08.2
D | 3104 | ก่อสร้างอาคารอุบัติเหตุและฉุกเฉิน โรงพยาบาลนางรอง | 310401 | Accident and emergency building, Nang Rong Hospital | same hospital building, EN/TH, district vs tambon | fa=07.3 fb=07.3
N | 310401 | ก่อสร้างอาคารอุบัติเหตุและฉุกเฉิน โรงพยาบาลนางรอง | 310401 | ก่อสร้างอาคารพักพยาบาล 48 ห้อง โรงพยาบาลนางรอง | A&E building vs nurses' dormitory at one hospital | fa=07.3 fb=07.3
D | 3407 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ 4 ชั้น โรงพยาบาลเดชอุดม | 340701 | อาคารผู้ป่วยนอก-อุบัติเหตุ ๔ ชัน รพ.เดชอุดม | same building; abbreviation, dropped tone mark, Thai digit | fa=07.3 fb=07.3
N | 3407 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ โรงพยาบาลเดชอุดม | 3403 | ก่อสร้างอาคารผู้ป่วยนอกและอุบัติเหตุ โรงพยาบาลโขงเจียม | same building type, two district hospitals of one province | fa=07.3 fb=07.3
D | 401013 | ก่อสร้างอาคาร รพ.สต.บ้านป่าปอ ตำบลป่าปอ | 4010 | Construction of Ban Pa Po Subdistrict Health Promoting Hospital building, Ban Phai | same health centre building, abbreviation vs English | fa=07.4 fb=07.4
N | 440105 | ปรับปรุงโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกก่อ | 440105 | ปรับปรุง รพ.สต.บ้านหนองบัวน้อย ตำบลโคกก่อ | two health centres in one tambon | fa=07.4 fb=07.4
D | 570105 | ก่อสร้างหลังคาคลุมลานกิจกรรม ศพด.บ้านแม่ข้าวต้ม | 570105 | ก่อสร้างโครงหลังคาเหล็กคลุมลานอเนกประสงค์ ศูนย์พัฒนาเด็กเล็กบ้านแม่ข้าวต้ม อบต.แม่ข้าวต้ม | same roof over the centre's yard, abbreviation | fa=09 fb=09
N | 570105 | ก่อสร้างรั้ว ศพด.บ้านแม่ข้าวต้ม | 570105 | ก่อสร้างสนามเด็กเล่น ศพด.บ้านแม่ข้าวต้ม | fence vs playground at one child centre | fa=09 fb=09
D | 570106 | Playground for the Mae Yao SAO child development centre | 5701 | Construction of a children's playground, Child Development Centre, Mae Yao Subdistrict Administrative Organization | same playground, EN-EN | fa=09 fb=09
D | 3403 | ปรับปรุงอาคารที่ว่าการอำเภอโขงเจียม | 340301 | Khong Chiam District Office renovation | same district office, EN/TH | fa=01.3 fb=01.3
N | 3403 | ปรับปรุงอาคารที่ว่าการอำเภอโขงเจียม | 3403 | ปรับปรุงบ้านพักนายอำเภอโขงเจียม | district office vs the district chief's residence | fa=01.3 fb=01.3
N | 5709 | Renovation of the meeting hall, Mae Sai District Office | 5708 | Renovation of the meeting hall, Chiang Saen District Office | same works, two district offices, EN-EN | fa=01.3 fb=01.3
D | 650101 | ปรับปรุงสวนชมน่านเฉลิมพระเกียรติ ช่วงหน้าวัดใหญ่ | 6501 | Improvement of Chom Nan Chaloem Phra Kiat Park, section in front of Wat Yai, Phitsanulok | same park section, EN/TH | fa=08.1 fb=08.1
N | 650101 | ปรับปรุงสวนชมน่านเฉลิมพระเกียรติ ช่วงที่ 1 (หน้าวัดใหญ่) | 650101 | ปรับปรุงสวนชมน่านเฉลิมพระเกียรติ ช่วงที่ 2 (สะพานเอกาทศรถ - สะพานนเรศวร) | another section of the same riverside park | fa=08.1 fb=08.1
D | 570101 | ปรับปรุงภูมิทัศน์สวนตุงและโคม // Landscape improvement of Tung and Khom Park | 5701 | ปรับปรุงภูมิทัศน์ สวนตุงและโคม อ.เมืองเชียงราย | same park, bilingual vs Thai | fa=08.1 fb=08.1
N | 570101 | ปรับปรุงภูมิทัศน์สวนตุงและโคม | 570101 | ก่อสร้างห้องน้ำสาธารณะ สวนตุงและโคม | landscaping vs public toilets in the same park | fa=08.1 fb=06.2
D | 440103 | ก่อสร้างสนามฟุตซอล บ้านท่าตูม หมู่ที่ 1 ตำบลท่าตูม | 4401 | Futsal court, Ban Tha Tum, Moo 1, Tha Tum, Mueang Maha Sarakham | same court, EN/TH, district vs tambon | fa=08.1 fb=08.1
N | 440103 | ก่อสร้างสนามฟุตซอล บ้านท่าตูม หมู่ที่ 1 | 440103 | ก่อสร้างสนามฟุตซอล บ้านหนองแวง หมู่ที่ 8 | same works, another village of the tambon | fa=08.1 fb=08.1
N | 401001 | ปรับปรุงสนามกีฬาเทศบาลเมืองบ้านไผ่ | 401001 | ปรับปรุงสนามกีฬาเทศบาลเมืองบ้านไผ่ | same works, two fiscal years later | fa=08.1 fb=08.1 yb=2570
D | 900106 | ปรับปรุงอาคารสำนักงาน ทต.เกาะยอ | 9001 | Renovation of the Ko Yo municipal office | generic titles, the descriptions name the same roof and toilet works | fa=01.3 fb=01.3 da=เปลี่ยนหลังคาและปรับปรุงห้องน้ำ_อาคารสำนักงานเทศบาลตำบลเกาะยอ db=Roof_replacement_and_toilet_renovation_at_the_Ko_Yo_Subdistrict_Municipality_office_building
N | 900106 | ปรับปรุงอาคารสำนักงาน ทต.เกาะยอ | 900106 | ปรับปรุงอาคารสำนักงาน ทต.เกาะยอ | same title, the descriptions give different works (roof and toilets vs lift and ramp) | fa=01.3 fb=01.3 da=เปลี่ยนหลังคาและปรับปรุงห้องน้ำ_อาคารสำนักงาน db=ติดตั้งลิฟต์โดยสารและทางลาดสำหรับคนพิการ_อาคารสำนักงาน
D | 401001 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี หรือกำลังเครื่องยนต์สูงสุดไม่ต่ำกว่า 170 กิโลวัตต์ แบบอัดท้าย เทศบาลเมืองบ้านไผ่ | 4010 | Purchase of a 6-tonne rear-compactor garbage truck for Ban Phai Town Municipality | same truck for the same municipality, full spec vs short EN | fa=05.1 fb=05.1
N | 401001 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย จำนวน 1 คัน เทศบาลเมืองบ้านไผ่ | 401005 | จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย จำนวน 1 คัน เทศบาลตำบลเมืองเพีย | same spec, two municipalities of one district | fa=05.1 fb=05.1
D | 440701 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบเปิดข้างเทท้าย จํานวน ๑ คัน ทต.นาเชือก | 4407 | จัดซื้อรถบรรทุกขยะแบบเปิดข้างเทท้าย 1 คัน เทศบาลตำบลนาเชือก | same truck; split ำ, Thai digit, abbreviation | fa=05.1 fb=05.1
N | 440701 | จัดซื้อรถบรรทุกขยะแบบเปิดข้างเทท้าย เทศบาลตำบลนาเชือก | 440701 | จัดซื้อถังขยะพลาสติก ขนาด 240 ลิตร จำนวน 200 ใบ เทศบาลตำบลนาเชือก | truck vs bins, same municipality | fa=05.1 fb=05.1
D | 2004 | Purchase of an aerial ladder fire truck (32 m) for Pattaya City | 200402 | Purchase of a 32-metre turntable ladder fire engine, City of Pattaya | same ladder truck, EN-EN | fa=03.2 fb=03.2
N | 200402 | จัดซื้อรถยนต์ดับเพลิงชนิดบันไดเลื่อน ความสูงไม่น้อยกว่า 32 เมตร เมืองพัทยา | 200703 | จัดซื้อรถยนต์ดับเพลิงชนิดบันไดเลื่อน ความสูงไม่น้อยกว่า 32 เมตร เทศบาลนครแหลมฉบัง | same spec, two cities of one province | fa=03.2 fb=03.2
D | 901102 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ เทศบาลเมืองควนลัง | 901102 | Fire engine with 6,000-litre water tank, Khuan Lang Town Municipality | same fire engine, EN/TH | fa=03.2 fb=03.2
N | 90 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ องค์การบริหารส่วนจังหวัดสงขลา | 901102 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร ชนิด 6 ล้อ เทศบาลเมืองควนลัง | same spec, PAO vs municipality, each its own | fa=03.2 fb=03.2
D | 3610 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | 361001 | Advanced life support ambulance (van) for Phu Khiao Chaloem Phra Kiat Hospital | same ambulance, EN/TH | fa=07.3 fb=07.3
N | 3610 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | 3612 | จัดซื้อรถพยาบาลฉุกเฉิน (รถตู้) พร้อมอุปกรณ์ช่วยชีวิตขั้นสูง โรงพยาบาลแก้งคร้อ | same spec, two hospitals | fa=07.3 fb=07.3
N | 361001 | จัดซื้อรถพยาบาลฉุกเฉิน โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | 361001 | จัดซื้อรถตู้รับส่งผู้ป่วยฟอกไต โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | emergency ambulance vs a van for dialysis patients | fa=07.3 fb=07.3
D | 8404 | จัดซื้อรถกู้ภัยอเนกประสงค์ ขับเคลื่อน 4 ล้อ พร้อมอุปกรณ์ เทศบาลนครเกาะสมุย | 840404 | 4WD multipurpose rescue vehicle with equipment, Ko Samui City Municipality | same rescue vehicle, EN/TH | fa=03.2 fb=03.2
D | 800901 | จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานสำนักงาน จำนวน 40 เครื่อง ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนเทศบาล ๑ (วัดชัยชุมพล) | 8009 | 40 all-in-one computers for the computer lab, Thung Song Municipal School 1 (Wat Chai Chumphon) | same lab computers, EN/TH | fa=09 fb=09
N | 800901 | จัดซื้อเครื่องคอมพิวเตอร์ All In One ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนเทศบาล 1 (วัดชัยชุมพล) | 800901 | จัดซื้อจอแสดงผลแบบสัมผัส (Interactive Smart Board) ห้องเรียน โรงเรียนเทศบาล 1 (วัดชัยชุมพล) | lab computers vs classroom smart boards, same school | fa=09 fb=09
N | 84 | Purchase of 15 desktop computers for the Surat Thani Provincial Administrative Organization | 84 | Purchase of 15 desktop computers for the Surat Thani Provincial Office | PAO vs provincial hall, each its own, EN-EN | fa=01.3 fb=01.3
D | 6306 | จัดซื้อเตียงผู้ป่วยชนิดปรับด้วยไฟฟ้า พร้อมที่นอน จำนวน 20 เตียง โรงพยาบาลแม่สอด | 630601 | ครุภัณฑ์การแพทย์ เตียงผู้ป่วยไฟฟา้ 20 เตียง รพ.แม่สอด | same beds; abbreviation, swapped tone mark | fa=07.3 fb=07.3
N | 630601 | จัดซื้อเตียงผู้ป่วยไฟฟ้า 20 เตียง โรงพยาบาลแม่สอด | 630607 | จัดซื้อเตียงผู้ป่วยไฟฟ้าสำหรับให้ยืมผู้ป่วยติดเตียงในชุมชน 10 เตียง อบต.แม่ปะ | hospital ward beds vs an SAO's loan beds for home care | fa=07.3 fb=07.4
N | 901101 | จัดซื้อเตียงผู้ป่วยหนัก (ICU) 10 เตียง โรงพยาบาลหาดใหญ่ // 10 ICU beds for Hat Yai Hospital | 900101 | จัดซื้อเตียงผู้ป่วยหนัก 10 เตียง โรงพยาบาลสงขลา | same item, two hospitals of one province | fa=07.3 fb=07.3
D | 570901 | ติดตั้งระบบกล้องโทรทัศน์วงจรปิด (CCTV) ถนนพหลโยธิน ช่วงสะพานมิตรภาพไทย-เมียนมา แห่งที่ 1 เทศบาลตำบลแม่สาย | 5709 | CCTV system on Phahonyothin Road at the first Thai-Myanmar Friendship Bridge, Mae Sai | same cameras at the same bridge, EN/TH | fa=03.1 fb=03.1
N | 570901 | ติดตั้งกล้องวงจรปิด ถนนพหลโยธิน ช่วงสะพานมิตรภาพไทย-เมียนมา แห่งที่ 1 | 570901 | ติดตั้งกล้องวงจรปิด ตลาดสายลมจอย | CCTV at the bridge vs at a market, another site | fa=03.1 fb=03.1
D | 901101 | ติดตั้งกล้องวงจรปิด ถนนนิพัทธ์อุทิศ ๑ - ๓ เทศบาลนครหาดใหญ | 9011 | CCTV cameras on Niphat Uthit 1, 2 and 3 roads, Hat Yai | same streets; Thai digits, dropped tone mark | fa=03.1 fb=03.1
N | 901101 | ติดตั้งกล้องวงจรปิด ถนนนิพัทธ์อุทิศ 1 - 3 | 901101 | ติดตั้งกล้องวงจรปิด ถนนธรรมนูญวิถี หน้าสถานีรถไฟหาดใหญ่ | other streets of the same city | fa=03.1 fb=03.1
D | 440305 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว ขับด้วยเครื่องยนต์ดีเซล จำนวน 4 เครื่อง อบต.แพง | 4403 | Four 8-inch diesel centrifugal water pumps for Phaeng SAO, Kosum Phisai | same pumps, EN/TH | fa=04.2 fb=04.2
N | 440305 | จัดซื้อเครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว อบต.แพง | 440305 | จัดซื้อเครื่องสูบน้ำแบบจุ่ม (ซับเมอร์ส) สำหรับระบบประปาหมู่บ้าน อบต.แพง | farm pumps vs submersible pumps for village water supply | fa=04.2 fb=06.3
D | 800101 | จัดซื้อรถติดตั้งเครื่องสูบน้ำเคลื่อนที่ เพื่อแก้ไขปัญหาน้ำท่วมขัง เทศบาลนครนครศรีธรรมราช | 8001 | Mobile flood pump truck for Nakhon Si Thammarat City Municipality | same pump truck, EN/TH | fa=03.2 fb=03.2
D | 500701 | จัดซื้อรถบรรทุก (ดีเซล) ติดตั้งกระเช้าซ่อมไฟฟ้า ความสูงไม่น้อยกว่า 12 เมตร เทศบาลตำบลริมใต้ | 5007 | Bucket truck for street-light repair (12 m), Rim Tai Subdistrict Municipality, Mae Rim | same bucket truck, EN/TH | fa=06.4 fb=06.4
N | 500701 | จัดซื้อรถกระเช้าซ่อมไฟฟ้า 12 เมตร ทต.ริมใต้ | 500701 | จัดซื้อรถกระเช้าซ่อมไฟฟ้า 12 เมตร ทต.ริมใต้ | same truck listed again for the next fiscal year | fa=06.4 fb=06.4 yb=2569
D | 340101 | จัดซื้อรถกวาดดูดฝุ่น เทศบาลนครอุบลราชธานี | 3401 | Purchase of a vacuum road sweeper truck, Ubon Ratchathani City Municipality | same sweeper, EN/TH | fa=05.1 fb=05.1
N | 340101 | จัดซื้อรถกวาดดูดฝุ่น เทศบาลนครอุบลราชธานี | 341501 | จัดซื้อรถกวาดดูดฝุ่น เทศบาลเมืองวารินชำราบ | same item, two municipalities across the river | fa=05.1 fb=05.1
D | 360117 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 5 เครื่อง อบต.โคกสูง อ.เมืองชัยภูมิ | 3601 | จัดซื้อเครื่องพ่นหมอกควัน ๕ เครื่อง เพื่อป้องกันโรคไข้เลือดออก อบต.โคกสูง | same foggers, purpose added, Thai digit | fa=07.4 fb=07.4
N | 360117 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 5 เครื่อง อบต.โคกสูง อ.เมืองชัยภูมิ | 300104 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 5 เครื่อง อบต.โคกสูง อ.เมืองนครราชสีมา | SAOs of the same name in two provinces | fa=07.4 fb=07.4
D | 3012 | จัดซื้อเครื่องไตเทียม จำนวน 5 เครื่อง โรงพยาบาลบัวใหญ่ | 301201 | จัดซื้อเครื่องฟอกเลือดด้วยเครื่องไตเทียม ๕ เครื่อง รพ.บัวใหญ่ // Purchase of 5 haemodialysis machines, Bua Yai Hospital | same machines, Thai vs bilingual | fa=07.3 fb=07.3
N | 3012 | จัดซื้อเครื่องไตเทียม จำนวน 5 เครื่อง โรงพยาบาลบัวใหญ่ | 3010 | จัดซื้อเครื่องไตเทียม จำนวน 5 เครื่อง โรงพยาบาลโนนสูง | same item, two hospitals | fa=07.3 fb=07.3
D | 900106 | จัดซื้อเครื่องถ่ายเอกสาร ระบบดิจิตอล ความเร็ว 30 แผ่นต่อนาที กองคลัง เทศบาลตำบลเกาะยอ | 9001 | Digital photocopier, 30 pages per minute, finance division of Ko Yo Subdistrict Municipality | same copier, EN/TH | fa=01.3 fb=01.3
N | 900106 | จัดซื้อเครื่องถ่ายเอกสาร ระบบดิจิตอล 30 แผ่นต่อนาที กองคลัง ทต.เกาะยอ | 900106 | จัดซื้อเครื่องถ่ายเอกสาร ระบบดิจิตอล 30 แผ่นต่อนาที กองการศึกษา ทต.เกาะยอ | one copier for each division | fa=01.3 fb=01.3
`,
};
