import { articleNinjs, type NinjsArticle } from '../../server/src/domain/ninjs/export';
import { ninjsSchemaErrors } from '../helpers/ninjs-schema';

const libya: NinjsArticle = {
  documentId: 'k3a9x0libya',
  headline: 'Joint work on truce in Libya urged',
  deck: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
  firstPublishedAt: '2020-01-08T22:30:00.000Z',
  updatedAt: '2020-01-09T02:00:00.000Z',
  datelineCity: 'Istanbul',
  datelineCountry: 'Turkey',
  byline: 'Ren Qi and Mo Jingxi',
  section: 'World',
  tags: ['Libya', 'Turkey', 'Russia'],
  slug: 'joint-work-on-truce-in-libya-urged',
  locale: 'en',
  editionDate: '2020-01-09',
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'A joint statement <on> Wednesday.' }] },
  ],
};

describe('articleNinjs', () => {
  it('describes the Libya story as a ninjs 3.1 text item', () => {
    expect(articleNinjs(libya, 'https://news.example.com/', '/{section}/{slug}')).toEqual({
      uri: 'https://news.example.com/World/joint-work-on-truce-in-libya-urged',
      standard: {
        name: 'ninjs',
        version: '3.1',
        schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
      },
      type: 'text',
      version: String(Date.UTC(2020, 0, 9, 2)),
      firstCreated: '2020-01-08T22:30:00.000Z',
      versionCreated: '2020-01-09T02:00:00.000Z',
      pubStatus: 'usable',
      language: 'en',
      headlines: [{ role: 'main', value: 'Joint work on truce in Libya urged' }],
      descriptions: [
        {
          role: 'deck',
          value: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
        },
      ],
      bodies: [
        {
          role: 'main',
          contentType: 'text/html',
          value: '<p>A joint statement &lt;on&gt; Wednesday.</p>',
        },
      ],
      by: 'Ren Qi and Mo Jingxi',
      located: 'Istanbul',
      places: [{ name: 'Istanbul, Turkey', rel: 'located' }],
      subjects: [{ name: 'Libya' }, { name: 'Turkey' }, { name: 'Russia' }],
      genres: [{ name: 'World' }],
      slugline: 'joint-work-on-truce-in-libya-urged',
    });
  });

  it('names the article by a URN when no site URL is configured', () => {
    expect(articleNinjs(libya, '').uri).toBe('urn:newsroom:k3a9x0libya:en');
  });

  it('leaves absent fields out rather than sending them empty', () => {
    const bare = {
      documentId: 'b1',
      headline: 'Bare',
      slug: 'bare',
      locale: 'en',
      deck: ' ',
      tags: null,
    };
    expect(articleNinjs(bare, '')).toEqual({
      uri: 'urn:newsroom:b1:en',
      standard: expect.any(Object),
      type: 'text',
      pubStatus: 'usable',
      language: 'en',
      headlines: [{ role: 'main', value: 'Bare' }],
      slugline: 'bare',
    });
  });

  it.each([
    ['the Libya story', articleNinjs(libya, 'https://news.example.com')],
    ['the Libya story without a site URL', articleNinjs(libya, '')],
    ['a bare article', articleNinjs({ documentId: 'b1', headline: 'Bare', slug: 'bare' }, '')],
  ])('%s is valid against IPTC’s ninjs 3.1 schema', (_name, document) => {
    expect(ninjsSchemaErrors(document)).toEqual([]);
  });

  it('the schema check can fail: a document without its uri is refused', () => {
    const { uri: _uri, ...withoutUri } = articleNinjs(libya, '');
    expect(ninjsSchemaErrors(withoutUri)).toEqual([" must have required property 'uri'"]);
  });
});
