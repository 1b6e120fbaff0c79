import config from '../../server/src/config';
import { DEFAULT_SETTINGS, settingsSchema } from '../../server/src/config/schema';
import {
  DATELINE_MAX_LENGTH,
  DATELINE_PRESETS,
  longestDateline,
} from '../../server/src/domain/dateline';

// Strapi merges config/plugins.ts over `default` and calls `validator` at start; a throw stops
// Strapi and prints the message (spec §7).
const withChange = (change: Record<string, unknown>) => ({ ...DEFAULT_SETTINGS, ...change });

describe('the plugin config validator (§7)', () => {
  it('accepts the defaults and the playground’s values', () => {
    expect(() => config.validator(DEFAULT_SETTINGS)).not.toThrow();
    expect(() =>
      config.validator(withChange({ agency: 'China Daily', editionTimeZone: 'Asia/Shanghai' }))
    ).not.toThrow();
    expect(() =>
      config.validator(
        withChange({
          datelineStyle: { template: '{CITY}, {month} {day} -', months: Array(12).fill('M') },
        })
      )
    ).not.toThrow();
  });

  it.each([
    [{ topNews: { size: 0 } }, 'topNews.size'],
    [{ topNews: { size: 51 } }, 'topNews.size'],
    [{ slug: { maxLength: 15 } }, 'slug.maxLength'],
    [{ slug: { maxLength: 201 } }, 'slug.maxLength'],
    [{ editionTimeZone: 'Asia/Atlantis' }, 'editionTimeZone'],
    [{ datelineStyle: 'bbc' }, 'datelineStyle'],
    [
      { datelineStyle: { template: 'no city token', months: Array(12).fill('M') } },
      'datelineStyle',
    ],
    [{ quotes: { autoExtract: 'yes' } }, 'quotes.autoExtract'],
    [{ publicRead: 1 }, 'publicRead'],
    [{ colour: 'red' }, 'colour'],
    [
      { datelineStyle: { template: `{CITY} ${'x'.repeat(300)}`, months: Array(12).fill('M') } },
      'datelineStyle.template',
    ],
    [
      {
        datelineStyle: {
          template: `{CITY}, {country}, {month} {day} ({agency}) ${'-'.repeat(30)}`,
          months: Array(12).fill('M'),
        },
      },
      'datelineStyle.template',
    ],
    [{ siteUrl: 'https://news.example.com/"></script>' }, 'siteUrl'],
    [{ siteUrl: 'javascript:alert(1)' }, 'siteUrl'],
    [{ siteUrl: 'news.example.com' }, 'siteUrl'],
    [{ slug: { maxLength: 96, reserved: ['!!!'] } }, 'slug.reserved.0'],
    [{ articlePath: '{slug}' }, 'articlePath'],
    [{ articlePath: '/{title}' }, 'articlePath'],
    [{ articlePath: '/news' }, 'articlePath'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, newsWindowHours: 0 } }, 'feeds.newsWindowHours'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, newsWindowHours: 169 } }, 'feeds.newsWindowHours'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, size: 0 } }, 'feeds.size'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, size: 501 } }, 'feeds.size'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, maxAge: -1 } }, 'feeds.maxAge'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, sitemapPageSize: 50_001 } }, 'feeds.sitemapPageSize'],
    [{ feeds: { ...DEFAULT_SETTINGS.feeds, publicationName: 7 } }, 'feeds.publicationName'],
  ])('refuses %j with a message naming %s', (change, key) => {
    expect(() => config.validator(withChange(change))).toThrow(
      new RegExp(`Invalid newsroom plugin config — .*${key.replace('.', '\\.')}`)
    );
  });
});

describe('settings read as they are used', () => {
  it('every preset style fits the dateline column with the longest inputs', () => {
    for (const style of DATELINE_PRESETS)
      expect(longestDateline(style)).toBeLessThanOrEqual(DATELINE_MAX_LENGTH);
  });

  it('reserved words are the slugs they block', () => {
    const parsed = settingsSchema.parse(
      withChange({ slug: { maxLength: 96, reserved: ['Check Reserved!!', 'admin'] } })
    );
    expect(parsed.slug.reserved).toEqual(['check-reserved', 'admin']);
  });

  it('a site URL as a URL reader writes it is accepted', () => {
    for (const siteUrl of [
      'https://news.example.com',
      'https://news.example.com/',
      'http://localhost:3000/news',
    ]) {
      expect(() => config.validator(withChange({ siteUrl }))).not.toThrow();
    }
  });
});
