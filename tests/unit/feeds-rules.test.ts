import fc from 'fast-check';

import { articleUrl, checkArticlePath } from '../../server/src/domain/article-url';
import { rfc822, toWholeSecond, w3cDateTime } from '../../server/src/domain/feeds/dates';
import { entityTag, isNotModified } from '../../server/src/domain/feeds/http-cache';
import { googleNewsLanguage } from '../../server/src/domain/feeds/language';
import { feedText, xmlSafeText } from '../../server/src/domain/feeds/text';

const libya = {
  slug: 'joint-work-on-truce-in-libya-urged',
  locale: 'en',
  editionDate: '2020-01-08',
  section: 'World',
};

describe('articleUrl', () => {
  it.each([
    [
      'the default path',
      'https://news.example.com',
      '/{slug}',
      libya,
      'https://news.example.com/joint-work-on-truce-in-libya-urged',
    ],
    [
      'a site URL with a trailing slash',
      'https://news.example.com/',
      '/{slug}',
      libya,
      'https://news.example.com/joint-work-on-truce-in-libya-urged',
    ],
    [
      'a site URL with a folder',
      'https://example.com/news',
      '/{slug}',
      libya,
      'https://example.com/news/joint-work-on-truce-in-libya-urged',
    ],
    [
      'every token',
      'https://a.example',
      '/{locale}/{editionDate}/{section}/{slug}.html',
      libya,
      'https://a.example/en/2020-01-08/World/joint-work-on-truce-in-libya-urged.html',
    ],
    [
      'a token used twice',
      'https://a.example',
      '/{slug}/{slug}',
      libya,
      'https://a.example/joint-work-on-truce-in-libya-urged/joint-work-on-truce-in-libya-urged',
    ],
    [
      'a section that would add a segment and a query',
      'https://a.example',
      '/{section}/{slug}',
      { ...libya, section: 'Asia & Pacific/?x=1' },
      'https://a.example/Asia%20%26%20Pacific%2F%3Fx%3D1/joint-work-on-truce-in-libya-urged',
    ],
    [
      'no section: its segment collapses',
      'https://a.example',
      '/{section}/{slug}',
      { ...libya, section: null },
      'https://a.example/joint-work-on-truce-in-libya-urged',
    ],
    [
      'a non-Latin slug',
      'https://a.example',
      '/{locale}/{slug}',
      { ...libya, locale: 'zh-Hans', slug: '中国' },
      'https://a.example/zh-Hans/%E4%B8%AD%E5%9B%BD',
    ],
    [
      'no site URL: a root-relative URL',
      '',
      '/{slug}',
      libya,
      '/joint-work-on-truce-in-libya-urged',
    ],
  ])('%s', (_case, siteUrl, path, fields, expected) => {
    expect(articleUrl(siteUrl, path, fields)).toBe(expected);
  });
});

describe('checkArticlePath', () => {
  it.each([
    ['/{slug}', null],
    ['/{locale}/{editionDate}/{section}/{slug}', null],
    ['/news/{slug}.html', null],
    ['{slug}', 'must start with "/"'],
    [
      '/{title}',
      'unknown token {title}; the tokens are {slug}, {locale}, {editionDate}, {section}',
    ],
    ['/{locale}', 'must contain {slug}, or every article would share one URL'],
    ['/{slug}}', 'has an unmatched "{" or "}"'],
    ['/a b/{slug}', 'must not contain spaces, quotes, "<", ">" or "\\"'],
    ['/<x>/{slug}', 'must not contain spaces, quotes, "<", ">" or "\\"'],
  ])('%j → %j', (template, problem) => {
    expect(checkArticlePath(template)).toBe(problem);
  });
});

