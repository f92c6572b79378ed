/**
 * A small bilingual lexicon of public-works and public-service terms (written for Prasan).
 *
 * Each concept joins Thai and English spellings so a Thai title and an English title of the
 * same works share tokens. The weight says how much a shared concept tells about *what* is
 * built or bought: activities that every title has (construct, repair, purchase) weigh little;
 * specific objects (bridge, weir, fire truck) weigh much.
 */
/**
 * - `thing`: what is built or bought (road, weir, fire truck) — two projects whose things are
 *   all different are different works, whatever else they share;
 * - `topic`: what a service is about (dengue, elderly, floods) — likewise;
 * - `activity`, `material`, `generic`: shared by unrelated works; evidence, never enough.
 */
import { PROGRAMME_CONCEPTS } from './lexicon-programmes.js';
import { SERVICE_CONCEPTS } from './lexicon-services.js';

export type ConceptKind = 'thing' | 'topic' | 'activity' | 'material' | 'generic';

export interface Concept {
  id: string;
  weight: number;
  th: string[];
  en: string[];
  /** Default `thing`. */
  kind?: ConceptKind;
  /** Bought items: each agency buys its own, so a shared item alone is not a duplicate. */
  equipment?: boolean;
  /**
   * A dimension on which two services that share their topic still differ: who it is for
   * (`group`), which festival period (`occasion`), which division of one organisation buys
   * (`division`), which trade a course teaches (`trade`), what is done to one canal (`method`:
   * dredging is not lining), which crop a farm programme grows (`crop`), a basic course or a
   * refresher (`course`), which kind of one structure is built (`structure`: check dams are
   * not an overflow weir), which disease a health service fights (`disease`), which game a
   * tournament plays (`sport`), which language a course teaches (`language`), a new building
   * or the old one (`age`), community tourism or a roadshow (`tourism`), which e-service
   * (`service`), which farm programme (`programme`). Two titles naming values of one facet, none in common, are two services.
   */
  facet?: Facet;
  /** A place works are done *at* (a market, a school): toilets at a market are not toilets at a temple. */
  site?: boolean;
  /** Concepts a term of this one also names (a check dam is a weir): their tokens come with it. */
  implies?: string[];
}

export type Facet =
  | 'group'
  | 'occasion'
  | 'division'
  | 'trade'
  | 'method'
  | 'crop'
  | 'course'
  | 'structure'
  | 'disease'
  | 'sport'
  | 'language'
  | 'age'
  | 'tourism'
  | 'service'
  | 'programme';

