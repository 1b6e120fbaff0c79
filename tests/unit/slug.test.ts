import fc from 'fast-check';
import {
  DEFAULT_RESERVED_SLUGS,
  cutToLength,
  fallbackSlug,
  followsSource,
  decideSlug,
  makeSlugBase,
  pickFreeSlug,
  siblingNumber,
  slugQueryPrefix,
  slugifyText,
  type SlugRules,
} from '../../server/src/domain/slug';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const rules: SlugRules = { maxLength: 96, reserved: DEFAULT_RESERVED_SLUGS };
const tight: SlugRules = { maxLength: 16, reserved: DEFAULT_RESERVED_SLUGS };

describe('slugifyText', () => {
  it.each([
    [
      'the Libya headline',
      'Joint work on truce in Libya urged',
      'joint-work-on-truce-in-libya-urged',
    ],
    ['Latin with diacritics', 'Café déjà vu — naïve Ærø Straße', 'cafe-deja-vu-naive-aero-strasse'],
    ['Polish and Nordic letters', 'Łódź Øresund Ångström', 'lodz-oresund-angstrom'],
    ['Vietnamese', 'Việt Nam đổi mới', 'viet-nam-doi-moi'],
    ['Turkish dotted and dotless i', 'İzmir Işık Çağrı Öğün Şüphe', 'izmir-isik-cagri-ogun-suphe'],
    [
      'Turkish suffix after an apostrophe, as Turkish papers write it',
      "İstanbul'da ılık hava",
      'istanbulda-ilik-hava',
    ],
    ['Russian', 'Москва объявила перемирие', 'moskva-obyavila-peremirie'],
    ['Ukrainian', 'Київ і Україна', 'kiyiv-i-ukrayina'],
    ['Greek', 'Ελληνική Δημοκρατία', 'elliniki-dimokratia'],
    ['Chinese, as pinyin syllables', '中国经济', 'zhong-guo-jing-ji'],
    [
      'Chinese with a number and a percent sign',
      '中国经济增长5%',
      'zhong-guo-jing-ji-zeng-chang-5-percent',
    ],
    ['Chinese mixed with Latin', 'iPhone在中国', 'iphone-zai-zhong-guo'],
    ['Japanese kanji and kana, split at word boundaries', '東京の天気', 'dong-jing-no-tian-qi'],
    ['Japanese katakana', 'カタカナ テスト', 'katakana-tesuto'],
    ['Korean', '서울 뉴스', 'seoul-nyuseu'],
    ['Arabic', 'الأخبار العربية', 'alakhbar-alarbyh'],
    [
      'an Arabic headline',
      'مصر تدعو إلى وقف إطلاق النار في ليبيا',
      'msr-tdaw-ila-wqf-itlaq-alnar-fy-lybya',
    ],
    ['Arabic with harakat and shadda', 'مُحَمَّد', 'muhamad'],
    ['Persian', 'ایران گفتگو', 'ayran-gftgw'],
    ['Hebrew', 'שלום עולם', 'shlvm-vlm'],
    ['Thai, which has no spaces between words', 'ข่าวไทยวันนี้', 'khaaw-aithy-wan-nii'],
    ['right-to-left text inside bidi controls', '\u202Bשלום\u202C world \u200F', 'shlvm-world'],
    ['Arabic and English in one line', 'Libya ليبيا talks', 'libya-lybya-talks'],
    ['currency signs as words', 'Oil at $80, €75 or ¥500', 'oil-at-dollar-80-euro-75-or-yen-500'],
    ['ampersand and percent', 'Profits up 5% & rising', 'profits-up-5-percent-and-rising'],
    ['curly quotes and possessives', '“Quoted” ‘single’ China’s plan', 'quoted-single-chinas-plan'],
    ['abbreviations with dots', 'U.S. and U.K. agree', 'us-and-uk-agree'],
    ['hyphens and dashes collapse', '--Cease-fire -- now—or–never--', 'cease-fire-now-or-never'],
    ['whitespace of every kind', '\t Truce\u00a0\u3000talks \n', 'truce-talks'],
    ['upper case', 'BREAKING NEWS', 'breaking-news'],
    ['an already valid slug, unchanged', 'joint-work-2', 'joint-work-2'],
  ])('turns %s into ASCII words: %j → %j', (_name, text, slug) => {
    expect(slugifyText(text)).toBe(slug);
  });

  it.each([
    ['an inline tag inside a headline', '<b>Hi</b> there', 'hi-there'],
    ['an inline tag inside a word', "<i>Titanic</i>'s legacy", 'titanics-legacy'],
    ['block tags between words', '<p>One</p><p>Two</p>', 'one-two'],
    ['a script with its content', '<script>alert("x")</script>Safe', 'safe'],
    ['an HTML comment', 'Peace <!-- draft --> talks', 'peace-talks'],
    ['an entity', 'Tom &amp; Jerry', 'tom-and-jerry'],
    ['a numeric entity', 'Caf&#233; &#x4e2d;', 'cafe-zhong'],
    ['an escaped tag, kept as text', '&lt;b&gt; bold', 'less-b-greater-bold'],
    ['a lone less-than sign, kept as text', 'a < b', 'a-less-b'],
    ['an out-of-range numeric entity, without throwing', 'x &#99999999; y', 'x-y'],
  ])('strips HTML: %s (%j → %j)', (_name, text, slug) => {
    expect(slugifyText(text)).toBe(slug);
  });

  it.each([
    ['SQL injection', "'; DROP TABLE articles; --", 'drop-table-articles'],
    ['Bobby Tables', "Robert'); DROP TABLE students;--", 'robert-drop-table-students'],
    ['a LIKE wildcard', "50% off_sale' OR '1'='1", '50-percent-off-sale-or-1-1'],
  ])('treats %s as plain words', (_name, text, slug) => {
    expect(slugifyText(text)).toBe(slug);
  });

  it.each([
    ['emoji only', '😀🎉🔥'],
    ['emoji with skin tones and joiners', '👩🏽‍💻 👨‍👩‍👧'],
    ['punctuation only', '!!! ??? ... — ; :'],
    ['whitespace only', ' \t\n '],
    ['empty', ''],
    ['tags only', '<br/><hr>'],
    ['circled digits', '①②'],
  ])('gives an empty string for %s', (_name, text) => {
    expect(slugifyText(text)).toBe('');
  });

  it('never throws on a value that is not a string at run time', () => {
    expect(slugifyText(undefined as unknown as string)).toBe('');
    expect(slugifyText(null as unknown as string)).toBe('');
  });
});

