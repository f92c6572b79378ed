/**
 * Round 8, held out: public works and purchases as they appear in provincial development plans,
 * PAO and municipal plans and Department budget lines (Highways, Rural Roads, Royal Irrigation,
 * Water Resources, Local Administration, Public Health, Education). Written and labelled without
 * running the engine and without reading it or the earlier pair files; never tuned on.
 * Place names agree with the DOPA codes in reference/thailand (English names as romanised there).
 */
import type { Block } from './load.js';

export const ROUND8_WORKS_PAIRS: Block = {
  category: 'round8-works',
  functionCode: '04.5',
  heldOut: true,
  lines: `
D | 5506,5505 | ทางหลวงหมายเลข 1080 ตอน ท่าวังผา - ปัว ระหว่าง กม.47+500 - กม.51+000 ปริมาณงาน 3.500 กิโลเมตร จังหวัดน่าน (ขยายเป็น 4 ช่องจราจร) | 55 | ขยายทางหลวง 1080 เป็น 4 ช่องจราจร ช่วงท่าวังผา-ปัว กม.48+000-50+500 | plan line for a stretch inside the budget line's section; districts vs province code
N | 5505 | ทางหลวงหมายเลข 1080 ตอน ท่าวังผา - ปัว ระหว่าง กม.47+500 - กม.51+000 ปริมาณงาน 3.500 กิโลเมตร จังหวัดน่าน | 5505 | ทางหลวงหมายเลข 1080 ตอน ท่าวังผา - ปัว ระหว่าง กม.53+200 - กม.56+800 ปริมาณงาน 3.600 กิโลเมตร จังหวัดน่าน | same route and control section, the km sections do not meet
D | 4601 | Highway 12, Kalasin – Somdet section, widening to four lanes, km 612+000 – km 618+500 | 46 | งานขยายทางหลวงหมายเลข 12 ตอน กาฬสินธุ์ - สมเด็จ ระหว่าง กม.612+000 - กม.618+500 จังหวัดกาฬสินธุ์ | same section, EN/TH, district vs province code
N | 5711 | Highway 118 Chiang Mai – Chiang Rai four-lane widening, Wiang Pa Pao section, phase 2 | 5711 | Highway 118 Chiang Mai – Chiang Rai four-lane widening, Wiang Pa Pao section, phase 3 | next phase of the same widening, EN/EN
D | 350805 | โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านห้องแซง - บ้านโนนยาง หมู่ที่ 1 ตำบลห้องแซง อำเภอเลิงนกทา จังหวัดยโสธร ขนาดกว้าง 5 เมตร ยาว 850 เมตร หนา 0.15 เมตร | 3508 | ก่อสร้างถนน คสล. สายห้องแซง-โนนยาง ม.1 ต.ห้องแซง | long formal line with dimensions vs short plan line with abbreviations; tambon vs district code
N | 350805 | ก่อสร้างถนน คสล. สายบ้านห้องแซง - บ้านโนนยาง หมู่ที่ 1 ตำบลห้องแซง | 350805 | ก่อสร้างถนน คสล. สายบ้านห้องแซง - บ้านนาเจริญ หมู่ที่ 9 ตำบลห้องแซง | another road out of the same village, another moo
D | 410602 | ก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านหนองเม็ก - บ้านดอนหายโศก อำเภอหนองหาน จังหวัดอุดรธานี | 4106 | กอ่สร้างถนนลาดยางแอสฟลัท์ติกคอนกรีต สายบ้านหนองเมก็ - บ้านดอนหายโศก อ.หนองหาน จ.อุดรธานี | same road; OCR noise (swapped tone marks and vowels), abbreviations
N | 4106 | บูรณะถนนลาดยางสาย อด.3012 แยกทางหลวงหมายเลข 22 - บ้านสร้อยพร้าว อำเภอหนองหาน จังหวัดอุดรธานี | 410607 | ก่อสร้างสะพาน คสล. ข้ามลำห้วยบนถนนสาย อด.3012 บ้านสร้อยพร้าว ต.สร้อยพร้าว | a bridge on the same road is a different work from resurfacing the road
D | 5006 | Asphalt concrete overlay, rural road CM.3009, junction Highway 107 – Ban Pa Pae, Mae Taeng | 500609 | งานบูรณะทางผิวแอสฟัลท์ติกคอนกรีต ถนนสาย ชม.3009 แยกทางหลวงหมายเลข 107 - บ้านป่าแป๋ อำเภอแม่แตง จังหวัดเชียงใหม่ | same Rural Roads line, EN/TH, road code romanised
D | 104603 | ก่อสร้างท่อระบายน้ำพร้อมบ่อพัก ถนนหทัยราษฎร์ ช่วงจากคลองสองถึงซอยหทัยราษฎร์ 33 แขวงบางชัน เขตคลองสามวา | 1046 | Drainage pipes and manholes, Hathai Rat Road (Khlong Song to Soi Hathai Rat 33), Khlong Sam Wa | same drain, TH/EN, khwaeng vs khet code, different function codes | fa=06.2 fb=05.2
N | 104603 | ก่อสร้างเขื่อน คสล. ริมคลองบางชัน แขวงบางชัน เขตคลองสามวา | 104603 | ขุดลอกคลองบางชัน แขวงบางชัน เขตคลองสามวา | a wall and dredging on the same canal are different works | fa=05.6 fb=05.6
D | 6003 | ก่อสร้างสะพานข้ามแม่น้ำน่าน บ้านเกยไชย อำเภอชุมแสง จังหวัดนครสวรรค์ | 600304 | ก่อสร้างสะพานข้ามแม่น้ำน่าน ต.เกยไชย // Bridge over the Nan River at Ban Koei Chai, Chum Saeng | same bridge, one side bilingual; district vs tambon code
N | 600304 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำน่าน บ้านเกยไชย ตำบลเกยไชย | 600305 | ก่อสร้างสะพาน คสล. ข้ามแม่น้ำน่าน บ้านท่าไม้ ตำบลท่าไม้ | another crossing of the same river in the next tambon
D | 801201 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำปากพนัง ช่วงหน้าตลาดเทศบาล ตำบลปากพนัง อำเภอปากพนัง จังหวัดนครศรีธรรมราช | 8012 | Pak Phanang riverbank protection wall, municipal market section | same wall, TH/EN, coded under different functions | fa=05.6 fb=06.2
N | 140511 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา บ้านวัดตะกู หมู่ที่ 2 ตำบลวัดตะกู ระยะที่ 2 | 140511 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำเจ้าพระยา บ้านวัดตะกู หมู่ที่ 2 ตำบลวัดตะกู ระยะที่ 3 | next phase of the same wall | fa=05.6 fb=05.6
D | 440312 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโพนงาม หมู่ที่ 4 ตำบลโพนงาม อำเภอโกสุมพิสัย จังหวัดมหาสารคาม | 4403 | Large groundwater village water supply, Ban Phon Ngam Moo 4, Kosum Phisai | same system, TH/EN, tambon vs district code | fa=06.3 fb=06.3
N | 440312 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านโพนงาม หมู่ที่ 4 ตำบลโพนงาม | 440312 | ก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดใหญ่ บ้านหนองแวง หมู่ที่ 7 ตำบลโพนงาม | same design, another village of the tambon | fa=06.3 fb=06.3
D | 630604 | โครงการวางท่อขยายเขตจำหน่ายน้ำประปา ถนนสายแม่สอด - ริมเมย ตำบลแม่ตาว อำเภอแม่สอด จังหวัดตาก ระยะทาง 4.2 กิโลเมตร | 6306 | PWA distribution main extension along the Mae Sot – Rim Moei road, Mae Tao | same pipe extension, TH with length vs EN | fa=06.3 fb=06.3
N | 330415 | ก่อสร้างหอถังสูงประปา ขนาด 20 ลบ.ม. บ้านหนองม่วง หมู่ที่ 5 ตำบลโนนสำราญ | 330415 | ขยายเขตท่อเมนประปา บ้านหนองม่วง หมู่ที่ 5 ตำบลโนนสำราญ | a water tower and a main extension in the same village are different works | fa=06.3 fb=06.3
D | 521002 | ก่อสร้างฝายนํ้าล้นพร้อมระบบส่งนํ้า ลํานํ้าแม่ทะ บ้านนาครัว หมู่ที่ 3 ตำบลนาครัว อำเภอแม่ทะ จังหวัดลำปาง | 5210 | Weir with distribution canals on the Mae Tha stream at Ban Na Khrua, Mae Tha district | same weir; OCR splits ำ into ํา on the Thai side, EN other side | fa=04.2 fb=04.2
N | 521002 | ก่อสร้างฝายน้ำล้น ลำน้ำแม่ทะ บ้านนาครัว หมู่ที่ 3 | 521004 | ก่อสร้างฝายน้ำล้น ลำน้ำแม่ทะ บ้านกิ่ว หมู่ที่ 1 | another weir on the same stream, another village and tambon | fa=04.2 fb=04.2
D | 471204 | ขุดลอกหนองน้ำสาธารณะ หนองสิม บ้านต้าย หมู่ที่ 2 ตำบลบ้านต้าย อำเภอสว่างแดนดิน จังหวัดสกลนคร ปริมาณดินขุดไม่น้อยกว่า 45,000 ลบ.ม. | 471204 | ขุดลอกหนองสิม ม.2 ต.บ้านต้าย | same pond; volume on one side, abbreviations, different function codes | fa=04.2 fb=06.3
N | 471204 | ขุดลอกหนองสิม ม.2 ต.บ้านต้าย | 471204 | ขุดลอกหนองสิม ม.2 ต.บ้านต้าย (ต่อเนื่อง) | continued dredging of the same pond the next fiscal year | fa=04.2 fb=04.2 yb=2569
D | 4905 | Dredging of Huai Kham stream, Khamcha-I district, Mukdahan | 490504 | Huai Kham stream dredging and bank shaping, Kham Cha-I, Mukdahan | same dredging, EN/EN, district and tambon romanised differently | fa=04.2 fb=04.2
D | 310401 | ก่อสร้างอาคารผู้ป่วยนอก โรงพยาบาลนางรอง 5 ชั้น ตำบลนางรอง อำเภอนางรอง จังหวัดบุรีรัมย์ | 3104 | Nang Rong Hospital outpatient building (5 storeys) | same building, TH/EN | fa=07.3 fb=07.3
N | 820501 | ก่อสร้างอาคารผู้ป่วยใน โรงพยาบาลตะกั่วป่า | 820501 | ก่อสร้างอาคารอุบัติเหตุและฉุกเฉิน โรงพยาบาลตะกั่วป่า | two different buildings at the same hospital | fa=07.3 fb=07.3
D | 440308 | อาคารเรียนแบบ สปช.105/29 โรงเรียนบ้านหนองบัว ตำบลหนองบัว อำเภอโกสุมพิสัย จังหวัดมหาสารคาม 1 หลัง | 4403 | ก่อสร้างอาคารเรียน สปช.105/29 รร.บ้านหนองบัว | same school building, OBEC budget line vs short plan title | fa=09.1 fb=09.1
N | 500403 | ปรับปรุงซ่อมแซมหลังคาอาคารเรียน โรงเรียนบ้านเมืองงาย | 500403 | ก่อสร้างส้วมนักเรียน แบบ สพฐ. 6 ที่/49 โรงเรียนบ้านเมืองงาย | roof repair vs a new toilet block at the same school | fa=09.1 fb=09.1
N | 350813 | ก่อสร้างบ้านพักเจ้าหน้าที่ โรงพยาบาลส่งเสริมสุขภาพตำบลสร้างมิ่ง | 350813 | ก่อสร้างอาคาร รพ.สต.สร้างมิ่ง (แบบขนาดกลาง) | staff housing vs the health-centre building itself | fa=07.4 fb=07.4
D | 380301 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนสายบ้านโซ่ - บ้านหนองพันทา จำนวน 40 ต้น | 3803 | Solar street lights (40 poles), So – Nong Phan Tha road, So Phisai | same lights, TH/EN | fa=06.4 fb=06.4
N | 380302 | ติดตั้งสัญญาณไฟกระพริบพลังงานแสงอาทิตย์ ทางแยกบ้านหนองพันทา | 380302 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนสายบ้านหนองพันทา - บ้านโซ่ | a flashing signal at a junction vs street lighting along the road | fa=04.5 fb=06.4
D | 901104 | ติดตั้งสัญญาณไฟจราจร ทางแยกคอหงส์ ตำบลคอหงส์ อำเภอหาดใหญ่ | 9011 | Traffic signals at Kho Hong junction, Hat Yai | same signals, TH/EN
N | 901105 | Traffic signal installation, Khlong Hae junction, Hat Yai | 901104 | Traffic signal installation, Kho Hong junction, Hat Yai | same item at two junctions, EN/EN
D | 961001 | ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ขนาด 50 kWp อาคารสำนักงานเทศบาลเมืองสุไหงโก-ลก | 9610 | Solar rooftop PV, 50 kWp, Su-Ngai Kolok town municipality office | same installation, TH with English term vs EN | fa=04.3 fb=04.3
N | 961002 | ก่อสร้างระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านปาเสมัส หมู่ที่ 2 | 961003 | ก่อสร้างระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านมูโนะ หมู่ที่ 2 | same design in another tambon (same moo number) | fa=04.3 fb=04.3
D | 460904 | ก่อสร้างระบบสูบน้ำด้วยพลังงานแสงอาทิตย์เพื่อการเกษตร บ้านโนนศิลา หมู่ที่ 3 ตำบลโนนศิลา อำเภอสหัสขันธ์ | 460904 | ระบบสูบน้ำโซล่าเซลล์ บ.โนนศิลา ม.3 | same pump; colloquial "solar cell", abbreviations, different function codes | fa=04.2 fb=04.3
D | 9011 | ก่อสร้างระบบบำบัดน้ำเสียรวม เทศบาลนครหาดใหญ่ ระยะที่ 2 | 901101 | Hat Yai central wastewater treatment system, phase 2 | same phase, TH/EN | fa=05.2 fb=05.2
N | 7604 | ก่อสร้างระบบบำบัดน้ำเสีย เทศบาลเมืองชะอำ | 7707 | ก่อสร้างระบบบำบัดน้ำเสีย เทศบาลเมืองหัวหิน | same works in two neighbouring towns (two provinces) | fa=05.2 fb=05.2
D | 840404 | ปรับปรุงเตาเผาขยะมูลฝอย เทศบาลนครเกาะสมุย | 8404 | Ko Samui municipal waste incinerator rehabilitation | same incinerator, TH/EN | fa=05.1 fb=05.1
N | 810301 | ก่อสร้างสถานีขนถ่ายขยะมูลฝอย เกาะลันตา | 810301 | จัดซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย อบต.เกาะลันตาใหญ่ | a transfer station vs a truck | fa=05.1 fb=05.1
N | 580301 | ก่อสร้างห้องน้ำสาธารณะ จุดชมวิวหยุนไหล | 580301 | ปรับปรุงลานจอดรถ จุดชมวิวหยุนไหล | toilets vs car park at the same viewpoint | fa=04.7 fb=04.7
D | 7503 | Amphawa Floating Market pier improvement: floating walkway and kayak landing | 750301 | Floating walkway and kayak landing pier, Amphawa floating market | same pier works, EN/EN, word order | fa=04.7 fb=04.7
D | 710205 | ปรับปรุงทางเดินศึกษาธรรมชาติ น้ำตกไทรโยคน้อย ตำบลวังกระแจะ อำเภอไทรโยค | 7102 | Nature trail improvement, Sai Yok Noi Waterfall // ปรับปรุงเส้นทางศึกษาธรรมชาติน้ำตกไทรโยคน้อย | same trail, other side bilingual | fa=04.7 fb=04.7
N | 700301 | ก่อสร้างศูนย์บริการนักท่องเที่ยว อำเภอสวนผึ้ง | 700302 | ก่อสร้างศูนย์บริการนักท่องเที่ยว อุทยานแห่งชาติเฉลิมพระเกียรติไทยประจัน | same kind of building at another site | fa=04.7 fb=04.7
D | 540301 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำไม่น้อยกว่า 6,000 ลิตร จำนวน 1 คัน เทศบาลตำบลห้วยอ้อ | 540301 | Fire water tender, 6-wheel, 6,000 litres, Huai O subdistrict municipality | same truck for the same unit, TH/EN | fa=03.2 fb=03.2
N | 540302 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำไม่น้อยกว่า 6,000 ลิตร จำนวน 1 คัน องค์การบริหารส่วนตำบลบ้านปิน | 540301 | จัดซื้อรถบรรทุกน้ำดับเพลิง ชนิด 6 ล้อ ขนาดความจุน้ำไม่น้อยกว่า 6,000 ลิตร จำนวน 1 คัน เทศบาลตำบลห้วยอ้อ | same spec text, each unit's own purchase | fa=03.2 fb=03.2
D | 930601 | จัดซื้อเครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน จำนวน 2 เครื่อง โรงพยาบาลปากพะยูน | 9306 | Pak Phayun Hospital: 2 volume- and pressure-controlled ventilators | same purchase, TH/EN, different function codes | fa=07.1 fb=07.3
N | 930201 | จัดซื้อเครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน จำนวน 2 เครื่อง โรงพยาบาลกงหรา | 930601 | จัดซื้อเครื่องช่วยหายใจชนิดควบคุมด้วยปริมาตรและความดัน จำนวน 2 เครื่อง โรงพยาบาลปากพะยูน | same spec for two hospitals | fa=07.1 fb=07.1
D | 910501 | จัดซื้อรถตักหน้าขุดหลัง (แบคโฮโหลดเดอร์) ขนาดเครื่องยนต์ไม่น้อยกว่า 85 แรงม้า จำนวน 1 คัน องค์การบริหารส่วนตำบลกำแพง อำเภอละงู จังหวัดสตูล | 9105 | รถแบ็คโฮโหลดเดอร์ 1 คัน อบต.กำแพง | same vehicle; spelling variant, short line, tambon vs district code | fa=06.2 fb=06.2
N | 910501 | จัดซื้อรถตักหน้าขุดหลัง ขนาดเครื่องยนต์ไม่น้อยกว่า 85 แรงม้า อบต.กำแพง | 910501 | จัดซื้อรถบรรทุกเทท้าย ขนาด 6 ตัน 6 ล้อ อบต.กำแพง | a different vehicle for the same unit | fa=06.2 fb=06.2
D | 710801 | จัดซื้อเครื่องคอมพิวเตอร์สำหรับห้องปฏิบัติการคอมพิวเตอร์ จำนวน 40 เครื่อง โรงเรียนสังขละวิทยา // Computer laboratory, 40 desktop computers, Sangkhla Witthaya School | 7108 | ครุภัณฑ์ห้องปฏิบัติการคอมพิวเตอร์ โรงเรียนสังขละวิทยา อำเภอสังขละบุรี จังหวัดกาญจนบุรี | same lab, bilingual vs Thai without the count | fa=09.2 fb=09.2
N | 7108 | Computer laboratory, 40 desktop computers, Sangkhla Witthaya School | 7107 | Computer laboratory, 40 desktop computers, Thong Pha Phum Witthaya School | same item for two schools, EN/EN | fa=09.2 fb=09.2
D | 920201 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาตะแกรงเหล็ก ซอยเทศบาล 5 ชุมชนตลาดเก่า เทศบาลเมืองกันตัง | 9202 | Kantang: U-shaped RC drain with steel grating covers, Soi Thetsaban 5 | same drain, TH/EN, different function codes | fa=05.2 fb=06.2
N | 920201 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู ซอยเทศบาล 5 เทศบาลเมืองกันตัง | 920201 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู ซอยเทศบาล 7 เทศบาลเมืองกันตัง | same design in another soi | fa=05.2 fb=05.2
D | 240403 | วางท่อระบายน้ำ คสล. ขนาด ๐.๘๐ เมตร พร้อมบ่อพัก ซอยวัดบางวัว หมู่ที่ ๓ ตำบลบางวัว อำเภอบางปะกง จังหวัดฉะเชิงเทรา | 240403 | วางท่อระบายน้ำ ค.ส.ล. ซ.วัดบางวัว ม.3 ต.บางวัว | same pipes; Thai digits vs Arabic, abbreviations | fa=05.2 fb=05.2
N | 180506 | ก่อสร้างถนนลาดยาง สายบ้านดงคอน - บ้านดอนกำ | 180506 | ก่อสร้างถนนลาดยาง สายบ้านดงคอน - บ้านห้วยกรด | another road out of the same village
D | 220205 | ก่อสร้างถนน คสล. สายบ้านบางชัน - บ้านหนองบัว ม.3 ต.บางชัน // Concrete road, Ban Bang Chan – Ban Nong Bua, Moo 3, Bang Chan | 2202 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว - บ้านบางชัน หมู่ที่ 3 ตำบลบางชัน อำเภอขลุง จังหวัดจันทบุรี | same road, ends in the other order, bilingual vs Thai
N | 210301 | ซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต สายบ้านทางเกวียน - บ้านกองดิน อำเภอแกลง | 2103 | ซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต สายบ้านทางเกวียน - บ้านกองดิน อำเภอแกลง | same road resurfaced in fiscal 2566 and planned again in 2568 | ya=2566
D | 270605 | ก่อสร้างลานจอดรถบรรทุก จุดผ่านแดนถาวรบ้านคลองลึก ตำบลท่าข้าม อำเภออรัญประเทศ | 2706 | Truck parking yard, Ban Khlong Luek permanent border checkpoint, Aranyaprathet | same yard, TH/EN
N | 1306 | ขุดลอกคลองหกวาสายล่าง ช่วงคลอง 7 - คลอง 8 อำเภอลำลูกกา | 1306 | ขุดลอกคลองหกวาสายล่าง ช่วงคลอง 10 - คลอง 11 อำเภอลำลูกกา | same canal, non-overlapping sections | fa=04.2 fb=04.2
D | 570901 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำสาย ชุมชนไม้ลุงขน ตำบลแม่สาย อำเภอแม่สาย จังหวัดเชียงราย | 5709 | Sai River bank protection, Mai Lung Khon community, Mae Sai | same wall, TH/EN, different function codes | fa=05.6 fb=06.2
N | 5709 | Dredging of the Sai River, Mae Sai | 5709 | Sai River bank protection wall, Mae Sai | dredging vs a wall on the same river, EN/EN | fa=05.6 fb=05.6
N | 451002 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก บ้านนางาม ตำบลนางาม | 451005 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก บ้านนาเมือง ตำบลนาเมือง | same building type in two tambons of one district | fa=09.1 fb=09.1
D | 302101 | ก่อสร้างทางเท้าและปรับปรุงภูมิทัศน์ ถนนมิตรภาพ ช่วงผ่านเขตเทศบาลเมืองปากช่อง | 3021 | Footpath and streetscape works along Mittraphap Road, Pak Chong town | same works, TH/EN | fa=06.2 fb=06.2
N | 301501 | ปรับปรุงภูมิทัศน์รอบคูเมืองพิมาย | 301501 | ปรับปรุงภูมิทัศน์ไทรงาม อำเภอพิมาย | two different tourist sites in the same town | fa=04.7 fb=04.7
N | 720702 | ก่อสร้างประตูระบายน้ำคลองบางเลน พร้อมอาคารประกอบ | 720703 | ก่อสร้างประตูระบายน้ำคลองบางตาเถร พร้อมอาคารประกอบ | same works on another canal | fa=04.2 fb=04.2
D | 104801 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ถนนพุทธมณฑลสาย 2 เขตทวีวัฒนา | 1048 | CCTV cameras along Phutthamonthon Sai 2 Road, Thawi Watthana | same cameras, TH/EN, different function codes | fa=03.1 fb=03.6
N | 102107 | ก่อสร้างเขื่อนสลายพลังคลื่น ชายทะเลบางขุนเทียน แขวงแสมดำ | 102107 | ปลูกป่าชายเลน ชายทะเลบางขุนเทียน แขวงแสมดำ | a wave-breaking barrier vs mangrove planting on the same coast | fa=05.6 fb=05.4
D | 1503 | ก่อสร้างเขื่อนป้องกันตลิ่ง บริเวณวัดป่าโมกวรวิหาร อำเภอป่าโมก จังหวัดอ่างทอง | 15 | Riverbank protection at Wat Pa Mok Worawihan, Pa Mok | same wall, TH/EN, district vs province code | fa=05.6 fb=05.6
N | 660412 | ก่อสร้างถนน คสล. หมู่ที่ 4 ตำบลทับหมัน | 660413 | ก่อสร้างถนน คสล. หมู่ที่ 4 ตำบลไผ่หลวง | same moo number in two different tambons
N | 361001 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 2 เครื่อง เทศบาลตำบลผักปัง | 3610 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 2 เครื่อง โรงพยาบาลภูเขียวเฉลิมพระเกียรติ | same item bought by two different units | fa=07.4 fb=07.4
N | 200402 | Drainage upgrade, Pattaya Second Road | 2004 | Drainage upgrade, Pattaya Third Road | same works on a different road, EN/EN | fa=05.2 fb=05.2
`,
};
