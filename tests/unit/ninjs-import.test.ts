import { articleNinjs } from '../../server/src/domain/ninjs/export';
import { ninjsToStory } from '../../server/src/domain/ninjs/import';
import { ninjsSchema, type NinjsInput } from '../../server/src/validation/ninjs';
import { NINJS_EXAMPLES, ninjsExample } from '../helpers/ninjs-schema';

const minimal = { uri: 'urn:x:1', headlines: [{ value: 'Truce talks' }] };

const story = (document: Record<string, unknown>) => {
  const result = ninjsToStory(ninjsSchema.parse(document) as NinjsInput);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.story;
};
const errorOf = (document: Record<string, unknown>) => {
  const result = ninjsToStory(ninjsSchema.parse(document) as NinjsInput);
  return result.ok ? null : result.error;
};

describe('ninjsToStory', () => {
  it.each([
    [
      'the main headline',
      {
        headlines: [
          { role: 'sub', value: 'Sub' },
          { role: 'main', value: ' Main  one ' },
        ],
      },
      { headline: 'Main one' },
    ],
    [
      'the first headline without a main one',
      { headlines: [{ value: 'First' }, { value: 'Second' }] },
      { headline: 'First' },
    ],
    [
      'the deck role first',
      {
        descriptions: [
          { role: 'summary', value: 'S' },
          { role: 'deck', value: 'D' },
        ],
      },
      { deck: 'D' },
    ],
    [
      'a lead as the deck',
      {
        descriptions: [
          { role: 'caption', value: 'C' },
          { role: 'lead', value: 'L' },
        ],
      },
      { deck: 'L' },
    ],
    [
      'a description without a role as the deck',
      { descriptions: [{ value: 'Plain' }] },
      { deck: 'Plain' },
    ],
    [
      'no deck from other roles',
      { descriptions: [{ role: 'text', value: 'Long text' }] },
      { deck: null },
    ],
  ])('%s', (_name, fields, expected) => {
    expect(story({ ...minimal, ...fields })).toMatchObject(expected);
  });

  it.each([
    [
      'located "City, Country"',
      { located: 'Grossetto, Italy' },
      { city: 'Grossetto', country: 'Italy' },
    ],
    [
      'located city, country from our place',
      { located: 'Istanbul', places: [{ name: 'Istanbul, Turkey', rel: 'located' }] },
      { city: 'Istanbul', country: 'Turkey' },
    ],
    [
      'no located: the located place',
      { places: [{ name: 'Oslo, Norway', rel: 'located' }] },
      { city: 'Oslo', country: 'Norway' },
    ],
    ['other places are not the dateline', { places: [{ name: 'Telemark' }] }, {}],
    [
      'by as byline',
      { by: 'Paulo Santalucia and Frances d’Emilio' },
      { byline: 'Paulo Santalucia and Frances d’Emilio' },
    ],
    [
      'ninjs 1.x byline and firstcreated',
      { byline: 'Ren Qi', firstcreated: '2020-01-08T22:30:00Z' },
      { byline: 'Ren Qi', date: new Date('2020-01-08T22:30:00Z') },
    ],
    [
      'firstCreated with an offset',
      { firstCreated: '2019-05-10T16:02:28+02:00' },
      { date: new Date('2019-05-10T14:02:28Z') },
    ],
    [
      'subjects as tags, name before literal, once each',
      {
        subjects: [
          { name: 'Sport', literal: '15000000' },
          { literal: 'doping' },
          { name: 'Sport' },
          { uri: 'http://x.org/1' },
        ],
      },
      { tags: ['Sport', 'doping'] },
    ],
    [
      'the first genre as section',
      { genres: [{ literal: 'INR', name: 'Inrikes' }, { name: 'Other' }] },
      { section: 'Inrikes' },
    ],
    ['language as locale', { language: 'en' }, { locale: 'en' }],
  ])('%s', (_name, fields, meta) => {
    expect(story({ ...minimal, ...fields }).meta).toEqual(meta);
  });

  it.each([
    [
      'HTML before plain text',
      [
        { contentType: 'text/plain', value: 'Plain one\nPlain two' },
        { contentType: 'text/html', value: '<h2>Head</h2><p>Rich <b>one</b></p>' },
      ],
      ['Head', 'Rich one'],
    ],
    [
      'plain text a paragraph a line',
      [{ contentType: 'text/plain', value: 'One\n\nTwo\n' }],
      ['One', 'Two'],
    ],
    ['NITF is not read', [{ contentType: 'text/vnd.IPTC.NITF', value: '<nitf/>' }], []],
  ])('body: %s', (_name, bodies, paragraphs) => {
    expect(story({ ...minimal, bodies }).paragraphs).toEqual(paragraphs);
  });

  it.each([
    [
      'a deck longer than the column',
      { descriptions: [{ role: 'lead', value: 'x'.repeat(501) }] },
      ['descriptions', 0, 'value'],
    ],
    [
      'a dateline city longer than the column',
      { located: `${'x'.repeat(61)}, Italy` },
      ['located'],
    ],
    [
      'more paragraphs than a story may have',
      { bodies: [{ contentType: 'text/plain', value: 'p\n'.repeat(2001) }] },
      ['bodies', 0, 'value'],
    ],
  ])('refuses %s, naming its path', (_name, fields, path) => {
    expect(errorOf({ ...minimal, ...fields })).toEqual({ path, message: expect.any(String) });
  });

  it('reads back what articleNinjs writes', () => {
    const article = {
      documentId: 'd1',
      headline: 'Joint work on truce in Libya urged',
      deck: 'Russia, Turkey call for cease-fire',
      firstPublishedAt: '2020-01-08T22:30:00.000Z',
      datelineCity: 'Istanbul',
      datelineCountry: 'Turkey',
      byline: 'Reuters in Istanbul',
      section: 'World',
      tags: ['Libya', 'Turkey'],
      slug: 'joint-work',
      locale: 'en',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'A statement.' }] }],
    };
    const back = story(articleNinjs(article, '') as unknown as Record<string, unknown>);
    expect(back).toEqual({
      headline: article.headline,
      deck: article.deck,
      paragraphs: ['A statement.'],
      blocks: article.body,
      topNews: [],
      meta: {
        city: 'Istanbul',
        country: 'Turkey',
        date: new Date(article.firstPublishedAt),
        byline: article.byline,
        section: 'World',
        tags: article.tags,
        locale: 'en',
      },
    });
  });
});

describe('the IPTC example documents', () => {
  it.each(NINJS_EXAMPLES)('%s passes the import check and gives a story', (name) => {
    const document = ninjsExample(name);
    const result = story(document);
    const headlines = document.headlines as { value: string }[];
    expect(result.headline).toBe(headlines[0].value);
    expect(result.paragraphs.length).toBeGreaterThan(0);
  });
});