describe('fallbackSlug', () => {
  it('is article- plus 8 hex characters', () => {
    expect(fallbackSlug('😀🎉')).toMatch(/^article-[0-9a-f]{8}$/);
  });

  it('is stable for the same seed', () => {
    expect(fallbackSlug('!!!')).toBe(fallbackSlug('!!!'));
    expect(fallbackSlug('😀')).toBe('article-f0443a34');
  });

  it('differs between seeds', () => {
    expect(fallbackSlug('😀')).not.toBe(fallbackSlug('🎉'));
  });
});

describe('cutToLength', () => {
  it.each([
    ['keeps a slug that fits', 'joint-work-on-truce', 30, 'joint-work-on-truce'],
    ['cuts at the last hyphen before the limit', 'joint-work-on-truce', 12, 'joint-work'],
    ['keeps whole words that end exactly at the limit', 'joint-work-on-truce', 10, 'joint-work'],
    ['never cuts mid-word when a hyphen exists', 'joint-work-on-truce', 14, 'joint-work-on'],
    ['cuts one long word hard', 'supercalifragilistic', 5, 'super'],
    [
      'cuts a long first word hard before any hyphen',
      'supercalifragilistic-word',
      10,
      'supercalif',
    ],
    ['leaves room for a suffix', 'joint-work-on-truce', 19 - 2, 'joint-work-on'],
    ['gives nothing for a limit of zero', 'joint', 0, ''],
  ])('%s: (%j, %i) → %j', (_name, slug, max, expected) => {
    expect(cutToLength(slug, max)).toBe(expected);
  });

  const slugs = fc
    .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 20 })
    .map((words) => words.join('-'));

  it('is monotone: a shorter cut is a prefix of a longer one, with no trailing hyphen', () => {
    fc.assert(
      fc.property(slugs, fc.nat(260), fc.nat(260), (slug, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const short = cutToLength(slug, a);
        expect(cutToLength(slug, b).startsWith(short)).toBe(true);
        expect(short.length).toBeLessThanOrEqual(a);
        expect(short.endsWith('-')).toBe(false);
      })
    );
  });
});

