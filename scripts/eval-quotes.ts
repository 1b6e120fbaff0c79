/**
 * `npm run eval:quotes -- <PolNeAR dir> [--split train|dev] [--show missed|spurious|speaker]`
 *
 * Scores extractQuotes against PolNeAR: gold = the corpus's attributions whose content holds a
 * double quotation mark (`"`, `“`, `”`, or `''` typed for one); a found quote matches a gold attribution when their spans overlap.
 * Kind of a gold attribution: direct when nearly all of its content is between marks.
 * Speaker right: the found speaker shares a word with the corpus's source, or with a mention of
 * the CoreNLP coreference chain of that source ("he" → "Donald Trump").
 * Develop on train and dev only; the test split is for scoring, once.
 */
import { extractQuotes, type ExtractedQuote } from '../server/src/domain/quotes';
import { readSplit, type Article, type GoldAttribution, type Span } from './eval-quotes-polnear';

interface Found {
  quote: ExtractedQuote;
  span: Span;
}

/** Article lines as paragraphs, with where each starts in the article. */
function paragraphsOf(text: string): { paragraphs: string[]; offsets: number[] } {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    paragraphs.push(line);
    offsets.push(at);
    at += line.length + 1;
  }
  return { paragraphs, offsets };
}

/** Where a quote's words are in its paragraph: the first words of its text, looked up. */
function locate(quote: ExtractedQuote, paragraphs: string[], offsets: number[]): Span {
  const paragraph = paragraphs[quote.paragraph] ?? '';
  let index = -1;
  for (const length of [40, 15, 6]) {
    index = paragraph.indexOf(quote.text.slice(0, length));
    if (index >= 0) break;
  }
  const start = offsets[quote.paragraph] + Math.max(0, index);
  return { start, end: start + Math.max(1, quote.text.length) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const STOP = new Set(
  'the a an of for and to in on at his her its their mr mrs ms dr said says who s'.split(' ')
);
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));

const PRONOUN = /^(?:he|she|him|her|his|they|them|their|i|we|it|its)$/iu;
/**
 * Why a speaker could not be confirmed against the corpus, when the corpus is the reason: its
 * source span is a reporting verb (`said`: an annotation slip), or a pronoun none of whose
 * CoreNLP chains holds a proper name (`she` chained only with `the family` or `a white visitor`:
 * no name to compare with). Counted apart, never as right: a reader checks them by hand.
 */
function unverifiable(article: Article, gold: GoldAttribution): 'verb' | 'pronoun' | null {
  if (!gold.source) return null;
  if (/^(?:said|says|say|told|tells|added|wrote)$/iu.test(gold.sourceText.trim())) return 'verb';
  if (!PRONOUN.test(gold.sourceText.trim())) return null;
  const chain = article.chainOf(gold.source);
  return chain.some(namesSomeone) ? null : 'pronoun';
}

/** Words that open a mention with a capital without naming anyone: `The family`, `Many of the visitors`. */
const COMMON_OPENERS = new Set(
  'the a an this that these those many some most all his her its their my our your one two'.split(
    ' '
  )
);
/**
 * Whether a CoreNLP mention holds a proper name (`Obama`, `Sen. Bernie Sanders`); `a white
 * visitor`, `The family`, `9/11 widow`, `the early '80s` and pronouns name no one, so a chain of
 * only such mentions cannot tell whether a named speaker is right.
 */
