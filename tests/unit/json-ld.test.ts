import type { NewsArticle, WithContext } from 'schema-dts';

import {
  newsArticleJsonLd,
  scriptSafeJson,
  type NewsArticleJsonLd,
} from '../../server/src/domain/json-ld';

// Compile-time check: every object the builder returns is a schema.org NewsArticle (schema-dts).
const asSchemaOrg = (value: NewsArticleJsonLd): WithContext<NewsArticle> => value;

const libya = {
  headline: 'Joint work on truce in Libya urged',
  deck: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
  dateline: 'ISTANBUL, Jan 8 (China Daily) -',
  firstPublishedAt: '2020-01-08T00:00:00.000Z',
  lastSignificantUpdateAt: '2020-01-08T02:00:00.000Z',
  // A typo fixed later: not what dateModified shows.
  updatedAt: '2020-01-09T05:00:00.000Z',
  datelineCity: 'Istanbul',
  datelineCountry: 'Turkey',
  byline: 'Ren Qi and Mo Jingxi',
  agency: 'China Daily',
  section: 'World',
  tags: ['Libya', 'Turkey', 'Russia'],
  slug: 'joint-work-on-truce-in-libya-urged',
};

describe('newsArticleJsonLd', () => {
  it('describes the Libya story as a schema.org NewsArticle', () => {
    expect(asSchemaOrg(newsArticleJsonLd(libya, 'https://www.chinadaily.com.cn/world/'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Joint work on truce in Libya urged',
      alternativeHeadline: 'Russia, Turkey call for cease-fire to support UN-backed negotiations',
      dateline: 'ISTANBUL, Jan 8 (China Daily) -',
      datePublished: '2020-01-08T00:00:00.000Z',
      dateModified: '2020-01-08T02:00:00.000Z',
      locationCreated: {
        '@type': 'Place',
        name: 'Istanbul, Turkey',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Istanbul',
          addressCountry: 'Turkey',
        },
      },
      author: [
        { '@type': 'Person', name: 'Ren Qi' },
        { '@type': 'Person', name: 'Mo Jingxi' },
      ],
      publisher: { '@type': 'Organization', name: 'China Daily' },
      articleSection: 'World',
      keywords: ['Libya', 'Turkey', 'Russia'],
      url: 'https://www.chinadaily.com.cn/world/joint-work-on-truce-in-libya-urged',
    });
  });

  it('dates the change by the newest note, and carries each note as a CorrectionComment', () => {
    const corrected = newsArticleJsonLd(
      {
        ...libya,
        lastSignificantUpdateAt: '2020-01-10T09:00:00.000Z',
        corrections: [
          {
            text: 'An earlier version misspelt the minister’s name.',
            at: '2020-01-10T09:00:00.000Z',
          },
          { text: 'Clarified the date of the talks.', at: '2020-01-09T08:00:00.000Z' },
        ],
      },
      ''
    );
    expect(asSchemaOrg(corrected)).toMatchObject({
      datePublished: '2020-01-08T00:00:00.000Z',
      dateModified: '2020-01-10T09:00:00.000Z',
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'An earlier version misspelt the minister’s name.',
          datePublished: '2020-01-10T09:00:00.000Z',
        },
        {
          '@type': 'CorrectionComment',
          text: 'Clarified the date of the talks.',
          datePublished: '2020-01-09T08:00:00.000Z',
        },
      ],
    });
  });

  it('shows the first publication as dateModified of an article without a recorded update', () => {
    const legacy = newsArticleJsonLd({ ...libya, lastSignificantUpdateAt: null }, '');
    expect(legacy.dateModified).toBe('2020-01-08T00:00:00.000Z');
    expect(legacy).not.toHaveProperty('correction');
  });

  it('leaves out what the article does not have, and gives a relative URL without a site URL', () => {
    expect(
      newsArticleJsonLd({ headline: 'Bare', slug: 'bare', deck: ' ', tags: null }, '')
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Bare',
      url: '/bare',
    });
  });

  it("takes its url from the site's articlePath, as the feeds do", () => {
    const article = { ...libya, locale: 'en', editionDate: '2020-01-08' };
    expect(
      newsArticleJsonLd(article, 'https://news.example', '/{locale}/{editionDate}/{slug}').url
    ).toBe('https://news.example/en/2020-01-08/joint-work-on-truce-in-libya-urged');
    expect(newsArticleJsonLd(article, 'https://news.example', '/{section}/{slug}').url).toBe(
      'https://news.example/World/joint-work-on-truce-in-libya-urged'
    );
  });

  it.each([
    ['@context', 'https://schema.org'],
    ['@type', 'NewsArticle'],
  ])('always carries %s', (key, value) => {
    expect(newsArticleJsonLd(libya, '')).toHaveProperty([key], value);
  });
});

describe('scriptSafeJson: JSON a page can embed in a <script> tag', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['a & b <!-- c -->'],
    ['line\u2028separator\u2029paragraph'],
  ])('%j is escaped and reads back the same', (headline) => {
    const text = scriptSafeJson({ headline });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ headline });
  });
});
