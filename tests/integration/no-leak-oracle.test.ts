import qs from 'qs';

import { paragraphsToBlocks } from '../../server/src/domain/paragraphs';
import { registerAdmin } from './helpers/auth';
import { querySpace, type Query, type Secrets } from './helpers/query-space';
import { bootStrapi, stopStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Nothing unpublished leaks (spec §5), proven by an oracle rather than by a list of cases: secret
 * words are written into every draft-only place — the draft edit of a published article, a
 * never-published draft, the quotes taken from it, a top-news pin and a related link pointing at it
 * — and every content-API route is asked everything Strapi's query syntax lets a client ask on
 * every relation path (generated from the schemas: helpers/query-space), as the public and with a
 * read-only token. Then the draft-only data is changed behind the plugin's back (other words, other
 * numbers, other dates) and everything is asked again. A system that leaks nothing answers the same
 * both times: bodies, counts, pagination totals and status codes.
 */

const ARTICLE = 'plugin::newsroom.article';
const QUOTE = 'plugin::newsroom.quote';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const PUBLISHED_DAY = '2020-01-08';

const WORLDS: Secrets[] = [
  { word: 'KIWI', name: 'Kiwi', exact: 'KIWI secret byline', between: 'KIWJ', number: 777, date: '2025-06-01' },
  { word: 'ZEBRA', name: 'Zebra', exact: 'ZEBRA secret byline', between: 'ZEBRB', number: 555, date: '2026-06-01' },
];

let app: TestStrapi;
let readOnlyToken: string;
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
    data: { headline: 'Truce holds in Tripoli', byline: 'Public byline', body: paragraphsToBlocks(['"The truce holds," said Ahmed Mismari.']), firstPublishedAt: `${PUBLISHED_DAY}T04:00:00Z` },
  } as never);
  await documents(ARTICLE).publish({ documentId: story.documentId } as never);
  publishedSlug = story.slug;
  await documents(ARTICLE).update({ documentId: story.documentId, data: { ...secretFields(s), body: paragraphsToBlocks([`"${s.word} words," said ${s.name} Person.`]) } } as never);

  // A draft never published, whose body gives quote entries.
  const draft = await documents(ARTICLE).create({
    data: { ...secretFields(s), headline: `${s.word} never published`, body: paragraphsToBlocks([`"${s.word} quoted," said ${s.name} Person.`]), firstPublishedAt: `${s.date}T04:00:00Z` },
  } as never);

  // A top-news pin and a related link pointing at the draft, and one at the published story.
  for (const [title, article] of [['Pinned link', draft.documentId], ['Public link', story.documentId]] as const) {
    await documents(RELATED_NEWS).create({ data: { title, article, list: 'top-news', editionDate: PUBLISHED_DAY, position: 1, pinned: true } } as never);
  }
  const related = await documents(RELATED_NEWS).create({ data: { title: 'Related reading', list: 'related', article: draft.documentId } } as never);
  await documents(ARTICLE).update({ documentId: story.documentId, data: { relatedNews: [related.documentId] } } as never);
}

/** World 1 from world 0: every draft-only value changed in place, behind the plugin's back. */
async function changeDraftOnlyData(from: Secrets, to: Secrets) {
  const swap = (value: unknown) => (typeof value === 'string' ? value.split(from.word).join(to.word) : value);
  const drafts = await app.strapi.db.query(ARTICLE).findMany({ where: { publishedAt: null } });
  for (const row of drafts as Record<string, any>[]) {
    const text = Object.fromEntries(Object.keys(secretFields(from)).map((key) => [key, swap(row[key])]));
    const neverPublished = !(await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: row.documentId, publishedAt: { $notNull: true } } }));
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
  const quotes = await app.strapi.db.query(QUOTE).findMany({ where: { text: { $contains: from.word } } });
  for (const quote of quotes as { id: number; text: string; speaker: string }[]) {
    await app.strapi.db.query(QUOTE).update({ where: { id: quote.id }, data: { text: swap(quote.text), speaker: quote.speaker.split(from.name).join(to.name) } });
  }
}

interface Asker {
  name: string;
  headers: Record<string, string>;
}

function requests(secrets: Secrets): { url: string }[] {
  const routes: [string, string][] = [
    ['/api/newsroom/articles', ARTICLE],
    ['/api/newsroom/quotes', QUOTE],
    ['/api/newsroom/related-news', RELATED_NEWS],
  ];
  const lists = routes.flatMap(([route, uid]) => querySpace(app.strapi, uid, secrets).map((query: Query) => ({ url: `${route}?${qs.stringify(query, { encodeValuesOnly: true })}` })));
  const pages = [
    `/api/newsroom/articles/slug/${publishedSlug}`,
    `/api/newsroom/articles/slug/${publishedSlug}/json-ld`,
    `/api/newsroom/top-news?date=${PUBLISHED_DAY}`,
    `/api/newsroom/top-news?date=${secrets.date}`,
  ].map((url) => ({ url }));
  return [...lists, ...pages];
}

/** An answer with what may differ between two identical worlds taken out: nothing. */
const answer = (response: { status: number; body: unknown }) => JSON.stringify({ status: response.status, body: response.body });

beforeAll(async () => {
  app = await bootStrapi();
  await registerAdmin(app);
  const token = await app.strapi.service('admin::api-token').create({ name: 'read only', type: 'read-only', lifespan: null, description: '' });
  readOnlyToken = token.accessKey;
  await buildWorld(WORLDS[0]);
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('no answer of the content API depends on unpublished data (§5)', () => {
  // About 2,000 requests: minutes, not seconds.
  jest.setTimeout(600_000);

  it('every route, filter, sort and populate, as the public and with a read-only token', async () => {
    const askers: Asker[] = [
      { name: 'the public', headers: {} },
      { name: 'a read-only token', headers: { Authorization: `Bearer ${readOnlyToken}` } },
    ];
    // The same requests in both worlds, with world 0's secrets: a leak matches in world 0 only.
    const asked = requests(WORLDS[0]);
    const ask = async () => {
      const answers: string[] = [];
      for (const asker of askers) {
        for (let i = 0; i < asked.length; i += 4) {
          const batch = asked.slice(i, i + 4).map(({ url }) => app.http().get(url).set(asker.headers));
          answers.push(...(await Promise.all(batch)).map(answer));
        }
      }
      return answers;
    };

    const before = await ask();
    await changeDraftOnlyData(WORLDS[0], WORLDS[1]);
    const after = await ask();

    const leaks = asked.flatMap(({ url }, i) =>
      askers.flatMap((asker, a) => {
        const index = a * asked.length + i;
        return before[index] === after[index] ? [] : [`${asker.name}: ${decodeURIComponent(url)}`];
      })
    );
    const errors = before.filter((text) => JSON.parse(text).status >= 500).length;
    console.log(`no-leak oracle: ${before.length * 2} requests, ${asked.length} per asker and world, ${leaks.length} answers that changed, ${errors} server errors`);
    expect(leaks).toEqual([]);
    expect(errors).toBe(0);
  });
});
