/** The whole evaluation set (see load.ts for the format, the labels and the fixed split). */
import { BUILDING_PAIRS } from './pairs-buildings.js';
import { EQUIPMENT_PAIRS } from './pairs-equipment.js';
import { HIGHWAY_PAIRS } from './pairs-highways.js';
import { LOCAL_ROAD_PAIRS } from './pairs-local-roads.js';
import { NETWORK_SERVICE_PAIRS } from './pairs-networks-services.js';
import { NOISY_PAIRS } from './pairs-noisy.js';
import { PROGRAMME_PAIRS } from './pairs-programmes.js';
import { SERVICE_PAIRS } from './pairs-services.js';
import { SITE_PURCHASE_PAIRS } from './pairs-sites-purchases.js';
import { VILLAGE_WORK_PAIRS } from './pairs-village-works.js';
import { WATER_PAIRS } from './pairs-water.js';
import { type EvalPair, parseBlock } from './load.js';

export const EVAL_PAIRS: EvalPair[] = [
  HIGHWAY_PAIRS,
  LOCAL_ROAD_PAIRS,
  WATER_PAIRS,
  SERVICE_PAIRS,
  EQUIPMENT_PAIRS,
  BUILDING_PAIRS,
  NOISY_PAIRS,
  // Added after the first tuning round (written and labelled before the engine saw them).
  VILLAGE_WORK_PAIRS,
  PROGRAMME_PAIRS,
  // Added in the third round (written and labelled before the engine saw them).
  NETWORK_SERVICE_PAIRS,
  SITE_PURCHASE_PAIRS,
].flatMap(parseBlock);
