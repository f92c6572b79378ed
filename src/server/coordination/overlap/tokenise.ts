/**
 * Word tokens for the *what* of a project.
 *
 * Thai has no spaces between words: `Intl.Segmenter('th')` (ICU's dictionary segmenter, in
 * Node 20) splits it. ICU's split depends on context ("ส่งเสริมสุขภาพ" → ส่ง|เสริมสุข|ภาพ),
 * so Thai lexicon terms are matched on the characters of each Thai run, longest first, starting
 * at a word boundary; English phrases are matched on stemmed word sequences. Matches become
 * concept tokens `c:<id>` shared by both languages; stop words and numbers are dropped.
 */
import { CONCEPT_BY_ID, CONCEPTS, type Concept } from './lexicon.js';
import { ENGLISH_STOP_WORDS, STEM_PROTECTED, THAI_STOP_WORDS } from './stopwords.js';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI = /[\u0E00-\u0E7F]/;
const LATIN_WORD = /^[a-z][a-z-]*$/;

/** Light English stemmer: plural, -ing, -ed, final e — consistent, not linguistic. */
export function stem(word: string): string {
  if (!LATIN_WORD.test(word) || STEM_PROTECTED.has(word)) return word;
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let cut = false;
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.length > 4 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    cut = true;
  }
  if (cut && /([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Word {
  /** Lower-cased, English stemmed: what is compared. */
  word: string;
  /** As written (lower-cased): what the UI highlights. */
  raw: string;
  /** Offset in the segmented text. */
  index: number;
}

/** Dots inside Thai abbreviations go (ค.ส.ล. → คสล, รพ.สต. → รพสต); other dots split words. */
function prepare(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=[\u0E01-\u0E59])\.(?=[\u0E01-\u0E59])/g, '')
    .replace(/\./g, ' ');
}

/** Segmentation into word-like segments; English stemmed. */
export function segment(text: string): Word[] {
  const words: Word[] = [];
  for (const part of segmenter.segment(prepare(text))) {
    if (!part.isWordLike) continue;
    // Split Latin–digit glue ("km8") that the segmenter keeps as one word.
    const text = part.segment;
    if (THAI.test(text)) {
      words.push({ word: text, raw: text, index: part.index });
      continue;
    }
    let offset = part.index;
    for (const piece of /\d/.test(text) ? text.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/) : [text]) {
      words.push({ word: stem(piece), raw: piece, index: offset });
      offset += piece.length;
    }
  }
  return words;
}

export function segmentWords(text: string): string[] {
  return segment(text).map((w) => w.word);
}

export interface Token {
  /** `c:<concept>` or a content word. */
  token: string;
  /** The words as written, for highlighting. */
  surface: string;
}

interface ThaiTerm {
  term: string;
  /** Undefined for a stop word: consumed, never a token. */
  concept?: Concept;
}

interface Lexicon {
  /** Thai terms and stop words by their first two characters, longest first. */
  thai: Map<string, ThaiTerm[]>;
  /** English phrases as stemmed word sequences. */
  english: Map<string, Concept>;
  /** First word of an English phrase → the longest phrase starting with it (in words). */
  englishLongest: Map<string, number>;
}

const TONE_MARK = /[\u0E48-\u0E4B]/g;

/** The term with each non-empty subset of its tone marks dropped (all at once past three marks). */
function withoutSomeTones(term: string): string[] {
  const marks = [...term.matchAll(TONE_MARK)].map((m) => m.index ?? 0);
  if (marks.length === 0) return [];
  if (marks.length > 3) return [term.replace(TONE_MARK, '')];
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << marks.length; mask++) {
    const drop = new Set(marks.filter((_, k) => mask & (1 << k)));
    variants.push([...term].filter((_, i) => !drop.has(i)).join(''));
  }
  return variants;
}

function buildLexicon(): Lexicon {
  const thai = new Map<string, ThaiTerm[]>();
  const addThai = (term: string, concept?: Concept) => {
    const key = term.slice(0, 2);
    const list = thai.get(key) ?? [];
    if (!list.some((e) => e.term === term)) list.push({ term, concept });
    thai.set(key, list);
  };
  const english = new Map<string, Concept>();
  const englishLongest = new Map<string, number>();
  for (const concept of CONCEPTS) {
    for (const raw of [...concept.th, ...concept.en]) {
      const term = prepare(raw).trim();
      if (THAI.test(term)) {
        const compact = term.replace(/\s+/g, '');
        addThai(compact, concept);
        // OCR and hurried typing drop tone marks (ไขเลือดออก, เขือนป้องกันตลิ่ง): a long term
        // matches with any of them missing.
        for (const variant of withoutSomeTones(compact)) if (variant.length >= 4) addThai(variant, concept);
        continue;
      }
      const words = segmentWords(term);
      if (words.length === 0) continue;
      const key = words.join(' ');
      if (!english.has(key)) english.set(key, concept);
      englishLongest.set(words[0], Math.max(englishLongest.get(words[0]) ?? 1, words.length));
    }
  }
  for (const word of THAI_STOP_WORDS) if (word.length > 1 && !/[.\s]/.test(word)) addThai(word);
  for (const list of thai.values()) list.sort((a, b) => b.term.length - a.term.length);
  return { thai, english, englishLongest };
}

const LEXICON = buildLexicon();

