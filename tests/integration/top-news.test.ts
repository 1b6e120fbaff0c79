import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';
const RELATED_NEWS = 'plugin::newsroom.related-news';

const app = useStrapi();

const articles = () => app.strapi.documents(ARTICLE);
/** A published article of the edition day `date` (Asia/Shanghai), published at `time` UTC. */
async function publishOn(
  date: string,
  headline: string,
  extra: Record<string, unknown> = {},
  time = '04:00'
) {
  const article = await articles().create({
    data: { headline, firstPublishedAt: `${date}T${time}:00.000Z`, ...extra } as never,
  });
  await articles().publish({ documentId: article.documentId });
  return article;
}
async function served(date: string, query: Record<string, string> = {}) {
  const response = await app
    .http()
    .get('/api/newsroom/top-news')
    .query({ date, ...query })
    .expect(200);
  return response.body.data as {
    date: string;
    locale: string;
    items: {
      position: number;
      title: string;
      url: string | null;
      slug: string | null;
      pinned: boolean;
    }[];
  };
}
const titles = async (date: string) => (await served(date)).items.map((item) => item.title);

describe('the ranking of a day (§4.5)', () => {
  const day = '2020-03-02';
  let pin: { documentId: string };

  beforeAll(async () => {
    pin = await app.strapi.documents(RELATED_NEWS).create({
      data: {
        title: 'Xi replies to Danish Chamber of Commerce',
        list: 'top-news',
        editionDate: day,
        position: 1,
        pinned: true,
      },
    } as never);
    await publishOn(day, 'Oldest plain story', {}, '01:00');
    await publishOn(day, 'Prominent story', { topNewsPriority: 5 }, '02:00');
    await publishOn(day, 'Newest plain story', {}, '03:00');
    await publishOn(day, 'Kept out of the box', { excludeFromTopNews: true }, '03:30');
    await articles().create({
      data: { headline: 'A draft of that day', firstPublishedAt: `${day}T03:45:00.000Z` } as never,
    });
  });

  it('pins first, then published articles by priority, then newest first; no excluded, no drafts', async () => {
    const list = await served(day);
    expect(list).toEqual({
      date: day,
      locale: 'en',
      items: [
        {
          position: 1,
          title: 'Xi replies to Danish Chamber of Commerce',
          url: null,
          slug: null,
          pinned: true,
        },
        {
          position: 2,
          title: 'Prominent story',
          url: null,
          slug: 'prominent-story',
          pinned: false,
        },
        {
          position: 3,
          title: 'Newest plain story',
          url: null,
          slug: 'newest-plain-story',
          pinned: false,
        },
        {
          position: 4,
          title: 'Oldest plain story',
          url: null,
          slug: 'oldest-plain-story',
          pinned: false,
        },
      ],
    });
  });

  it('stores the generated entries numbered after the pins, 1..n without gaps', async () => {
    const stored = await app.strapi.documents(RELATED_NEWS).findMany({
      filters: { list: 'top-news', editionDate: day },
      sort: ['position:asc'],
    } as never);
    expect(stored.map((entry) => [entry.position, entry.pinned, entry.generated])).toEqual([
      [1, true, false],
      [2, false, true],
      [3, false, true],
      [4, false, true],
    ]);
  });

  it('a priority change, once published, reorders the box', async () => {
    const [oldest] = await articles().findMany({ filters: { headline: 'Oldest plain story' } });
    await articles().update({
      documentId: oldest.documentId,
      data: { topNewsPriority: 9 },
    } as never);
    await articles().publish({ documentId: oldest.documentId });
    expect(await titles(day)).toEqual([
      'Xi replies to Danish Chamber of Commerce',
      'Oldest plain story',
      'Prominent story',
      'Newest plain story',
    ]);
  });

  it('a pinned entry survives every regeneration, untouched', async () => {
    const after = await app.strapi.documents(RELATED_NEWS).findOne({ documentId: pin.documentId });
    expect(after).toMatchObject({
      title: 'Xi replies to Danish Chamber of Commerce',
      position: 1,
      pinned: true,
      generated: false,
    });
  });

  it('an edit of a pinned entry regenerates the day', async () => {
    await app.strapi
      .documents(RELATED_NEWS)
      .update({ documentId: pin.documentId, data: { pinned: false } } as never);
    expect(await titles(day)).toEqual([
      'Oldest plain story',
      'Prominent story',
      'Newest plain story',
    ]);
    await app.strapi
      .documents(RELATED_NEWS)
      .update({ documentId: pin.documentId, data: { pinned: true } } as never);
    expect((await titles(day))[0]).toBe('Xi replies to Danish Chamber of Commerce');
  });
});

