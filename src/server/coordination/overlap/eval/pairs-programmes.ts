/**
 * Programmes, subsidies and purchases in the shape of provincial and local budget lines:
 * campaigns, training, health outreach, farm support, school subsidies and equipment, by
 * tambon, district or province; Thai, English and both. Added after the first tuning round,
 * written and labelled before the engine was run on them; the split is the file's (every third
 * line is `test`). Written for Prasan.
 */
import type { Block } from './load.js';

export const PROGRAMME_PAIRS: Block = {
  category: 'programme',
  functionCode: '07.4',
  lines: `
D | 40 | โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ จังหวัดขอนแก่น | 4001 | ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ ลดอุบัติเหตุทางถนน อำเภอเมืองขอนแก่น | New Year road safety, province vs district | fa=03.1 fb=03.1
N | 4001 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ อำเภอเมืองขอนแก่น | 4001 | ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ อำเภอเมืองขอนแก่น | same campaign, the next New Year's budget | fa=03.1 fb=03.1 yb=2569
D | 3401 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า อำเภอเมืองอุบลราชธานี | 340101 | Rabies-free animals, safe people: dog and cat vaccination, Nai Mueang, Ubon | rabies programme EN/TH
N | 340101 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลในเมือง | 340102 | สัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตำบลหัวเรือ | same programme, neighbouring tambon
D | 440101 | หน่วยแพทย์เคลื่อนที่ออกให้บริการประชาชน ตำบลตลาด | 4401 | Mobile medical unit visits, Talat Subdistrict, Mueang Maha Sarakham | mobile clinic EN/TH
N | 440101 | หน่วยแพทย์เคลื่อนที่ ตำบลตลาด | 440101 | หน่วยทันตกรรมเคลื่อนที่ ตรวจฟันนักเรียน ตำบลตลาด | mobile clinic vs mobile dental unit for pupils
D | 4701 | ธนาคารน้ำใต้ดินระบบปิด อำเภอเมืองสกลนคร 200 จุด | 470101 | Closed groundwater recharge wells (groundwater bank), 200 points, Mueang Sakon Nakhon | groundwater bank EN/TH | fa=04.2 fb=04.2
N | 470101 | ธนาคารน้ำใต้ดินระบบปิด ตำบลธาตุเชิงชุม | 470101 | ขุดสระเก็บน้ำประจำไร่นา ตำบลธาตุเชิงชุม | groundwater bank vs farm ponds | fa=04.2 fb=04.2
D | 310101 | ส่งเสริมอาชีพการทอผ้าไหมพื้นเมือง กลุ่มสตรีตำบลในเมือง | 3101 | Promoting traditional silk weaving for women's groups, Nai Mueang, Buri Ram | silk weaving EN/TH | fa=04.1 fb=04.1
N | 310101 | ส่งเสริมอาชีพทอผ้าไหม ตำบลในเมือง | 310101 | ส่งเสริมอาชีพเลี้ยงไก่ไข่ ตำบลในเมือง | weaving vs egg hens | fa=04.1 fb=04.2
D | 4501 | อุดหนุนอาหารกลางวันนักเรียนโรงเรียนสังกัด สพฐ. อำเภอเมืองร้อยเอ็ด | 4501 | School lunch subsidy for OBEC schools, Mueang Roi Et | school lunch EN/TH | fa=09 fb=09
N | 4501 | อุดหนุนอาหารกลางวันโรงเรียน อำเภอเมืองร้อยเอ็ด | 4501 | อุดหนุนอาหารเสริม (นม) โรงเรียน อำเภอเมืองร้อยเอ็ด | lunch vs milk | fa=09 fb=09
D | 46 | จัดการแข่งขันกีฬาต้านยาเสพติด กาฬสินธุ์เกมส์ | 4601 | แข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด ระดับจังหวัด อำเภอเมืองกาฬสินธุ์ | anti-drug games, province vs host district | fa=08.1 fb=08.1
N | 4601 | แข่งขันกีฬาต้านยาเสพติด อำเภอเมืองกาฬสินธุ์ | 4601 | อบรมแกนนำเยาวชนป้องกันยาเสพติด อำเภอเมืองกาฬสินธุ์ | sports event vs youth leader training | fa=08.1 fb=03.1
D | 480101 | อบรมให้ความรู้การคัดแยกขยะและทำปุ๋ยหมักจากขยะอินทรีย์ ตำบลในเมือง | 4801 | Household waste sorting and composting training, Nai Mueang, Nakhon Phanom | waste sorting EN/TH | fa=05.1 fb=05.1
N | 480101 | อบรมการคัดแยกขยะ ตำบลในเมือง | 480101 | จัดซื้อถังขยะแยกประเภท ตำบลในเมือง | training vs buying sorted bins | fa=05.1 fb=05.1
D | 350101 | ส่งเสริมการปลูกผักปลอดสารพิษในครัวเรือน ตำบลในเมือง | 350101 | Pesticide-free home vegetable gardens, Nai Mueang Subdistrict | home gardens EN/TH | fa=04.2 fb=04.2
N | 350101 | ส่งเสริมการปลูกผักปลอดสารพิษ ตำบลในเมือง | 350101 | ส่งเสริมการเลี้ยงปลาในบ่อดิน ตำบลในเมือง | vegetables vs pond fish | fa=04.2 fb=04.2
D | 4001 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์การแพทย์ หน่วยกู้ชีพเทศบาลนครขอนแก่น | 400101 | Purchase of an ambulance van with medical equipment for the Khon Kaen city rescue unit | same ambulance, same rescue unit | fa=07.3 fb=07.3
N | 400101 | จัดซื้อรถพยาบาล (รถตู้) หน่วยกู้ชีพ เทศบาลนครขอนแก่น | 340101 | จัดซื้อรถพยาบาล (รถตู้) หน่วยกู้ชีพ เทศบาลนครอุบลราชธานี | same ambulance, another city | fa=07.3 fb=07.3
N | 4401 | จัดซื้อเครื่องพ่นหมอกควันกำจัดยุง จำนวน 2 เครื่อง อำเภอเมืองมหาสารคาม | 440103 | จัดซื้อเครื่องพ่นหมอกควัน 1 เครื่อง องค์การบริหารส่วนตำบลเขวา | each agency's own fogging machine, nested areas
D | 440103 | Purchase of 1 thermal fogging machine for Khwao SAO | 440103 | จัดซื้อเครื่องพ่นหมอกควัน จำนวน 1 เครื่อง อบต.เขวา | the same fogging machine, EN/TH
D | 3101 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) อำเภอเมืองบุรีรัมย์ | 310105 | Civil defence volunteer training, Mueang Buri Ram District | civil defence volunteers EN/TH | fa=03.2 fb=03.2
N | 310105 | ฝึกอบรม อปพร. อำเภอเมืองบุรีรัมย์ | 310105 | ฝึกอบรม อปพร. อำเภอเมืองบุรีรัมย์ | same training, the year after | fa=03.2 fb=03.2 yb=2569
N | 31 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) จังหวัดบุรีรัมย์ | 31 | ฝึกอบรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) จังหวัดบุรีรัมย์ | civil defence vs village health volunteers | fa=03.2 fb=07.4
D | 4701 | คัดกรองและส่งเสริมพัฒนาการเด็กปฐมวัย อำเภอเมืองสกลนคร | 470103 | ตรวจคัดกรองพัฒนาการเด็ก 0-5 ปี ตำบลงิ้วด่อน | early childhood development screening
N | 470103 | คัดกรองพัฒนาการเด็กปฐมวัย ตำบลงิ้วด่อน | 470103 | คัดกรองภาวะซึมเศร้าผู้สูงอายุ ตำบลงิ้วด่อน | child development vs elderly depression screening
D | 45 | ส่งเสริมการผลิตข้าวหอมมะลิคุณภาพ ทุ่งกุลาร้องไห้ จังหวัดร้อยเอ็ด | 4511 | Promotion of quality Hom Mali rice in Thung Kula Rong Hai, Suwannaphum | Hom Mali rice, province vs district | fa=04.2 fb=04.2
N | 4511 | ส่งเสริมการผลิตข้าวหอมมะลิคุณภาพ อำเภอสุวรรณภูมิ | 4511 | ส่งเสริมการผลิตข้าวหอมมะลิคุณภาพ อำเภอสุวรรณภูมิ ระยะที่ 2 | second phase of the same promotion | fa=04.2 fb=04.2
D | 480102 | จัดงานประเพณีไหลเรือไฟ ตำบลหนองแสง | 4801 | Illuminated boat procession festival (Lai Ruea Fai), Nakhon Phanom | boat festival EN/TH | fa=08.2 fb=08.2
N | 4801 | จัดงานประเพณีไหลเรือไฟ นครพนม | 4801 | จัดงานแข่งเรือยาวประเพณี นครพนม | illuminated boats vs long-boat races | fa=08.2 fb=08.2
D | 340103 | ให้ความช่วยเหลือผู้ประสบอุทกภัย ตำบลขามใหญ่ | 340103 | Flood relief for affected households, Kham Yai Subdistrict | flood relief EN/TH | fa=10.9 fb=10.9
N | 340103 | ช่วยเหลือผู้ประสบอุทกภัย ตำบลขามใหญ่ | 340103 | ช่วยเหลือผู้ประสบภัยแล้ง ตำบลขามใหญ่ | flood vs drought relief | fa=10.9 fb=10.9
D | 460101 | จัดซื้อวัสดุการศึกษา (สื่อการเรียนการสอน) ศูนย์พัฒนาเด็กเล็กบ้านกาฬสินธุ์ | 460101 | Teaching materials for Ban Kalasin child development centre | teaching materials, same centre | fa=09 fb=09
N | 460101 | จัดซื้อวัสดุการศึกษา ศูนย์พัฒนาเด็กเล็กบ้านกาฬสินธุ์ | 460101 | จัดซื้อวัสดุการศึกษา ศูนย์พัฒนาเด็กเล็กบ้านเหนือ | same materials, another child centre | fa=09 fb=09
`,
};
