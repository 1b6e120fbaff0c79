import { loginAdminWithRole } from './helpers/auth';
import { contentManager } from './helpers/content-manager';
import { REUTERS_MONTHS } from './helpers/reuters-months';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';

const app = useStrapi();
let cm: ReturnType<typeof contentManager>;

const documents = () => app.strapi.documents(ARTICLE);
const draftOf = (documentId: string) => documents().findOne({ documentId });
const publishedOf = (documentId: string) =>
  documents().findOne({ documentId, status: 'published' });
const todayInReutersStyle = (timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const month = REUTERS_MONTHS[Number(parts.find((p) => p.type === 'month')!.value) - 1];
  return `${month} ${parts.find((p) => p.type === 'day')!.value}`;
};
const admin = (token = app.adminToken) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  cm = contentManager(app, app.adminToken, ARTICLE);
});

describe('datelines are generated on every write path (§4.2)', () => {
  it('strapi.documents: a draft is dated today in the city, with the default agency', async () => {
    const article = await documents().create({
      data: { headline: 'Truce call', datelineCity: 'Istanbul', datelineCountry: 'Turkey' },
    });
    expect(article).toMatchObject({
      agency: 'China Daily',
      dateline: `ISTANBUL, ${todayInReutersStyle('Europe/Istanbul')} (China Daily) -`,
      firstPublishedAt: null,
      editionDate: null,
    });
  });

  it('REST: an import-like create with firstPublishedAt is dated in the city’s time zone', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({
        data: {
          headline: 'Filed late',
          datelineCity: 'Istanbul',
          datelineCountry: 'Turkey',
          firstPublishedAt: '2020-01-08T22:30:00.000Z',
        },
      })
      .expect(201);
    // 22:30 UTC is already Jan 9 in Istanbul, and 06:30 on Jan 9 in Shanghai (the edition).
    expect(response.body.data).toMatchObject({
      dateline: 'ISTANBUL, Jan 9 (China Daily) -',
      editionDate: '2020-01-09',
    });
  });

  it('Content Manager: publishing sets firstPublishedAt and the edition date on both rows', async () => {
    const created = await cm
      .create({
        headline: 'Published from the editor',
        datelineCity: 'Tripoli',
        datelineCountry: 'Libya',
      })
      .expect(201);
    const { documentId } = created.body.data;
    await cm.publish(documentId).expect(200);
    const [draft, published] = [await draftOf(documentId), await publishedOf(documentId)];
    expect(draft!.firstPublishedAt).toBeTruthy();
    for (const row of [draft!, published!]) {
      expect(row.firstPublishedAt).toBe(draft!.firstPublishedAt);
      expect(row.editionDate).toBe(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
          new Date(draft!.firstPublishedAt)
        )
      );
      expect(row.dateline).toBe(
        `TRIPOLI, ${todayInReutersStyle('Africa/Tripoli')} (China Daily) -`
      );
    }
  });

  it('a city change regenerates the dateline', async () => {
    const article = await documents().create({
      data: {
        headline: 'Moving story',
        datelineCity: 'Istanbul',
        firstPublishedAt: '2020-01-08T12:00:00Z',
      },
    });
    await documents().update({
      documentId: article.documentId,
      data: { datelineCity: 'Moscow', datelineCountry: 'Russia' },
    } as never);
    expect((await draftOf(article.documentId))!.dateline).toBe('MOSCOW, Jan 8 (China Daily) -');
  });

  it('an agency change regenerates it too, and no agency leaves the parentheses out', async () => {
    const article = await documents().create({
      data: {
        headline: 'Wire copy',
        datelineCity: 'Beijing',
        firstPublishedAt: '2020-01-08T12:00:00Z',
      },
    });
    await documents().update({
      documentId: article.documentId,
      data: { agency: 'Xinhua' },
    } as never);
    expect((await draftOf(article.documentId))!.dateline).toBe('BEIJING, Jan 8 (Xinhua) -');
    await documents().update({ documentId: article.documentId, data: { agency: '' } } as never);
    expect((await draftOf(article.documentId))!.dateline).toBe('BEIJING, Jan 8 -');
  });

  it('a locked dateline stays as the editor typed it', async () => {
    const article = await documents().create({
      data: {
        headline: 'Two cities',
        datelineCity: 'Ankara',
        datelineLocked: true,
        dateline: 'ANKARA and ISTANBUL, Jan 8 -',
      },
    });
    await documents().update({
      documentId: article.documentId,
      data: { datelineCity: 'Istanbul' },
    } as never);
    await documents().publish({ documentId: article.documentId });
    expect((await publishedOf(article.documentId))!.dateline).toBe('ANKARA and ISTANBUL, Jan 8 -');
  });

  it('no city, no dateline', async () => {
    expect((await documents().create({ data: { headline: 'Placeless' } })).dateline).toBeNull();
  });

  it('an invalid time zone is a 400 naming the field, and nothing is written', async () => {
    const before = await documents().count({});
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({
        data: {
          headline: 'Bad zone',
          datelineCity: 'Istanbul',
          datelineTimeZone: 'Mars/Olympus_Mons',
        },
      })
      .expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['datelineTimeZone']);
    await cm.create({ headline: 'Bad zone', datelineTimeZone: 'UTC+3' }).expect(400);
    expect(await documents().count({})).toBe(before);
  });
});

