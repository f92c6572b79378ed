import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking.js';
import { createOverlapIndex, findCandidates } from './detect.js';
import { findCandidatesParallel } from './parallel.js';
import { EVAL_PAIRS } from './eval/pairs.js';
import { extractFeatures } from './features.js';
import { placeEvidence, placeSummary } from './places.js';
import { compareFeatures, compareProjects, scoreBound } from './score.js';
import { whatSimilarity } from './similarity.js';
import type { OverlapProject } from './types.js';

const base = { functionCodes: ['04.5'], startDate: '2024-10-01', endDate: '2025-09-30' };
const road = (id: string, ownerId: string, title: string, areaCodes: string[]): OverlapProject => ({ id, ownerId, titleTh: title, areaCodes, ...base });

describe('blockingKeys', () => {
  it('files a project under its district and fiscal year, a province-wide one under its province, and roads by number', () => {
    expect(blockingKeys(road('a', 'o', 'ซ่อมสร้างผิวทาง ทล.2023 กม.1+000-กม.2+000', ['410401']))).toEqual(['D:4104|2568', 'R:2023']);
    expect(blockingKeys(road('b', 'o', 'ฝึกอบรม อสม.', ['41']))).toEqual(['P:41|2568']);
    expect(blockingKeys({ ...road('c', 'o', 'x', []), startDate: '2024-10-01', endDate: '2026-09-30' })).toEqual(['N|2568', 'N|2569']);
  });
});

describe('findCandidates', () => {
  const projects = [
    road('p1', 'pao', 'รณรงค์ความปลอดภัยทางถนนช่วงสงกรานต์ อำเภอเมืองอุดรธานี', ['4101']),
    road('p2', 'city', 'Songkran road safety campaign, Mueang Udon Thani', ['410101']),
    road('p3', 'kkn', 'รณรงค์ความปลอดภัยทางถนนช่วงสงกรานต์ อำเภอเมืองขอนแก่น', ['4001']),
    road('p4', 'pao', 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านหนองบัว หมู่ที่ 4', ['410104']),
    road('p5', 'pao', 'ก่อสร้างถนน คสล. บ้านหนองบัว ม.4', ['410104']),
  ];

  it('ranks the provincial and municipal campaign in the same district, not the other province', () => {
    const pairs = findCandidates(projects);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['p1', 'p2']]);
    expect(pairs[0].reasons.map((r) => r.kind)).toContain('nested_area');
  });

  it('includes one owner’s own near-copies only when asked', () => {
    const pairs = findCandidates(projects, { includeSameOwner: true });
    expect(pairs.map((p) => `${p.a.id}-${p.b.id}`)).toEqual(expect.arrayContaining(['p1-p2', 'p4-p5']));
  });
});

