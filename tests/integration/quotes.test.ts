import fs from 'node:fs';
import path from 'node:path';

import { paragraphsToBlocks } from '../../server/src/domain/paragraphs';
import { parseStory } from '../../server/src/domain/story';
import { contentManager } from './helpers/content-manager';
import { useStrapi } from './helpers/suite';

const ARTICLE = 'plugin::newsroom.article';
const QUOTE = 'plugin::newsroom.quote';

const app = useStrapi();

const articles = () => app.strapi.documents(ARTICLE);
const quotesOf = (documentId: string) =>
  app.strapi
    .documents(QUOTE)
    .findMany({ filters: { article: { documentId } }, sort: ['paragraph:asc', 'id:asc'] } as never);
const blocks = (...paragraphs: string[]) => paragraphsToBlocks(paragraphs);

describe('quotes are extracted into entries (§4.4)', () => {
  it('on create: the Libya story gives its three attributed quotes', async () => {
    const libya = parseStory(
      fs.readFileSync(path.join(__dirname, '../fixtures/stories/libya-truce.txt'))
    );
    if (!libya.ok) throw new Error(libya.error.message);
    const article = await articles().create({
      data: {
        headline: libya.story.headline,
        body: paragraphsToBlocks(libya.story.paragraphs),
      } as never,
    });

    const quotes = await quotesOf(article.documentId);
    expect(
      quotes.map(({ speaker, speakerTitle, cue, kind, paragraph, generated }) => ({
        speaker,
        speakerTitle,
        cue,
        kind,
        paragraph,
        generated,
      }))
    ).toEqual([
      {
        speaker: 'the GNA',
        speakerTitle: null,
        cue: 'said',
        kind: 'partial',
        paragraph: 3,
        generated: true,
      },
      {
        speaker: 'Mevlut Cavusoglu',
        speakerTitle: 'Turkish Foreign Minister',
        cue: 'announced',
        kind: 'direct',
        paragraph: 5,
        generated: true,
      },
      {
        speaker: 'the joint statement',
        speakerTitle: null,
        cue: 'said',
        kind: 'partial',
        paragraph: 6,
        generated: true,
      },
    ]);
    expect(quotes[0].text).toBe('serious call');
  });

  it('through REST and the Content Manager too', async () => {
    const body = blocks('"Talks resume on Monday," UN envoy Ghassan Salame said.');
    const rest = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: 'Envoy speaks', body } })
      .expect(201);
    const cm = await contentManager(app, app.adminToken, ARTICLE)
      .create({ headline: 'Envoy speaks again', body })
      .expect(201);
    for (const documentId of [rest.body.data.documentId, cm.body.data.documentId]) {
      expect(await quotesOf(documentId)).toEqual([
        expect.objectContaining({
          text: 'Talks resume on Monday',
          speaker: 'Ghassan Salame',
          speakerTitle: 'UN envoy',
          generated: true,
        }),
      ]);
    }
  });

  it('a body edit replaces the generated quotes', async () => {
    const article = await articles().create({
      data: { headline: 'Evolving', body: blocks('"First words," Putin said.') } as never,
    });
    await articles().update({
      documentId: article.documentId,
      data: { body: blocks('"Second words," Erdogan said.') },
    } as never);
    const quotes = await quotesOf(article.documentId);
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Second words', 'Erdogan'],
    ]);
  });

  it('an editor’s edit of a generated quote makes it theirs: it survives re-extraction, which does not generate its words again', async () => {
    const article = await articles().create({
      data: { headline: 'Curated', body: blocks('"Original words," Putin said.') } as never,
    });
    const [generated] = await quotesOf(article.documentId);
    await contentManager(app, app.adminToken, QUOTE)
      .update(generated.documentId, {
        text: 'Original words, checked',
        featured: true,
        generated: true,
      })
      .expect(200);

    await articles().update({
      documentId: article.documentId,
      data: { body: blocks('"Original words," Putin said.', '"More," Lavrov added.') },
    } as never);
    const quotes = await quotesOf(article.documentId);
    expect(quotes).toEqual([
      expect.objectContaining({
        documentId: generated.documentId,
        text: 'Original words, checked',
        generated: false,
        featured: true,
      }),
      expect.objectContaining({ text: 'More', speaker: 'Lavrov', generated: true }),
    ]);
  });

  it('an editor who fixes a speaker’s spelling gets no second copy under the old spelling when the body changes and is published', async () => {
    const rest = { Authorization: `Bearer ${app.apiToken}` };
    const first = '"We will spare no effort," said Mevlut Cavusoglu, the Turkish foreign minister.';
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .set(rest)
      .send({ data: { headline: 'Spelling fixed', body: blocks(first) } })
      .expect(201);
    const { documentId } = created.body.data;
    const [generated] = await quotesOf(documentId);
    await contentManager(app, app.adminToken, QUOTE)
      .update(generated.documentId, { speaker: 'Mevlüt Çavuşoğlu' })
      .expect(200);

    await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .set(rest)
      .send({ data: { body: blocks(first, '"Talks go on," Lavrov added.') } })
      .expect(200);
    const quotes = await quotesOf(documentId);
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.generated])).toEqual([
      ['We will spare no effort', 'Mevlüt Çavuşoğlu', false],
      ['Talks go on', 'Lavrov', true],
    ]);
  });

  it('links the quotes to the draft and the published row in text order, after the editor’s own', async () => {
    const { documentId } = await articles().create({
      data: {
        headline: 'In order',
        body: blocks('"One," Putin said.', '"Two," Erdogan said.', '"Three," Lavrov said.'),
      },
    } as never);
    await articles().publish({ documentId });
    const [first] = await quotesOf(documentId);
    await contentManager(app, app.adminToken, QUOTE)
      .update(first.documentId, { text: 'One, checked' })
      .expect(200);
    await articles().update({
      documentId,
      data: { body: blocks('"Four," Putin said.', '"Five," Erdogan said.') },
    } as never);
    await articles().publish({ documentId });

    const rows = (await app.strapi.db
      .query(ARTICLE)
      .findMany({ where: { documentId }, populate: { quotes: true } })) as {
      publishedAt: string | null;
      quotes: { text: string }[];
    }[];
    expect(rows.map((row) => row.publishedAt === null).sort()).toEqual([false, true]);
    for (const row of rows)
      expect(row.quotes.map((quote) => quote.text)).toEqual(['One, checked', 'Four', 'Five']);
  });

  it('a duplicated article gets quotes of its own, and the original keeps its', async () => {
    const original = await articles().create({
      data: { headline: 'Original story', body: blocks('"Stay calm," Guterres said.') },
    } as never);
    const [originalQuote] = await quotesOf(original.documentId);
    const copy = (await articles().clone({
      documentId: original.documentId,
      data: {},
    } as never)) as unknown as { documentId: string };

    expect((await quotesOf(original.documentId)).map((quote) => quote.documentId)).toEqual([
      originalQuote.documentId,
    ]);
    const copied = await quotesOf(copy.documentId);
    expect(copied.map((quote) => [quote.text, quote.speaker, quote.generated])).toEqual([
      ['Stay calm', 'Guterres', true],
    ]);
    expect(copied[0].documentId).not.toBe(originalQuote.documentId);
  });

  it('so does one duplicated through the Content Manager', async () => {
    const original = await articles().create({
      data: { headline: 'Story to copy', body: blocks('"Hold the line," Salame said.') },
    } as never);
    const [originalQuote] = await quotesOf(original.documentId);
    const response = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE}/clone/${original.documentId}`)
      .set('Authorization', `Bearer ${app.adminToken}`)
      .send({ headline: 'Story to copy, copied' })
      .expect(200);

    expect((await quotesOf(original.documentId)).map((quote) => quote.documentId)).toEqual([
      originalQuote.documentId,
    ]);
    const copied = await quotesOf(response.body.data.documentId);
    expect(copied.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Hold the line', 'Salame'],
    ]);
  });

  it('a save that resends the same body leaves the quote entries alone', async () => {
    const body = blocks('"Steady," Guterres said.');
    const article = await articles().create({ data: { headline: 'Steady', body } as never });
    const [before] = await quotesOf(article.documentId);
    await contentManager(app, app.adminToken, ARTICLE)
      .update(article.documentId, { headline: 'Steady, still', body })
      .expect(200);
    const [after] = await quotesOf(article.documentId);
    expect(after.documentId).toBe(before.documentId);
  });

  it('a draft edit of a published article is extracted when it is published, not before', async () => {
    const article = await articles().create({
      data: { headline: 'Live story', body: blocks('"As published," Putin said.') } as never,
    });
    await articles().publish({ documentId: article.documentId });
    await articles().update({
      documentId: article.documentId,
      data: { body: blocks('"Not yet public," Putin said.') },
    } as never);
    expect((await quotesOf(article.documentId)).map((quote) => quote.text)).toEqual([
      'As published',
    ]);
    await articles().publish({ documentId: article.documentId });
    expect((await quotesOf(article.documentId)).map((quote) => quote.text)).toEqual([
      'Not yet public',
    ]);
  });

  it('the article’s locale picks the quotation marks and reporting verbs: a French article over REST', async () => {
    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const body = blocks('« Nous ne céderons pas », a déclaré Claire Martin.');
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ locale: 'fr' })
      .set('Authorization', `Bearer ${app.apiToken}`)
      .send({ data: { headline: 'La trêve tient', body } })
      .expect(201);
    const quotes = await app.strapi.documents(QUOTE).findMany({
      filters: { article: { documentId: created.body.data.documentId } },
      locale: 'fr',
    } as never);
    expect(quotes.map(({ text, speaker, cue }) => ({ text, speaker, cue }))).toEqual([
      { text: 'Nous ne céderons pas', speaker: 'Claire Martin', cue: 'a déclaré' },
    ]);
    // The side panel's preview reads the form's locale the same way.
    const preview = await app
      .http()
      .post('/newsroom/preview')
      .set('Authorization', `Bearer ${app.adminToken}`)
      .send({ headline: 'La trêve tient', body, locale: 'fr' })
      .expect(200);
    expect(
      preview.body.data.quotes.map(({ text, speaker }: { text: string; speaker: string }) => ({
        text,
        speaker,
      }))
    ).toEqual([{ text: 'Nous ne céderons pas', speaker: 'Claire Martin' }]);
    // The same paragraph in an English article: French marks and verbs are not English ones.
    const english = await articles().create({ data: { headline: 'Truce holds', body } as never });
    expect(await quotesOf(english.documentId)).toEqual([]);
  });

  it('deleting an article deletes its generated quotes', async () => {
    const article = await articles().create({
      data: { headline: 'Gone', body: blocks('"Bye," Putin said.') } as never,
    });
    const [quote] = await quotesOf(article.documentId);
    await articles().delete({ documentId: article.documentId });
    expect(await app.strapi.documents(QUOTE).findOne({ documentId: quote.documentId })).toBeNull();
  });

  it('does nothing when quotes.autoExtract is off', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'newsroom' });
    await store.set({ key: 'settings', value: { quotes: { autoExtract: false } } });
    try {
      const article = await articles().create({
        data: { headline: 'Quiet', body: blocks('"Hush," Putin said.') } as never,
      });
      expect(await quotesOf(article.documentId)).toEqual([]);
    } finally {
      await store.delete({ key: 'settings' });
    }
  });
});

describe('an article of a thousand quotations (§4.4, §10)', () => {
  it('is created published with all of them, and an edit replaces all of them, on every database', async () => {
    const rest = { Authorization: `Bearer ${app.apiToken}` };
    const paragraphs = (word: string) =>
      Array.from({ length: 1000 }, (_, i) => `"${word} ${i} words," said Al Bo.`);
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .set(rest)
      .send({ data: { headline: 'A thousand voices', body: blocks(...paragraphs('First')) } })
      .expect(201);
    const { documentId } = created.body.data;
    const count = (text: string) =>
      app.strapi.db
        .query(QUOTE)
        .count({ where: { text: { $startsWith: text }, article: { documentId } } });
    expect(await count('First')).toBe(1000);

    await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .set(rest)
      .send({ data: { body: blocks(...paragraphs('Second')) } })
      .expect(200);
    expect([await count('First'), await count('Second')]).toEqual([0, 1000]);
    const published = await app
      .http()
      .get(`/api/newsroom/quotes`)
      .query({ filters: { article: { documentId } }, pagination: { withCount: true, pageSize: 1 } })
      .expect(200);
    expect(published.body.meta.pagination.total).toBe(1000);
  });
});

describe('the public quotes route (§4.4, §5)', () => {
  it('answers only quotes of published articles', async () => {
    const draft = await articles().create({
      data: { headline: 'Unpublished', body: blocks('"Secret," Putin said.') } as never,
    });
    const live = await articles().create({
      data: { headline: 'Published', body: blocks('"Public," Erdogan said.') } as never,
    });
    await articles().publish({ documentId: live.documentId });

    const ofBoth = { article: { documentId: { $in: [draft.documentId, live.documentId] } } };
    const list = await app
      .http()
      .get('/api/newsroom/quotes')
      .query({ filters: ofBoth })
      .expect(200);
    expect(list.body.data.map((quote: { text: string }) => quote.text)).toEqual(['Public']);

    const [secret] = await quotesOf(draft.documentId);
    await app.http().get(`/api/newsroom/quotes/${secret.documentId}`).expect(404);
    const withFilters = await app
      .http()
      .get('/api/newsroom/quotes')
      .query({ filters: { speaker: { $eq: 'Putin' } } })
      .expect(200);
    expect(withFilters.body.data.map((quote: { text: string }) => quote.text)).not.toContain(
      'Secret'
    );

    // A token reads them as it reads drafts: by asking for drafts.
    const token = { Authorization: `Bearer ${app.apiToken}` };
    const published = await app
      .http()
      .get('/api/newsroom/quotes')
      .set(token)
      .query({ filters: ofBoth })
      .expect(200);
    expect(published.body.data.map((quote: { text: string }) => quote.text)).toEqual(['Public']);
    const drafts = await app
      .http()
      .get('/api/newsroom/quotes')
      .set(token)
      .query({ filters: ofBoth, status: 'draft' })
      .expect(200);
    expect(drafts.body.data.map((quote: { text: string }) => quote.text).sort()).toEqual([
      'Public',
      'Secret',
    ]);
  });
});