describe('changes that alter a day', () => {
  it('an unpublish removes the article and the next one fills in', async () => {
    const day = '2020-03-03';
    const published = [];
    for (let i = 1; i <= 7; i += 1)
      published.push(await publishOn(day, `Story ${i}`, { topNewsPriority: i }));
    expect(await titles(day)).toEqual([
      'Story 7',
      'Story 6',
      'Story 5',
      'Story 4',
      'Story 3',
      'Story 2',
    ]);
    await articles().unpublish({ documentId: published[6].documentId });
    expect(await titles(day)).toEqual([
      'Story 6',
      'Story 5',
      'Story 4',
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
    await articles().delete({ documentId: published[5].documentId });
    expect(await titles(day)).toEqual(['Story 5', 'Story 4', 'Story 3', 'Story 2', 'Story 1']);
  });

  it('a moved first-publication date regenerates both days', async () => {
    const moved = await publishOn('2020-03-04', 'Moving between days');
    await articles().update({
      documentId: moved.documentId,
      data: { firstPublishedAt: '2020-03-05T04:00:00.000Z' },
    } as never);
    await articles().publish({ documentId: moved.documentId });
    expect(await titles('2020-03-04')).toEqual([]);
    expect(await titles('2020-03-05')).toEqual(['Moving between days']);
  });

  it('8 concurrent publishes end with exactly the list the rule gives', async () => {
    const day = '2020-03-06';
    const drafts = [];
    for (let i = 1; i <= 8; i += 1) {
      drafts.push(
        await articles().create({
          data: {
            headline: `Concurrent ${i}`,
            topNewsPriority: i,
            firstPublishedAt: `${day}T04:00:00.000Z`,
          },
        } as never)
      );
    }
    await Promise.all(drafts.map((draft) => articles().publish({ documentId: draft.documentId })));
    expect(await titles(day)).toEqual([
      'Concurrent 8',
      'Concurrent 7',
      'Concurrent 6',
      'Concurrent 5',
      'Concurrent 4',
      'Concurrent 3',
    ]);
    const generated = await app.strapi
      .documents(RELATED_NEWS)
      .count({ filters: { list: 'top-news', editionDate: day } } as never);
    expect(generated).toBe(6);
  });
});

describe('through the Content Manager', () => {
  it('a publish (which the Content Manager wraps in its own transaction) is in the box when the response arrives', async () => {
    const day = '2020-03-07';
    const auth = { Authorization: `Bearer ${app.adminToken}` };
    const cm = `/content-manager/collection-types/${ARTICLE}`;
    const created = await Promise.all(
      [1, 2, 3].map((i) =>
        app
          .http()
          .post(cm)
          .set(auth)
          .send({
            headline: `Editor story ${i}`,
            topNewsPriority: i,
            firstPublishedAt: `${day}T04:00:00.000Z`,
          })
      )
    );
    await Promise.all(
      created.map((response) =>
        app
          .http()
          .post(`${cm}/${response.body.data.documentId}/actions/publish`)
          .set(auth)
          .send({})
          .expect(200)
      )
    );
    expect(await titles(day)).toEqual(['Editor story 3', 'Editor story 2', 'Editor story 1']);
  });
});

describe('GET /api/newsroom/top-news (§5)', () => {
  it('defaults to today in the edition time zone', async () => {
    await articles().publish({
      documentId: (await articles().create({ data: { headline: 'Fresh today' } })).documentId,
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date()
    );
    const response = await app.http().get('/api/newsroom/top-news').expect(200);
    expect(response.body.data.date).toBe(today);
    expect(response.body.data.items.map((item: { title: string }) => item.title)).toContain(
      'Fresh today'
    );
  });

  it('leaves out the article given in `exclude` and honours `limit`', async () => {
    const list = await served('2020-03-03', { exclude: 'story-5', limit: '2' });
    expect(list.items).toEqual([
      { position: 1, title: 'Story 4', url: null, slug: 'story-4', pinned: false },
      { position: 2, title: 'Story 3', url: null, slug: 'story-3', pinned: false },
    ]);
  });

  it.each([['2020-02-30'], ['yesterday'], ['2020-3-1']])(
    'answers 400 for the date %s',
    async (date) => {
      const response = await app.http().get('/api/newsroom/top-news').query({ date }).expect(400);
      expect(response.body.error.details.errors[0].path).toEqual(['date']);
    }
  );

  it('the article page carries its day’s box without itself', async () => {
    const response = await app.http().get('/api/newsroom/articles/slug/story-3').expect(200);
    expect(response.body.data.topNews.map((item: { title: string }) => item.title)).toEqual([
      'Story 5',
      'Story 4',
      'Story 2',
      'Story 1',
    ]);
  });

  it('the admin route answers the same list to a logged-in admin', async () => {
    const response = await app
      .http()
      .get('/newsroom/top-news')
      .query({ date: '2020-03-03' })
      .set('Authorization', `Bearer ${app.adminToken}`)
      .expect(200);
    expect(response.body.data.items.map((item: { title: string }) => item.title)).toEqual([
      'Story 5',
      'Story 4',
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
    await app.http().get('/newsroom/top-news').expect(401);
  });

  it('the admin list names each item’s article, for the link to its edit view; the public one does not', async () => {
    const admin = await app
      .http()
      .get('/newsroom/top-news')
      .query({ date: '2020-03-03' })
      .set('Authorization', `Bearer ${app.adminToken}`)
      .expect(200);
    const story5 = await app.http().get('/api/newsroom/articles/slug/story-5').expect(200);
    expect(admin.body.data.items[0]).toMatchObject({
      title: 'Story 5',
      articleDocumentId: story5.body.data.documentId,
    });
    const publicList = await served('2020-03-03');
    expect(publicList.items[0]).not.toHaveProperty('articleDocumentId');
  });

  it('reads the stored list in one query', async () => {
    let queries = 0;
    const count = () => (queries += 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    app.strapi.db.connection.on('query', count);
    try {
      await app
        .http()
        .get('/api/newsroom/top-news')
        .query({ date: '2020-03-03', locale: 'en' })
        .expect(200);
    } finally {
      app.strapi.db.connection.off('query', count);
    }
    // The list itself, plus the settings (size, edition time zone), read from the database so a
    // change in another process holds at once; users-permissions resolves the Public role too.
    expect(queries).toBeLessThanOrEqual(4);
  });
});
