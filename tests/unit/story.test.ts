import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitLines } from '../../server/src/domain/paragraphs';
import {
  formatStory,
  isTopNewsHeading,
  looksLikeDeck,
  MAX_LINE_LENGTH,
  parseStory,
  type ParsedStory,
  type StoryMeta,
  type StoryParseResult,
} from '../../server/src/domain/story';
import { LIBYA_TOP_NEWS } from '../fixtures/stories/libya-truce';

const STORIES = join(__dirname, '..', 'fixtures', 'stories');
const fixture = (name: string): Buffer => readFileSync(join(STORIES, name));

function parsed(result: StoryParseResult): ParsedStory {
  if (!result.ok)
    throw new Error(`expected a story, got line ${result.error.line}: ${result.error.message}`);
  return result.story;
}

describe('parseStory: the Libya seed, however it is encoded', () => {
  it.each([
    ['as bytes', fixture('libya-truce.txt')],
    ['as a string', fixture('libya-truce.txt').toString('utf8')],
    ['with CRLF line ends', fixture('libya-truce-crlf.txt')],
    ['with a UTF-8 BOM', fixture('libya-truce-bom.txt')],
    ['with CR-only line ends', fixture('libya-truce.txt').toString('utf8').replace(/\n/g, '\r')],
  ])('reads the seed %s', (_label, input) => {
    const story = parsed(parseStory(input));
    expect(story.headline).toBe('Joint work on truce in Libya urged');
    expect(story.deck).toBe('Russia, Turkey call for cease-fire to support UN-backed negotiations');
    expect(story.paragraphs).toHaveLength(17);
    expect(story.paragraphs[0]).toMatch(/^A joint statement on Wednesday/);
    expect(story.paragraphs[16]).toMatch(
      /considered a further step in Turkish and Russian relations in terms of energy\.$/
    );
    expect(story.topNews).toEqual(LIBYA_TOP_NEWS);
    expect(story.meta).toEqual({});
  });

  it('the CRLF and BOM fixtures really carry CRLF and a BOM (a .gitattributes text rule would silently normalise them)', () => {
    expect(fixture('libya-truce-crlf.txt').includes('\r\n')).toBe(true);
    expect([...fixture('libya-truce-bom.txt').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('formatting the parsed seed gives the seed text back', () => {
    const seed = fixture('libya-truce.txt').toString('utf8');
    expect(formatStory(parsed(parseStory(seed))).trimEnd()).toBe(seed.trimEnd());
  });
});

describe('parseStory: stories in the same shape', () => {
  it('a story with front matter (every key) keeps its meta, and the front matter deck makes the next line body text', () => {
    const story = parsed(parseStory(fixture('front-matter.txt')));
    expect(story.meta).toEqual({
      city: 'Istanbul',
      country: 'Turkey',
      timeZone: 'Europe/Istanbul',
      date: new Date('2020-01-08T22:30:00Z'),
      agency: 'China Daily',
      byline: 'Reuters in Istanbul',
      section: 'World',
      tags: ['Libya', 'Turkey', 'Russia', 'cease-fire'],
      locale: 'en',
      deck: 'Putin and Erdogan call for a truce from midnight on Jan 12.',
      priority: 5,
    });
    expect(story.headline).toBe('Joint work on truce in Libya urged');
    expect(story.deck).toBe('Putin and Erdogan call for a truce from midnight on Jan 12.');
    expect(story.paragraphs).toHaveLength(2);
    expect(story.topNews).toEqual(['Exporters pivot to home market amid headwinds']);
  });

  it.each<[string, string, Partial<ParsedStory>]>([
    [
      'without deck (the second line ends with a period)',
      'no-deck.txt',
      {
        headline: 'Russian gas reaches Bulgaria via TurkStream',
        deck: null,
        paragraphs: [
          'Russian gas producer Gazprom started shipping gas to Bulgaria via TurkStream on Jan 1.',
          'The route formerly passed through Ukraine and Romania.',
        ],
        topNews: ['BRI diversifies paths for CELAC cooperation'],
      },
    ],
    [
      'without top news',
      'no-top-news.txt',
      {
        deck: 'Libyan parties urged to respond positively',
        paragraphs: [
          'The UN said it welcomed recent cease-fire calls, including that from Turkey and Russia.',
          'It urged the Libyan parties to respond positively.',
        ],
        topNews: [],
      },
    ],
    [
      'with "Today’s Top News" (curly apostrophe) and *, • and - items',
      'top-news-curly.txt',
      {
        topNews: [
          'New guideline bolsters green inspections',
          'China, Chile urged to create model of common development',
          'Xi replies to founder of Danish Chamber of Commerce in China',
        ],
      },
    ],
    [
      'with "TODAYS TOP NEWS:" and an indented • item',
      'top-news-caps.txt',
      {
        paragraphs: ['The ministry published the guideline on Tuesday.'],
        topNews: ['BRI diversifies paths for CELAC cooperation'],
      },
    ],
  ])('a story %s', (_label, file, expected) => {
    expect(parsed(parseStory(fixture(file)))).toMatchObject(expected);
  });

  it.each([
    ['a deck over 200 characters is the first paragraph', `Head\n${'word '.repeat(41)}\n`, null, 1],
    [
      'a deck of exactly 200 characters is a deck',
      `Head\n${'x'.repeat(200)}\n`,
      'x'.repeat(200),
      0,
    ],
    ['a line ending in ?" is a sentence, not a deck', 'Head\nWho will sign the truce?"\n', null, 1],
    ['a line ending in …’ is a sentence, not a deck', 'Head\nThe talks go on…’\n', null, 1],
    [
      'a line ending in a colon is a deck',
      'Head\nWhat the statement says:\nBody.\n',
      'What the statement says:',
      1,
    ],
    [
      'an empty front matter `deck:` says there is no deck',
      '---\ndeck:\n---\nHead\nShort line\n',
      null,
      1,
    ],
    ['inner whitespace is collapsed', 'Head\n  Tabs\tand\u00a0spaces  \n', 'Tabs and spaces', 0],
  ])('%s', (_label, text, deck, paragraphCount) => {
    const story = parsed(parseStory(text));
    expect(story.deck).toBe(deck);
    expect(story.paragraphs).toHaveLength(paragraphCount);
  });

  it.each([
    ['a date alone is midnight UTC', '2020-01-08', undefined, '2020-01-08T00:00:00.000Z'],
    ['an offset is honoured', '2020-01-09T01:30+03:00', undefined, '2020-01-08T22:30:00.000Z'],
    [
      'a time without offset is wall-clock time in timeZone',
      '2020-01-09 01:30',
      'Europe/Istanbul',
      '2020-01-08T22:30:00.000Z',
    ],
    [
      'a date alone is midnight in timeZone',
      '2020-07-01',
      'America/New_York',
      '2020-07-01T04:00:00.000Z',
    ],
    [
      'a wall-clock time just after a DST change uses the new offset',
      '2020-03-08T03:30',
      'America/New_York',
      '2020-03-08T07:30:00.000Z',
    ],
    [
      'fractions of a second are kept to the millisecond',
      '2020-01-08T22:30:00.1234Z',
      undefined,
      '2020-01-08T22:30:00.123Z',
    ],
  ])('front matter date: %s', (_label, date, timeZone, iso) => {
    const text = `---\n${timeZone ? `timeZone: ${timeZone}\n` : ''}date: ${date}\n---\nHead\n`;
    expect(parsed(parseStory(text)).meta.date?.toISOString()).toBe(iso);
  });

  it('front matter keys match case-insensitively and empty values count as absent', () => {
    const story = parsed(parseStory('---\nTIMEZONE: Asia/Shanghai\nCity:\ntags: , ,\n---\nHead\n'));
    expect(story.meta).toEqual({ timeZone: 'Asia/Shanghai' });
  });
});

describe('parseStory: bad files name the line', () => {
  it.each([
    ['an empty file has no headline', 'empty.txt', 1, /no headline/],
    [
      'blank lines only: no headline, reported on the last line',
      'blank-lines-only.txt',
      3,
      /no headline/,
    ],
    [
      'front matter only: no headline, reported on the last line',
      'front-matter-only.txt',
      4,
      /no headline/,
    ],
    ['a bad date (Feb 30)', 'bad-date.txt', 3, /ISO 8601/],
    ['a 10,001-character line', 'long-line.txt', 4, /longer than 10000/],
    ['invalid UTF-8 bytes', 'invalid-utf8.txt', 5, /UTF-8/],
    ['an unclosed front matter', 'unclosed-front-matter.txt', 1, /never closed/],
    ['an unknown front matter key', 'unknown-key.txt', 3, /unknown front matter key "author"/],
    ['a priority that is not a whole number', 'bad-priority.txt', 3, /priority "high"/],
    ['a time zone that is not IANA', 'bad-time-zone.txt', 3, /time zone/],
    [
      'a line after the top news that is not an item',
      'stray-line-after-top-news.txt',
      6,
      /top-news item/,
    ],
  ])('%s (%s) → line %d', (_label, file, line, message) => {
    const result = parseStory(fixture(`bad/${file}`));
    expect(result).toEqual({ ok: false, error: { line, message: expect.stringMatching(message) } });
  });

  it.each<[string, number, string | Uint8Array]>([
    ['a 10,001-character line of accented letters', 2, `Head\n${'é'.repeat(MAX_LINE_LENGTH + 1)}`],
    [
      'an emoji counts as one character',
      3,
      `Head\n${'😀'.repeat(MAX_LINE_LENGTH)}\n${'😀'.repeat(MAX_LINE_LENGTH + 1)}`,
    ],
    [
      'invalid UTF-8 after CRLF lines',
      3,
      Buffer.from([0x48, 0x0d, 0x0a, 0x0d, 0x0a, 0x41, 0xc3, 0x28]),
    ],
    [
      'invalid UTF-8 after CR-only lines, with a BOM',
      3,
      Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0x0d, 0x41, 0x0d, 0xed, 0xa0, 0x80]),
    ],
    ['a UTF-8 sequence cut off at the end of the file', 2, Buffer.from([0x48, 0x0a, 0xe2, 0x80])],
    ['a front matter line without a colon', 2, '---\ncity Tripoli\n---\nHead'],
    ['a key given twice', 3, '---\ncity: Tripoli\ncity: Sirte\n---\nHead'],
    ['a fractional priority', 2, '---\npriority: 1.5\n---\nHead'],
    ['a priority beyond a 32-bit integer', 2, '---\npriority: 2147483648\n---\nHead'],
    ['a date without its day', 2, '---\ndate: 2020-01\n---\nHead'],
    ['a date in words', 2, '---\ndate: Jan 8 2020\n---\nHead'],
    ['an hour of 24', 2, '---\ndate: 2020-01-08T24:00Z\n---\nHead'],
  ])('%s → line %d', (_label, line, input) => {
    const result = parseStory(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(line);
  });

  it('refuses input that is neither text nor bytes without throwing', () => {
    expect(parseStory(42 as unknown as string)).toEqual({
      ok: false,
      error: { line: 1, message: expect.any(String) },
    });
  });
});

describe('formatStory', () => {
  it.each<[string, ParsedStory]>([
    [
      'a deck with a final period goes into the front matter',
      { headline: 'H', deck: 'A deck.', paragraphs: ['P.'], topNews: [], meta: {} },
    ],
    [
      'no deck before a deck-like first paragraph gets an empty deck:',
      { headline: 'H', deck: null, paragraphs: ['Short', 'P.'], topNews: [], meta: {} },
    ],
    [
      'a deck that reads as the top-news heading goes into the front matter',
      { headline: 'H', deck: "Today's Top News", paragraphs: ['P.'], topNews: ['T'], meta: {} },
    ],
    [
      'a headline of --- keeps an empty front matter before it',
      { headline: '---', deck: null, paragraphs: ['P.'], topNews: [], meta: {} },
    ],
  ])('%s', (_label, story) => {
    const again = parsed(parseStory(formatStory(story)));
    expect({ ...again, meta: {} }).toEqual(story);
  });
});

describe('parseStory and formatStory: properties', () => {
  const lineCount = (text: string) => Math.max(1, splitLines(text.replace(/^\uFEFF/, '')).length);

  it('never throws on any string, and any error names a line of the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseStory(text);
        if (!result.ok) expect(result.error.line).toBeGreaterThanOrEqual(1);
        if (!result.ok) expect(result.error.line).toBeLessThanOrEqual(lineCount(text));
      })
    );
  });

  it('never throws on any byte array, and any error has line ≥ 1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseStory(bytes);
        if (!result.ok) expect(result.error.line).toBeGreaterThanOrEqual(1);
      })
    );
  });

  /** Text made of the lines that matter to the format (front matter, deck-like lines, top news), with every kind of line end. */
  const anyLine = fc.string({ unit: 'grapheme', maxLength: 30 });
  const frontMatter = fc.oneof(
    fc.constant<string[]>([]),
    fc
      .tuple(
        fc.uniqueArray(
          fc.constantFrom(
            'city: Tripoli',
            'date: 2020-01-08',
            'date: 2020-01-08T10:00',
            'timeZone: Africa/Tripoli',
            'priority: 3',
            'priority: -0',
            'deck:',
            'deck: A deck.',
            'deck: Short deck',
            'tags: a, b',
            'tags: ,',
            'locale: en',
            '',
            'junk'
          ),
          { maxLength: 5 }
        ),
        fc.boolean()
      )
      .map(([keys, closed]) => ['---', ...keys, ...(closed ? ['---'] : [])])
  );
  const bodyLine = fc.oneof(
    fc.constantFrom(
      '---',
      'Short deck',
      'A sentence.',
      '',
      '   ',
      'A: colon',
      '"Quoted," he said.',
      '- not an item yet',
      'x'.repeat(201)
    ),
    anyLine
  );
  const topNews = fc.oneof(
    fc.constant<string[]>([]),
    fc
      .tuple(
        fc.constantFrom(
          "Today's Top News",
          'todays top news:',
          'TODAY’S TOP NEWS',
          'Todayʼs  Top  News :'
        ),
        fc.array(
          fc.oneof(
            fc.constantFrom('- item', '* other', '•third', '-', '', '- - dash'),
            anyLine.map((t) => `- ${t}`)
          ),
          { maxLength: 4 }
        )
      )
      .map(([heading, items]) => [heading, ...items]),
    fc.array(fc.constantFrom("Today's Top News", '- item', 'stray line'), { maxLength: 3 })
  );
  const storyLikeText = fc
    .tuple(
      fc.boolean(),
      frontMatter,
      fc.array(bodyLine, { maxLength: 8 }),
      topNews,
      fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 24, maxLength: 24 }),
      fc.boolean()
    )
    .map(([bom, front, body, news, ends, finalEnd]) => {
      const lines = [...front, ...body, ...news];
      const text = lines
        .map((line, i) => line + (i < lines.length - 1 || finalEnd ? ends[i] : ''))
        .join('');
      return (bom ? '\uFEFF' : '') + text;
    });

  it('on story-like text: errors name a line of the file, and any story formats and reads back equal', () => {
    fc.assert(
      fc.property(storyLikeText, (text) => {
        const result = parseStory(text);
        if (!result.ok) {
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.line).toBeLessThanOrEqual(lineCount(text));
          return;
        }
        expect(parseStory(formatStory(result.story))).toEqual(result);
      }),
      { numRuns: 500 }
    );
  });

  it('bytes and string give the same result for well-formed text', () => {
    fc.assert(
      fc.property(storyLikeText, (text) => {
        fc.pre(Buffer.from(text, 'utf8').toString('utf8') === text);
        expect(parseStory(Buffer.from(text, 'utf8'))).toEqual(parseStory(text));
      })
    );
  });

  const text = (maxLength = 40) =>
    fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          ' ',
          '\t',
          '\u00a0',
          '.',
          '!',
          '?',
          '…',
          '"',
          '’',
          ':',
          ',',
          '-',
          '*',
          '•',
          'é',
          '中',
          '😀',
          'ل'
        ),
        maxLength,
      })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s !== '' && !isTopNewsHeading(s));

  const meta: fc.Arbitrary<StoryMeta> = fc.record(
    {
      city: text(),
      country: text(),
      timeZone: fc.constantFrom(
        'UTC',
        'Europe/Istanbul',
        'Asia/Shanghai',
        'America/New_York',
        'Africa/Tripoli'
      ),
      date: fc.date({
        min: new Date('1000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      agency: text(),
      byline: text(),
      section: text(),
      tags: fc.array(
        text(12).filter((tag) => !tag.includes(',')),
        { minLength: 1, maxLength: 4 }
      ),
      locale: fc.constantFrom('en', 'zh-Hans', 'ar'),
      priority: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    },
    { requiredKeys: [] }
  );

  /** Stories parseStory can return: a line deck must look like one; a front matter deck is also in meta. */
  const validStory: fc.Arbitrary<ParsedStory> = fc
    .record({
      headline: text(),
      deckMode: fc.constantFrom('none', 'line', 'front'),
      deck: text(250),
      paragraphs: fc.array(text(250), { maxLength: 5 }),
      topNews: fc.array(text(), { maxLength: 4 }),
      meta,
    })
    .filter(({ deckMode, deck }) => deckMode !== 'line' || looksLikeDeck(deck))
    .map(({ headline, deckMode, deck, paragraphs, topNews, meta: m }) => ({
      headline,
      deck: deckMode === 'none' ? null : deck,
      paragraphs,
      topNews,
      meta: deckMode === 'front' ? { ...m, deck } : m,
    }));

  it('parse(formatStory(s)) gives s back for generated valid stories', () => {
    fc.assert(
      fc.property(validStory, (story) => {
        expect(parseStory(formatStory(story))).toEqual({ ok: true, story });
      }),
      { numRuns: 300 }
    );
  });
});
