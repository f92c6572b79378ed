/**
 * A small bilingual lexicon of public-works and public-service terms (written for Prasan).
 *
 * Each concept joins Thai and English spellings so a Thai title and an English title of the
 * same works share tokens. The weight says how much a shared concept tells about *what* is
 * built or bought: activities that every title has (construct, repair, purchase) weigh little;
 * specific objects (bridge, weir, fire truck) weigh much.
 */
export interface Concept {
  id: string;
  weight: number;
  th: string[];
  en: string[];
  /** Activity words: shared by many unrelated works, never enough on their own. */
  activity?: boolean;
  /** Bought items: each agency buys its own, so a shared item alone is not a duplicate. */
  equipment?: boolean;
}

export const CONCEPTS: Concept[] = [
  // Activities
  { id: 'works', weight: 0.3, activity: true, th: ['ก่อสร้าง', 'สร้าง', 'ซ่อมแซม', 'ซ่อม', 'ซ่อมสร้าง', 'บูรณะ', 'ปรับปรุง', 'ปรับปรุงซ่อมแซม', 'บำรุงรักษา', 'บำรุง'], en: ['construct', 'construction', 'build', 'building of', 'repair', 'repairs', 'rehabilitate', 'rehabilitation', 'improve', 'improvement', 'upgrade', 'upgrading', 'maintenance', 'maintain', 'renovate', 'renovation', 'restore', 'restoration'] },
  { id: 'purchase', weight: 0.3, activity: true, th: ['จัดซื้อ', 'ซื้อ', 'จัดหา'], en: ['purchase', 'procure', 'procurement', 'buy', 'acquire', 'acquisition', 'supply of'] },
  { id: 'install', weight: 0.4, activity: true, th: ['ติดตั้ง'], en: ['install', 'installation'] },
  { id: 'dredge', weight: 1.2, th: ['ขุดลอก'], en: ['dredge', 'dredging', 'desilt', 'desilting'] },
  { id: 'train', weight: 0.8, th: ['ฝึกอบรม', 'อบรม', 'ฝึก'], en: ['train', 'training', 'workshop'] },
  { id: 'campaign', weight: 0.8, th: ['รณรงค์', 'ประชาสัมพันธ์', 'สร้างความตระหนัก'], en: ['campaign', 'awareness', 'publicity'] },
  { id: 'prevent', weight: 0.5, th: ['ป้องกัน', 'ลด'], en: ['prevent', 'prevention', 'protect', 'protection', 'reduce', 'reduction'] },
  { id: 'promote', weight: 0.4, activity: true, th: ['ส่งเสริม', 'สนับสนุน', 'พัฒนา'], en: ['promote', 'promotion', 'support', 'develop', 'development'] },
  { id: 'survey', weight: 0.8, th: ['สำรวจ'], en: ['survey'] },
  { id: 'widen', weight: 0.8, th: ['ขยายช่องจราจร', 'ขยายผิวจราจร', 'ขยายถนน', 'ขยาย'], en: ['widen', 'widening', 'expand', 'expansion', 'lane'] },
  { id: 'overlay', weight: 0.9, th: ['ปูผิว', 'ปูทับ', 'เสริมผิว', 'ปูยาง', 'เสริมผิวแอสฟัลต์'], en: ['overlay', 'resurface', 'resurfacing'] },
  { id: 'plant', weight: 0.9, th: ['ปลูก', 'ปลูกป่า', 'ปลูกต้นไม้'], en: ['plant', 'planting', 'reforestation'] },
  // Roads and transport
  { id: 'road_safety', weight: 1.6, th: ['ความปลอดภัยทางถนน', 'ความปลอดภัยบนท้องถนน', 'อุบัติเหตุทางถนน', 'ลดอุบัติเหตุ'], en: ['road safety', 'traffic safety', 'road accident', 'road accidents', 'safe road'] },
  { id: 'road', weight: 1.0, th: ['ถนน', 'ทาง', 'ผิวทาง', 'ผิวจราจร', 'ถ.', 'สายทาง'], en: ['road', 'street', 'roadway', 'carriageway', 'pavement'] },
  { id: 'highway', weight: 0.5, th: ['ทางหลวง', 'ทางหลวงแผ่นดิน', 'ทางหลวงชนบท'], en: ['highway', 'route'] },
  { id: 'concrete', weight: 0.5, th: ['คอนกรีตเสริมเหล็ก', 'คอนกรีต', 'คสล.', 'คสล', 'ค.ส.ล.'], en: ['concrete', 'reinforced concrete', 'rc'] },
  { id: 'asphalt', weight: 0.6, th: ['แอสฟัลต์ติก', 'แอสฟัลท์ติก', 'แอสฟัลต์', 'แอสฟัลท์', 'ลาดยาง', 'พาราแอสฟัลต์', 'ยางมะตอย'], en: ['asphalt', 'asphaltic', 'bitumen', 'bituminous', 'paved', 'tarmac'] },
  { id: 'laterite', weight: 0.8, th: ['ลูกรัง', 'หินคลุก'], en: ['laterite', 'gravel', 'crushed rock'] },
  { id: 'bridge', weight: 1.6, th: ['สะพาน', 'สะพานคอนกรีต'], en: ['bridge', 'footbridge'] },
  { id: 'culvert', weight: 1.3, th: ['ท่อเหลี่ยม', 'ท่อลอด', 'ท่อลอดเหลี่ยม', 'ท่อลอดกลม'], en: ['culvert', 'box culvert'] },
  { id: 'footpath', weight: 1.3, th: ['ทางเท้า', 'บาทวิถี'], en: ['footpath', 'sidewalk', 'walkway'] },
  { id: 'traffic_sign', weight: 1.3, th: ['ป้ายจราจร', 'เครื่องหมายจราจร', 'สัญญาณไฟจราจร', 'ไฟจราจร', 'ตีเส้นจราจร'], en: ['traffic sign', 'traffic light', 'traffic signal', 'road marking', 'signage'] },
  { id: 'guardrail', weight: 1.4, th: ['ราวกันอันตราย', 'ราวกันตก', 'แบริเออร์'], en: ['guardrail', 'guard rail', 'crash barrier', 'barrier'] },
  { id: 'shoulder', weight: 1.1, th: ['ไหล่ทาง'], en: ['shoulder'] },
  { id: 'intersection', weight: 1.0, th: ['ทางแยก', 'สี่แยก', 'แยก'], en: ['intersection', 'junction', 'crossroad'] },
  { id: 'light', weight: 1.3, th: ['ไฟฟ้าส่องสว่าง', 'ไฟส่องสว่าง', 'โคมไฟ', 'ไฟถนน', 'ไฟกิ่ง'], en: ['street light', 'streetlight', 'street lighting', 'lighting', 'lamp', 'light'] },
  { id: 'solar', weight: 1.0, th: ['โซล่าเซลล์', 'โซลาร์เซลล์', 'โซล่าร์เซลล์', 'พลังงานแสงอาทิตย์'], en: ['solar', 'solar cell', 'solar powered'] },
  { id: 'electricity', weight: 0.8, th: ['ขยายเขตไฟฟ้า', 'ไฟฟ้า'], en: ['electricity', 'electric', 'power line', 'power supply'] },
  // Water
  { id: 'drainage', weight: 1.3, th: ['รางระบายน้ำ', 'ท่อระบายน้ำ', 'ระบายน้ำ', 'ทางระบายน้ำ'], en: ['drainage', 'drain', 'gutter', 'sewer', 'stormwater'] },
  { id: 'pipe', weight: 0.7, th: ['ท่อ', 'วางท่อ'], en: ['pipe', 'pipeline', 'pipes'] },
  { id: 'water_supply', weight: 1.5, th: ['ระบบประปา', 'ประปาหมู่บ้าน', 'ประปา', 'น้ำประปา'], en: ['water supply', 'tap water', 'waterworks', 'piped water'] },
  { id: 'drinking_water', weight: 1.3, th: ['น้ำดื่ม', 'น้ำสะอาด'], en: ['drinking water', 'clean water'] },
  { id: 'well', weight: 1.5, th: ['บ่อบาดาล', 'บ่อน้ำบาดาล', 'บาดาล', 'เจาะบ่อ'], en: ['borehole', 'groundwater', 'artesian well', 'well'] },
  { id: 'water_tank', weight: 1.3, th: ['ถังเก็บน้ำ', 'หอถังสูง', 'หอถัง'], en: ['water tank', 'water tower', 'storage tank'] },
  { id: 'pump', weight: 1.3, th: ['เครื่องสูบน้ำ', 'สูบน้ำ', 'สถานีสูบน้ำ'], en: ['pump', 'pumping', 'pumping station'] },
  { id: 'water', weight: 0.3, th: ['น้ำ', 'แหล่งน้ำ'], en: ['water', 'water source'] },
  { id: 'canal', weight: 1.0, th: ['คลอง', 'ลำคลอง', 'คลองส่งน้ำ', 'ลำราง'], en: ['canal', 'creek', 'stream', 'channel'] },
  { id: 'pond', weight: 1.0, th: ['สระน้ำ', 'สระ', 'หนองน้ำ', 'บึง'], en: ['pond', 'reservoir', 'swamp', 'lake'] },
  { id: 'weir', weight: 1.6, th: ['ฝาย', 'ฝายน้ำล้น', 'ฝายชะลอน้ำ', 'ประตูระบายน้ำ'], en: ['weir', 'check dam', 'sluice'] },
  { id: 'bank', weight: 1.6, th: ['เขื่อนป้องกันตลิ่ง', 'ป้องกันตลิ่ง', 'ตลิ่ง', 'ริมตลิ่ง', 'ตลิ่งพัง'], en: ['riverbank', 'river bank', 'bank protection', 'embankment', 'bank erosion', 'revetment'] },
  { id: 'river', weight: 0.6, th: ['แม่น้ำ', 'ลำน้ำ', 'ริมน้ำ'], en: ['river', 'riverside'] },
  { id: 'dam', weight: 1.0, th: ['เขื่อน', 'อ่างเก็บน้ำ'], en: ['dam'] },
  { id: 'irrigation', weight: 1.2, th: ['ชลประทาน'], en: ['irrigation'] },
  { id: 'flood', weight: 1.0, th: ['น้ำท่วม', 'อุทกภัย', 'น้ำท่วมขัง'], en: ['flood', 'flooding', 'inundation'] },
  { id: 'drought', weight: 1.2, th: ['ภัยแล้ง', 'แล้ง'], en: ['drought'] },
  // Buildings and places of service
  { id: 'school', weight: 1.0, th: ['โรงเรียน', 'สถานศึกษา'], en: ['school'] },
  { id: 'building', weight: 0.7, th: ['อาคาร', 'อาคารเรียน', 'ตึก'], en: ['building', 'classroom'] },
  { id: 'hall', weight: 1.2, th: ['ศาลาประชาคม', 'ศาลาอเนกประสงค์', 'ศาลา', 'อาคารอเนกประสงค์'], en: ['hall', 'pavilion', 'multipurpose hall', 'community hall', 'multi-purpose hall'] },
  { id: 'market', weight: 1.2, th: ['ตลาด', 'ตลาดสด'], en: ['market'] },
  { id: 'clinic', weight: 1.2, th: ['โรงพยาบาลส่งเสริมสุขภาพตำบล', 'รพ.สต.', 'โรงพยาบาล', 'สถานีอนามัย', 'ศูนย์สุขภาพชุมชน'], en: ['hospital', 'health centre', 'health center', 'clinic', 'health promoting hospital'] },
  { id: 'childcare', weight: 1.4, th: ['ศูนย์พัฒนาเด็กเล็ก', 'ศพด.'], en: ['child development centre', 'child development center', 'nursery', 'childcare'] },
  { id: 'library', weight: 1.4, th: ['ห้องสมุด'], en: ['library'] },
  { id: 'toilet', weight: 1.4, th: ['ห้องน้ำ', 'ห้องสุขา', 'สุขา'], en: ['toilet', 'restroom', 'latrine'] },
  { id: 'fence', weight: 1.3, th: ['รั้ว'], en: ['fence', 'fencing'] },
  { id: 'roof', weight: 1.2, th: ['หลังคา'], en: ['roof', 'roofing'] },
  { id: 'sport', weight: 1.2, th: ['ลานกีฬา', 'สนามกีฬา', 'กีฬา', 'สนามฟุตบอล'], en: ['sport', 'sports', 'stadium', 'football field', 'sports field'] },
  { id: 'park', weight: 1.2, th: ['สวนสาธารณะ', 'สวนสุขภาพ', 'ลานออกกำลังกาย'], en: ['park', 'public park', 'fitness park'] },
  { id: 'waste', weight: 1.3, th: ['ขยะมูลฝอย', 'ขยะ', 'มูลฝอย', 'บ่อขยะ'], en: ['waste', 'garbage', 'solid waste', 'rubbish', 'landfill', 'trash'] },
  // People and services
  { id: 'health', weight: 0.7, th: ['สุขภาพ', 'สาธารณสุข'], en: ['health', 'healthcare'] },
  { id: 'elderly', weight: 1.2, th: ['ผู้สูงอายุ', 'คนชรา'], en: ['elderly', 'older person', 'older people', 'senior', 'senior citizen', 'aged'] },
  { id: 'disabled', weight: 1.2, th: ['ผู้พิการ', 'คนพิการ', 'ผู้ด้อยโอกาส'], en: ['disabled', 'disability', 'disabilities', 'people with disabilities'] },
  { id: 'child', weight: 0.9, th: ['เด็ก', 'เยาวชน', 'เด็กและเยาวชน', 'นักเรียน'], en: ['child', 'children', 'youth', 'student', 'pupil'] },
  { id: 'drug', weight: 1.4, th: ['ยาเสพติด'], en: ['drug', 'drugs', 'narcotic', 'narcotics'] },
  { id: 'dengue', weight: 1.5, th: ['ไข้เลือดออก', 'ยุงลาย'], en: ['dengue', 'mosquito', 'dengue fever'] },
  { id: 'vaccine', weight: 1.4, th: ['วัคซีน', 'ฉีดวัคซีน'], en: ['vaccine', 'vaccination', 'immunisation', 'immunization'] },
  { id: 'screening', weight: 1.2, th: ['คัดกรอง', 'ตรวจคัดกรอง'], en: ['screening', 'screen'] },
  { id: 'diabetes', weight: 1.4, th: ['เบาหวาน', 'ความดันโลหิตสูง', 'โรคเรื้อรัง'], en: ['diabetes', 'hypertension', 'ncd', 'chronic disease'] },
  { id: 'volunteer', weight: 1.0, th: ['อาสาสมัคร', 'อสม.', 'อสม', 'จิตอาสา'], en: ['volunteer', 'volunteers'] },
  { id: 'occupation', weight: 1.0, th: ['อาชีพ', 'ฝึกอาชีพ', 'รายได้'], en: ['occupation', 'occupational', 'vocational', 'livelihood', 'income', 'career', 'skills'] },
  { id: 'agriculture', weight: 0.8, th: ['เกษตร', 'เกษตรกร', 'การเกษตร'], en: ['agriculture', 'agricultural', 'farmer', 'farming', 'farm'] },
  { id: 'rice', weight: 1.0, th: ['ข้าว', 'นาข้าว'], en: ['rice', 'paddy'] },
  { id: 'tourism', weight: 1.0, th: ['ท่องเที่ยว', 'แหล่งท่องเที่ยว'], en: ['tourism', 'tourist', 'tourist attraction'] },
  { id: 'otop', weight: 1.2, th: ['สินค้าชุมชน', 'ผลิตภัณฑ์ชุมชน', 'หนึ่งตำบลหนึ่งผลิตภัณฑ์'], en: ['otop', 'community product', 'community products'] },
  { id: 'forest', weight: 1.0, th: ['ป่าไม้', 'ป่าชุมชน', 'ป่า', 'ต้นไม้'], en: ['forest', 'community forest', 'tree', 'trees'] },
  { id: 'internet', weight: 1.3, th: ['อินเทอร์เน็ต', 'อินเตอร์เน็ต', 'ไวไฟ', 'wifi'], en: ['internet', 'wifi', 'wi-fi', 'broadband'] },
  { id: 'meeting', weight: 0.5, th: ['ประชุม', 'สัมมนา', 'ประชาคม'], en: ['meeting', 'seminar', 'conference', 'forum'] },
  { id: 'fire', weight: 1.0, th: ['ดับเพลิง', 'อัคคีภัย', 'ไฟป่า'], en: ['fire', 'firefighting', 'wildfire', 'forest fire'] },
  { id: 'disaster', weight: 0.9, th: ['สาธารณภัย', 'ภัยพิบัติ', 'บรรเทาสาธารณภัย'], en: ['disaster', 'emergency', 'relief'] },
  // Equipment (each agency buys its own)
  { id: 'fire_truck', weight: 1.6, equipment: true, th: ['รถดับเพลิง', 'รถยนต์ดับเพลิง', 'รถบรรทุกน้ำดับเพลิง'], en: ['fire truck', 'fire engine', 'fire tender'] },
  { id: 'water_truck', weight: 1.6, equipment: true, th: ['รถบรรทุกน้ำ', 'รถน้ำอเนกประสงค์'], en: ['water truck', 'water tanker', 'water tank truck'] },
  { id: 'ambulance', weight: 1.6, equipment: true, th: ['รถพยาบาล', 'รถกู้ชีพ', 'รถฉุกเฉิน'], en: ['ambulance', 'emergency vehicle'] },
  { id: 'garbage_truck', weight: 1.6, equipment: true, th: ['รถบรรทุกขยะ', 'รถเก็บขยะ', 'รถขยะ'], en: ['garbage truck', 'refuse truck', 'waste collection truck'] },
  { id: 'vehicle', weight: 0.5, equipment: true, th: ['รถยนต์', 'รถบรรทุก', 'รถ', 'รถจักรยานยนต์'], en: ['vehicle', 'car', 'truck', 'pickup', 'motorcycle'] },
  { id: 'computer', weight: 1.3, equipment: true, th: ['คอมพิวเตอร์', 'โน้ตบุ๊ก', 'โน๊ตบุ๊ค'], en: ['computer', 'laptop', 'notebook computer', 'desktop'] },
  { id: 'printer', weight: 1.2, equipment: true, th: ['เครื่องพิมพ์', 'ปริ้นเตอร์'], en: ['printer'] },
  { id: 'air_conditioner', weight: 1.4, equipment: true, th: ['เครื่องปรับอากาศ', 'แอร์'], en: ['air conditioner', 'air conditioning', 'air-conditioner'] },
  { id: 'cctv', weight: 1.5, th: ['กล้องวงจรปิด', 'กล้องโทรทัศน์วงจรปิด', 'cctv'], en: ['cctv', 'surveillance camera', 'security camera'] },
  { id: 'excavator', weight: 1.5, equipment: true, th: ['รถขุด', 'รถแบ็คโฮ', 'แบ็คโฮ', 'รถตักหน้าขุดหลัง'], en: ['excavator', 'backhoe', 'backhoe loader'] },
  { id: 'generator', weight: 1.4, equipment: true, th: ['เครื่องกำเนิดไฟฟ้า'], en: ['generator', 'power generator'] },
  { id: 'sound_system', weight: 1.3, equipment: true, th: ['เครื่องขยายเสียง', 'ระบบเสียงตามสาย', 'หอกระจายข่าว', 'เสียงตามสาย'], en: ['public address', 'loudspeaker', 'sound system', 'pa system'] },
  { id: 'medical_equipment', weight: 1.3, equipment: true, th: ['ครุภัณฑ์การแพทย์', 'เครื่องมือแพทย์', 'เตียงผู้ป่วย'], en: ['medical equipment', 'hospital bed', 'medical device'] },
];
