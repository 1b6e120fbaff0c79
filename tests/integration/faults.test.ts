import { contentManager } from './helpers/content-manager';
import { failInsertsContaining, type InsertFaultSpec } from './helpers/faults';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';
const RELATED_NEWS = 'plugin::newsroom.related-news';
const QUOTE = 'plugin::newsroom.quote';

const app = useStrapi();

let logged: string[] = [];
const errorsLogged = () => logged.join('\n');

/** Runs `work` while the database refuses the inserts `fault` names; the errors logged meanwhile are kept, not printed. */
async function whileFailing<T>(fault: InsertFaultSpec, work: () => Promise<T>): Promise<T> {
  logged = [];
  const errorLog = jest.spyOn(app.strapi.log, 'error').mockImplementation((message) => {
    logged.push(String(message));
    return app.strapi.log;
  });
  const injected = await failInsertsContaining(app.strapi, fault);
  try {
    return await work();
  } finally {
    await injected.remove();
    errorLog.mockRestore();
  }
}

const rowCount = async (table: string) =>
  Number((await app.strapi.db.connection(table).count({ n: '*' }))[0].n);

/** The row count of every table an import writes: the three types, their relation tables, the slug claims. */
async function everything() {
  const tables = new Set(['newsroom_slug_claims']);
  for (const uid of [ARTICLE, QUOTE, RELATED_NEWS]) {
    const { tableName, attributes } = app.strapi.db.metadata.get(uid as never) as {
      tableName: string;
      attributes: Record<string, any>;
    };
    tables.add(tableName);
    for (const attribute of Object.values(attributes))
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
  }
  return Object.fromEntries(
    await Promise.all([...tables].map(async (table) => [table, await rowCount(table)]))
  );
}

describe('a database error in the middle of an import writes nothing (§8)', () => {
  const story = [
    '---',
    'city: Tripoli',
    'country: Libya',
    'date: 2020-06-01T08:00:00Z',
    '---',
    'Truce talks resume in Tripoli',
    'Negotiators meet again after a week of silence',
    '',
    '"We are ready to sign a truce today," Foreign Minister Ali Ahmed said on Monday.',
    'The talks had stalled over the withdrawal of heavy weapons.',
    '"The talks will go on," the spokesman added.',
    '',
    "Today's Top News",
    '- Ports reopen along the coast',
    '- Oil output climbs',
    '- Markets rally on truce hopes',
  ].join('\n');
  const importStory = () =>
    app
      .http()
      .post('/newsroom/import')
      .set('Authorization', `Bearer ${app.adminToken}`)
      .send({ text: story, publish: true });

  it.each([
    // The second quote fails: the article, its slug claim and the first quote are written by then.
    ['the second quote', { table: 'newsroom_quotes', column: 'text', marker: 'talks will go on' }],
    // The last pin fails: everything else of the story is written by then, a linked pin included.
    [
      'the last top-news pin',
      { table: 'newsroom_related_news', column: 'title', marker: 'Markets rally' },
    ],
  ])(
    'failing at %s leaves no article, quote, pin or slug claim; the same import then succeeds whole',
    async (_point, fault) => {
      const linked = await app.strapi.documents(ARTICLE).create({
        data: { headline: 'Ports reopen along the coast' },
        status: 'published',
      } as never);
      const before = await everything();

      const failed = await whileFailing(fault, importStory);
      expect(failed.status).toBe(500);
      expect(errorsLogged()).toContain('injected fault');
      expect(await everything()).toEqual(before);

      const imported = await importStory().expect(200);
      const { article, quotes, topNews } = imported.body.data;
      // The bare slug: the failed attempt's claim went with its transaction.
      expect(article.slug).toBe('truce-talks-resume-in-tripoli');
      expect(quotes.map((quote: { text: string }) => quote.text)).toEqual([
        'We are ready to sign a truce today',
        'The talks will go on',
      ]);
      expect(topNews.map((pin: { title: string }) => pin.title)).toEqual([
        'Ports reopen along the coast',
        'Oil output climbs',
        'Markets rally on truce hopes',
      ]);
      expect(topNews[0].article.documentId).toBe(linked.documentId);

      // Clean up for the next case: the same story again must find the same empty slate.
      await app.strapi.documents(ARTICLE).delete({ documentId: article.documentId } as never);
      await app.strapi.documents(ARTICLE).delete({ documentId: linked.documentId } as never);
      for (const pin of topNews)
        await app.strapi.documents(RELATED_NEWS).delete({ documentId: pin.documentId } as never);
    }
  );
});

describe('a database error in the middle of a top-news regeneration (§4.5)', () => {
  const day = '2020-07-01';
  const cm = () => contentManager(app, app.adminToken, ARTICLE);
  const publishOnDay = async (headline: string, topNewsPriority: number) => {
    const created = await cm()
      .create({ headline, topNewsPriority, firstPublishedAt: `${day}T04:00:00.000Z` })
      .expect(201);
    await cm().publish(created.body.data.documentId).expect(200);
  };
  const servedTitles = async () =>
    (
      await app.http().get('/api/newsroom/top-news').query({ date: day }).expect(200)
    ).body.data.items.map((item: { title: string }) => item.title);
  const storedEntries = () =>
    app.strapi.db.query(RELATED_NEWS).findMany({
      where: { list: 'top-news', editionDate: day },
      select: ['documentId', 'title', 'position', 'pinned', 'generated'],
      populate: { article: { select: ['documentId'] } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });

  it('leaves the previous list intact, and the next regeneration heals it', async () => {
    // Five stories: five generated entries, one slot of the six still free.
    const five = ['Fifty', 'Forty', 'Thirty', 'Twenty', 'Ten'];
    for (const [index, headline] of five.entries()) await publishOnDay(headline, 50 - index * 10);
    expect(await servedTitles()).toEqual(five);
    const before = await storedEntries();

    // A new first story moves all five entries down (five position updates), then a sixth entry is
    // created for it: that insert fails, after the updates.
    const first = 'Hundred, the fault story';
    await whileFailing(
      { table: 'newsroom_related_news', column: 'title', marker: 'the fault story' },
      () => publishOnDay(first, 100)
    );
    // The publish itself committed and answered 200; its regeneration failed, and said so.
    expect(errorsLogged()).toMatch(/work after commit failed.*injected fault/);
    expect(await storedEntries()).toEqual(before);
    expect(await servedTitles()).toEqual(five);

    // Any later change of the day regenerates it: here a story too low to make the list.
    await publishOnDay('Zero', 0);
    expect(await servedTitles()).toEqual([first, ...five]);
    const healed = await storedEntries();
    expect(healed.map((entry: { position: number }) => entry.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      new Set(healed.map((entry: { article: { documentId: string } }) => entry.article.documentId))
        .size
    ).toBe(6);
  });
});
