/**
 * Slugs for articles (docs/slugs.md, docs/api.md#bad-input): a pure core with no Strapi imports, so the
 * slug service, the admin preview and the importer all give the same answer.
 */
import { createHash } from 'node:crypto';
import slugify from 'slugify';
import { transliterate } from 'transliteration';

export const DEFAULT_RESERVED_SLUGS: readonly string[] = Object.freeze([
  'new',
  'edit',
  'preview',
  'top-news',
  'feed',
  'slug',
  'api',
  'admin',
]);

export interface SlugRules {
  /** Validated by the config schema to 16..200, so a base and a `-N` suffix always fit. */
  maxLength: number;
  reserved: readonly string[];
}

/** Room kept by slugQueryPrefix: `-` plus up to 6 digits, i.e. suffixes up to -999999. */
const MAX_SUFFIX_DIGITS = 6;

// 'und' rather than the process locale, so every machine cuts words the same way.
// ICU's dictionaries split Thai, Lao, Khmer, Chinese and Japanese, which have no
// spaces between words ("東京の天気" → "東京 の 天気" → "dong-jing-no-tian-qi").
const WORD_SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });

// slugify's charmap is better than transliteration's for Arabic ("alakhbar" rather
// than "l'khbr") and currency signs ("euro" rather than "EU"); transliteration is
// better for everything slugify drops and for Cyrillic/Greek. scx, not Script, so
// the harakat (Script=Inherited) stay inside the Arabic run.
const SLUGIFY_CHARMAP_FIRST = /[\p{scx=Arabic}\p{Sc}]+/gu;
const MATCH_NOTHING = /(?!)/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function stripTags(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Block tags separate words; inline ones (<b>, <i>) sit inside a word ("<i>Titanic</i>'s").
      .replace(/<\/?(?:br|p|div|li|h[1-6]|tr|td|th)\b[^<>]*>/gi, ' ')
      // A tag needs a letter after `<`, so "a < b > c" stays text.
      .replace(/<\/?[a-z][^<>]*>/gi, '')
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,10}|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
    // fromCodePoint throws beyond U+10FFFF, and slugifyText must never throw.
    return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  });
}

function splitWords(text: string): string {
  return Array.from(WORD_SEGMENTER.segment(text), (part) => part.segment).join(' ');
}

function applySlugifyCharmap(run: string): string {
  // Keep what slugify does not know (it would delete it) for transliterate; drop the
  // marks it leaves (shadda, maddah), which transliterate would turn into stray letters.
  return slugify(run, { replacement: ' ', remove: MATCH_NOTHING, trim: false }).replace(
    /\p{M}/gu,
    ''
  );
}

/** Text → lower-case ASCII words joined by hyphens; '' when nothing is left. Never throws. */
export function slugifyText(text: string): string {
  const plain = decodeEntities(stripTags(typeof text === 'string' ? text : ''))
    .normalize('NFC')
    // strict mode would delete `_` and glue "snake_case" into one word.
    .replace(/\p{Pc}/gu, ' ');
  const latin = transliterate(
    splitWords(plain).replace(SLUGIFY_CHARMAP_FIRST, applySlugifyCharmap)
  );
  return slugify(latin, { lower: true, strict: true }).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** The never-empty fallback: stable for a seed, so re-saving an emoji headline keeps its slug. */
export function fallbackSlug(seed: string): string {
  const digest = createHash('sha256')
    .update(typeof seed === 'string' ? seed : '', 'utf8')
    .digest('hex');
  return `article-${digest.slice(0, 8)}`;
}

/**
 * At most `max` characters, cut at a hyphen (a single word longer than `max` is cut hard).
 * Monotone in `max`, which is what lets slugQueryPrefix cover every suffixed candidate.
 */
export function cutToLength(slug: string, max: number): string {
  const limit = Math.max(0, Math.floor(max));
  if (slug.length <= limit) return slug.replace(/-+$/, '');
  // A hyphen exactly at `limit` means the words before it fit whole.
  const boundary = slug.lastIndexOf('-', limit);
  const cut = boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, limit);
  return cut.replace(/-+$/, '');
}

/** Base slug from a headline, or an editor's slug normalised rather than rejected (docs/slugs.md). */
export function makeSlugBase(source: string, rules: SlugRules): string {
  return cutToLength(slugifyText(source) || fallbackSlug(source), rules.maxLength);
}

