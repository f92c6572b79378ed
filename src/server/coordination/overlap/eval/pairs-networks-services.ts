/**
 * Networks and services: highways and rural roads by number and km section, village link roads,
 * drains, river banks and canals, weirs, reservoirs, ponds, wells and village water supply; then
 * services and programmes (road safety, dengue, elderly and disability care, drug prevention,
 * screening, career training, festivals). Added in the third round, written and labelled before
 * the engine was run on them; the split is the file's (every third line is `test`).
 * Written for Prasan.
 */
import type { Block } from './load.js';

export const NETWORK_SERVICE_PAIRS: Block = {
  category: 'networks-services',
  functionCode: '04.5',
  lines: `
D | 3210 | ก่อสร้างขยายทางหลวงหมายเลข 24 เป็น 4 ช่องจราจร ตอน ปราสาท - สังขะ ระหว่าง กม.205+000 - กม.214+000 | 321001 | Four-lane widening of Highway 24 (Prasat - Sangkha), km 209+500 to 213+800, Sangkha Subdistrict | same highway works, B's section inside A's, TH vs EN
N | 3210 | ขยายทางหลวงหมายเลข 24 เป็น 4 ช่องจราจร ตอน ปราสาท - สังขะ กม.205+000 - กม.214+000 | 3210 | Highway 24 four-lane widening, Sangkha - Khukhan section, km 214+000 to 223+500 | adjacent sections that only meet at km 214, TH vs EN
D | 3304 | บูรณะทางผิวแอสฟัลต์ ทล.221 ตอน กันทรลักษ์ - ภูมิซรอล กม.62+000 - กม.68+000 | 330401 | ซ่อมสร้างผิวทางแอสฟัลต์คอนกรีต ทางหลวงหมายเลข ๒๒๑ กม.๖๔+๒๐๐ - กม.๖๖+๐๐๐ ต.บึงมะลู อ.กันทรลักษ์ | resurfacing, Thai digits, B's section inside A's
D | 5709 | Maintenance of Highway 1 (Phahonyothin Road), km 880+000 to 884+500, Mae Sai | 570901 | บำรุงรักษาผิวทางถนนพหลโยธิน (ทล.1) ช่วง กม.881+300-กม.883+900 ต.แม่สาย | road by number and by street name, nested section, EN vs TH
N | 5709 | ซ่อมบำรุงทางหลวงหมายเลข 1 กม.880+000 - กม.884+500 อ.แม่สาย | 5709 | ซ่อมบำรุงทางหลวงหมายเลข 1290 ตอน แม่สาย - เชียงแสน กม.2+000 - กม.6+000 | different highway in the same district
D | 9011 | Resurfacing of Highway 43 (Hat Yai - Pattani), km 4+000 to 9+500 | 9011 | Highway 43 asphalt overlay, km 6+200 - km 8+000, Hat Yai District | English both sides, B's section inside A's
N | 9011 | Resurfacing of Highway 43 (Hat Yai - Pattani), km 4+000 to 9+500 | 9011 | Highway 43 Hat Yai - Pattani: pavement recycling km 4+000 - 9+500 | same section, the following fiscal year | yb=2569
D | 36 | ซ่อมสร้างถนนผิวจราจรแอสฟัลต์ติก สาย ชย.3012 แยก ทล.225 - บ้านโนนสำราญ อ.เมืองชัยภูมิ กม.0+000 - กม.7+250 | 360116 | ซ่อมแซมถนนลาดยาง ชย.3012 ช่วง กม.3+000-กม.5+500 ต.โนนสำราญ | rural road, province vs tambon, nested section
N | 360116 | ซ่อมสร้างถนนลาดยาง ชย.3012 กม.0+000-กม.3+000 ต.โนนสำราญ | 360116 | Repair of rural road Chaiyaphum 3012, km 4+000 to 7+250, Non Samran | same rural road, disjoint sections, TH vs EN
D | 350106 | ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดู่ทุ่ง - บ้านโนนยาง หมู่ที่ 1 - หมู่ที่ 6 กว้าง 5 เมตร ยาว 1,200 เมตร หนา 0.15 เมตร | 3501 | ก่อสร้างถนน ค.ส.ล. สายบ้านโนนยาง - บ้านดู่ทุ่ง ตำบลดู่ทุ่ง อำเภอเมืองยโสธร | link road, endpoints reversed, abbreviation, dimensions on one side
N | 350106 | ก่อสร้างถนน คสล. สายบ้านดู่ทุ่ง - บ้านโนนยาง | 350106 | ก่อสร้างถนน คสล. สายบ้านดู่ทุ่ง - บ้านหนองแวง | two link roads sharing one end village
D | 420303 | Construction of a reinforced concrete road from Ban Na Sao Moo 4 to Ban Pak Huai Moo 7, Na Sao Subdistrict | 420303 | ก่อสร้างถนนคสล. บ.นาซ่าว ม.4 - บ.ปากห้วย ม.7 ต.นาซ่าว อ.เชียงคาน | link road EN vs abbreviated TH
N | 420303 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านนาซ่าว หมู่ที่ 4 | 420303 | ก่อสร้างถนน คสล. ภายในหมู่บ้าน บ้านนาซ่าว หมู่ที่ 2 | same village name, different moo
N | 650201 | ก่อสร้างถนนลาดยาง สายบ้านนครไทย - บ้านแยง ระยะที่ 1 ยาว 3,000 ม. | 650203 | Asphalt road Nakhon Thai - Ban Yaeng, phase 2, 3 km | next phase of the same road
D | 5013 | ปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนท้องถิ่น | 501313 | Asphalt overlay of the San Klang - Ton Pao road, San Klang | A's title is generic, its description names the same road | da=สายบ้านสันกลาง_-_บ้านต้นเปา_ยาว_2.4_กม._ตำบลสันกลาง_อำเภอสันกำแพง
D | 901101 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาตะแกรงเหล็ก ถนนศรีภูวนารถ ซอย 9 | 9011 | Construction of a U-shaped RC drain with steel grating, Soi 9 Si Phuwanat Road, Hat Yai | drain, TH vs EN | fa=05.2 fb=05.2
N | 901101 | U-shaped RC drain, Soi 9 Si Phuwanat Road, Hat Yai | 901101 | ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู ถนนศรีภูวนารถ ซอย 11 | drains in different soi of one road | fa=05.2 fb=05.2
N | 320101 | ปรับปรุงระบบระบายน้ำในเขตเทศบาล | 320101 | ปรับปรุงระบบระบายน้ำในเขตเทศบาล | same generic title, descriptions name different streets | fa=05.2 fb=05.2 da=วางท่อระบายน้ำ_คสล._ถนนกรุงศรีใน db=วางท่อระบายน้ำ_คสล._ถนนหลักเมือง
D | 5201 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำวัง ฝั่งขวา ช่วงสะพานรัษฎาภิเศก ความยาว 420 เมตร | 520102 | Wang River bank protection, right bank at Ratsadaphisek Bridge, Hua Wiang, 420 m | river bank, TH vs EN | fa=05.3 fb=05.3
N | 520102 | เขื่อนป้องกันตลิ่งแม่น้ำวัง ฝั่งขวา ช่วงสะพานรัษฎาภิเศก | 520103 | Wang River bank protection, left bank at Ratsadaphisek Bridge, Suan Dok | opposite banks, two structures | fa=05.3 fb=05.3
D | 801201 | ขุดลอกแม่น้ำปากพนัง ช่วงหน้าเทศบาลเมืองปากพนัง ระยะทาง 1.8 กม. | 8012 | Dredging of the Pak Phanang River in front of Pak Phanang town, 1.8 km | river dredging, TH vs EN | fa=04.2 fb=04.2
N | 801201 | ขุดลอกแม่น้ำปากพนัง ช่วงหน้าเทศบาลเมืองปากพนัง | 801201 | ก่อสร้างเขื่อนป้องกันตลิ่งแม่น้ำปากพนัง ช่วงหน้าเทศบาลเมืองปากพนัง // Pak Phanang riverbank wall in front of the town | same stretch, dredging vs bank wall | fa=04.2 fb=05.3
D | 901107 | ขุดลอกคลองอู่ตะเภา ช่วงบ้านคลองอู่ตะเภา - สะพานคลองแห ยาว ๓,๕๐๐ ม. | 9011 | ขุดลอกและขยายคลองอู่ตะเภา ระยะทาง 3.5 กม. แก้ไขปัญหาน้ำท่วมเมืองหาดใหญ่ // Khlong U Ta Phao dredging and widening, 3.5 km, Hat Yai | same canal stretch, Thai digits vs bilingual | fa=04.2 fb=05.3
N | 9011 | ขุดลอกคลองอู่ตะเภา ช่วงอำเภอหาดใหญ่ ระยะทาง 3.5 กม. | 9010 | ขุดลอกคลองอู่ตะเภา ตอนบน อำเภอสะเดา ระยะทาง 4 กม. | same canal, upstream stretch in another district | fa=04.2 fb=04.2
D | 500708 | ก่อสร้างฝายชะลอน้ำแบบกึ่งถาวร ห้วยแม่สา บ้านแม่สาใหม่ หมู่ที่ 7 | 5007 | Semi-permanent check dam on Huai Mae Sa, Ban Mae Sa Mai, Pong Yaeng, Mae Rim | check dam, tambon vs district, TH vs EN | fa=04.2 fb=04.2
N | 500708 | ก่อสร้างฝายน้ำล้น คสล. ห้วยแม่สา บ้านแม่สาใหม่ | 500708 | Building 30 brushwood check dams with volunteers, Huai Mae Sa headwaters, Pong Yaeng | concrete weir vs volunteer brushwood dams in the headwaters | fa=04.2 fb=05.4
D | 3601 | ปรับปรุงอาคารระบายน้ำล้น (สปิลเวย์) อ่างเก็บน้ำลำปะทาว อ.เมืองชัยภูมิ | 36 | ซ่อมแซมทางระบายน้ำล้นอ่างเก็บน้ำลำปะทาว จ.ชัยภูมิ | spillway of the same reservoir | fa=04.2 fb=04.2
N | 3601 | ปรับปรุงอาคารระบายน้ำล้น อ่างเก็บน้ำลำปะทาว | 3601 | ขุดลอกตะกอนอ่างเก็บน้ำลำปะทาว | spillway vs dredging the same reservoir | fa=04.2 fb=04.2
N | 3201 | Raising the earth embankment of Huai Saneng reservoir, Mueang Surin | 3201 | Huai Saneng reservoir spillway rehabilitation, Mueang Surin | English both sides, embankment vs spillway | fa=04.2 fb=04.2
D | 3201 | Dredging Huai Saneng reservoir to increase storage, Mueang Surin | 32 | ขุดลอกอ่างเก็บน้ำห้วยเสนง เพิ่มปริมาณการเก็บกักน้ำ อ.เมืองสุรินทร์ | reservoir dredging, EN vs TH | fa=04.2 fb=04.2
D | 350802 | ขุดสระน้ำประจำไร่นา ขนาด 1,260 ลบ.ม. ให้เกษตรกร ตำบลบุ่งค้า จำนวน 40 บ่อ | 3508 | Farm ponds (1,260 m3) for 40 farmers, Bung Kha, Loeng Nok Tha | farm ponds, TH vs EN | fa=04.2 fb=04.2
N | 350802 | ขุดสระน้ำประจำไร่นา ตำบลบุ่งค้า 40 บ่อ | 350803 | ขุดสระน้ำประจำไร่นา ตำบลสวาท 35 บ่อ | farm ponds in another tambon | fa=04.2 fb=04.2
N | 350802 | ขุดสระน้ำประจำไร่นา ตำบลบุ่งค้า 40 บ่อ | 350802 | ขุดลอกหนองสาธารณประโยชน์ หนองบุ่ง บ้านบุ่งค้า | farmers' own ponds vs a public pond | fa=04.2 fb=04.2
D | 330407 | เจาะบ่อบาดาลพร้อมติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ บ้านละลาย หมู่ 1 | 330407 | Solar-powered groundwater well, Ban Lalai Moo 1, Lalai Subdistrict, Kantharalak | well, TH vs EN | fa=06.3 fb=06.3
N | 330407 | เจาะบ่อบาดาลพลังงานแสงอาทิตย์ บ้านละลาย หมู่ 1 | 330407 | ซ่อมแซมบ่อบาดาลสาธารณะ บ้านละลาย หมู่ 9 | new well in moo 1 vs repair of an old well in moo 9 | fa=06.3 fb=06.3
D | 650204 | ปรับปรุงระบบประปาหมู่บ้าน แบบผิวดินขนาดใหญ่ บ้านเนินเพิ่ม หมู่ที่ 1 // Upgrade of the surface-water village supply, Ban Noen Phoem | 6502 | ปรับปรุงประปาผิวดิน บ.เนินเพิ่ม ม.1 ต.เนินเพิ่ม อ.นครไทย | village water supply, bilingual vs short TH | fa=06.3 fb=06.3
N | 650204 | ปรับปรุงระบบประปาหมู่บ้าน บ้านเนินเพิ่ม หมู่ที่ 1 | 650204 | ขยายเขตระบบไฟฟ้า บ้านเนินเพิ่ม หมู่ที่ 1 | water supply vs extending the power lines | fa=06.3 fb=04.3
D | 570901 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำสาย บ้านเกาะทราย หมู่ 4 | 570901 | ก่อสรา้งเขือนป้องกันตลิ่งแม่นํ้าสาย บ.เกาะทราย ม.4 | bank protection, OCR noise on one side | fa=05.3 fb=05.3
N | 570901 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่นํ้าสาย บ้านเกาะทราย หมู่ 4 | 570903 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำสาย บ้านสันทราย ตำบลเกาะช้าง | same river, another village and tambon | fa=05.3 fb=05.3
D | 361008 | Construction of a concrete overflow weir on Huai Yang, Ban Nong Tum Moo 2 | 3610 | Huai Yang concrete weir, Nong Tum Subdistrict, Phu Khiao District | English both sides, weir | fa=04.2 fb=04.2
N | 361008 | ก่อสร้างฝายน้ำล้น คสล. ห้วยยาง บ้านหนองตูม หมู่ 2 | 361008 | ก่อสร้างฝายน้ำล้นห้วยยาง ม.2 ต.หนองตูม | the same weir requested in the next fiscal year | fa=04.2 fb=04.2 yb=2569
D | 33 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ ประจำปี 2568 จังหวัดศรีสะเกษ | 3301 | Songkran 2025 road safety checkpoints, Mueang Si Sa Ket | Songkran road safety, province vs district, TH vs EN | fa=03.1 fb=04.5
N | 3301 | ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ อ.เมืองศรีสะเกษ | 3301 | ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ อ.เมืองศรีสะเกษ | Songkran vs New Year, two festival periods | fa=03.1 fb=03.1
D | 9011 | Dengue fever prevention and control, Hat Yai City Municipality | 901101 | Aedes larvae survey and space spraying against dengue, Hat Yai Subdistrict | English both sides, dengue control | fa=07.4 fb=07.4
N | 901101 | รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ตำบลหาดใหญ่ | 901103 | รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ตำบลคูเต่า | dengue, neighbouring tambon | fa=07.4 fb=07.4
D | 360102 | ส่งเสริมสุขภาพและดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Long Term Care) ตำบลรอบเมือง | 3601 | Long-term care for dependent older people, Rop Mueang, Mueang Chaiyaphum | long-term care, TH vs EN | fa=10.2 fb=10.2
N | 360102 | ดูแลผู้สูงอายุที่มีภาวะพึ่งพิง ตำบลรอบเมือง | 360102 | Community-based rehabilitation for people with disabilities, Rop Mueang | elderly care vs disability rehabilitation | fa=10.2 fb=10.1
D | 520204 | จัดหากายอุปกรณ์และปรับสภาพบ้านสำหรับคนพิการ ตำบลแม่เมาะ | 5202 | ปรับปรุงที่อยู่อาศัยให้เหมาะสมกับคนพิการ อำเภอแม่เมาะ | home adaptation for disabled people overlaps | fa=10.1 fb=10.1
N | 5202 | ปรับสภาพบ้านคนพิการ อำเภอแม่เมาะ | 5202 | ซ่อมแซมบ้านผู้ยากไร้ อำเภอแม่เมาะ | disabled people's homes vs poor households' houses | fa=10.1 fb=10.6
D | 570101 | To Be Number One youth drug prevention, Wiang Subdistrict, Chiang Rai | 570101 | โครงการ TO BE NUMBER ONE ป้องกันยาเสพติดในกลุ่มเยาวชน ตำบลเวียง | youth drug prevention, EN vs TH | fa=03.1 fb=03.1
N | 5709 | Border anti-drug checkpoints, Mae Sai | 5709 | Anti-drug youth camp, Mae Sai | English both sides, interdiction vs youth camp | fa=03.1 fb=03.1
D | 801201 | ฝึกอบรมอาชีพการแปรรูปอาหารทะเล (ปลาเค็ม กุ้งแห้ง) กลุ่มแม่บ้าน ต.ปากพนัง | 8012 | Seafood processing training (salted fish, dried shrimp) for housewives' groups, Pak Phanang | career training, TH vs EN | fa=04.1 fb=04.1
N | 801201 | ฝึกอบรมการแปรรูปอาหารทะเล ต.ปากพนัง | 801201 | Marine engine repair training for small-scale fishers, Pak Phanang | different trade and group | fa=04.1 fb=04.1
D | 4007 | ตรวจคัดกรองมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี อำเภอน้ำพอง | 400701 | Cervical cancer screening for women aged 30-60, Nam Phong Subdistrict | screening, district vs tambon, TH vs EN | fa=07.4 fb=07.4
N | 400701 | ตรวจคดกรองมะเร็งปากมดลูก ต.น้ำพอง | 400701 | ตรวจคัดกรองพยาธิใบไม้ตับและมะเร็งท่อน้ำดี ต.น้ำพอง | cervical vs liver fluke and bile duct cancer, dropped vowel | fa=07.4 fb=07.4
D | 35 | งานประเพณีบุญบั้งไฟ จังหวัดยโสธร ประจำปี ๒๕๖๘ | 3501 | Yasothon Rocket Festival (Bun Bang Fai) 2025 | the same festival, Thai digits vs EN | fa=08.2 fb=08.2
N | 3501 | งานประเพณีบุญบั้งไฟ ยโสธร | 3501 | งานประเพณีแห่เทียนเข้าพรรษา ยโสธร | two different festivals | fa=08.2 fb=08.2
N | 3201 | Surin Elephant Round-up, November 2024 | 3201 | Surin Elephant Show and Red Cross Fair, November 2025 | next year's festival | fa=08.2 fb=08.2 yb=2569
D | 6501 | รณรงค์ลดการเผาตอซังฟางข้าวและเศษวัสดุการเกษตร อ.เมืองพิษณุโลก | 6501 | Campaign against burning rice stubble and crop residues, Mueang Phitsanulok | open-burning campaign, TH vs EN | fa=05.3 fb=05.3
N | 650118 | ลดการเผาตอซังข้าว ต.บึงพระ | 650120 | ลดการเผาตอซังข้าว ต.งิ้วงาม | same campaign, neighbouring tambon | fa=05.3 fb=05.3
D | 420105 | ฝึกอบรมหลักสูตรผู้ปฏิบัติการฉุกเฉินเบื้องต้น (EMR) ทีมกู้ชีพ อบต.น้ำหมาน | 420105 | Emergency Medical Responder (EMR) course for the Nam Man SAO rescue team | rescue team training, TH vs EN | fa=03.2 fb=03.2
D | 420301 | สอนว่ายน้ำเพื่อเอาชีวิตรอด ป้องกันเด็กจมน้ำ ตำบลเชียงคาน | 4203 | Survival swimming lessons for children to prevent drowning, Chiang Khan | drowning prevention, TH vs EN | fa=07.4 fb=07.4
N | 420301 | สอนว่ายน้ำเพื่อเอาชีวิตรอด ป้องกันเด็กจมน้ำ ต.เชียงคาน | 420301 | Installing warning signs and life buoys along the Mekong, Chiang Khan | swimming lessons vs equipment at the river | fa=07.4 fb=03.2
N | 301401 | ฝึกอาชีพผู้สูงอายุ จักสานตะกร้าจากเส้นพลาสติก ต.เมืองปัก | 301401 | ฝึกอาชีพคนพิการ จักสานตะกร้าจากเส้นพลาสติก ต.เมืองปัก | same craft, different target group | fa=04.1 fb=04.1
D | 3014 | Natural dyeing training for Pak Thong Chai silk weaving groups | 301401 | อบรมการย้อมสีธรรมชาติผ้าไหม กลุ่มทอผ้าไหม ต.เมืองปัก อ.ปักธงชัย | silk dyeing training, EN vs TH | fa=04.1 fb=04.1
`,
};
