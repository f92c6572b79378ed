import type { ElementKind } from '../plans.tables.js';

const TH: Record<ElementKind, string> = { goal: 'เป้าหมาย', strategy: 'ยุทธศาสตร์', tactic: 'กลยุทธ์', programme: 'แผนงาน', project: 'โครงการ', activity: 'กิจกรรม' };

/** `{kindTh, kindEn}` params so each language's message names the kind in its own words. */
export function kindParams(prefix: string, kind: ElementKind): Record<string, string> {
  return { [`${prefix}Th`]: TH[kind], [`${prefix}En`]: kind };
}