describe('makeSlugBase', () => {
  it.each([
    ['a headline', 'Joint work on truce in Libya urged', 'joint-work-on-truce-in-libya-urged'],
    [
      'a slug given in an odd form, normalised rather than rejected',
      '  My Custom SLUG!! ',
      'my-custom-slug',
    ],
    ['a slug given with underscores', 'snake_case_slug', 'snake-case-slug'],
    ['a slug given in Chinese', '中国', 'zhong-guo'],
  ])('slugifies %s', (_name, source, slug) => {
    expect(makeSlugBase(source, rules)).toBe(slug);
  });

  it.each([['😀🎉'], ['!!!'], [''], ['<br>']])(
    'falls back to a stable article id for %j',
    (source) => {
      expect(makeSlugBase(source, rules)).toBe(fallbackSlug(source));
      expect(makeSlugBase(source, rules)).toMatch(/^article-[0-9a-f]{8}$/);
    }
  );

  it('fits the fallback into the smallest allowed maxLength', () => {
    expect(makeSlugBase('😀', tight)).toBe(fallbackSlug('😀'));
  });

  it('cuts a 10,000-character headline at a word boundary within maxLength', () => {
    const headline = 'Ceasefire talks resume in Tripoli today '.repeat(250);
    expect(headline.length).toBe(10_000);
    const slug = makeSlugBase(headline, rules);
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug).toMatch(SLUG);
    expect(`${slugifyText(headline)}-`.startsWith(`${slug}-`)).toBe(true);
  });

  it('handles a 10,000-character Chinese headline', () => {
    const slug = makeSlugBase('中国经济'.repeat(2_500), rules);
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.startsWith('zhong-guo-jing-ji-zhong-guo')).toBe(true);
  });
});

describe('slugQueryPrefix', () => {
  it('is the base when the base leaves room for a 6-digit suffix', () => {
    expect(slugQueryPrefix('joint-work', rules)).toBe('joint-work');
  });

  it('is cut to maxLength - 7 at a hyphen', () => {
    // 8 + 1 + 7 = 16 characters; only the first word fits in 16 - 7 = 9.
    expect(slugQueryPrefix('abcdefgh-abcdefg', tight)).toBe('abcdefgh');
  });
});