const namesSomeone = (mention: string): boolean =>
  mention
    .split(/\s+/u)
    .some(
      (w) =>
        /^\p{Lu}\p{L}/u.test(w) &&
        !PRONOUN.test(w) &&
        !COMMON_OPENERS.has(w.toLowerCase().replace(/['’]s$/u, ''))
    );

function speakerRight(article: Article, gold: GoldAttribution, speaker: string): boolean {
  if (!gold.source) return false;
  const said = new Set(wordsOf(speaker));
  const referents = [gold.sourceText, ...article.chainOf(gold.source)];
  return referents.some((text) => wordsOf(text).some((w) => said.has(w)));
}

interface Tally {
  gold: number;
  recalled: number;
  found: number;
  correct: number;
  judged: number;
  speakerRight: number;
  /** Wrong speakers the corpus cannot confirm or deny (see unverifiable). */
  unverifiable: number;
}

const tally = (): Tally => ({
  gold: 0,
  recalled: 0,
  found: 0,
  correct: 0,
  judged: 0,
  speakerRight: 0,
  unverifiable: 0,
});

function main(argv: string[]): void {
  const dir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const split = option('split') ?? 'dev';
  const show = option('show');
  if (!dir)
    throw new Error(
      'usage: eval:quotes -- <PolNeAR dir> [--split train|dev] [--show missed|spurious|speaker]'
    );
  if (split === 'test' && !argv.includes('--scoring'))
    throw new Error('the test split is for scoring only: add --scoring');
  const byKind = { direct: tally(), partial: tally() };
  const started = process.hrtime.bigint();
  let bodies = 0;
  for (const article of readSplit(dir, split)) {
    const { paragraphs, offsets } = paragraphsOf(article.text);
    const t0 = process.hrtime.bigint();
    const quotes = extractQuotes(paragraphs);
    bodies += Number(process.hrtime.bigint() - t0);
    const found: Found[] = quotes.map((quote) => ({
      quote,
      span: locate(quote, paragraphs, offsets),
    }));
    for (const gold of article.gold) {
      const t = byKind[gold.kind];
      t.gold++;
      const match = found.find((f) => overlaps(f.span, gold.content));
      if (!match) {
        if (show === 'missed')
          console.log(
            `MISS ${gold.kind} [${gold.sourceText} | ${gold.cue}] ${gold.contentText.slice(0, 160)}\n   ${context(article.text, gold.content)}`
          );
        continue;
      }
      t.recalled++;
      if (!gold.source) continue;
      t.judged++;
      if (speakerRight(article, gold, match.quote.speaker)) {
        t.speakerRight++;
        continue;
      }
      const why = unverifiable(article, gold);
      if (why) t.unverifiable++;
      if (show === 'speaker')
        console.log(
          `SPEAKER${why ? ` (${why}: unverifiable)` : ''} got "${match.quote.speaker}" (${match.quote.cue}) gold "${gold.sourceText}" :: ${context(article.text, gold.content)}`
        );
    }
    for (const f of found) {
      const t = byKind[f.quote.kind];
      t.found++;
      if (article.gold.some((g) => overlaps(f.span, g.content))) t.correct++;
      else if (show === 'spurious')
        console.log(
          `SPURIOUS ${f.quote.kind} "${f.quote.speaker}" (${f.quote.cue}) ${f.quote.text.slice(0, 100)}\n   ${context(article.text, f.span)}`
        );
    }
  }
  const all = tally();
  for (const t of Object.values(byKind))
    for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  const pct = (n: number, d: number): string =>
    d === 0 ? '  —  ' : ((100 * n) / d).toFixed(1).padStart(5);
  console.log(
    `PolNeAR ${split}: gold = attributions whose content holds a double quotation mark; match = overlapping spans`
  );
  console.log('kind      gold  found  precision  recall    F1  speaker right');
  for (const [kind, t] of [...Object.entries(byKind), ['all', all] as const]) {
    const p = t.found ? t.correct / t.found : 0;
    const r = t.gold ? t.recalled / t.gold : 0;
    const f1 = p + r ? (200 * p * r) / (p + r) : 0;
    console.log(
      `${kind.padEnd(8)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)}      ${pct(t.correct, t.found)}   ${pct(t.recalled, t.gold)} ${f1.toFixed(1).padStart(5)}  ${pct(t.speakerRight, t.judged)} (${t.speakerRight}/${t.judged})`
    );
  }
  console.log(
    'precision by the kind the extractor gave; recall and speaker by the kind of the gold attribution'
  );
  console.log(
    `speaker not right: ${all.judged - all.speakerRight}, of which the corpus cannot confirm or deny ${all.unverifiable} (source span a reporting verb, or a pronoun whose CoreNLP chain holds no proper name; --show speaker marks them); right where the corpus can tell: ${pct(all.speakerRight, all.judged - all.unverifiable)} (${all.speakerRight}/${all.judged - all.unverifiable})`
  );
  console.log(
    `extractQuotes time: ${(bodies / 1e6).toFixed(1)} ms for the split (${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms with reading)`
  );
}

function context(text: string, span: Span): string {
  return text
    .slice(Math.max(0, span.start - 120), Math.min(text.length, span.end + 80))
    .replace(/\s+/gu, ' ');
}

main(process.argv.slice(2));
