/**
 * Words that say nothing about *what* a project builds or buys.
 *
 * Thai budget titles repeat boilerplate (โครงการ…, ประจำปีงบประมาณ…, จำนวน … แห่ง) and
 * administrative words; counted as evidence they make every pair in a province look alike.
 * Decided from the titles in eval/: ก่อสร้าง/ซ่อมแซม/ปรับปรุง are not stop words but a
 * low-weight `works` concept (lexicon.ts), because "construct a road" and "construct a drain"
 * differ by their object, not their verb.
 */
export const THAI_STOP_WORDS = new Set([
  // boilerplate of budget titles
  'โครงการ', 'แผนงาน', 'กิจกรรม', 'งาน', 'การ', 'ความ', 'ประจำปี', 'ปี', 'ปีงบประมาณ', 'งบประมาณ', 'งบ',
  'พ.ศ', 'พศ', 'จำนวน', 'รายการ', 'ค่า', 'ครุภัณฑ์', 'ประเภท', 'ขนาด', 'แบบ', 'ตาม', 'รวม', 'ทั้งสิ้น',
  'ดำเนินการ', 'ดำเนิน', 'จัด', 'ทำ', 'ให้', 'แก่', 'ได้', 'มี', 'เป็น', 'อยู่', 'ไป', 'มา', 'ขึ้น',
  'เพื่อ', 'และ', 'หรือ', 'ของ', 'ที่', 'ใน', 'กับ', 'โดย', 'จาก', 'ถึง', 'ระหว่าง', 'บริเวณ', 'พร้อม',
  'ภายใน', 'สำหรับ', 'สู่', 'ด้าน', 'เรื่อง', 'หลัก', 'ทั่วไป', 'ต่าง', 'อื่น', 'ทั้ง', 'เชิง', 'ปฏิบัติ',
  'ปฏิบัติการ', 'เพิ่ม', 'เติม', 'เพิ่มเติม', 'ใหม่', 'เดิม', 'ต่อ', 'ต่อเนื่อง', 'ครั้ง', 'ที่สุด', 'เชื่อม',
  'เชื่อมต่อ', 'ผู้', 'ประชาชน', 'ราษฎร', 'หน่วยงาน', 'ภาครัฐ', 'ประจำ', 'ตาม', 'แห่ง', 'เครื่อง', 'คัน',
  'หลัง', 'ชุด', 'ตัว', 'เส้น', 'จุด', 'สาย', 'ตอน', 'ช่วง', 'ระยะ', 'ระยะที่', 'หมายเลข', 'เลข', 'กม', 'กม.',
  'กิโลเมตร', 'เมตร', 'ตารางเมตร', 'ตร.ม', 'ลบ.ม', 'ลูกบาศก์เมตร', 'กว้าง', 'ยาว', 'หนา', 'ลึก', 'สูง',
  'ไม่', 'น้อย', 'กว่า', 'ไม่น้อยกว่า', 'พื้นที่', 'ชนิด', 'บาท', 'ล้าน', 'รวมถึง', 'อุปกรณ์', 'ประกอบ',
  'คุณภาพ', 'ชีวิต', 'คุณภาพชีวิต', 'แนวทาง', 'ระบบ', 'เหล็ก', 'เสริม', 'ลาด', 'ปริมาณ', 'ริม',
  'สาธารณะ', 'สาธารณประโยชน์', 'แก้ไข', 'ปัญหา', 'แก้', 'โรค', 'เมือง', 'ลง', 'รอบ', 'ที่ว่าการ', 'จำหน่าย',
  'ชำรุด', 'เสียหาย', 'ผลิต', 'การผลิต', 'เฉลิมพระเกียรติ', 'เฉลิม', 'พระเกียรติ', 'เพื่อการ', 'ทต', 'ทม', 'ทน', 'ได้รับ', 'ความเสียหาย', 'ใช้', 'เพื่อใช้', 'ประมาณ', 'ทั้งหมด', 'แห่งใหม่', 'หน้า',
  // organisations and administrative markers (the *who* and the *where*, not the *what*)
  'องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนจังหวัด', 'องค์การ', 'บริหาร', 'ส่วน', 'อบต', 'อบจ', 'อปท',
  'เทศบาล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'จังหวัด', 'อำเภอ', 'ตำบล', 'หมู่', 'หมู่ที่',
  'หมู่บ้าน', 'บ้าน', 'ชุมชน', 'แขวง', 'เขต', 'กรม', 'กระทรวง', 'สำนักงาน', 'ศูนย์', 'สำนัก', 'กอง',
  'แขวงทางหลวง', 'แขวงทางหลวงชนบท', 'ทางหลวงชนบท',
]);

export const ENGLISH_STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'at', 'on', 'for', 'and', 'or', 'to', 'with', 'by', 'from', 'between',
  'along', 'within', 'under', 'across', 'into', 'its', 'their', 'this', 'that', 'as', 'via', 'per', 'new',
  'project', 'programme', 'program', 'activity', 'activiti', 'work', 'fy', 'fiscal', 'year', 'budget',
  'phase', 'section', 'segment', 'km', 'kilometre', 'kilometer', 'no', 'number', 'meter', 'metre', 'm',
  'wide', 'long', 'length', 'width', 'thick', 'total', 'lot', 'unit', 'set', 'item', 'type', 'size',
  'village', 'district', 'subdistrict', 'sub', 'province', 'provincial', 'tambon', 'amphoe', 'changwat',
  'moo', 'ban', 'municipality', 'municipal', 'sao', 'pao', 'tao', 'city', 'town', 'area', 'local',
  'people', 'resident', 'public', 'community-based', 'including', 'etc', 'baht', 'million', 'office',
  'department', 'ministry', 'administrative', 'administration', 'organization', 'organisation', 'thailand',
  'thai', 'quality', 'life', 'system', 'equipment', 'continued', 'continuation', 'additional', 'more',
  'less', 'than', 'least', 'not', 'over', 'up', 'about', 'around', 'near', 'through', 'connecting',
  'connect', 'link', 'linking', 'serving', 'serve', 'surface', 'reinforc', 'reinforce', 'square',
  'dur', 'mueang', 'community', 'perimeter', 'centr', 'center', 'damag', 'after', 'before', 'front', 'its', 'all',
]);

/** English words a light stemmer must leave alone (their stem is another concept's word). */
export const STEM_PROTECTED = new Set(['building', 'buildings', 'meeting', 'ceiling', 'housing', 'lighting', 'news', 'bus', 'gas', 'series', 'status']);