describe('pickFreeSlug', () => {
  it.each<[string, string, string[], string]>([
    ['keeps a free base', 'truce', [], 'truce'],
    ['adds -2 to a taken base', 'truce', ['truce'], 'truce-2'],
    ['fills the first gap', 'truce', ['truce', 'truce-2', 'truce-4'], 'truce-3'],
    [
      'ignores unrelated slugs that share the prefix',
      'truce',
      ['truce', 'truce-talks', 'truce-talks-2', 'truces'],
      'truce-2',
    ],
    [
      'does not count suffixes on a longer slug',
      'truce',
      ['truce', 'truce-2-3', 'truce-2x'],
      'truce-2',
    ],
    ['is not fooled by a large suffix elsewhere', 'truce', ['truce', 'truce-99'], 'truce-2'],
    ['treats a reserved word as taken', 'new', [], 'new-2'],
    ['skips taken suffixes of a reserved word', 'new', ['new-2'], 'new-3'],
    ['treats a reserved compound word as taken', 'top-news', [], 'top-news-2'],
  ])('%s', (_name, base, taken, expected) => {
    expect(pickFreeSlug(base, taken, rules)).toBe(expected);
  });

  it('turns the headline "New" into new-2', () => {
    expect(pickFreeSlug(makeSlugBase('New', rules), [], rules)).toBe('new-2');
  });

  it('matches reserved words whatever their case in config', () => {
    expect(pickFreeSlug('feed', [], { maxLength: 96, reserved: ['FEED'] })).toBe('feed-2');
  });

  it('accepts any iterable, such as a Set', () => {
    expect(pickFreeSlug('truce', new Set(['truce']), rules)).toBe('truce-2');
  });

  it('cuts a base at maxLength to make room for the suffix, staying within maxLength', () => {
    const base = makeSlugBase('Truce talks here', tight); // exactly 16 characters
    const prefix = slugQueryPrefix(base, tight);
    const picked = pickFreeSlug(base, [base], tight);
    expect(picked).toBe('truce-talks-2');
    expect(picked.length).toBeLessThanOrEqual(16);
    expect(picked.startsWith(prefix)).toBe(true);
  });

  it('hard-cuts a single word at maxLength to fit the suffix', () => {
    const base = 'a'.repeat(16);
    expect(pickFreeSlug(base, [base], tight)).toBe(`${'a'.repeat(14)}-2`);
    expect(pickFreeSlug(base, [base, `${'a'.repeat(14)}-2`], tight)).toBe(`${'a'.repeat(14)}-3`);
  });

  it('finds the suffix after many siblings in one pass, within maxLength', () => {
    const base = makeSlugBase('Ceasefire talks resume '.repeat(10), rules);
    const taken = [
      base,
      ...Array.from(
        { length: 1_000 },
        (_, i) => `${cutToLength(base, 96 - `-${i + 2}`.length)}-${i + 2}`
      ),
    ];
    const picked = pickFreeSlug(base, taken, rules);
    expect(picked).toBe(`${cutToLength(base, 96 - 5)}-1002`);
    expect(picked.length).toBeLessThanOrEqual(96);
    expect(picked.startsWith(slugQueryPrefix(base, rules))).toBe(true);
  });

  it.each<[string, string[], number, string]>([
    [
      'from the highest siblings read, takes the next number',
      ['truce-150', 'truce-151'],
      150,
      'truce-152',
    ],
    ['skips the base and the gaps below `from`', [], 150, 'truce-150'],
    ['fills a gap at or above `from`', ['truce-150', 'truce-152'], 150, 'truce-151'],
  ])('%s', (_name, taken, from, expected) => {
    expect(pickFreeSlug('truce', taken, rules, from)).toBe(expected);
  });
});

describe('siblingNumber: N of a -N candidate of this base', () => {
  it.each<[string, string, SlugRules, number | null]>([
    ['truce-150', 'truce', rules, 150],
    ['truce', 'truce', rules, null],
    ['truce-1', 'truce', rules, null],
    ['truce-talks-2', 'truce', rules, null],
    ['truces-2', 'truce', rules, null],
    ['truce-talks-2', 'truce-talks-here', tight, 2],
  ])('%s of %s', (slug, base, slugRules, expected) => {
    expect(siblingNumber(slug, base, slugRules)).toBe(expected);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ maxLength: 300 })
  );
  const anyRules = fc.record({
    maxLength: fc.integer({ min: 16, max: 200 }),
    reserved: fc.constant(DEFAULT_RESERVED_SLUGS),
  });

  it('makeSlugBase gives a valid, non-empty, idempotent slug within maxLength for any text', () => {
    fc.assert(
      fc.property(anyText, anyRules, (text, slugRules) => {
        const slug = makeSlugBase(text, slugRules);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(slugRules.maxLength);
        expect(makeSlugBase(slug, slugRules)).toBe(slug);
      }),
      { numRuns: 500 }
    );
  });

  it('pickFreeSlug, called again and again, gives distinct free slugs under the query prefix', () => {
    fc.assert(
      fc.property(
        anyText,
        anyRules,
        fc.integer({ min: 1, max: 30 }),
        (text, slugRules, creates) => {
          const base = makeSlugBase(text, slugRules);
          const prefix = slugQueryPrefix(base, slugRules);
          const taken = new Set<string>();
          for (let i = 0; i < creates; i += 1) {
            const picked = pickFreeSlug(base, taken, slugRules);
            expect(picked).toMatch(SLUG);
            expect(picked.length).toBeLessThanOrEqual(slugRules.maxLength);
            expect(picked.startsWith(prefix)).toBe(true);
            expect(taken.has(picked)).toBe(false);
            expect(DEFAULT_RESERVED_SLUGS).not.toContain(picked);
            taken.add(picked);
          }
        }
      )
    );
  });
});

