import qs from 'qs';

import { paragraphsToBlocks } from '../../server/src/domain/paragraphs';
import { graphqlQuerySpace } from './helpers/graphql-query-space';
import { querySpace, type Query, type Secrets } from './helpers/query-space';
import { useStrapi } from './helpers/suite';

/**
 * Nothing unpublished leaks (spec §5), proven by an oracle rather than by a list of cases: secret
 * words are written into every draft-only place — the draft edit of a published article, a
 * never-published draft, the quotes taken from it, a top-news pin and a related link pointing at it,
 * an unpublished article and its correction note — and every content-API route is asked everything Strapi's query syntax lets a client ask on
 * every relation path (generated from the schemas: helpers/query-space; over REST and GraphQL), as the public and with a
 * read-only token. Then the draft-only data is changed behind the plugin's back (other words, other
 * numbers, other dates) and everything is asked again. A system that leaks nothing answers the same
 * both times: bodies, counts, pagination totals and status codes.
 */

const ARTICLE = 'plugin::newsroom.article';
const QUOTE = 'plugin::newsroom.quote';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const CORRECTION = 'plugin::newsroom.correction';
const PUBLISHED_DAY = '2020-01-08';

const WORLDS: Secrets[] = [
  {
    word: 'KIWI',
    name: 'Kiwi',
    exact: 'KIWI secret byline',
    between: 'KIWJ',
    number: 777,
    date: '2025-06-01',
  },
  {
    word: 'ZEBRA',
    name: 'Zebra',
    exact: 'ZEBRA secret byline',
    between: 'ZEBRB',
    number: 555,
    date: '2026-06-01',
  },
];

const app = useStrapi();
let publishedSlug: string;

const documents = (uid: string) => app.strapi.documents(uid as never);

/** The draft-only text of world 0, with every field a client can filter on. */
function secretFields(s: Secrets) {
  return {
    headline: `${s.word} draft headline`,
    deck: `${s.word} draft deck`,
    summary: `${s.word} draft summary`,
    byline: s.exact,
    agency: `${s.word} agency`,
    datelineCity: `${s.word}ville`,
    section: `${s.word} section`,
    topNewsPriority: s.number,
    excludeFromTopNews: true,
  };
}

async function buildWorld(s: Secrets) {
  // A published story, then a draft edit of it that is never published.
  const story = await documents(ARTICLE).create({
    data: {
      headline: 'Truce holds in Tripoli',
      byline: 'Public byline',
      body: paragraphsToBlocks(['"The truce holds," said Ahmed Mismari.']),
      firstPublishedAt: `${PUBLISHED_DAY}T04:00:00Z`,
    },
  } as never);
  await documents(ARTICLE).publish({ documentId: story.documentId } as never);
  publishedSlug = story.slug;
  await documents(ARTICLE).update({
    documentId: story.documentId,
    data: {
      ...secretFields(s),
      body: paragraphsToBlocks([`"${s.word} words," said ${s.name} Person.`]),
    },
  } as never);

  // A draft never published, whose body gives quote entries.
  const draft = await documents(ARTICLE).create({
    data: {
      ...secretFields(s),
      headline: `${s.word} never published`,
      body: paragraphsToBlocks([`"${s.word} quoted," said ${s.name} Person.`]),
      firstPublishedAt: `${s.date}T04:00:00Z`,
    },
  } as never);

  // A top-news pin and a related link pointing at the draft, and one at the published story.
  for (const [title, article] of [
    ['Pinned link', draft.documentId],
    ['Public link', story.documentId],
  ] as const) {
    await documents(RELATED_NEWS).create({
      data: {
        title,
        article,
        list: 'top-news',
        editionDate: PUBLISHED_DAY,
        position: 1,
        pinned: true,
      },
    } as never);
  }
  // An article published, corrected, then unpublished: its note is draft-only data now.
  const withdrawn = await documents(ARTICLE).create({
    data: { ...secretFields(s), headline: `${s.word} withdrawn story` },
  } as never);
  await documents(ARTICLE).publish({ documentId: withdrawn.documentId } as never);
  await documents(CORRECTION).create({
    data: { kind: 'update', text: `${s.word} note`, article: withdrawn.documentId },
  } as never);
  await documents(ARTICLE).unpublish({ documentId: withdrawn.documentId } as never);

  const related = await documents(RELATED_NEWS).create({
    data: { title: 'Related reading', list: 'related', article: draft.documentId },
  } as never);
  await documents(ARTICLE).update({
    documentId: story.documentId,
    data: { relatedNews: [related.documentId] },
  } as never);
}

