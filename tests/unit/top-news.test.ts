import fc from 'fast-check';
import {
  planTopNewsWrites,
  rankTopNews,
  type PinnedEntry,
  type RankedItem,
  type StoredGeneratedEntry,
  type TopNewsCandidate,
  type WantedEntry,
} from '../../server/src/domain/top-news';

const article = (documentId: string, fields: Partial<TopNewsCandidate> = {}): TopNewsCandidate => ({
  documentId,
  headline: `Headline ${documentId}`,
  slug: documentId,
  topNewsPriority: 0,
  firstPublishedAt: '2020-01-08T10:00:00Z',
  excludeFromTopNews: false,
  ...fields,
});
const pin = (
  id: number | string,
  position: number | null,
  articleDocumentId: string | null = null
): PinnedEntry => ({
  id,
  title: `Pin ${id}`,
  position,
  articleDocumentId,
});

/** 'pin:<id>' or the article's documentId, in ranked order. */
const keys = (items: RankedItem[]) =>
  items.map((item) => (item.kind === 'pinned' ? `pin:${item.entry.id}` : item.article.documentId));

describe('rankTopNews (§4.5)', () => {
  it.each<[string, PinnedEntry[], TopNewsCandidate[], number, string[]]>([
    [
      'pins come first, by position',
      [pin(1, 3), pin(2, 1), pin(3, 2)],
      [article('a')],
      6,
      ['pin:2', 'pin:3', 'pin:1', 'a'],
    ],
    [
      'pins without a position go after placed ones, by id',
      [pin(9, null), pin(4, null), pin(5, 7)],
      [],
      6,
      ['pin:5', 'pin:4', 'pin:9'],
    ],
    [
      'pins with one position are ordered by id, numbers before strings',
      [pin('b', 1), pin(10, 1), pin(2, 1), pin('a', 1)],
      [],
      6,
      ['pin:2', 'pin:10', 'pin:a', 'pin:b'],
    ],
    [
      'higher topNewsPriority first',
      [],
      [
        article('low', { topNewsPriority: 1 }),
        article('high', { topNewsPriority: 5 }),
        article('zero'),
      ],
      6,
      ['high', 'low', 'zero'],
    ],
    [
      'same priority: newest firstPublishedAt first, Date or string alike',
      [],
      [
        article('old', { firstPublishedAt: '2020-01-08T01:00:00Z' }),
        article('new', { firstPublishedAt: new Date('2020-01-08T23:00:00Z') }),
        article('mid', { firstPublishedAt: '2020-01-08T12:00:00+00:00' }),
      ],
      6,
      ['new', 'mid', 'old'],
    ],
    [
      'same priority and date: headline A→Z',
      [],
      [
        article('x', { headline: 'Xi replies' }),
        article('y', { headline: 'BRI diversifies' }),
        article('z', { headline: 'china, Chile urged' }),
      ],
      6,
      ['y', 'z', 'x'],
    ],
    [
      'same headline too: documentId decides',
      [],
      [
        article('d2', { headline: 'Same', slug: 'same' }),
        article('d1', { headline: 'Same', slug: 'same' }),
      ],
      6,
      ['d1', 'd2'],
    ],
    [
      'an unreadable date ranks as the oldest',
      [],
      [article('bad', { firstPublishedAt: 'not a date' }), article('good')],
      6,
      ['good', 'bad'],
    ],
    [
      'excluded articles are left out',
      [],
      [article('a', { excludeFromTopNews: true }), article('b')],
      6,
      ['b'],
    ],
    [
      'a pinned article is not generated again',
      [pin(1, 1, 'a')],
      [article('a', { topNewsPriority: 9 }), article('b')],
      6,
      ['pin:1', 'b'],
    ],
    [
      'a pin wins over excludeFromTopNews',
      [pin(1, 1, 'a')],
      [article('a', { excludeFromTopNews: true })],
      6,
      ['pin:1'],
    ],
    [
      'two pins of one article: the first by position is kept',
      [pin(1, 2, 'a'), pin(2, 1, 'a')],
      [],
      6,
      ['pin:2'],
    ],
    [
      'one article twice among candidates: listed once',
      [],
      [article('a'), article('a'), article('b', { topNewsPriority: -1 })],
      6,
      ['a', 'b'],
    ],
    [
      'cut to size in all, generated first to go',
      [pin(1, 1)],
      [article('a', { topNewsPriority: 2 }), article('b', { topNewsPriority: 1 }), article('c')],
      3,
      ['pin:1', 'a', 'b'],
    ],
    [
      'pins beyond size are left out of the list (they stay in the database)',
      [pin(1, 1), pin(2, 2), pin(3, 3)],
      [article('a')],
      2,
      ['pin:1', 'pin:2'],
    ],
    [
      'a pin beyond size still keeps its article out of the generated part',
      [pin(1, 1), pin(2, 2, 'a')],
      [article('a'), article('b')],
      1,
      ['pin:1'],
    ],
    ['size 0 gives an empty list', [pin(1, 1)], [article('a')], 0, []],
    ['a fractional size is floored', [], [article('a'), article('b')], 1.9, ['a']],
  ])('%s', (_label, pinned, candidates, size, expected) => {
    expect(keys(rankTopNews({ pinned, candidates, size }))).toEqual(expected);
  });

  it.each<[string, TopNewsCandidate, TopNewsCandidate]>([
    ['slugs differ', article('a', { slug: null }), article('a', { slug: 's1' })],
    [
      'headlines differ only in Unicode form (localeCompare calls them equal)',
      article('a', { headline: 'Caf\u00e9' }),
      article('a', { headline: 'Cafe\u0301' }),
    ],
    [
      'one date is a Date, the other a string',
      article('a', { firstPublishedAt: new Date('2020-01-08T10:00:00Z') }),
      article('a'),
    ],
  ])(
    'a documentId listed twice keeps the same row whatever the order: %s',
    (_label, first, second) => {
      const forward = rankTopNews({ pinned: [], candidates: [first, second], size: 6 });
      expect(forward).toHaveLength(1);
      expect(rankTopNews({ pinned: [], candidates: [second, first], size: 6 })).toEqual(forward);
    }
  );

  it('returns the entries and articles themselves, tagged by kind', () => {
    const entry = pin(1, 1);
    const candidate = article('a');
    expect(rankTopNews({ pinned: [entry], candidates: [candidate], size: 6 })).toEqual([
      { kind: 'pinned', entry },
      { kind: 'generated', article: candidate },
    ]);
  });

  it('does not reorder its inputs', () => {
    const pinned = [pin(2, 2), pin(1, 1)];
    const candidates = [article('b'), article('a', { topNewsPriority: 3 })];
    rankTopNews({ pinned, candidates, size: 6 });
    expect(pinned.map((entry) => entry.id)).toEqual([2, 1]);
    expect(candidates.map((c) => c.documentId)).toEqual(['b', 'a']);
  });
});