/** Public works: roads, water, buildings. People, services and equipment: lexicon-services.ts. */
const WORKS_CONCEPTS: Concept[] = [
  // Activities: every title has one
  {
    id: 'works',
    weight: 0.3,
    kind: 'activity',
    th: ['ก่อสร้าง', 'สร้าง', 'ซ่อมแซม', 'ซ่อม', 'ซ่อมสร้าง', 'บูรณะ', 'ปรับปรุง', 'ปรับปรุงซ่อมแซม', 'บำรุงรักษา', 'บำรุง', 'ยกระดับ'],
    en: [
      'construct',
      'construction',
      'build',
      'repair',
      'repairs',
      'rehabilitate',
      'rehabilitation',
      'improve',
      'improvement',
      'upgrade',
      'upgrading',
      'maintenance',
      'maintain',
      'renovate',
      'renovation',
      'restore',
      'restoration',
      'renewal',
      'replacement',
      'replace',
    ],
  },
  {
    id: 'purchase',
    weight: 0.3,
    kind: 'activity',
    th: ['จัดซื้อ', 'ซื้อ', 'จัดหา'],
    en: ['purchase', 'procure', 'procurement', 'buy', 'acquire', 'acquisition', 'supply of'],
  },
  { id: 'install', weight: 0.4, kind: 'activity', th: ['ติดตั้ง'], en: ['install', 'installation'] },
  { id: 'dig', weight: 0.4, kind: 'activity', th: ['ขุด', 'ขุดเจาะ', 'เจาะ'], en: ['dig', 'digging', 'excavate', 'excavation', 'drill', 'drilling'] },
  {
    id: 'promote',
    weight: 0.4,
    kind: 'activity',
    th: ['ส่งเสริม', 'สนับสนุน', 'พัฒนา', 'สืบสาน', 'จัดงาน', 'จัดตั้ง'],
    en: ['promote', 'promotion', 'support', 'develop', 'development', 'preserve', 'establish', 'organise', 'organize'],
  },
  {
    id: 'prevent',
    weight: 0.5,
    kind: 'activity',
    th: ['ป้องกัน', 'ลด', 'ควบคุม', 'เฝ้าระวัง', 'แก้ไขปัญหา', 'บรรเทา'],
    en: ['prevent', 'prevention', 'protect', 'protection', 'reduce', 'reduction', 'control', 'surveillance', 'relieve', 'mitigation'],
  },
  {
    id: 'train',
    weight: 0.8,
    kind: 'activity',
    th: ['ฝึกอบรม', 'อบรม', 'ฝึก', 'พัฒนาศักยภาพ', 'ซ้อม', 'ฝึกซ้อม'],
    en: ['train', 'training', 'workshop', 'capacity building', 'drill', 'exercise'],
  },
  { id: 'campaign', weight: 0.8, kind: 'activity', th: ['รณรงค์', 'ประชาสัมพันธ์', 'สร้างความตระหนัก'], en: ['campaign', 'awareness', 'publicity'] },
  { id: 'care', weight: 0.8, kind: 'activity', th: ['ดูแล', 'บำบัด', 'ฟื้นฟู'], en: ['care', 'caring', 'treatment', 'therapy'] },
  { id: 'survey', weight: 0.8, kind: 'activity', th: ['สำรวจ'], en: ['survey'] },
  { id: 'dredge', weight: 1.2, kind: 'activity', facet: 'method', th: ['ขุดลอก'], en: ['dredge', 'dredging', 'desilt', 'desilting'] },
  { id: 'plant', weight: 0.9, kind: 'activity', th: ['ปลูก', 'ปลูกป่า', 'ปลูกต้นไม้'], en: ['plant', 'planting', 'reforestation'] },
  { id: 'lining', weight: 1.0, kind: 'activity', facet: 'method', th: ['ดาดคอนกรีต', 'ดาด'], en: ['lining', 'lined'] },
  // Materials
  { id: 'concrete', weight: 0.5, kind: 'material', th: ['คอนกรีตเสริมเหล็ก', 'คอนกรีต', 'คสล'], en: ['concrete', 'reinforced concrete', 'rc'] },
  {
    id: 'asphalt',
    weight: 0.6,
    kind: 'material',
    th: ['แอสฟัลต์ติก', 'แอสฟัลท์ติก', 'แอสฟัลต์', 'แอสฟัลท์', 'ลาดยาง', 'พาราแอสฟัลต์', 'ยางมะตอย', 'ยางพารา'],
    en: ['asphalt', 'asphaltic', 'bitumen', 'bituminous', 'tarmac', 'para asphalt'],
  },
  { id: 'laterite', weight: 0.8, kind: 'material', th: ['ลูกรัง', 'หินคลุก'], en: ['laterite', 'gravel', 'crushed rock', 'earth road', 'dirt road'] },
  {
    id: 'solar',
    weight: 1.0,
    kind: 'material',
    th: ['โซล่าเซลล์', 'โซลาร์เซลล์', 'โซล่าร์เซลล์', 'พลังงานแสงอาทิตย์', 'เซลล์แสงอาทิตย์', 'โซลาร์รูฟท็อป', 'โซล่ารูฟท็อป'],
    en: ['solar', 'solar cell', 'solar powered', 'solar-powered', 'photovoltaic', 'solar panel', 'solar panels', 'rooftop solar', 'solar rooftop', 'pv'],
  },
  // Generic words
  { id: 'water', weight: 0.3, kind: 'generic', th: ['น้ำ', 'แหล่งน้ำ', 'ทางน้ำ'], en: ['water', 'water source'] },
  { id: 'highway', weight: 0.5, kind: 'generic', th: ['ทางหลวง', 'ทางหลวงแผ่นดิน'], en: ['highway', 'route'] },
  { id: 'river', weight: 0.6, kind: 'generic', th: ['แม่น้ำ', 'ลำน้ำ', 'ริมน้ำ', 'ริมโขง'], en: ['river', 'riverside', 'mekong'] },
  { id: 'building', weight: 0.7, kind: 'generic', th: ['อาคาร', 'ตึก'], en: ['building'] },
  { id: 'health', weight: 0.7, kind: 'generic', th: ['สุขภาพ', 'สาธารณสุข', 'ออกกำลังกาย'], en: ['health', 'healthcare', 'exercise', 'fitness'] },
  { id: 'meeting', weight: 0.5, kind: 'generic', th: ['ประชุม', 'สัมมนา', 'ประชาคม'], en: ['meeting', 'seminar', 'conference', 'forum'] },
  { id: 'new_year', weight: 1.4, kind: 'topic', facet: 'occasion', th: ['ปีใหม่', 'เทศกาลปีใหม่'], en: ['new year'] },
  { id: 'festival', weight: 0.7, kind: 'generic', th: ['เทศกาล', 'งานประเพณี', 'ประเพณี', 'งานบุญ'], en: ['festival', 'fair', 'tradition', 'traditional'] },
  // Roads and transport (road works of one family: widening and overlay are road works)
  {
    id: 'road',
    weight: 1.0,
    th: [
      'ถนน',
      'ทาง',
      'ผิว',
      'ผิวทาง',
      'ผิวจราจร',
      'สายทาง',
      'ทางหลวงชนบท',
      'ซอย',
      'ขยายช่องจราจร',
      'ขยายผิวจราจร',
      'ขยายถนน',
      'ขยายทางหลวง',
      'ปูผิว',
      'ปูทับ',
      'เสริมผิว',
      'ปูยาง',
      'ช่องจราจร',
    ],
    en: ['road', 'street', 'roadway', 'carriageway', 'pavement', 'paving', 'pave', 'soi', 'lane', 'road widening', 'overlay', 'resurface', 'resurfacing'],
  },
  {
    id: 'road_safety',
    weight: 1.6,
    kind: 'topic',
    th: ['ความปลอดภัยทางถนน', 'ความปลอดภัยบนท้องถนน', 'อุบัติเหตุทางถนน', 'ลดอุบัติเหตุ', 'อุบัติเหตุ'],
    en: ['road safety', 'traffic safety', 'road accident', 'road accidents', 'safe road', 'accident'],
  },
  {
    id: 'black_spot',
    weight: 1.3,
    th: ['จุดเสี่ยง', 'จุดอันตราย', 'จุดเสี่ยงอุบัติเหตุ'],
    en: ['black spot', 'blackspot', 'hazardous spot', 'danger spot', 'dangerous spot'],
  },
  { id: 'bridge', weight: 1.6, th: ['สะพาน', 'สะพานคอนกรีต'], en: ['bridge'] },
  {
    id: 'footbridge',
    weight: 1.2,
    kind: 'generic',
    implies: ['bridge'],
    th: ['สะพานลอยคนข้าม', 'สะพานลอย', 'สะพานคนเดิน'],
    en: ['footbridge', 'pedestrian bridge', 'pedestrian overpass'],
  },
  { id: 'culvert', weight: 1.3, th: ['ท่อเหลี่ยม', 'ท่อลอด', 'ท่อลอดเหลี่ยม', 'ท่อลอดกลม'], en: ['culvert', 'box culvert'] },
  { id: 'footpath', weight: 1.3, th: ['ทางเท้า', 'บาทวิถี', 'ทางเดิน'], en: ['footpath', 'sidewalk', 'walkway'] },
  {
    id: 'traffic_sign',
    weight: 1.3,
    th: ['ป้ายจราจร', 'เครื่องหมายจราจร', 'สัญญาณไฟจราจร', 'ไฟจราจร', 'ตีเส้นจราจร', 'ตีเส้น', 'หมุดสะท้อนแสง', 'ป้ายเตือน'],
    en: ['traffic sign', 'traffic light', 'traffic lights', 'traffic signal', 'road marking', 'road markings', 'signage', 'reflective stud', 'warning sign'],
  },
  { id: 'signpost', weight: 1.2, th: ['ป้ายบอกทาง'], en: ['signpost', 'direction sign'] },
  { id: 'guardrail', weight: 1.4, th: ['ราวกันอันตราย', 'ราวกันตก', 'แบริเออร์'], en: ['guardrail', 'guard rail', 'crash barrier', 'barrier'] },
  { id: 'shoulder', weight: 1.1, th: ['ไหล่ทาง'], en: ['shoulder'] },
  {
    id: 'overpass',
    weight: 1.6,
    th: ['สะพานข้ามทางแยก', 'สะพานข้ามแยก', 'สะพานลอยรถยนต์', 'ทางยกระดับ', 'ทางแยกต่างระดับ'],
    en: ['overpass', 'flyover', 'interchange', 'elevated road', 'grade-separated intersection', 'grade-separated junction'],
  },
  { id: 'intersection', weight: 1.0, th: ['ทางแยก', 'สี่แยก', 'สามแยก'], en: ['intersection', 'junction', 'crossroad', 'interchange'] },
  { id: 'landslide', weight: 1.3, kind: 'topic', th: ['ดินสไลด์', 'ดินถล่ม', 'ดินโคลนถล่ม'], en: ['landslide', 'landslip'] },
  {
    id: 'light',
    weight: 1.3,
    th: ['ไฟฟ้าส่องสว่าง', 'ไฟฟ้าแสงสว่าง', 'ไฟส่องสว่าง', 'ไฟแสงสว่าง', 'โคมไฟ', 'ไฟถนน', 'ไฟกิ่ง'],
    en: ['street light', 'streetlight', 'street lighting', 'lighting', 'lamp', 'light'],
  },
  {
    id: 'electricity',
    weight: 1.0,
    th: ['ขยายเขตไฟฟ้า', 'ขยายเขต', 'ไฟฟ้าแรงต่ำ', 'ระบบจำหน่ายไฟฟ้า', 'ไฟฟ้า', 'กฟภ', 'การไฟฟ้าส่วนภูมิภาค'],
    en: ['electricity', 'electric', 'power line', 'power supply', 'low voltage', 'grid extension', 'pea', 'power line extension'],
  },
  { id: 'parking', weight: 1.2, th: ['ลานจอดรถ', 'ที่จอดรถ'], en: ['car park', 'parking'] },
  // Water
  {
    id: 'drainage',
    weight: 1.3,
    th: ['รางระบายน้ำ', 'ท่อระบายน้ำ', 'ระบายน้ำ', 'ทางระบายน้ำ', 'บ่อพัก'],
    en: ['drainage', 'drain', 'gutter', 'sewer', 'stormwater', 'storm drain', 'manhole', 'ditch'],
  },
  { id: 'wastewater', weight: 1.4, th: ['บำบัดน้ำเสีย', 'น้ำเสีย'], en: ['wastewater', 'waste water', 'sewage treatment'] },
  { id: 'pipe', weight: 0.7, kind: 'generic', th: ['ท่อ', 'วางท่อ', 'ท่อส่งน้ำ'], en: ['pipe', 'pipeline', 'pipes'] },
  {
    id: 'water_supply',
    weight: 1.5,
    th: ['ระบบประปา', 'ประปาหมู่บ้าน', 'ประปาภูเขา', 'ประปา', 'น้ำประปา', 'ขยายเขตประปา', 'น้ำดิบ', 'ขยายเขตจำหน่ายน้ำประปา', 'เขตจำหน่ายน้ำ', 'กปภ', 'การประปาส่วนภูมิภาค'],
    en: ['water supply', 'tap water', 'waterworks', 'piped water', 'raw water', 'water main', 'water mains', 'distribution main', 'pwa'],
  },
  {
    id: 'drinking_water',
    weight: 1.3,
    th: ['น้ำดื่ม', 'น้ำสะอาด', 'เครื่องกรองน้ำ', 'ผลิตน้ำดื่ม'],
    en: ['drinking water', 'clean water', 'water filter', 'water purifier'],
  },
  { id: 'well', weight: 1.5, th: ['บ่อบาดาล', 'บ่อน้ำบาดาล', 'บาดาล'], en: ['borehole', 'groundwater', 'artesian well', 'well'] },
  { id: 'water_tank', weight: 1.3, th: ['ถังเก็บน้ำ', 'หอถังสูง', 'หอถัง', 'ระบบกรอง'], en: ['water tank', 'water tower', 'storage tank'] },
  { id: 'pump_station', implies: ['pump'], weight: 1.3, th: ['สถานีสูบน้ำ', 'สถานีสูบน้ำด้วยไฟฟ้า'], en: ['pumping station', 'pump station', 'solar pumping station'] },
  { id: 'pump', weight: 1.3, equipment: true, th: ['เครื่องสูบน้ำ', 'สูบน้ำ'], en: ['pump', 'water pump'] },
  {
    id: 'canal',
    weight: 1.0,
    th: ['คลอง', 'ลำคลอง', 'คลองส่งน้ำ', 'คลองระบายน้ำ', 'คลองผันน้ำ', 'ลำราง', 'ลำห้วย', 'ห้วย'],
    en: ['canal', 'creek', 'stream', 'channel', 'khlong', 'huai', 'diversion canal', 'drainage canal', 'flood diversion canal'],
  },
  // The Land Development Department's programme digs ponds on each farmer's own land: not a public pond.
  {
    id: 'farm_pond',
    weight: 1.4,
    th: ['สระน้ำในไร่นา', 'บ่อน้ำในไร่นา', 'สระเก็บน้ำในไร่นา', 'แหล่งน้ำในไร่นา', 'บ่อจิ๋ว', 'สระในไร่นา', 'สระน้ำประจำไร่นา', 'บ่อน้ำประจำไร่นา', 'สระประจำไร่นา'],
    en: ['farm pond', 'on-farm pond', 'farm ponds', 'on-farm ponds'],
  },
  { id: 'pond', weight: 1.0, th: ['สระน้ำ', 'สระ', 'หนองน้ำ', 'บึง', 'หนอง', 'สระเก็บน้ำ'], en: ['pond', 'swamp', 'lake'] },
  { id: 'weir', weight: 1.6, th: ['ฝาย', 'ประตูระบายน้ำ', 'ปตร', 'ฝายกักเก็บน้ำ'], en: ['weir', 'sluice', 'sluice gate', 'regulator', 'water gate'] },
  {
    id: 'check_dam',
    weight: 0.8,
    kind: 'generic',
    facet: 'structure',
    implies: ['weir'],
    th: ['ฝายชะลอน้ำ', 'ฝายแม้ว', 'ฝายชะลอความชุ่มชื้น', 'ฝายชะลอน้ำแบบผสมผสาน'],
    en: ['check dam', 'check dams'],
  },
  {
    id: 'overflow_weir',
    weight: 0.8,
    kind: 'generic',
    facet: 'structure',
    implies: ['weir'],
    th: ['ฝายน้ำล้น', 'ฝายคอนกรีต', 'ฝายน้ำล้นคอนกรีต'],
    en: ['overflow weir', 'concrete weir', 'spillway weir'],
  },
  {
    id: 'bank',
    weight: 1.6,
    th: ['เขื่อนป้องกันตลิ่ง', 'ป้องกันตลิ่ง', 'เขื่อนกันตลิ่ง', 'ตลิ่ง', 'ริมตลิ่ง', 'ตลิ่งพัง', 'กัดเซาะ', 'เขื่อนเรียงหิน', 'คันกั้นน้ำ', 'ทำนบ', 'ทำนบดิน', 'คันดิน'],
    en: ['riverbank', 'river bank', 'bank protection', 'embankment', 'bank erosion', 'revetment', 'erosion', 'dike', 'dyke', 'levee'],
  },
  { id: 'dam', weight: 1.0, th: ['เขื่อน', 'อ่างเก็บน้ำ'], en: ['dam', 'reservoir'] },
  { id: 'irrigation', weight: 1.2, th: ['ชลประทาน'], en: ['irrigation'] },
  { id: 'flood', weight: 1.0, kind: 'topic', th: ['น้ำท่วม', 'อุทกภัย', 'น้ำท่วมขัง'], en: ['flood', 'flooding', 'inundation'] },
  { id: 'drought', weight: 1.2, kind: 'topic', th: ['ภัยแล้ง', 'แล้ง'], en: ['drought'] },
  { id: 'fish', weight: 1.3, kind: 'topic', th: ['เลี้ยงปลา', 'ปลา', 'กระชัง', 'ประมง'], en: ['fish', 'fishery', 'fish farming', 'aquaculture', 'cage'] },
  {
    id: 'livestock',
    weight: 1.3,
    kind: 'topic',
    th: ['ปศุสัตว์', 'โคเนื้อ', 'โค', 'กระบือ', 'ไก่', 'สุกร', 'ไก่พื้นเมือง'],
    en: ['livestock', 'cattle', 'beef', 'buffalo', 'chicken', 'poultry', 'pig'],
  },
  // Buildings and places of service
  { id: 'school', site: true, weight: 1.0, th: ['โรงเรียน', 'สถานศึกษา', 'สพฐ'], en: ['school', 'obec'] },
  { id: 'classroom', weight: 1.2, th: ['อาคารเรียน', 'ห้องเรียน'], en: ['classroom', 'classroom building', 'school building', 'classroom block'] },
  { id: 'canteen', weight: 1.3, th: ['โรงอาหาร'], en: ['canteen', 'cafeteria'] },
  {
    id: 'hall',
    site: true,
    weight: 1.2,
    th: ['ศาลาประชาคม', 'ศาลาอเนกประสงค์', 'ศาลา', 'อาคารอเนกประสงค์', 'อาคารเอนกประสงค์'],
    en: ['hall', 'pavilion', 'multipurpose hall', 'community hall', 'multi-purpose hall', 'multipurpose building', 'community building'],
  },
  {
    id: 'bus_shelter',
    weight: 1.4,
    th: ['ศาลาพักผู้โดยสาร', 'ที่พักผู้โดยสาร', 'ศาลารอรถ', 'ป้ายรถโดยสาร'],
    en: ['bus shelter', 'bus stop', 'passenger shelter', 'waiting shed'],
  },
  { id: 'market', site: true, weight: 1.2, th: ['ตลาด', 'ตลาดสด', 'ตลาดนัด', 'ตลาดชุมชน'], en: ['market', 'fresh market'] },
  {
    id: 'clinic',
    site: true,
    weight: 1.2,
    th: ['โรงพยาบาลส่งเสริมสุขภาพตำบล', 'รพสต', 'โรงพยาบาล', 'สถานีอนามัย', 'ศูนย์สุขภาพชุมชน', 'ศูนย์บริการสาธารณสุข', 'ศบส'],
    en: [
      'hospital',
      'health centre',
      'health center',
      'clinic',
      'health promoting hospital',
      'shph',
      'public health centre',
      'public health center',
      'bma public health centre',
    ],
  },
  { id: 'ward', weight: 1.3, th: ['หอผู้ป่วย', 'หอผู้ป่วยใน', 'ผู้ป่วยใน'], en: ['ward', 'in-patient', 'inpatient', 'patient ward'] },
  {
    id: 'staff_housing',
    weight: 1.3,
    th: ['บ้านพักเจ้าหน้าที่', 'บ้านพักครู', 'บ้านพัก', 'อาคารพักพยาบาล', 'บ้านพักพยาบาล', 'แฟลตพยาบาล'],
    en: ['staff housing', 'staff quarters', 'housing'],
  },
  {
    id: 'childcare',
    site: true,
    weight: 1.4,
    th: ['ศูนย์พัฒนาเด็กเล็ก', 'ศพด'],
    en: [
      'child development centre',
      'child development center',
      'early childhood development centre',
      'early childhood development center',
      'nursery',
      'childcare',
    ],
  },
  { id: 'library', site: true, weight: 1.4, th: ['ห้องสมุด'], en: ['library'] },
  { id: 'toilet', weight: 1.4, th: ['ห้องน้ำ', 'ห้องสุขา', 'สุขา', 'ส้วม'], en: ['toilet', 'toilets', 'restroom', 'latrine'] },
  { id: 'fence', weight: 1.3, th: ['รั้ว'], en: ['fence', 'fencing'] },
  { id: 'roof', weight: 1.2, th: ['หลังคา'], en: ['roof', 'roofing'] },
  { id: 'meeting_room', weight: 1.3, th: ['ห้องประชุม'], en: ['meeting room', 'conference room'] },
  {
    id: 'sport',
    site: true,
    weight: 1.2,
    th: ['ลานกีฬา', 'สนามกีฬา', 'กีฬา'],
    en: ['sport', 'sports', 'stadium', 'sports field', 'sports ground', 'tournament'],
  },
  // Games: a football tournament is not a volleyball one; a futsal court is a sports ground.
  {
    id: 'football',
    weight: 0.6,
    kind: 'generic',
    facet: 'sport',
    implies: ['sport'],
    th: ['สนามฟุตบอล', 'ฟุตบอล'],
    en: ['football', 'football field', 'soccer'],
  },
  { id: 'futsal', weight: 0.6, kind: 'generic', facet: 'sport', implies: ['sport'], th: ['ฟุตซอล', 'สนามฟุตซอล'], en: ['futsal', 'futsal court'] },
  { id: 'volleyball', weight: 0.6, kind: 'generic', facet: 'sport', implies: ['sport'], th: ['วอลเลย์บอล', 'สนามวอลเลย์บอล'], en: ['volleyball'] },
  { id: 'takraw', weight: 0.6, kind: 'generic', facet: 'sport', implies: ['sport'], th: ['เซปักตะกร้อ', 'ตะกร้อ'], en: ['takraw', 'sepak takraw'] },
  {
    id: 'petanque',
    weight: 0.6,
    kind: 'generic',
    facet: 'sport',
    implies: ['sport'],
    th: ['เปตอง', 'สนามเปตอง'],
    en: ['petanque'],
  },
  { id: 'drying_yard', weight: 1.3, th: ['ลานตาก', 'ลานตากผลผลิต'], en: ['drying yard', 'crop drying'] },
  { id: 'park', site: true, weight: 1.2, th: ['สวนสาธารณะ', 'สวนสุขภาพ', 'ลานออกกำลังกาย'], en: ['park', 'public park', 'fitness park'] },
  { id: 'landscape', weight: 1.1, th: ['ภูมิทัศน์'], en: ['landscape', 'landscaping', 'streetscape'] },
  { id: 'info_centre', weight: 1.2, th: ['ศูนย์ข้อมูลข่าวสาร', 'ศูนย์ข้อมูล'], en: ['information centre', 'information center'] },
  {
    id: 'waste',
    weight: 1.3,
    kind: 'topic',
    th: ['ขยะมูลฝอย', 'ขยะ', 'มูลฝอย', 'คัดแยกขยะ'],
    en: ['waste', 'garbage', 'solid waste', 'rubbish', 'trash', 'waste separation'],
  },
  { id: 'landfill', weight: 1.4, th: ['บ่อขยะ', 'บ่อฝังกลบ', 'ฝังกลบ'], en: ['landfill', 'sanitary landfill'] },
];

export const CONCEPTS: Concept[] = [...WORKS_CONCEPTS, ...SERVICE_CONCEPTS, ...PROGRAMME_CONCEPTS];

/** Sites named only by their marker (วัด…, โรงพยาบาล…, ที่ว่าการอำเภอ…): no concept of their own. */
const SITE_LABELS: Record<string, { th: string; en: string }> = {
  temple: { th: 'วัด', en: 'temple' },
  kindergarten: { th: 'โรงเรียนอนุบาล', en: 'kindergarten' },
  hospital: { th: 'โรงพยาบาล', en: 'hospital' },
  district_office: { th: 'ที่ว่าการอำเภอ', en: 'district office' },
};
export const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

/** A concept token ('c:parking') as a reader of `locale` says it ('ลานจอดรถ', 'car park'). */
export function conceptLabel(token: string, locale: 'th' | 'en'): string {
  const id = token.replace(/^c:/, '');
  const concept = CONCEPT_BY_ID.get(id);
  if (concept) return concept[locale][0] ?? id;
  return SITE_LABELS[id]?.[locale] ?? id;
}