/** The one `$startsWith` prefix that covers the base and every `-N` candidate up to -999999. */
export function slugQueryPrefix(base: string, rules: SlugRules): string {
  return cutToLength(makeSlugBase(base, rules), rules.maxLength - 1 - MAX_SUFFIX_DIGITS);
}

/** The `-N` candidate for `head` (already a valid slug), cut so that it fits. */
function suffixed(head: string, n: number, rules: SlugRules): string {
  const suffix = `-${n}`;
  return `${cutToLength(head, rules.maxLength - suffix.length)}${suffix}`;
}

/**
 * The base, or the smallest free `-N` (N >= 2) from one query's results, in memory: no
 * query per suffix. The database's unique check stays the judge under concurrency.
 * `from`: when only the highest-numbered siblings were read, the first N worth trying
 * (those below it count as taken, the base included).
 */
export function pickFreeSlug(
  base: string,
  taken: Iterable<string>,
  rules: SlugRules,
  from = 2
): string {
  // makeSlugBase is the identity on a valid slug; it only guards against a raw base.
  const head = makeSlugBase(base, rules);
  const blocked = new Set(taken);
  for (const word of rules.reserved) blocked.add(word.toLowerCase());
  if (from <= 2 && !blocked.has(head)) return head;

  // Candidates differ in their last segment (the number), so each blocked slug rules
  // out at most one; blocked.size + 1 candidates always contain a free one.
  const first = Math.max(2, Math.floor(from));
  for (let n = first; n <= first + blocked.size; n += 1) {
    const candidate = suffixed(head, n, rules);
    if (!blocked.has(candidate)) return candidate;
  }
  throw new Error('pickFreeSlug: no free candidate, which the bound above rules out');
}

/** N when `slug` is the `-N` candidate of `base` (as pickFreeSlug makes it), else null. */
export function siblingNumber(slug: string, base: string, rules: SlugRules): number | null {
  const numbered = /-([0-9]+)$/.exec(slug);
  if (!numbered) return null;
  const n = Number(numbered[1]);
  return n >= 2 && slug === suffixed(makeSlugBase(base, rules), n, rules) ? n : null;
}

/**
 * Whether `slug` is what `source` generates, bare or with a `-N` suffix. Such a slug was made by
 * the server and follows headline edits until the first publish (docs/slugs.md); any other was set by hand.
 */
export function followsSource(slug: string, source: string, rules: SlugRules): boolean {
  const base = makeSlugBase(source, rules);
  if (slug === base) return true;
  const suffixed = /^(.+)-([0-9]+)$/.exec(slug);
  if (!suffixed || Number(suffixed[2]) < 2) return false;
  return suffixed[1] === cutToLength(base, rules.maxLength - suffixed[2].length - 1);
}

/** A document's slug as stored, for deciding what a write does to it. */
export interface StoredSlug {
  slug: string | null;
  headline: string | null;
  /** Published at least once (firstPublishedAt survives an unpublish). */
  wasPublished: boolean;
}

export type SlugDecision =
  { kind: 'keep' } | { kind: 'given'; slug: string } | { kind: 'generate'; source: string };

const hasText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * What a write does to a document's slug (docs/slugs.md, 2, 6): a slug the write gives wins (normalised);
 * a new document, an empty slug, or a draft whose server-made slug no longer matches an edited
 * headline gets a generated one; everything else keeps the slug it has. `current` is null for a
 * new document or locale; `write.slug` is undefined when the write does not mention the slug.
 */
export function decideSlug(
  current: StoredSlug | null,
  write: Readonly<Record<string, unknown>>,
  rules: SlugRules
): SlugDecision {
  const headline = typeof write.headline === 'string' ? write.headline : (current?.headline ?? '');
  const given = hasText(write.slug) ? makeSlugBase(write.slug, rules) : null;
  // The Content Manager resends the slug it loaded with every save: the same slug is no decision.
  if (given !== null && given !== current?.slug) return { kind: 'given', slug: given };
  const emptied = write.slug !== undefined && given === null;
  if (!current?.slug || emptied) return { kind: 'generate', source: headline };
  const headlineMoved =
    headline !== current.headline && followsSource(current.slug, current.headline ?? '', rules);
  return !current.wasPublished && headlineMoved
    ? { kind: 'generate', source: headline }
    : { kind: 'keep' };
}