describe('firstPublishedAt is set once (§4.3)', () => {
  it('later publishes, an unpublish and a republish never move it', async () => {
    const article = await documents().create({
      data: { headline: 'Once and for all', datelineCity: 'Berlin' },
    });
    await documents().publish({ documentId: article.documentId });
    const first = (await publishedOf(article.documentId))!.firstPublishedAt;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await documents().update({
      documentId: article.documentId,
      data: { deck: 'Updated deck' },
    } as never);
    await documents().publish({ documentId: article.documentId });
    await documents().unpublish({ documentId: article.documentId });
    await documents().publish({ documentId: article.documentId });
    expect((await publishedOf(article.documentId))!.firstPublishedAt).toBe(first);
    expect((await draftOf(article.documentId))!.firstPublishedAt).toBe(first);
  });

  it('a Content Manager save, which resends every field, keeps it', async () => {
    const created = await cm
      .create({ headline: 'Saved again and again', datelineCity: 'Cairo' })
      .expect(201);
    const { documentId } = created.body.data;
    await cm.publish(documentId).expect(200);
    const form = (await cm.findOne(documentId).expect(200)).body.data;
    await cm.update(documentId, { ...form, deck: 'A new deck' }).expect(200);
    await cm.publish(documentId).expect(200);
    expect((await publishedOf(documentId))!.firstPublishedAt).toBe(form.firstPublishedAt);
    expect((await draftOf(documentId))!.firstPublishedAt).toBe(form.firstPublishedAt);
  });

  it('an explicit new firstPublishedAt moves it, and the edition date with it', async () => {
    const article = await documents().create({
      data: { headline: 'Backdated', firstPublishedAt: '2020-01-08T12:00:00Z' },
    });
    await documents().publish({ documentId: article.documentId });
    await documents().update({
      documentId: article.documentId,
      data: { firstPublishedAt: '2019-12-31T20:00:00Z' },
    } as never);
    expect(await draftOf(article.documentId)).toMatchObject({
      firstPublishedAt: '2019-12-31T20:00:00.000Z',
      editionDate: '2020-01-01',
    });
  });

  it('a create with status=published is stamped too', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ status: 'published' })
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: 'Straight out' } })
      .expect(201);
    expect(response.body.data.firstPublishedAt).toBeTruthy();
    expect(response.body.data.editionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('settings API (§6, §7)', () => {
  afterEach(async () => {
    await app.strapi.store({ type: 'plugin', name: 'newsroom' }).delete({ key: 'settings' });
  });

  it('reads the effective settings: config over defaults', async () => {
    const response = await app.http().get('/newsroom/settings').set(admin()).expect(200);
    expect(response.body.data).toMatchObject({
      agency: 'China Daily',
      editionTimeZone: 'Asia/Shanghai',
      datelineStyle: 'reuters',
      topNews: { size: 6 },
      slug: { maxLength: 96 },
      quotes: { autoExtract: true },
      publicRead: true,
    });
    expect(response.body.data.slug.reserved).toEqual(
      expect.arrayContaining(['new', 'edit', 'top-news'])
    );
  });

  it('saves a subset, which the next write uses at once', async () => {
    const response = await app
      .http()
      .put('/newsroom/settings')
      .set(admin())
      .send({ datelineStyle: 'xinhua', topNews: { size: 8 } })
      .expect(200);
    expect(response.body.data).toMatchObject({
      datelineStyle: 'xinhua',
      topNews: { size: 8 },
      agency: 'China Daily',
    });
    const article = await documents().create({
      data: {
        headline: 'House style',
        datelineCity: 'Beijing',
        firstPublishedAt: '2020-01-08T12:00:00Z',
      },
    });
    expect(article.dateline).toBe('BEIJING, Jan. 8 (China Daily) --');
  });

  it.each([
    [{ topNews: { size: 99 } }, ['topNews', 'size']],
    [{ editionTimeZone: 'Mars/Base' }, ['editionTimeZone']],
    [{ datelineStyle: 'bbc' }, ['datelineStyle']],
    [{ slug: { maxLength: 8 } }, ['slug', 'maxLength']],
    [{ colour: 'red' }, ['colour']],
    // Longer than the dateline column with a long city: every later write with a city would fail.
    [
      { datelineStyle: { template: `{CITY} ${'-'.repeat(300)}`, months: Array(12).fill('M') } },
      ['datelineStyle', 'template'],
    ],
    [{ siteUrl: 'https://news.example.com/"></script>' }, ['siteUrl']],
  ])('refuses %j with a 400 naming the key, saving nothing', async (body, path) => {
    const response = await app.http().put('/newsroom/settings').set(admin()).send(body).expect(400);
    expect(
      response.body.error.details.errors.map((error: { path: string[] }) => error.path)
    ).toContainEqual(path);
    const current = await app.http().get('/newsroom/settings').set(admin()).expect(200);
    expect(current.body.data.topNews.size).toBe(6);
  });

  it('saves reserved words as the slugs they block, which a given slug then meets', async () => {
    const response = await app
      .http()
      .put('/newsroom/settings')
      .set(admin())
      .send({ slug: { reserved: ['Check Reserved!!'] } })
      .expect(200);
    expect(response.body.data.slug.reserved).toEqual(['check-reserved']);
    expect(
      (await app.http().get('/newsroom/settings').set(admin()).expect(200)).body.data.slug.reserved
    ).toEqual(['check-reserved']);
    await expect(
      documents().create({ data: { headline: 'Reserved', slug: 'check reserved' } } as never)
    ).rejects.toThrow(/reserved/);
  });

  it('a city or agency too long for any dateline is a 400 naming it', async () => {
    await expect(
      documents().create({ data: { headline: 'Long city', datelineCity: 'C'.repeat(61) } } as never)
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      documents().create({ data: { headline: 'Long agency', agency: 'A'.repeat(101) } } as never)
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('is guarded by the plugin’s permissions', async () => {
    const editor = await loginAdminWithRole(app, 'strapi-editor');
    await app.http().get('/newsroom/settings').set(admin(editor)).expect(403);
    await app.http().put('/newsroom/settings').set(admin(editor)).send({ agency: 'x' }).expect(403);
    await app.http().get('/newsroom/settings').expect(401);
  });
});

describe('POST /newsroom/preview (§6)', () => {
  it('answers what a save would store, and writes nothing', async () => {
    const before = await documents().count({});
    const response = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({
        headline: 'Joint work on truce in Libya urged',
        datelineCity: 'Istanbul',
        datelineCountry: 'Turkey',
        firstPublishedAt: '2020-01-08T22:30:00Z',
        body: '"We want peace," Turkish Foreign Minister Mevlut Cavusoglu said.',
      })
      .expect(200);
    expect(response.body.data).toEqual({
      slug: 'joint-work-on-truce-in-libya-urged',
      dateline: 'ISTANBUL, Jan 9 (China Daily) -',
      editionDate: '2020-01-09',
      quotes: [
        {
          text: 'We want peace',
          speaker: 'Mevlut Cavusoglu',
          speakerTitle: 'Turkish Foreign Minister',
          cue: 'said',
          kind: 'direct',
          paragraph: 0,
        },
      ],
      slugTakenBy: null,
    });
    expect(await documents().count({})).toBe(before);
  });

  it('tries a dateline style before it is saved (the settings page’s example), and keeps the stored one', async () => {
    const story = {
      headline: 'Style trial',
      datelineCity: 'Istanbul',
      firstPublishedAt: '2020-01-08T22:30:00Z',
    };
    const trial = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ ...story, datelineStyle: 'xinhua' })
      .expect(200);
    expect(trial.body.data.dateline).toBe('ISTANBUL, Jan. 9 (China Daily) --');
    const stored = await app.http().post('/newsroom/preview').set(admin()).send(story).expect(200);
    expect(stored.body.data.dateline).toBe('ISTANBUL, Jan 9 (China Daily) -');
    const bad = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ ...story, datelineStyle: 'bbc' })
      .expect(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['datelineStyle']);
  });

  it('gives the next free suffix for a taken headline, and keeps a published article’s slug', async () => {
    const published = await documents().create({ data: { headline: 'Preview me' } });
    await documents().publish({ documentId: published.documentId });
    const fresh = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ headline: 'Preview me' })
      .expect(200);
    expect(fresh.body.data.slug).toBe('preview-me-2');
    const editing = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ documentId: published.documentId, headline: 'Preview me, edited' })
      .expect(200);
    expect(editing.body.data.slug).toBe('preview-me');
  });

  it('names the holder of a slug a save would refuse', async () => {
    const holder = await documents().create({ data: { headline: 'Holder of the slug' } });
    const response = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ headline: 'x', slug: 'holder-of-the-slug' })
      .expect(200);
    expect(response.body.data.slugTakenBy).toEqual({
      documentId: holder.documentId,
      headline: 'Holder of the slug',
    });
  });

  it('names it only to an admin allowed to read it: an Author learns only that the slug is taken', async () => {
    const holder = await cm.create({ headline: 'Another editor’s draft' }).expect(201);
    const author = await loginAdminWithRole(app, 'strapi-author');
    const preview = await app
      .http()
      .post('/newsroom/preview')
      .set(admin(author))
      .send({ headline: 'x', slug: 'another-editors-draft' })
      .expect(200);
    expect(preview.body.data.slugTakenBy).toEqual({ documentId: null, headline: null });

    const refused = await contentManager(app, author, ARTICLE)
      .create({ headline: 'Mine', slug: 'another-editors-draft' })
      .expect(400);
    expect(refused.body.error.message).toBe(
      'The slug "another-editors-draft" is already used by another document'
    );
    expect(JSON.stringify(refused.body)).not.toContain(holder.body.data.documentId);
    expect(JSON.stringify(refused.body)).not.toContain('Another editor');

    // Their own article, once their role may read English entries (a fresh app gives Strapi's Author no locale): named.
    const role = await app.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-author' } });
    const permissions = await app.strapi.db
      .query('admin::permission')
      .findMany({ where: { role: role.id, subject: ARTICLE } });
    for (const permission of permissions) {
      await app.strapi.db.query('admin::permission').update({
        where: { id: permission.id },
        data: { properties: { ...permission.properties, locales: ['en'] } },
      });
    }
    const own = await contentManager(app, author, ARTICLE)
      .create({ headline: 'The author’s own' })
      .expect(201);
    await contentManager(app, author, ARTICLE).findOne(own.body.data.documentId).expect(200);
    const stillHidden = await app
      .http()
      .post('/newsroom/preview')
      .set(admin(author))
      .send({ headline: 'x', slug: 'another-editors-draft' })
      .expect(200);
    expect(stillHidden.body.data.slugTakenBy).toEqual({ documentId: null, headline: null });
    const named = await app
      .http()
      .post('/newsroom/preview')
      .set(admin(author))
      .send({ headline: 'x', slug: 'the-authors-own' })
      .expect(200);
    expect(named.body.data.slugTakenBy).toEqual({
      documentId: own.body.data.documentId,
      headline: 'The author’s own',
    });
  });

  it('refuses a bad body with a 400 naming the field, and strangers with a 401', async () => {
    const response = await app
      .http()
      .post('/newsroom/preview')
      .set(admin())
      .send({ headline: 42, firstPublishedAt: 'yesterday' })
      .expect(400);
    const paths = response.body.error.details.errors.map((error: { path: string[] }) => error.path);
    expect(paths).toEqual(expect.arrayContaining([['headline'], ['firstPublishedAt']]));
    await app.http().post('/newsroom/preview').send({ headline: 'x' }).expect(401);
  });
});