/** World 1 from world 0: every draft-only value changed in place, behind the plugin's back. */
async function changeDraftOnlyData(from: Secrets, to: Secrets) {
  const swap = (value: unknown) =>
    typeof value === 'string' ? value.split(from.word).join(to.word) : value;
  const drafts = await app.strapi.db.query(ARTICLE).findMany({ where: { publishedAt: null } });
  for (const row of drafts as Record<string, any>[]) {
    const text = Object.fromEntries(
      Object.keys(secretFields(from)).map((key) => [key, swap(row[key])])
    );
    const neverPublished = !(await app.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: row.documentId, publishedAt: { $notNull: true } } }));
    await app.strapi.db.query(ARTICLE).update({
      where: { id: row.id },
      data: {
        ...text,
        byline: row.byline === from.exact ? to.exact : row.byline,
        topNewsPriority: row.topNewsPriority === from.number ? to.number : row.topNewsPriority,
        excludeFromTopNews: !row.excludeFromTopNews,
        ...(neverPublished && { firstPublishedAt: `${to.date}T04:00:00Z`, editionDate: to.date }),
      },
    });
  }
  const quotes = await app.strapi.db
    .query(QUOTE)
    .findMany({ where: { text: { $contains: from.word } } });
  for (const quote of quotes as { id: number; text: string; speaker: string }[]) {
    await app.strapi.db.query(QUOTE).update({
      where: { id: quote.id },
      data: { text: swap(quote.text), speaker: quote.speaker.split(from.name).join(to.name) },
    });
  }
  const notes = await app.strapi.db
    .query(CORRECTION)
    .findMany({ where: { text: { $contains: from.word } } });
  for (const note of notes as { id: number; text: string; kind: string }[]) {
    await app.strapi.db.query(CORRECTION).update({
      where: { id: note.id },
      data: {
        text: swap(note.text),
        kind: note.kind === 'update' ? 'clarification' : 'update',
        at: `${to.date}T05:00:00Z`,
      },
    });
  }
}

interface Asker {
  name: string;
  headers: Record<string, string>;
}

interface Asked {
  url: string;
  /** A GraphQL document, POSTed to `url`. */
  graphql?: string;
  /** Asks for drafts: of the public only, whose answer must not change (a token reads drafts if it asks). */
  draft?: boolean;
}

