/**
 * Precision and recall of the quote extractor (spec §3 quote, §4.4) on a hand-labelled set
 * of short wire-copy stories: tests/fixtures/quotes/labelled.json.
 *
 * The labels say what a careful copy editor would call an attributed quotation, whether or
 * not the extractor can read it. Conventions of the set:
 * - one quote per quoted stretch; a sentence interrupted by its attribution
 *   (`"A," X said, "b."`) is one quote, its parts joined by a space; a quotation over
 *   several paragraphs is one quote on the paragraph where it opens;
 * - speaker: a person's full name as first given in the story, without title or honorific,
 *   also for a bare surname or a "he"/"she" that refers to them; a description or
 *   organisation as written ("the review", "analysts at Halvorsen Bank");
 * - kind: `direct` for quoted sentences, `partial` for fragments inside a reported sentence.
 *
 * A match is the same paragraph, the same words (case-folded, punctuation and spacing
 * ignored) and the same speaker (case-insensitive). Kind is not part of a match; kind
 * disagreements and right-words-wrong-speaker pairs are counted and printed separately.
 * The thresholds below were fixed before the extractor was run on the set.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractQuotes, type ExtractedQuote, type QuoteKind } from '../../server/src/domain/quotes';

interface Expected {
  text: string;
  speaker: string;
  kind: QuoteKind;
  paragraph: number;
}

interface Story {
  id: string;
  paragraphs: string[];
  quotes: Expected[];
}

const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.7;

const stories = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/quotes/labelled.json'), 'utf8')
) as Story[];

const words = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
const who = (speaker: string): string =>
  speaker.normalize('NFC').toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ').trim();
const sameWords = (
  a: { text: string; paragraph: number },
  b: { text: string; paragraph: number }
): boolean => a.paragraph === b.paragraph && words(a.text) === words(b.text);

interface StoryResult {
  id: string;
  matched: { expected: Expected; got: ExtractedQuote }[];
  missed: Expected[];
  spurious: ExtractedQuote[];
}

function evaluate(story: Story): StoryResult {
  const got = extractQuotes(story.paragraphs);
  const used = new Set<number>();
  const matched: StoryResult['matched'] = [];
  const missed: Expected[] = [];
  for (const expected of story.quotes) {
    const i = got.findIndex(
      (q, k) => !used.has(k) && sameWords(q, expected) && who(q.speaker) === who(expected.speaker)
    );
    if (i < 0) {
      missed.push(expected);
    } else {
      used.add(i);
      matched.push({ expected, got: got[i] });
    }
  }
  return { id: story.id, matched, missed, spurious: got.filter((_q, k) => !used.has(k)) };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const show = (q: { text: string; speaker: string; kind: QuoteKind; paragraph: number }): string =>
  `#${q.paragraph} ${q.kind} "${q.text.length > 60 ? `${q.text.slice(0, 57)}...` : q.text}" — ${q.speaker}`;

describe('the labelled set', () => {
  const paragraphs = stories.reduce((n, s) => n + s.paragraphs.length, 0);

  it('is big and varied enough to measure anything', () => {
    expect(paragraphs).toBeGreaterThanOrEqual(50);
    expect(stories.reduce((n, s) => n + s.quotes.length, 0)).toBeGreaterThanOrEqual(40);
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it.each(stories.map((s) => [s.id, s] as const))(
    '%s: every label names words that are in its paragraph',
    (_id, story) => {
      for (const q of story.quotes) {
        expect(['direct', 'partial']).toContain(q.kind);
        expect(q.speaker.trim()).not.toBe('');
        expect(q.paragraph).toBeGreaterThanOrEqual(0);
        expect(q.paragraph).toBeLessThan(story.paragraphs.length);
        const opening = words(q.text).split(' ').slice(0, 4).join(' ');
        expect(words(story.paragraphs[q.paragraph])).toContain(opening);
      }
    }
  );
});

describe('extractQuotes on the labelled set', () => {
  it(`has precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const results = stories.map(evaluate);
    const tp = results.reduce((n, r) => n + r.matched.length, 0);
    const extracted = tp + results.reduce((n, r) => n + r.spurious.length, 0);
    const expected = tp + results.reduce((n, r) => n + r.missed.length, 0);
    const precision = ratio(tp, extracted);
    const recall = ratio(tp, expected);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const paragraphs = stories.reduce((n, s) => n + s.paragraphs.length, 0);

    // Right words, wrong (or unresolved) speaker: counted once as a miss and once as spurious above.
    const wrongSpeaker = results.reduce(
      (n, r) => n + r.spurious.filter((q) => r.missed.some((e) => sameWords(q, e))).length,
      0
    );
    const wrongKind = results.reduce(
      (n, r) => n + r.matched.filter((m) => m.expected.kind !== m.got.kind).length,
      0
    );

    const details = results.flatMap((r) => [
      ...r.missed.map((q) => `  missed   ${r.id} ${show(q)}`),
      ...r.spurious.map((q) => `  spurious ${r.id} ${show(q)}`),
      ...r.matched
        .filter((m) => m.expected.kind !== m.got.kind)
        .map((m) => `  kind     ${r.id} ${show(m.got)} (labelled ${m.expected.kind})`),
    ]);
    console.log(
      `quote extraction on ${paragraphs} labelled paragraphs: precision ${precision.toFixed(2)} (${tp}/${extracted}), ` +
        `recall ${recall.toFixed(2)} (${tp}/${expected}), F1 ${f1.toFixed(2)}; ` +
        `right words with a wrong speaker ${wrongSpeaker}, matched with the wrong kind ${wrongKind}` +
        (details.length > 0 ? `\n${details.join('\n')}` : '')
    );

    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  /** Paragraphs with quotation marks and no labelled quote: titles, nicknames, scare quotes, quoted terms, signs. */
  const notQuotes = stories.flatMap((story) =>
    story.paragraphs
      .map((text, paragraph) => ({ story, text, paragraph }))
      .filter(
        ({ text, paragraph }) =>
          /["“”]/u.test(text) && !story.quotes.some((q) => q.paragraph === paragraph)
      )
      .map(
        ({ story, text, paragraph }) =>
          [`${story.id} #${paragraph}: ${text.slice(0, 70)}`, story, paragraph] as const
      )
  );
  /**
   * Known false quotes, kept visible rather than dropped from the set. `its "help to buy" scheme`
   * after "insists": a quoted name used before its noun reads like a quoted adjective
   * (`the "politically motivated" charges`), which is a real partial quote, so it is not filtered.
   * `it.failing` turns red the day the extractor gets this right; then take it off the list.
   */
  const KNOWN_FALSE_QUOTES = new Set(['holdout-housing-report #3']);
  const known = (name: string): boolean => KNOWN_FALSE_QUOTES.has(name.slice(0, name.indexOf(':')));

  it('has at least 12 paragraphs whose quotation marks are not quotes', () => {
    expect(notQuotes.length).toBeGreaterThanOrEqual(12);
    expect(notQuotes.filter(([name]) => !known(name)).length).toBeGreaterThanOrEqual(12);
  });

  it.each(notQuotes.filter(([name]) => !known(name)))(
    'gives nothing for %s',
    (_name, story, paragraph) => {
      expect(extractQuotes(story.paragraphs).filter((q) => q.paragraph === paragraph)).toEqual([]);
    }
  );

  it.failing.each(notQuotes.filter(([name]) => known(name)))(
    'gives nothing for %s (known false quote)',
    (_name, story, paragraph) => {
      expect(extractQuotes(story.paragraphs).filter((q) => q.paragraph === paragraph)).toEqual([]);
    }
  );
});