export function isStopWord(word: string): boolean {
  if (/^\d/.test(word)) return true;
  if (THAI.test(word)) return THAI_STOP_WORDS.has(word) || word.length < 2;
  return ENGLISH_STOP_WORDS.has(word) || word.length < 2;
}

/** True when a word is lexicon vocabulary or a stop word (so never a place name). */
export function isVocabulary(word: string): boolean {
  if (isStopWord(word)) return true;
  if (THAI.test(word)) return (LEXICON.thai.get(word.slice(0, 2)) ?? []).some((e) => e.term === word && e.concept);
  return LEXICON.english.has(word);
}

function pushWord(out: Token[], word: string, raw: string): void {
  if (!isStopWord(word)) out.push({ token: word, surface: raw });
}

function pushConcept(out: Token[], concept: Concept, surface: string): void {
  out.push({ token: `c:${concept.id}`, surface });
  for (const id of concept.implies ?? []) out.push({ token: `c:${id}`, surface });
}

function termStartsAt(run: string, pos: number): boolean {
  const list = LEXICON.thai.get(run.slice(pos, pos + 2));
  if (!list) return false;
  for (const e of list) if (run.startsWith(e.term, pos)) return true;
  return false;
}

/**
 * The longest term at `pos` that ends where a word ends or where another term begins, so
 * that โค (cattle) is not read at the start of โครงการ, but ส่งเสริม|สุขภาพ is read across
 * ICU's ส่ง|เสริมสุข|ภาพ.
 */
function lexiconAt(run: string, pos: number, starts: Set<number>): ThaiTerm | undefined {
  const list = LEXICON.thai.get(run.slice(pos, pos + 2));
  if (!list) return undefined;
  for (const e of list) {
    if (!run.startsWith(e.term, pos)) continue;
    const end = pos + e.term.length;
    // A long term is a term wherever it ends: ICU misplaces boundaries around OCR damage
    // (สถานีสูบน้ำดว้ย), and six letters rarely begin a longer, different word.
    if (end === run.length || starts.has(end) || termStartsAt(run, end) || (e.concept && e.term.length >= 6)) return e;
  }
  return undefined;
}

/** One run of adjacent Thai words: lexicon terms (longest first) from word starts and match ends. */
function thaiRun(run: string, startList: number[], out: Token[]): void {
  const starts = new Set(startList);
  let pos = 0;
  let next = 1;
  while (pos < run.length) {
    const hit = lexiconAt(run, pos, starts);
    if (hit) {
      if (hit.concept) pushConcept(out, hit.concept, hit.term);
      pos += hit.term.length;
    } else {
      while (next < startList.length && startList[next] <= pos) next++;
      let end = next < startList.length ? startList[next] : run.length;
      // ICU may glue a prefix to a term (ลงหิน|คลุก): look for a term starting inside the word.
      for (let k = pos + 1; k < end; k++) {
        if (lexiconAt(run, k, starts)) {
          end = k;
          break;
        }
      }
      pushWord(out, run.slice(pos, end), run.slice(pos, end));
      pos = end;
    }
    while (next < startList.length && startList[next] <= pos) next++;
  }
}

function englishRun(words: Word[], out: Token[]): void {
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const longest = LEXICON.englishLongest.get(words[i].word) ?? 0;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const concept = LEXICON.english.get(
        n === 1
          ? words[i].word
          : words
              .slice(i, i + n)
              .map((w) => w.word)
              .join(' '),
      );
      if (concept) {
        pushConcept(
          out,
          concept,
          words
            .slice(i, i + n)
            .map((w) => w.raw)
            .join(' '),
        );
        matched = n;
        break;
      }
    }
    if (matched === 0) pushWord(out, words[i].word, words[i].raw);
    i += Math.max(1, matched);
  }
}

/** Thai runs repeat across budget lines (ก่อสร้างถนนคอนกรีตเสริมเหล็ก…): segment each once. */
const thaiCache = new Map<string, Token[]>();
const THAI_CACHE_LIMIT = 200_000;

function thaiTokens(run: string): Token[] {
  const cached = thaiCache.get(run);
  if (cached) return cached;
  const starts: number[] = [];
  for (const part of segmenter.segment(run)) starts.push(part.index);
  const out: Token[] = [];
  thaiRun(run, starts, out);
  if (thaiCache.size >= THAI_CACHE_LIMIT) thaiCache.clear();
  thaiCache.set(run, out);
  return out;
}

/** Text (already normalised, places and cues cut out) → what-tokens with their surfaces. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let latin: Word[] = [];
  const flush = () => {
    if (latin.length > 0) englishRun(latin, out);
    latin = [];
  };
  // Thai runs go to the segmenter; Latin words and numbers split on a regex (much cheaper).
  for (const m of prepare(text).matchAll(/[\u0E01-\u0E59]+|[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
    const piece = m[0];
    if (THAI.test(piece[0])) {
      flush();
      out.push(...thaiTokens(piece));
      continue;
    }
    for (const part of piece.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])|-/)) {
      if (part) latin.push({ word: stem(part), raw: part, index: m.index ?? 0 });
    }
  }
  flush();
  return out;
}

/** Weight of a token: the concept's weight, or 1 for a content word the lexicon does not know. */
export function tokenWeight(token: string): number {
  if (token.startsWith('c:')) return CONCEPT_BY_ID.get(token.slice(2))?.weight ?? 1;
  return 1;
}
