import { dateArticle } from '../../server/src/domain/article-dating';

const chinaDaily = { datelineStyle: 'reuters' as const, editionTimeZone: 'Asia/Shanghai' };
const now = new Date('2026-11-27T10:00:00Z');

describe('dateArticle: the dateline and edition date an article stores', () => {
  it.each([
    [
      'a published Istanbul story, dated in Istanbul',
      {
        datelineCity: 'Istanbul',
        datelineCountry: 'Turkey',
        agency: 'China Daily',
        firstPublishedAt: '2020-01-08T22:30:00Z',
      },
      { dateline: 'ISTANBUL, Jan 9 (China Daily) -', editionDate: '2020-01-09' },
    ],
    [
      'the edition date is taken in the edition time zone, not the city’s',
      {
        datelineCity: 'Los Angeles',
        datelineCountry: 'United States',
        firstPublishedAt: '2020-01-08T20:00:00Z',
      },
      { dateline: 'LOS ANGELES, Jan 8 -', editionDate: '2020-01-09' },
    ],
    [
      'a draft never published is dated now and has no edition date',
      { datelineCity: 'Tripoli', datelineCountry: 'Libya', agency: 'China Daily' },
      { dateline: 'TRIPOLI, Nov 27 (China Daily) -', editionDate: null },
    ],
    [
      'an explicit time zone wins over the city’s',
      {
        datelineCity: 'Tripoli',
        datelineTimeZone: 'Pacific/Auckland',
        firstPublishedAt: '2020-01-08T12:00:00Z',
      },
      { dateline: 'TRIPOLI, Jan 9 -', editionDate: '2020-01-08' },
    ],
    [
      'no city, no dateline',
      { agency: 'China Daily', firstPublishedAt: '2020-01-08T12:00:00Z' },
      { dateline: null, editionDate: '2020-01-08' },
    ],
    [
      'an unknown city is dated in the edition time zone',
      { datelineCity: 'Nowhereville', firstPublishedAt: '2020-01-08T17:00:00Z' },
      { dateline: 'NOWHEREVILLE, Jan 9 -', editionDate: '2020-01-09' },
    ],
    [
      'a locked dateline is kept as the editor typed it',
      {
        datelineCity: 'Istanbul',
        datelineLocked: true,
        dateline: 'ANKARA and ISTANBUL, Jan 8 -',
        firstPublishedAt: '2020-01-08T12:00:00Z',
      },
      { dateline: 'ANKARA and ISTANBUL, Jan 8 -', editionDate: '2020-01-08' },
    ],
  ])('%s', (_name, fields, expected) => {
    expect(dateArticle(fields, chinaDaily, now)).toEqual(expected);
  });

  it('follows the house style', () => {
    const fields = {
      datelineCity: 'Tripoli',
      datelineCountry: 'Libya',
      agency: 'AP',
      firstPublishedAt: '2020-01-09T09:00:00Z',
    };
    expect(dateArticle(fields, { ...chinaDaily, datelineStyle: 'ap-dated' }, now).dateline).toBe(
      'TRIPOLI, Libya, Jan. 9 (AP) —'
    );
    expect(dateArticle(fields, { ...chinaDaily, datelineStyle: 'xinhua' }, now).dateline).toBe(
      'TRIPOLI, Jan. 9 (AP) --'
    );
  });
});