describe('googleNewsLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'fr'],
    ['ast', 'ast'],
    ['zh', 'zh-cn'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-Hans-CN', 'zh-cn'],
    ['zh-SG', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['pt_BR', 'pt'],
  ])('%s → %s', (locale, language) => {
    expect(googleNewsLanguage(locale)).toBe(language);
  });

  it('refuses a locale with no ISO 639 code', () => {
    expect(() => googleNewsLanguage('x1')).toThrow(RangeError);
  });
});

describe('xmlSafeText', () => {
  it.each([
    ['plain text', 'Joint work on truce in Libya urged', 'Joint work on truce in Libya urged'],
    ['markup characters stay (the writer escapes them)', 'A & B <b> ]]> "q"', 'A & B <b> ]]> "q"'],
    ['tab, newline, carriage return stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['C0 controls go', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg'],
    ['DEL and C1 controls stay (XML 1.0 allows them)', 'a\u007Fb\u0085c', 'a\u007Fb\u0085c'],
    ['a lone high surrogate goes', 'cut \uD83D here', 'cut  here'],
    ['a lone low surrogate goes', 'cut \uDE00 here', 'cut  here'],
    ['a whole emoji stays', 'Libya 😀 truce', 'Libya 😀 truce'],
    ['U+FFFE and U+FFFF go', 'a\uFFFEb\uFFFFc', 'abc'],
    ['Chinese and Arabic stay', '中国 ليبيا', '中国 ليبيا'],
  ])('%s', (_case, input, expected) => {
    expect(xmlSafeText(input)).toBe(expected);
  });

  it('leaves only characters XML 1.0 admits, whatever the input', () => {
    const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => xmlChar.test(xmlSafeText(text)))
    );
  });
});

describe('feedText', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['', null],
    ['  \u0001 ', null],
    [' Deck ', 'Deck'],
  ])('%j → %j', (input, expected) => {
    expect(feedText(input)).toBe(expected);
  });
});

describe('dates', () => {
  const instant = new Date('2020-01-08T02:03:04.567Z');
  it('RFC 822 for RSS, with a four-digit year and GMT', () => {
    expect(rfc822(instant)).toBe('Wed, 08 Jan 2020 02:03:04 GMT');
  });
  it('W3C date-time for sitemaps and Atom', () => {
    expect(w3cDateTime(instant)).toBe('2020-01-08T02:03:04.567Z');
  });
  it('whole seconds for HTTP dates', () => {
    expect(toWholeSecond(instant).toISOString()).toBe('2020-01-08T02:03:04.000Z');
  });
});

describe('conditional GET', () => {
  const etag = entityTag('<rss/>');
  const validators = { etag, lastModified: new Date('2020-01-08T02:03:04Z') };

  it('tags a body by its bytes: the same body, the same tag; another body, another', () => {
    expect(entityTag('<rss/>')).toBe(etag);
    expect(entityTag('<rss />')).not.toBe(etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it.each([
    ['no conditional headers', {}, false],
    ['the current tag', { ifNoneMatch: etag }, true],
    ['the current tag, weak', { ifNoneMatch: `W/${etag}` }, true],
    ['the current tag among others', { ifNoneMatch: `"old", ${etag}` }, true],
    ['any tag', { ifNoneMatch: '*' }, true],
    ['another tag', { ifNoneMatch: '"old"' }, false],
    [
      'a tag decides, not the date',
      { ifNoneMatch: '"old"', ifModifiedSince: 'Wed, 08 Jan 2020 02:03:04 GMT' },
      false,
    ],
    ['the Last-Modified date', { ifModifiedSince: 'Wed, 08 Jan 2020 02:03:04 GMT' }, true],
    ['a later date', { ifModifiedSince: 'Thu, 09 Jan 2020 00:00:00 GMT' }, true],
    ['an earlier date', { ifModifiedSince: 'Wed, 08 Jan 2020 02:03:03 GMT' }, false],
    ['a date that does not parse', { ifModifiedSince: 'yesterday' }, false],
  ])('%s → 304: %s', (_case, request, notModified) => {
    expect(isNotModified(request, validators)).toBe(notModified);
  });
});
