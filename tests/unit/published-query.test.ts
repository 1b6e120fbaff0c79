import {
  GRAPHQL_OPERATORS,
  publishedOnlyFilters,
  publishedRead,
  sortPaths,
  sortThroughDrafts,
  type ModelLookup,
} from '../../server/src/domain/published-query';

const MODELS: Record<string, { draftAndPublish: boolean; relations: Record<string, string> }> = {
  article: {
    draftAndPublish: true,
    relations: { quotes: 'quote', relatedNews: 'related', localizations: 'article' },
  },
  quote: { draftAndPublish: false, relations: { article: 'article', localizations: 'quote' } },
  related: { draftAndPublish: false, relations: { article: 'article' } },
};
const lookup: ModelLookup = (uid) => MODELS[uid];
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('publishedOnlyFilters: every hop into a type with drafts reaches published rows only', () => {
  it.each([
    [
      'a field of the type itself is left alone',
      'quote',
      { text: { $contains: 'x' } },
      { text: { $contains: 'x' } },
    ],
    [
      'a relation into articles',
      'quote',
      { article: { headline: { $contains: 'x' } } },
      { article: { $and: [{ headline: { $contains: 'x' } }, PUBLISHED] } },
    ],
    [
      'two hops, through a type without drafts',
      'article',
      { quotes: { article: { byline: { $eq: 'x' } } } },
      { quotes: { article: { $and: [{ byline: { $eq: 'x' } }, PUBLISHED] } } },
    ],
    [
      'an article’s other locales',
      'article',
      { localizations: { headline: { $eq: 'x' } } },
      { localizations: { $and: [{ headline: { $eq: 'x' } }, PUBLISHED] } },
    ],
    [
      'inside $or, $and and $not',
      'related',
      { $or: [{ article: { deck: { $eq: 'x' } } }, { $not: { article: { deck: { $eq: 'y' } } } }] },
      {
        $or: [
          { article: { $and: [{ deck: { $eq: 'x' } }, PUBLISHED] } },
          { $not: { article: { $and: [{ deck: { $eq: 'y' } }, PUBLISHED] } } },
        ],
      },
    ],
    [
      'a relation given a bare id',
      'quote',
      { article: 5 },
      { article: { $and: [{ id: { $eq: 5 } }, PUBLISHED] } },
    ],
    [
      'a type it does not know is left alone',
      'unknown',
      { article: { headline: 'x' } },
      { article: { headline: 'x' } },
    ],
  ])('%s', (_name, uid, filters, expected) => {
    expect(publishedOnlyFilters(filters, uid, lookup)).toEqual(expected);
  });

  it('leaves what is not a filter object as it is', () => {
    for (const value of [undefined, null, 'text', 3])
      expect(publishedOnlyFilters(value, 'quote', lookup)).toBe(value);
  });
});

describe('sortThroughDrafts: a sort through a relation into articles is named', () => {
  it.each([
    ['article.byline:asc', 'related', 'article.byline'],
    [['text:asc', 'article.headline:desc'], 'quote', 'article.headline'],
    [{ quotes: { article: { headline: 'asc' } } }, 'article', 'quotes.article.headline'],
    ['quotes.text:asc', 'article', null],
    ['headline:asc,slug:desc', 'article', null],
    [undefined, 'article', null],
  ])('%j on %s', (sort, uid, expected) => {
    expect(sortThroughDrafts(sort, uid, lookup)).toBe(expected);
  });

  it('reads every form of sort Strapi accepts', () => {
    expect(sortPaths('a.b:asc, c')).toEqual([['a', 'b'], ['c']]);
    expect(sortPaths([{ a: 'desc' }, 'b:asc'])).toEqual([['a'], ['b']]);
  });
});

describe('publishedRead: the query a content-API read runs, on REST and GraphQL', () => {
  it('pins a reader without credentials to published rows, whatever status it asked', () => {
    for (const status of [undefined, 'draft', 'DRAFT', 'published']) {
      expect(publishedRead({ status }, { uid: 'article', authenticated: false, lookup })).toEqual({
        query: { status: 'published' },
      });
    }
  });

  it('lets a reader with credentials ask for drafts, in either spelling, and leaves that query alone', () => {
    const query = {
      status: 'DRAFT',
      filters: { quotes: { article: { headline: { eq: 'x' } } } },
      sort: 'quotes.article.headline',
    };
    expect(publishedRead(query, { uid: 'article', authenticated: true, lookup })).toEqual({
      query,
    });
  });

  it('rewrites filters in the dialect it is given, and adds the owning article for a type without drafts', () => {
    const read = publishedRead(
      { filters: { article: { headline: { contains: 'x' } } } },
      {
        uid: 'quote',
        throughRelation: 'article',
        authenticated: false,
        lookup,
        operators: GRAPHQL_OPERATORS,
      }
    );
    expect(read).toEqual({
      query: {
        status: 'published',
        filters: {
          and: [
            {
              article: {
                and: [{ headline: { contains: 'x' } }, { publishedAt: { notNull: true } }],
              },
            },
            { article: { publishedAt: { notNull: true } } },
          ],
        },
      },
    });
  });

  it('refuses a sort through a relation into articles, and names it', () => {
    expect(
      publishedRead(
        { sort: ['text:asc', 'article.headline:desc'] },
        { uid: 'quote', authenticated: true, lookup }
      )
    ).toEqual({ refusedSort: 'article.headline' });
  });
});
