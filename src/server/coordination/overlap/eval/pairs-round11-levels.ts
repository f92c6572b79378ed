/**
 * Round 11, held out: the same works, purchases or services filed at different levels of
 * government (a Department or its regional office, a province or provincial cluster, a PAO, a
 * district, a municipality or SAO, a community). The broad line is formal and names the
 * district or province, the local line is short and names the village; one side is sometimes in
 * English (donor, ASEAN or central-agency reporting). Written and labelled without running the
 * engine. A broad line that covers the place of the local line is labelled D (a coordinator
 * should look); the same programme at another place, another phase or year, or the same item
 * bought by each level for itself, is N.
 */
import type { Block } from './load.js';

export const ROUND11_LEVELS_PAIRS: Block = {
  category: 'round11-levels',
  functionCode: '04.5',
  heldOut: true,
  lines: `
# Roads and highways: Department of Highways, Department of Rural Roads, cluster, PAO, SAO, municipality
D | 5505 | ปรับปรุงถนนลาดยางสาย นน.3018 แยกทางหลวงหมายเลข 1080 - บ้านสกาด อำเภอปัว จังหวัดน่าน ระยะทาง 6.200 กิโลเมตร | 550512 | ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต สายแยก ทล.1080 - บ้านสกาด ต.สกาด | DRR line at district code vs PAO line at tambon code, same rural road
N | 5505 | Rural road NN.3018 (Highway 1080 junction – Ban Sakat), Pua District, Nan: asphalt concrete resurfacing, 6.2 km | 550512 | ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต สายแยก ทล.1080 - บ้านสกาด ต.สกาด | same road, PAO files it for the next fiscal year, EN/TH | yb=2569
D | 6306 | ก่อสร้างทางหลวงหมายเลข 105 ตอน แม่สอด - แม่ระมาด ระหว่าง กม.3+000 - กม.8+400 ขยายเป็น 4 ช่องจราจร อ.แม่สอด จ.ตาก | 63 | Highway 105 Mae Sot – Mae Ramat widening to four lanes, km 3+000 – km 8+400 (Tak Special Economic Zone access) | DOH budget line vs the province's SEZ report in English, district vs province code
N | 6306 | ก่อส้รางทางหลวงหมายเลข 105 ตอน แม่สอด - แม่ระมาด ระหว่าง กม.3+000 - กม.8+400 ขยาย 4 ช่องจราจร | 6304 | ขยายทางหลวงหมายเลข 105 ตอน แม่สอด - แม่ระมาด ระหว่าง กม.14+250 - กม.21+000 อำเภอแม่ระมาด | same highway and control section, the province asks for a later section that does not overlap; tone mark swapped on A
D | 5703 | ปรับปรุงทางหลวงหมายเลข 1020 เชื่อมด่านพรมแดนเชียงของ // Road improvement to the Chiang Khong border checkpoint, Highway 1020 km 103+000 – 109+500 (Upper Northern Cluster 2) | 5703 | ปรับปรุงทางหลวงหมายเลข 1020 ตอน ห้วยซ้อ - เชียงของ ระหว่าง กม.103+000 - กม.109+500 | provincial cluster's bilingual line vs the DOH line, same km section
N | 5703 | ปรับปรุงทางหลวงหมายเลข 1020 ตอน ห้วยซ้อ - เชียงของ ระหว่าง กม.103+000 - กม.109+500 | 5703 | ปรับปรุงทางหลวงหมายเลข 1020 เชื่อมด่านพรมแดนเชียงของ ช่วง กม.95+000 - กม.103+000 (กลุ่มจังหวัดภาคเหนือตอนบน 2) | same highway, cluster asks for the adjoining section, sections only touch at km 103
D | 4712 | ติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 22 ช่วงผ่านเขตเทศบาลตำบลสว่างแดนดิน อำเภอสว่างแดนดิน จังหวัดสกลนคร | 471201 | ติดตั้งโคมไฟถนน LED ถนนสาย ทล.22 ช่วงในเขตเทศบาล | DOH lighting line vs the municipality's own request for the same stretch | fa=06.4 fb=06.4
D | 4712 | Solar street lighting on the rural road Ban Phon Sung – Ban Kham Sa-At, Sawang Daen Din District, Sakon Nakhon (Sakon Nakhon PAO) | 471207 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ สายบ้านโพนสูง - บ้านคำสะอาด ตำบลโพนสูง | PAO's English report vs SAO's line, same road | fa=06.4 fb=06.4
N | 471207 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ สายบ้านโพนสูง - บ้านคำสะอาด ตำบลโพนสูง | 4712 | ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ถนนสายบ้านโพนสูง - บ้านหนองหลวง อำเภอสว่างแดนดิน | same kind of lights from the same village, the PAO's line is another road | fa=06.4 fb=06.4
D | 3210 | ก่อสร้างสะพานข้ามลำห้วยทับทัน บ้านตาคง ตำบลตาคง อำเภอสังขะ จังหวัดสุรินทร์ | 321013 | ก่อสร้างสะพาน คสล. ข้ามลำห้วยทับทัน บ.ตาคง ต.ตาคง | DRR line vs the PAO's abbreviated line, same bridge

# Water: Department of Groundwater Resources, RID, Department of Water Resources, DPT, DMCR vs PAO, SAO, municipality
D | 350104 | ระบบกระจายน้ำบาดาลเพื่อการเกษตร บ้านหนองแวง หมู่ที่ 9 ตำบลสำราญ อำเภอเมืองยโสธร จังหวัดยโสธร | 350104 | เจาะบ่อบาดาลพร้อมระบบสูบน้ำพลังงานแสงอาทิตย์ เพื่อการเกษตร บ้านหนองแวง ม.9 | DGR project vs the SAO's own request for the same village system | fa=04.2 fb=06.3
N | 350104 | Groundwater distribution system for agriculture, Ban Nong Waeng, Moo 9, Samran, Mueang Yasothon | 350104 | เจาะบ่อบาดาลเพื่อการเกษตร บ้านนาเวียง หมู่ที่ 2 ตำบลสำราญ | same tambon and kind of works, another village, EN/TH | fa=04.2 fb=06.3
D | 3702 | Huai Lam Phong weir with water distribution canals, Khok San Subdistrict, Chanuman District, Amnat Charoen | 370202 | ก่อสร้างฝายน้ำล้น ค.ส.ล. ห้วยลำโพง บ้านโคกสาร หมู่ที่ 1 ตำบลโคกสาร | RID regional office's English line vs SAO's weir on the same stream | fa=04.2 fb=04.2
N | 3702 | ก่อสร้างฝายห้วยลำโพง พร้อมระบบส่งน้ำ ตำบลโคกสาร อำเภอชานุมาน จังหวัดอำนาจเจริญ | 370205 | ก่อสร้างฝายน้ำล้น ห้วยยาง บ้านป่าก่อ หมู่ที่ 5 ตำบลป่าก่อ | same district, a weir on another stream in another tambon | fa=04.2 fb=04.2
D | 3904 | ก่อสร้างระบบประปาหมู่บ้านขนาดใหญ่ แบบผิวดิน บ้านหนองแก หมู่ที่ 1 ตำบลหนองแก อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู | 390410 | ก่อสร้างระบบประปาหมู่บ้าน แบบผิวดินขนาดใหญ่ บ้านหนองแก ม.1 | DWR line at district code vs SAO line, same village system | fa=06.3 fb=06.3
N | 3904 | Large village water supply system, Ban Nong Kae, Moo 1, Nong Kae, Si Bun Rueang, Nong Bua Lam Phu | 390410 | ก่อสร้างระบบประปาหมู่บ้าน บ้านโนนสวรรค์ หมู่ที่ 7 ตำบลหนองแก | same tambon, another village's water supply | fa=06.3 fb=06.3
N | 3904 | ก่อสร้างระบบประปาหมู่บ้านขนาดใหญ่ แบบผิวดิน บ้านหนองแก หมู่ที่ 1 ตำบลหนองแก อำเภอศรีบุญเรือง | 390410 | ก่อสร้างระบบประปาหมู่บ้าน แบบผิวดินขนาดใหญ่ บ้านหนองแก ม.1 | same system, the SAO's plan puts it two fiscal years later | fa=06.3 fb=06.3 yb=2570
D | 4609 | ปรับปรุงระบบประปาหมู่บ้าน บ้านโนนบุรี หมู่ที่ 1 ตำบลโนนบุรี อำเภอสหัสขันธ์ จังหวัดกาฬสินธุ์ | 460907 | ปรับปรุงระบบประปาหมูบ้าน บ้านโนนบุรี ม.1 | DWR line at district code vs the SAO line, same village system; tone mark dropped on B | fa=06.3 fb=06.3
D | 8012 | Dredging of Khlong Bang Taphong, Bang Taphong Subdistrict, Pak Phanang District (Pak Phanang Basin flood relief) | 801213 | ขุดลอกคลองบางตะพง ช่วงหมู่ที่ 2 - หมู่ที่ 5 ตำบลบางตะพง | RID's English line vs the SAO's dredging of the same canal | fa=04.2 fb=04.2
N | 8012 | Dredging of Khlong Bang Taphong, Bang Taphong Subdistrict, Pak Phanang District | 801216 | ขุดลอกคลองท่าพยา หมู่ที่ 3 ตำบลท่าพยา อำเภอปากพนัง | same district, another canal in another tambon | fa=04.2 fb=04.2
D | 8604 | Coastal erosion protection structure, Laem Sai Subdistrict, Lang Suan District, Chumphon (1,200 m) | 860411 | ก่อสร้างเขื่อนป้องกันการกัดเซาะชายฝั่ง บ้านแหลมทราย หมู่ที่ 2 ตำบลแหลมทราย | DMCR's English line vs the SAO's request for the same shore | fa=05.6 fb=05.6
N | 8604 | ก่อสร้างโครงสร้างป้องกันการกัดเซาะชายฝั่ง ตำบลแหลมทราย อำเภอหลังสวน จังหวัดชุมพร ความยาว 1,200 เมตร | 860409 | ก่อสร้างเขื่อนป้องกันการกัดเซาะชายฝั่ง บ้านปากน้ำ หมู่ที่ 1 ตำบลปากน้ำ อำเภอหลังสวน | next tambon's shore, same kind of works | fa=05.6 fb=05.6
D | 5401 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำยม ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ ความยาว 850 เมตร | 540101 | เขื่อนป้องกันตลิ่งแม่น้ำยม ช่วงชุมชนเชตวัน เทศบาลเมืองแพร่ | DPT line vs the municipality's request for the same bank in Nai Wiang | fa=06.6 fb=05.6
N | 5401 | Yom River bank protection, Nai Wiang, Mueang Phrae (850 m), phase 1 | 540101 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำยม ตำบลในเวียง ระยะที่ 2 | phase 2 vs phase 1, EN/TH | fa=06.6 fb=05.6
N | 5403 | ก่อสร้างเขื่อนป้องกันตลิ่งริมแม่น้ำยม บ้านหัวทุ่ง หมู่ที่ 3 ตำบลหัวทุ่ง อำเภอลอง | 540101 | เขื่อนป้องกันตลิ่งแม่น้ำยม ช่วงชุมชนเชตวัน เทศบาลเมืองแพร่ | same river and works, another district | fa=06.6 fb=05.6
D | 6703 | ระบบป้องกันน้ำท่วมพื้นที่ชุมชนเมืองหล่มสัก จังหวัดเพชรบูรณ์ ระยะที่ 2 | 670301 | ระบบป้องกันน้ำท่วมชุมชนเมืองหล่มสัก ระยะที่ 2 // Lom Sak town flood protection system, phase 2 | DPT line vs Lom Sak municipality's bilingual line, same phase | fa=06.6 fb=06.6
N | 6703 | Flood protection system for Lom Sak town, Phetchabun, phase 2 | 670401 | ระบบป้องกันน้ำท่วมพื้นที่ชุมชนหล่มเก่า อำเภอหล่มเก่า | same programme, the next town up the Pa Sak in another district | fa=06.6 fb=06.6

# Buildings and sites: DLA, Marine Department, DPT, province and cluster vs PAO, SAO, municipality
D | 5709 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน (แบบ สถ.ศพด.1) องค์การบริหารส่วนตำบลห้วยไคร้ อำเภอแม่สาย จังหวัดเชียงราย | 570902 | ก่อสร้างอาคาร ศพด. บ้านห้วยไคร้ใต้ หมู่ที่ 3 ตำบลห้วยไคร้ | DLA subsidy line vs the SAO's own line for the same centre | fa=09.1 fb=09.1
N | 5709 | Child development centre building (DLA design type 1, up to 50 children), Huai Khrai SAO, Mae Sai, Chiang Rai | 570904 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก บ้านโป่งผา หมู่ที่ 2 ตำบลโป่งผา | same design, another SAO in the same district | fa=09.1 fb=09.1
N | 5709 | ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาดไม่เกิน 50 คน (แบบ สถ.ศพด.1) อบต.ห้วยไคร้ อำเภอแม่สาย | 570902 | ปรับปรุงห้องน้ำและรั้ว ศูนย์พัฒนาเด็กเล็กบ้านห้วยไคร้ใต้ | new building vs repairs to the existing centre: a different work at the same place | fa=09.1 fb=09.1
D | 8501 | ก่อสร้างท่าเทียบเรือโดยสาร เกาะพยาม อำเภอเมืองระนอง จังหวัดระนอง | 850109 | Ko Phayam passenger pier, Ranong (ASEAN tourism connectivity) | Marine Department line vs the province's English ASEAN report, district vs tambon code
N | 850109 | Ko Phayam passenger pier, Ranong | 850109 | ขุดลอกร่องน้ำหน้าท่าเทียบเรือเกาะพยาม | dredging the channel in front of the pier is a different work at the same place
D | 2307 | ก่อสร้างระบบบำบัดน้ำเสียรวม เกาะช้าง จังหวัดตราด ระยะที่ 1 | 230701 | Ko Chang central wastewater treatment system, phase 1 | national line vs the SAO's English report for a green-tourism programme | fa=05.2 fb=05.2
N | 2307 | ก่อสร้างระบบบำบัดน้ำเสียรวม เกาะช้าง จังหวัดตราด ระยะที่ 1 | 230701 | ระบบบำบัดน้ําเสียรวม เกาะช้าง ระยะที่ ๒ | next phase; ำ split and a Thai digit on B | fa=05.2 fb=05.2
D | 7108 | ซ่อมแซมสะพานไม้อุตตมานุสรณ์ (สะพานมอญ) ตำบลหนองลู อำเภอสังขละบุรี จังหวัดกาญจนบุรี | 710801 | Repair of the Uttamanusorn wooden (Mon) bridge, Nong Lu, Sangkhla Buri | province's line vs the PAO's English tourism report, same bridge | fa=04.5 fb=04.7
N | 7108 | ซ่อมแซมสะพานไม้อุตตมานุสรณ์ (สะพานมอญ) ตำบลหนองลู อำเภอสังขละบุรี | 710801 | ปรับปรุงภูมิทัศน์และลานจอดรถ บริเวณสะพานมอญ ตำบลหนองลู | landscaping and parking near the bridge: a different work at the same site | fa=04.5 fb=04.7
D | 6101 | ปรับปรุงภูมิทัศน์ริมแม่น้ำสะแกกรัง ช่วงหน้าวัดอุโปสถาราม เขตเทศบาลเมืองอุทัยธานี | 610101 | พัฒนาภูมิทัศน์ริมน้ำสะแกกรัง หน้าวัดอุโปสถาราม ต.อุทัยใหม่ | DPT line vs the municipality's line, same riverfront | fa=06.2 fb=08.1
N | 6101 | Sakae Krang riverside landscape improvement in front of Wat Ubosatharam, Uthai Thani Town | 610106 | ปรับปรุงภูมิทัศน์ริมแม่น้ำสะแกกรัง ตำบลเกาะเทโพ | same river, the SAO's stretch on the other bank in another tambon | fa=06.2 fb=08.1
D | 42 | Mekong riverside walkway improvement, Chiang Khan old town (Upper Northeastern Cluster 1) | 420301 | ปรับปรุงภูมิทัศน์ทางเดินริมโขง ถนนชายโขง เทศบาลตำบลเชียงคาน | cluster's English line at province code vs the municipality's line | fa=04.7 fb=06.2
N | 42 | Mekong riverside walkway improvement, Chiang Khan old town (Upper Northeastern Cluster 1) | 420501 | ปรับปรุงภูมิทัศน์และทางเดินรอบพระธาตุศรีสองรัก ตำบลด่านซ้าย | same province and kind of works, another site in another district | fa=04.7 fb=06.2
D | 9105 | Satun UNESCO Global Geopark interpretation signs and viewpoint, Prasat Hin Phan Yot, La-Ngu District | 910504 | ติดตั้งป้ายสื่อความหมายและจุดชมวิว ปราสาทหินพันยอด อุทยานธรณีโลกสตูล ตำบลปากน้ำ อำเภอละงู | Department's English report vs the local line, same site | fa=04.7 fb=04.7
N | 9105 | Satun UNESCO Global Geopark interpretation signs and viewpoint, Prasat Hin Phan Yot, La-Ngu District | 9106 | Satun Geopark interpretation signs at Le Stegodon Cave, Thung Wa District | EN–EN, same geopark programme at another site in another district | fa=04.7 fb=04.7
D | 2601 | Nakhon Nayok solid waste cluster: sanitary landfill cell and leachate pond at the Sarika disposal centre | 260110 | ก่อสร้างบ่อฝังกลบขยะมูลฝอยแบบถูกหลักสุขาภิบาลและบ่อบำบัดน้ำชะขยะ ศูนย์กำจัดขยะตำบลสาริกา // Sanitary landfill and leachate pond, Sarika | province's cluster line vs the PAO's bilingual line, same centre | fa=05.1 fb=05.1

# Purchases: a line at one level for another unit, or each level buying the same item for itself
D | 4203 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาดความจุ 6,000 ลิตร ชนิด 6 ล้อ เงินอุดหนุนเฉพาะกิจ เทศบาลตำบลเชียงคาน | 420301 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร (6 ล้อ) | DLA's specific subsidy vs the municipality's own line for the same truck | fa=03.2 fb=03.2
N | 42 | จัดซื้อรถยนต์บรรทุกน้ำดับเพลิง ขนาดความจุ 6,000 ลิตร ชนิด 6 ล้อ สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดเลย | 420301 | จัดซื้อรถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร (6 ล้อ) | same spec bought by the provincial DDPM office for itself and by the municipality | fa=03.2 fb=03.2
D | 3104 | จัดซื้อรถพยาบาลฉุกเฉิน พร้อมอุปกรณ์ช่วยชีวิต รพ.สต.บ้านสะเดา อำเภอนางรอง จังหวัดบุรีรัมย์ | 310403 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านสะเดา | provincial health office vs the PAO (health station transferred to it), same vehicle for the same station | fa=07.2 fb=07.2
N | 310403 | จัดซื้อรถพยาบาล (รถตู้) พร้อมอุปกรณ์ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านสะเดา | 310426 | Ambulance van with life-support equipment, Thung Saeng Thong Health Promoting Hospital, Nang Rong | same item for another health station in the same district, TH/EN | fa=07.2 fb=07.2
N | 31 | จัดซื้อรถปฏิบัติการฉุกเฉินระดับสูง (ALS) ศูนย์สั่งการจังหวัด องค์การบริหารส่วนจังหวัดบุรีรัมย์ | 3104 | จัดซื้อรถพยาบาลฉุกเฉินระดับสูง (ALS) โรงพยาบาลนางรอง | same kind of vehicle, each unit buys its own | fa=07.2 fb=07.3
D | 17 | จัดซื้อเครื่องสูบน้ำ ขนาดท่อ 8 นิ้ว จำนวน 4 เครื่อง สนับสนุน อบต.ประศุก อำเภออินทร์บุรี | 170602 | จัดซื้อเครื่องสูบน้ำ ขนาด ๘ นิ้ว จํานวน ๔ เครื่อง | province's line for the SAO vs the SAO's own line, same pumps; Thai digits and split ำ on B | fa=04.2 fb=04.2
N | 2601 | จัดซื้อรถบรรทุกขยะ แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา องค์การบริหารส่วนจังหวัดนครนายก | 260101 | จัดซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 10 ลูกบาศก์หลา | same spec, the PAO and the town municipality each buy one | fa=05.1 fb=05.1
D | 9401 | CCTV network on main streets of Pattani Town Municipality (Safe City Pattani) | 9401 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ถนนสายหลักในเขตเทศบาลเมืองปัตตานี | security agency's English line vs the municipality's line | fa=03.1 fb=03.1
N | 9401 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ถนนสายหลักในเขตเทศบาลเมืองปัตตานี | 940701 | ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ถนนสายหลัก เขตเทศบาลเมืองตะลุบัน | same programme in another town (Sai Buri District) | fa=03.1 fb=03.1

# Services: a district or provincial programme vs a tambon's own or subsidy line
D | 3210 | โครงการป้องกันและแก้ไขปัญหายาเสพติด อำเภอสังขะ ประจำปีงบประมาณ พ.ศ. 2568 | 321006 | อุดหนุนที่ทำการปกครองอำเภอสังขะ ตามโครงการป้องกันและแก้ไขปัญหายาเสพติด | district's project vs the SAO's subsidy line funding it | fa=03.6 fb=10.7
N | 3210 | โครงการป้องกันและแก้ไขปัญหายาเสพติด อำเภอสังขะ ประจำปีงบประมาณ พ.ศ. 2568 | 320301 | อุดหนุนที่ทำการปกครองอำเภอท่าตูม ตามโครงการป้องกันและแก้ไขปัญหายาเสพติด | same programme, another district's office | fa=03.6 fb=10.7
N | 3210 | โครงการป้องกันและแก้ไขปัญหายาเสพติด อําเภอสังขะ | 321006 | อุดหนุนที่ทำการปกครองอำเภอสังขะ โครงการป้องกันและแก้ไขปัญหายาเสพติด | the SAO's subsidy is for the next fiscal year; ำ split on A | fa=03.6 fb=10.7 yb=2569
D | 46 | คัดกรองมะเร็งเต้านมและมะเร็งปากมดลูกในสตรีอายุ 30-60 ปี จังหวัดกาฬสินธุ์ | 460901 | โครงการตรวจคัดกรองมะเร็งปากมดลูก สตรีอายุ 30-60 ปี ตำบลภูสิงห์ | province-wide screening vs the tambon health fund's screening inside it | fa=07.4 fb=07.4
N | 46 | Breast and cervical cancer screening for women aged 30–60, Kalasin Province | 460901 | คัดกรองโรคเบาหวานและความดันโลหิตสูง ประชาชนอายุ 35 ปีขึ้นไป ตำบลภูสิงห์ | different screening topic inside the province | fa=07.4 fb=07.4
N | 4609 | คัดกรองมะเร็งปากมดลูกสตรีอายุ 30-60 ปี อำเภอสหัสขันธ์ | 460105 | ตรวจคัดกรองมะเร็งปากมดลูก สตรี 30-60 ปี ตำบลลำปาว | district hospital's screening vs a tambon in Mueang Kalasin, another district | fa=07.4 fb=07.4
D | 6306 | Health screening and vaccination for migrant workers, Mae Sot District, Tak (IOM-supported) | 630604 | Migrant worker health check-ups and vaccination, Mae Tao Subdistrict | EN–EN, district programme vs the tambon's service inside it | fa=07.4 fb=07.4
D | 92 | Dengue vector control campaign, Trang Province, FY2025 | 920401 | Dengue prevention and larval source reduction, Tha Kham Subdistrict Municipality, Palian District | EN–EN, provincial campaign vs a municipality inside it | fa=07.4 fb=07.4
N | 92 | Dengue vector control campaign, Trang Province | 920401 | Rabies vaccination for dogs and cats, Tha Kham Subdistrict Municipality, Palian District | EN–EN, a different disease | fa=07.4 fb=07.4
D | 4406 | ปรับปรุงที่อยู่อาศัยผู้สูงอายุให้เหมาะสมและปลอดภัย อำเภอบรบือ จังหวัดมหาสารคาม | 440605 | ซ่อมแซมบ้านผู้สูงอายุผู้ยากไร้ ตำบลหนองม่วง | social development office's district line vs the SAO's repairs in one of its tambons | fa=10.2 fb=10.2
N | 4406 | ปรับปรุงที่อยู่อาศัยผู้สูงอายุให้เหมาะสมและปลอดภัย อำเภอบรบือ จังหวัดมหาสารคาม | 440605 | ซ่อมแซมปรับปรุงบ้านคนพิการ ตำบลหนองม่วง | same place, a different group (people with disabilities) | fa=10.2 fb=10.1
N | 4406 | Housing adaptation for older persons, Borabue District, Maha Sarakham | 441003 | ซ่อมแซมบ้านผู้สูงอายุ ตำบลหนองคู อำเภอนาดูน | same service in another district | fa=10.2 fb=10.2
D | 22 | ส่งเสริมการผลิตทุเรียนคุณภาพตามมาตรฐาน GAP จังหวัดจันทบุรี | 2207 | อบรมเกษตรกรผู้ปลูกทุเรียนเพื่อขอรับรองมาตรฐาน GAP อำเภอสอยดาว | provincial agriculture programme vs the district office's training inside it | fa=04.2 fb=04.2
N | 22 | Quality durian production to GAP standard, Chanthaburi Province | 2207 | ส่งเสริมการผลิตลำไยนอกฤดู อำเภอสอยดาว | same place, another crop | fa=04.2 fb=04.2
D | 5104 | Forest fire and haze prevention, Li District, Lamphun: firebreaks and volunteer patrols | 510402 | จัดทำแนวกันไฟและเฝ้าระวังไฟป่า ป่าชุมชน ตำบลแม่ตืน | district line in English vs the SAO's firebreaks inside it | fa=05.3 fb=05.4
N | 5104 | ป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน อำเภอลี้ จังหวัดลำพูน | 510402 | ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ตำบลแม่ตืน | same place, a different service (civil defence volunteers) | fa=05.3 fb=03.2
D | 4712 | Motorcycle repair skills training for unemployed youth, Sawang Daen Din District, Sakon Nakhon | 471207 | ฝึกอาชีพช่างซ่อมรถจักรยานยนต์ เยาวชนตำบลโพนสูง | skill development office's English line vs the SAO's course inside the district | fa=04.1 fb=04.1
N | 4712 | Motorcycle repair skills training for unemployed youth, Sawang Daen Din District, Sakon Nakhon | 471207 | ฝึกอาชีพการทำขนมไทยและเบเกอรี่ กลุ่มสตรีตำบลโพนสูง | another skill for another group | fa=04.1 fb=04.1
D | 2408 | ส่งเสริมการเลี้ยงโคเนื้อคุณภาพ อำเภอสนามชัยเขต จังหวัดฉะเชิงเทรา | 240801 | อบรมส่งเสริมการเลี้ยงโคเนื้อ ตำบลคู้ยายหมี | district livestock office's line vs the SAO's training inside it | fa=04.2 fb=04.2
N | 2408 | ส่งเสริมการเลี้ยงโคเนื้อคุณภาพ อำเภอสนามชัยเขต จังหวัดฉะเชิงเทรา | 240801 | ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค กระบือ ตำบลคู้ยายหมี | same animals, a different service (vaccination) | fa=04.2 fb=04.2
D | 94 | จัดงานมหกรรมสินค้า OTOP จังหวัดปัตตานี ประจำปี 2568 | 94 | Pattani OTOP Fair 2025 (Pattani PAO co-funding) | provincial community development office vs the PAO's English line for the same fair | fa=04.1 fb=04.1
N | 94 | จัดงานมหกรรมสินค้า OTOP จังหวัดปัตตานี ประจำปี 2568 | 9407 | จัดงานแสดงสินค้าและของดีอำเภอสายบุรี | a district's own fair, a different event | fa=04.1 fb=04.1
`,
};