describe('followsSource: a slug the server made from this headline, bare or suffixed', () => {
  const rules = { maxLength: 96, reserved: [] };
  it.each([
    ['joint-work-on-truce-in-libya-urged', 'Joint work on truce in Libya urged', true],
    ['joint-work-on-truce-in-libya-urged-2', 'Joint work on truce in Libya urged', true],
    ['joint-work-on-truce-in-libya-urged-17', 'Joint work on truce in Libya urged', true],
    ['joint-work-on-truce-in-libya-urged-1', 'Joint work on truce in Libya urged', false],
    ['joint-work-on-truce', 'Joint work on truce in Libya urged', false],
    ['my-own-slug', 'Joint work on truce in Libya urged', false],
  ])('%s from %j → %s', (slug, headline, expected) => {
    expect(followsSource(slug, headline, rules)).toBe(expected);
  });

  it('cannot tell a hand-made "<base>-<number>" from a generated suffix, and counts it as generated', () => {
    expect(followsSource('libya-2020', 'Libya', rules)).toBe(true);
  });

  it('recognises a suffixed slug whose base was cut to make room for the suffix', () => {
    const headline = 'word '.repeat(40).trim();
    const tight = { maxLength: 20, reserved: [] };
    const picked = pickFreeSlug(
      makeSlugBase(headline, tight),
      [makeSlugBase(headline, tight)],
      tight
    );
    expect(picked).toBe('word-word-word-2');
    expect(followsSource(picked, headline, tight)).toBe(true);
  });
});

describe('decideSlug: what a write does to the slug', () => {
  const rules = { maxLength: 96, reserved: [] };
  const draft = { slug: 'early-headline', headline: 'Early headline', wasPublished: false };
  const published = { ...draft, wasPublished: true };
  const handMade = { slug: 'my-own-slug', headline: 'Early headline', wasPublished: false };

  it.each([
    [
      'a new document without a slug generates from the headline',
      null,
      { headline: 'New story' },
      { kind: 'generate', source: 'New story' },
    ],
    [
      'a new document with a slug takes it, normalised',
      null,
      { headline: 'x', slug: ' My Slug ' },
      { kind: 'given', slug: 'my-slug' },
    ],
    [
      'a draft headline edit regenerates a server-made slug',
      draft,
      { headline: 'Better headline' },
      { kind: 'generate', source: 'Better headline' },
    ],
    [
      'a draft edit that resends the same slug still follows the headline',
      draft,
      { headline: 'Better headline', slug: 'early-headline' },
      { kind: 'generate', source: 'Better headline' },
    ],
    [
      'a published edit that resends the same slug keeps it',
      published,
      { headline: 'Better headline', slug: 'early-headline' },
      { kind: 'keep' },
    ],
    [
      'a draft edit without a headline change keeps the slug',
      draft,
      { deck: 'x' },
      { kind: 'keep' },
    ],
    [
      'a hand-made slug stays through a headline edit',
      handMade,
      { headline: 'Better headline' },
      { kind: 'keep' },
    ],
    [
      'a published slug stays through a headline edit',
      published,
      { headline: 'Better headline' },
      { kind: 'keep' },
    ],
    [
      'an explicit new slug renames even a published article',
      published,
      { slug: 'renamed' },
      { kind: 'given', slug: 'renamed' },
    ],
    [
      'an emptied slug is generated again',
      published,
      { slug: '' },
      { kind: 'generate', source: 'Early headline' },
    ],
    [
      'a document without a slug gets one',
      { slug: null, headline: 'Raw row', wasPublished: false },
      {},
      { kind: 'generate', source: 'Raw row' },
    ],
  ])('%s', (_name, current, write, expected) => {
    expect(decideSlug(current, write, rules)).toEqual(expected);
  });
});