describe('rankTopNews: properties', () => {
  // Few distinct values, so ties, duplicate ids and pinned candidates are common.
  const documentId = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const candidate: fc.Arbitrary<TopNewsCandidate> = fc.record({
    documentId,
    headline: fc.constantFrom('Alpha', 'alpha', 'Ça va'),
    slug: fc.option(fc.constant('s1'), { nil: null }),
    topNewsPriority: fc.integer({ min: 0, max: 1 }),
    firstPublishedAt: fc
      .tuple(fc.integer({ min: 0, max: 1 }), fc.boolean())
      .map(([hour, asDate]) =>
        asDate
          ? new Date(Date.UTC(2020, 0, 8, hour))
          : new Date(Date.UTC(2020, 0, 8, hour)).toISOString()
      ),
    excludeFromTopNews: fc.boolean(),
  });
  const pinned: fc.Arbitrary<PinnedEntry> = fc.record({
    id: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom('p', 'q')),
    title: fc.constantFrom('One', 'Two'),
    position: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    articleDocumentId: fc.option(documentId, { nil: null }),
  });
  const input = fc.record({
    pinned: fc.array(pinned, { maxLength: 6 }),
    candidates: fc.array(candidate, { maxLength: 10 }),
    size: fc.integer({ min: 0, max: 8 }),
  });
  const shuffled = <T>(items: T[]) =>
    fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

  it('is permutation-invariant in both inputs', () => {
    fc.assert(
      fc.property(
        input.chain((i) => fc.tuple(fc.constant(i), shuffled(i.pinned), shuffled(i.candidates))),
        ([i, pinnedShuffled, candidatesShuffled]) => {
          expect(
            rankTopNews({ ...i, pinned: pinnedShuffled, candidates: candidatesShuffled })
          ).toEqual(rankTopNews(i));
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('is duplicate-free, bounded by size, pins first, and fills every slot it can', () => {
    fc.assert(
      fc.property(input, (i) => {
        const ranked = rankTopNews(i);
        expect(ranked.length).toBeLessThanOrEqual(i.size);
        const documentIds = ranked.flatMap((item) =>
          item.kind === 'pinned' ? (item.entry.articleDocumentId ?? []) : [item.article.documentId]
        );
        expect(new Set(documentIds).size).toBe(documentIds.length);
        const pinIds = ranked.flatMap((item) =>
          item.kind === 'pinned' ? [`${typeof item.entry.id}:${item.entry.id}`] : []
        );
        expect(new Set(pinIds).size).toBe(pinIds.length);
        const firstGenerated = ranked.findIndex((item) => item.kind === 'generated');
        if (firstGenerated >= 0)
          expect(ranked.slice(firstGenerated).every((item) => item.kind === 'generated')).toBe(
            true
          );
        for (const item of ranked)
          if (item.kind === 'generated') expect(item.article.excludeFromTopNews).toBe(false);

        const everything = rankTopNews({ ...i, size: Number.MAX_SAFE_INTEGER });
        expect(ranked).toEqual(everything.slice(0, i.size));
      }),
      { numRuns: 1000 }
    );
  });
});

describe('planTopNewsWrites: the fewest writes from the stored generated entries to the wanted ones', () => {
  const stored = (
    documentId: string,
    article: string | null,
    position: number
  ): StoredGeneratedEntry => ({
    documentId,
    title: `Story ${article}`,
    position,
    articleDocumentId: article,
  });
  const wanted = (article: string, position: number): WantedEntry => ({
    articleDocumentId: article,
    title: `Story ${article}`,
    position,
  });

  it('writes nothing when the list is as wanted', () => {
    const list = ['a', 'b', 'c'];
    expect(
      planTopNewsWrites(
        list.map((a, i) => stored(`e${a}`, a, i + 1)),
        list.map((a, i) => wanted(a, i + 1))
      )
    ).toEqual({ retitle: [], repoint: [], create: [], remove: [] });
  });

  it('a new first story on a full day: the others move down by a column write, the one that drops out is re-pointed', () => {
    const before = ['a', 'b', 'c'].map((a, i) => stored(`e${a}`, a, i + 1));
    const plan = planTopNewsWrites(
      before,
      ['n', 'a', 'b'].map((a, i) => wanted(a, i + 1))
    );
    expect(plan).toEqual({
      retitle: [
        { documentId: 'ea', title: 'Story a', position: 2 },
        { documentId: 'eb', title: 'Story b', position: 3 },
      ],
      repoint: [{ documentId: 'ec', entry: wanted('n', 1) }],
      create: [],
      remove: [],
    });
  });

  it('creates entries while the day is filling, and removes those no longer wanted', () => {
    expect(
      planTopNewsWrites([stored('ea', 'a', 1)], [wanted('a', 1), wanted('b', 2)]).create
    ).toEqual([wanted('b', 2)]);
    expect(
      planTopNewsWrites([stored('ea', 'a', 1), stored('eb', 'b', 2)], [wanted('b', 1)])
    ).toEqual({
      retitle: [{ documentId: 'eb', title: 'Story b', position: 1 }],
      repoint: [],
      create: [],
      remove: ['ea'],
    });
  });

  it('a headline edit is a column write', () => {
    expect(
      planTopNewsWrites(
        [stored('ea', 'a', 1)],
        [{ articleDocumentId: 'a', title: 'Edited', position: 1 }]
      ).retitle
    ).toEqual([{ documentId: 'ea', title: 'Edited', position: 1 }]);
  });

  it('property: applying the writes to the stored entries gives exactly the wanted list, each entry used once', () => {
    const article = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    const storedList = fc.array(
      fc.tuple(fc.option(article, { nil: null }), fc.integer({ min: 1, max: 8 })),
      { maxLength: 8 }
    );
    const wantedList = fc.uniqueArray(article, { maxLength: 6 });
    fc.assert(
      fc.property(storedList, wantedList, (rows, articles) => {
        const entries = rows.map(([a, position], i) => stored(`e${i}`, a, position));
        const target = articles.map((a, i) => wanted(a, i + 1));
        const plan = planTopNewsWrites(entries, target);

        const after = new Map(entries.map((entry) => [entry.documentId, { ...entry }]));
        for (const change of plan.retitle)
          Object.assign(after.get(change.documentId)!, {
            title: change.title,
            position: change.position,
          });
        for (const { documentId, entry } of plan.repoint)
          Object.assign(after.get(documentId)!, entry);
        for (const [i, entry] of plan.create.entries())
          after.set(`new${i}`, { documentId: `new${i}`, ...entry });
        for (const documentId of plan.remove) after.delete(documentId);
        const result = [...after.values()].sort((x, y) => (x.position ?? 0) - (y.position ?? 0));
        expect(
          result.map(({ articleDocumentId, title, position }) => ({
            articleDocumentId,
            title,
            position,
          }))
        ).toEqual(target);

        const touched = [
          ...plan.retitle.map((c) => c.documentId),
          ...plan.repoint.map((c) => c.documentId),
          ...plan.remove,
        ];
        expect(new Set(touched).size).toBe(touched.length);
        // Entries cost a create only when no stored entry is left to reuse.
        expect(plan.create.length).toBe(Math.max(0, target.length - entries.length));
      }),
      { numRuns: 500 }
    );
  });
});