function requests(secrets: Secrets): Asked[] {
  const routes: [string, string][] = [
    ['/api/newsroom/articles', ARTICLE],
    ['/api/newsroom/quotes', QUOTE],
    ['/api/newsroom/related-news', RELATED_NEWS],
    ['/api/newsroom/corrections', CORRECTION],
  ];
  const lists = routes.flatMap(([route, uid]) =>
    querySpace(app.strapi, uid, secrets).map((query: Query) => ({
      url: `${route}?${qs.stringify(query, { encodeValuesOnly: true })}`,
    }))
  );
  const pages = [
    `/api/newsroom/articles/slug/${publishedSlug}`,
    `/api/newsroom/articles/slug/${publishedSlug}/json-ld`,
    `/api/newsroom/articles/slug/${publishedSlug}/ninjs`,
    `/api/newsroom/top-news?date=${PUBLISHED_DAY}`,
    `/api/newsroom/top-news?date=${secrets.date}`,
  ].map((url) => ({ url }));
  const graphqlRoots: [string, string][] = [
    ['newsroomArticles', ARTICLE],
    ['newsroomQuotes', QUOTE],
    ['newsroomRelatedNewsItems', RELATED_NEWS],
    ['newsroomCorrections', CORRECTION],
  ];
  const graphql = graphqlRoots.flatMap(([field, uid]) =>
    graphqlQuerySpace(app.strapi, field, uid, secrets).map(({ document, draft }) => ({
      url: '/graphql',
      graphql: document,
      draft,
    }))
  );
  const articleFields =
    'documentId slug headline deck byline dateline quotes { text speaker article { headline deck } } relatedNews { title article { headline } } corrections { text } topNews { slug title }';
  const graphqlPages = [
    `{ newsroomArticleBySlug(slug: "${publishedSlug}") { ${articleFields} } }`,
    `{ a: newsroomTopNews(date: "${PUBLISHED_DAY}") { items { slug title url } } b: newsroomTopNews(date: "${secrets.date}") { items { slug title url } } }`,
  ].map((document) => ({ url: '/graphql', graphql: document }));
  return [...lists, ...pages, ...graphql, ...graphqlPages];
}

/** An answer with what may differ between two identical worlds taken out: nothing. */
const answer = (response: { status: number; body: unknown }) =>
  JSON.stringify({ status: response.status, body: response.body });

beforeAll(async () => {
  await buildWorld(WORLDS[0]);
});

describe('no answer of the content API depends on unpublished data (§5)', () => {
  // About 14,000 requests (REST and GraphQL): 4.5 minutes on a loaded 2-core machine.
  jest.setTimeout(1_200_000);

  it('every route, filter, sort and populate, as the public and with a read-only token', async () => {
    const askers: Asker[] = [
      { name: 'the public', headers: {} },
      { name: 'a read-only token', headers: { Authorization: `Bearer ${app.readOnlyToken}` } },
    ];
    // The same requests in both worlds, with world 0's secrets: a leak matches in world 0 only.
    const everything = requests(WORLDS[0]);
    const askedBy = (asker: Asker) =>
      asker.headers.Authorization ? everything.filter(({ draft }) => !draft) : everything;
    const send = (asker: Asker, { url, graphql }: Asked) =>
      graphql
        ? app.http().post(url).set(asker.headers).send({ query: graphql })
        : app.http().get(url).set(asker.headers);
    const ask = async () => {
      const answers: { asker: Asker; asked: Asked; text: string }[] = [];
      for (const asker of askers) {
        const asked = askedBy(asker);
        for (let i = 0; i < asked.length; i += 4) {
          const batch = asked.slice(i, i + 4);
          const responses = await Promise.all(batch.map((one) => send(asker, one)));
          answers.push(
            ...responses.map((response, j) => ({ asker, asked: batch[j], text: answer(response) }))
          );
        }
      }
      return answers;
    };

    const before = await ask();
    await changeDraftOnlyData(WORLDS[0], WORLDS[1]);
    const after = await ask();

    const leaks = before.flatMap(({ asker, asked, text }, i) =>
      text === after[i].text
        ? []
        : [`${asker.name}: ${asked.graphql ?? decodeURIComponent(asked.url)}`]
    );
    const failed = before.filter(({ text }) => {
      const { status, body } = JSON.parse(text);
      return (
        status >= 500 ||
        body?.errors?.some(
          (error: { extensions?: { code?: string } }) => error.extensions?.code !== 'BAD_USER_INPUT'
        )
      );
    });
    const errors = failed.length;
    // The first few, to be read when there are any.
    for (const { asker, asked, text } of failed.slice(0, 5))
      console.log(`error: ${asker.name}: ${asked.graphql ?? asked.url}\n${text.slice(0, 500)}`);
    console.log(
      `no-leak oracle: ${before.length * 2} requests (${everything.length} kinds, GraphQL's included), ${leaks.length} answers that changed, ${errors} errors`
    );
    expect(leaks).toEqual([]);
    expect(errors).toBe(0);
  });
});
