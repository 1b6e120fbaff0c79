import { bootDemo, DEMO_ENV, stopDemo } from './helpers/demo';
import { bootStrapiOn, type TestStrapi } from './helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
let app: TestStrapi;

beforeAll(async () => {
  app = await bootDemo();
});

afterAll(async () => {
  await stopDemo(app);
});

describe('the demo set-up (npm run demo)', () => {
  it('creates the first admin, who can log in', async () => {
    const login = await app
      .http()
      .post('/admin/login')
      .send({ email: DEMO_ENV.NEWSROOM_ADMIN_EMAIL, password: DEMO_ENV.NEWSROOM_ADMIN_PASSWORD })
      .expect(200);
    expect(login.body.data.token).toEqual(expect.any(String));
  });

  it('publishes the Libya story with its headline, deck and 17 body paragraphs', async () => {
    const response = await app.http().get('/api/newsroom/articles').expect(200);
    expect(response.body.data).toHaveLength(1);
    const [article] = response.body.data;
    expect(article.headline).toBe('Joint work on truce in Libya urged');
    expect(article.deck).toBe(
      'Russia, Turkey call for cease-fire to support UN-backed negotiations'
    );
    expect(article.body).toHaveLength(17);
    expect(article).toMatchObject({
      datelineCity: 'Istanbul',
      datelineCountry: 'Turkey',
      agency: 'China Daily',
      firstPublishedAt: '2020-01-08T00:00:00.000Z',
      editionDate: '2020-01-08',
      dateline: 'ISTANBUL, Jan 8 (China Daily) -',
      slug: 'joint-work-on-truce-in-libya-urged',
    });
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text: 'A joint statement on Wednesday from Russia and Turkey calling for a cease-fire in Libya may lead to resolution of the conflict between government forces and east-based militias.',
        },
      ],
    });
  });

  it('pins the story’s Today’s Top News on its edition day, in order', async () => {
    const response = await app
      .http()
      .get('/api/newsroom/top-news')
      .query({ date: '2020-01-08' })
      .expect(200);
    expect(
      response.body.data.items.map((item: { title: string; pinned: boolean }) => [
        item.title,
        item.pinned,
      ])
    ).toEqual([
      ["Xi's Quotes: Shared wisdom in Chinese and Latin American cultures", true],
      ['Xi replies to founder of Danish Chamber of Commerce in China', true],
      ['New guideline bolsters green inspections', true],
      ['China, Chile urged to create model of common development', true],
      ['Exporters pivot to home market amid headwinds', true],
      ['BRI diversifies paths for CELAC cooperation', true],
    ]);
    const page = await app
      .http()
      .get('/api/newsroom/articles/slug/joint-work-on-truce-in-libya-urged')
      .expect(200);
    expect(page.body.data.quotes).toHaveLength(3);
    expect(page.body.data.topNews).toHaveLength(6);
  });

  it('does not import the story twice when the app starts again on the same database', async () => {
    await app.strapi.destroy();
    app = await bootStrapiOn(app.database);
    expect(await app.strapi.documents(ARTICLE).count({ status: 'published' })).toBe(1);
    expect(await app.strapi.service('admin::user').count()).toBe(1);
  });
});
