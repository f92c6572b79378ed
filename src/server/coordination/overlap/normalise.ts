/**
 * Text normalisation for overlap detection.
 *
 * Budget-bill titles reach Prasan typed by hand, pasted from Word, or OCR'd from scanned PDFs,
 * so one word arrives in several byte sequences. Everything downstream (cues, tokens, n-grams)
 * works on the output of `normaliseText`, which folds those variants into one spelling.
 */

const THAI_DIGIT_ZERO = 0x0e50;

/** Thai above/below vowels and tone marks; a doubled one is a typing or OCR artefact. */
const COMBINING = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4E';
const TONE = '\u0E48-\u0E4B';
const UPPER_LOWER_VOWEL = '\u0E31\u0E34-\u0E3A';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const DOUBLED_MARK = new RegExp(`([${COMBINING}])\\1+`, 'g');
const ANY_DOUBLED_MARK = new RegExp(`([${COMBINING}])\\1`);
/** A tone mark typed before the vowel it sits on (canonical order is vowel, then tone). */
const TONE_BEFORE_VOWEL = new RegExp(`([${TONE}])([${UPPER_LOWER_VOWEL}])`, 'g');
const ANY_TONE_BEFORE_VOWEL = new RegExp(`[${TONE}][${UPPER_LOWER_VOWEL}]`);
/** Sara am decomposed as nikhahit + sara aa, possibly with the tone mark between or before. */
const DECOMPOSED_SARA_AM = new RegExp(`\u0E4D([${TONE}]?)\u0E32`, 'g');
const TONE_THEN_NIKHAHIT = new RegExp(`([${TONE}])\u0E4D\u0E32`, 'g');
/** A tone mark typed after sara aa, which never carries one (ไฟฟา้ → ไฟฟ้า, OCR and hurried typing). */
const TONE_AFTER_SARA_AA = new RegExp(`\u0E32([${TONE}])`, 'g');
const ANY_TONE_AFTER_SARA_AA = new RegExp(`\u0E32[${TONE}]`);
/** Two sara e typed for sara ae (เเ → แ) — the most common Thai typing variant of all. */
const DOUBLE_SARA_E = /\u0E40\u0E40/g;

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTES = /["'`\u2018\u2019\u201C\u201D\u00AB\u00BB]/g;
const BRACKETS_AND_SEPARATORS = /[()[\]{}<>;:!?|\\/*_=~^\u3001\u3002]/g;
/** A comma stays (as ", "): it ends a run of capitalised English place words. */
const COMMAS = /\s*[,\uFF0C]\s*/g;
/** ฯลฯ (etc.), ฯ (abbreviation mark) and ๆ (repeat mark) carry no meaning for matching. */
const THAI_PUNCTUATION = /\u0E2F\u0E25\u0E2F|[\u0E2F\u0E46\u0E5A\u0E5B\u0E4F]/g;
const ODD_PUNCTUATION =
  /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D"'`\u2018\u2019\u201C\u201D\u00AB\u00BB\u0E2F\u0E46\u0E5A\u0E5B\u0E4F()[\]{}<>;:!?|\\/*_=~^\u3001\u3002]/;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Thai digits ๐–๙ → 0–9. */
export function toArabicDigits(text: string): string {
  if (!/[\u0E50-\u0E59]/.test(text)) return text;
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_DIGIT_ZERO));
}

/** Folds Thai spelling variants that render identically (or nearly) into one sequence. */
export function foldThaiVariants(text: string): string {
  // Each replace is guarded by a cheap test: most titles need none of them.
  if (text.includes('\u0E4D')) text = text.replace(TONE_THEN_NIKHAHIT, '$1\u0E33').replace(DECOMPOSED_SARA_AM, '$1\u0E33');
  if (text.includes('\u0E40\u0E40')) text = text.replace(DOUBLE_SARA_E, '\u0E41');
  if (ANY_TONE_AFTER_SARA_AA.test(text)) text = text.replace(TONE_AFTER_SARA_AA, '$1\u0E32');
  if (ANY_TONE_BEFORE_VOWEL.test(text)) text = text.replace(TONE_BEFORE_VOWEL, '$2$1');
  if (ANY_DOUBLED_MARK.test(text)) text = text.replace(DOUBLED_MARK, '$1');
  if (/[\u0E03\u0E05]/.test(text)) text = text.replace(/\u0E03/g, '\u0E02').replace(/\u0E05/g, '\u0E04'); // obsolete ฃ ฅ
  return text;
}

/**
 * NFC, zero-width removal, Thai digits, Thai variant folding, punctuation to spaces.
 * Keeps `.`, `+`, `-` and digits because highway cues need them (ทล.3239, กม.8+500 - 10+000).
 */
export function normaliseText(input: string | undefined | null): string {
  if (!input) return '';
  let text = input.normalize('NFC').replace(ZERO_WIDTH, '');
  text = foldThaiVariants(toArabicDigits(text));
  if (ODD_PUNCTUATION.test(text)) {
    text = text.replace(DASHES, '-').replace(QUOTES, ' ').replace(THAI_PUNCTUATION, ' ').replace(BRACKETS_AND_SEPARATORS, ' ');
  }
  if (text.includes(',') || text.includes('\uFF0C')) text = text.replace(COMMAS, ', ');
  text = text.replace(SPACES, ' ').trim();
  // Case is kept: English place names are found by their capitals (tokenise lower-cases later).
  return text;
}

/** Removes thousands separators before punctuation is stripped ("1,200 เมตร" → "1200 เมตร"). */
export function joinThousands(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** OCR reads 0 as O and 1 as l or I inside numbers ("ทางหลวงหมายเลข 2O23"). */
export function fixOcrDigits(text: string): string {
  return text.replace(/(?<=\d)[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI](?=\d)/g, '1');
}

/** The full pipeline used by cues and tokens. */
export function normalise(input: string | undefined | null): string {
  return normaliseText(fixOcrDigits(joinThousands(toArabicDigits(input ?? ''))));
}