describe('createOverlapIndex', () => {
  it('checks a new project against the index, and follows upserts and removals', () => {
    const index = createOverlapIndex([road('r1', 'doh', 'ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.12+000 - กม.15+500', ['4104'])]);
    const draft = road('new', 'sao', 'บูรณะผิวทาง ทล.2023 กม.13+200-กม.14+800', ['410401']);
    expect(index.check(draft).map((m) => m.project.id)).toEqual(['r1']);
    index.upsert(road('r1', 'doh', 'ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2023 กม.30+000 - กม.33+000', ['4104']));
    expect(index.check(draft)).toEqual([]);
    index.upsert(road('r2', 'rrd', 'Asphalt repair, Highway 2023, km 14+000 to 16+000', ['41']));
    expect(index.check(draft).map((m) => m.project.id)).toEqual(['r2']);
    index.remove('r2');
    expect(index.check(draft)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('finds every evaluation pair that the pairwise comparison flags (blocking loses none)', () => {
    const flagged = EVAL_PAIRS.filter((p) => compareProjects(p.a, p.b).duplicate);
    const index = createOverlapIndex(EVAL_PAIRS.flatMap((p) => [p.a, p.b]));
    const found = new Set(index.pairs().map((p) => [p.a.id, p.b.id].sort().join('|')));
    const lost = flagged.filter((p) => !found.has([p.a.id, p.b.id].sort().join('|'))).map((p) => p.id);
    expect(lost).toEqual([]);
  });

  it('finds exactly the pairs the pairwise comparison flags among all evaluation projects (about 290,000 pairs)', () => {
    // Unlabelled cross pairs put unrelated titles of one area side by side: a soi known only by
    // number met every village here, and same-named villages of two provinces did.
    const projects = EVAL_PAIRS.flatMap((p) => [p.a, p.b]);
    const features = projects.map(extractFeatures);
    const flagged: string[] = [];
    for (let i = 0; i < features.length; i++) {
      for (let j = i + 1; j < features.length; j++) {
        if (compareFeatures(features[i], features[j], 0.5, false).duplicate) flagged.push([projects[i].id, projects[j].id].sort().join('|'));
      }
    }
    const found = createOverlapIndex(projects)
      .pairs({ includeSameOwner: true })
      .map((p) => [p.a.id, p.b.id].sort().join('|'));
    expect(found.sort()).toEqual(flagged.sort());
    expect(flagged.length).toBeGreaterThan(EVAL_PAIRS.length);
  });

  it('never bounds a pair below its real score (the index may skip on the bound)', () => {
    for (const pair of EVAL_PAIRS) {
      const a = extractFeatures(pair.a);
      const b = extractFeatures(pair.b);
      expect(scoreBound(a, b) + 0.001, pair.id).toBeGreaterThanOrEqual(compareFeatures(a, b).score);
    }
  });

  it('never bounds below the real score across every pair of evaluation projects of one category, with or without the what-similarity', () => {
    // Cross pairs meet cue combinations no labelled pair has (a road against a purchase, two
    // moo lists, a soi against a village); the bound must hold for all of them.
    const byCategory = new Map<string, ReturnType<typeof extractFeatures>[]>();
    for (const pair of EVAL_PAIRS) {
      const list = byCategory.get(pair.category) ?? [];
      list.push(extractFeatures(pair.a), extractFeatures(pair.b));
      byCategory.set(pair.category, list);
    }
    let violations = 0;
    let compared = 0;
    for (const list of byCategory.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i], list[j]];
          const score = compareFeatures(a, b, 0.5, false).score;
          const place = placeEvidence(a, b);
          expect(placeSummary(a, b)).toEqual({
            differ: Object.keys(place.differ).length > 0,
            sameLocality: place.sameLocality,
            confirmed:
              Object.keys(place.differ).length === 0 &&
              (place.same.locality !== undefined || place.same.moo !== undefined || place.same.unit !== undefined || place.sameWater !== undefined),
          });
          const bound = Math.min(scoreBound(a, b), scoreBound(a, b, 0, whatSimilarity(a, b, false).score));
          if (bound + 0.001 < score) violations++;
          // With a threshold the bound may stop early, but never below a pair that reaches it.
          if (scoreBound(a, b, 0.5) + 0.001 < 0.5 && score >= 0.5) violations++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20_000);
    expect(violations).toBe(0);
  });
});

describe('findCandidatesParallel', () => {
  it('finds the same pairs as one index, including road works of two provinces named in a description', async () => {
    const crossing: OverlapProject[] = [
      road('x1', 'doh', 'ซ่อมสร้างผิวทาง ทางหลวงหมายเลข 2 กม.140+000 - กม.150+000', ['30']),
      { ...road('x2', 'kkn', 'ซ่อมแซมผิวจราจรถนนมิตรภาพ', ['40']), description: 'ช่วง ทล.2 กม.148+000 - กม.149+000 เขตรอยต่อจังหวัด' },
      road('x3', 'pao', 'Asphalt repair, Rural Road 3012, km 2+000 to 4+000', ['39']),
      road('x4', 'rrd', 'ซ่อมสร้างถนนลาดยางสาย อด.3012 ช่วง กม.2+500-กม.3+500', ['41']),
    ];
    const projects = [...EVAL_PAIRS.flatMap((p) => [p.a, p.b]), ...crossing];
    const key = (pairs: Array<{ a: OverlapProject; b: OverlapProject; score: number }>) =>
      pairs.map((p) => `${[p.a.id, p.b.id].sort().join('|')} ${p.score}`).sort();
    const serial = key(findCandidates(projects));
    const parallel = key(await findCandidatesParallel(projects, { workers: 2 }));
    expect(parallel).toEqual(serial);
    expect(serial).toEqual(expect.arrayContaining([expect.stringMatching(/^x1\|x2 /), expect.stringMatching(/^x3\|x4 /)]));
  });
});
