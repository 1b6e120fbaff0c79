import fc from 'fast-check';
import {
  checkCustomStyle,
  checkDatelineStyle,
  DATELINE_PRESETS,
  formatDateline,
  isStandaloneCity,
  type DatelineInput,
  type DatelineStyle,
} from '../../server/src/domain/dateline';
import { calendarDate } from '../../server/src/domain/time-zone';
import { REUTERS_MONTHS } from '../integration/helpers/reuters-months';

const at = (iso: string): Date => new Date(iso);

const istanbul = {
  city: 'Istanbul',
  timeZone: 'Europe/Istanbul',
  date: at('2020-01-08T12:00:00Z'),
};
const tripoli = {
  city: 'Tripoli',
  country: 'Libya',
  timeZone: 'Africa/Tripoli',
  date: at('2020-01-09T12:00:00Z'),
};

describe('formatDateline', () => {
  it.each<[DatelineStyle, string, typeof istanbul | typeof tripoli, string]>([
    ['ap', 'AP', istanbul, 'ISTANBUL (AP) —'],
    ['ap', 'AP', tripoli, 'TRIPOLI, Libya (AP) —'],
    ['ap-dated', 'AP', istanbul, 'ISTANBUL, Jan. 8 (AP) —'],
    ['ap-dated', 'AP', tripoli, 'TRIPOLI, Libya, Jan. 9 (AP) —'],
    ['reuters', 'Reuters', istanbul, 'ISTANBUL, Jan 8 (Reuters) -'],
    ['reuters', 'Reuters', tripoli, 'TRIPOLI, Jan 9 (Reuters) -'],
    ['xinhua', 'Xinhua', istanbul, 'ISTANBUL, Jan. 8 (Xinhua) --'],
    ['xinhua', 'Xinhua', tripoli, 'TRIPOLI, Jan. 9 (Xinhua) --'],
  ])('the %s style with agency %s writes %p as %p', (style, agency, place, expected) => {
    expect(formatDateline({ ...place, agency, style })).toBe(expected);
  });

  const AP = [
    'Jan.',
    'Feb.',
    'March',
    'April',
    'May',
    'June',
    'July',
    'Aug.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
  ];
  const REUTERS = REUTERS_MONTHS;
  const monthRows = [
    ...AP.map((month, index) => ['ap-dated', index, `PARIS, ${month} 15 (AP) —`] as const),
    ...REUTERS.map((month, index) => ['reuters', index, `PARIS, ${month} 15 (AP) -`] as const),
    ...AP.map((month, index) => ['xinhua', index, `PARIS, ${month} 15 (AP) --`] as const),
  ];
  it.each(monthRows)(
    'the %s style abbreviates month %i as in %p',
    (style, monthIndex, expected) => {
      const date = new Date(Date.UTC(2021, monthIndex, 15, 12));
      expect(
        formatDateline({ city: 'Paris', timeZone: 'Europe/Paris', date, agency: 'AP', style })
      ).toBe(expected);
    }
  );

  it.each([
    ['Istanbul', 'Europe/Istanbul', '2020-01-08T22:30:00Z', 'ISTANBUL, Jan 9 (Reuters) -'],
    ['Tokyo', 'Asia/Tokyo', '2020-01-08T15:30:00Z', 'TOKYO, Jan 9 (Reuters) -'],
    ['London', 'Europe/London', '2020-01-08T23:59:00Z', 'LONDON, Jan 8 (Reuters) -'],
    [
      'Los Angeles',
      'America/Los_Angeles',
      '2020-01-09T05:30:00Z',
      'LOS ANGELES, Jan 8 (Reuters) -',
    ],
    ['Honolulu', 'Pacific/Honolulu', '2020-01-09T09:59:00Z', 'HONOLULU, Jan 8 (Reuters) -'],
  ])('dates %s (%s) at %s by its own calendar day: %p', (city, timeZone, iso, expected) => {
    expect(
      formatDateline({ city, timeZone, date: at(iso), agency: 'Reuters', style: 'reuters' })
    ).toBe(expected);
  });

  // Each instant sits where a fixed, hand-written offset would give the wrong day.
  it.each([
    ['America/New_York', '2024-03-10T04:59:00Z', 'March 9'],
    ['America/New_York', '2024-03-10T06:30:00Z', 'March 10'],
    ['America/New_York', '2024-03-11T04:30:00Z', 'March 11'],
    ['America/New_York', '2024-11-03T04:30:00Z', 'Nov 3'],
    ['America/New_York', '2024-11-03T05:30:00Z', 'Nov 3'],
    ['America/New_York', '2024-11-04T04:30:00Z', 'Nov 3'],
    ['Europe/London', '2024-03-30T23:30:00Z', 'March 30'],
    ['Europe/London', '2024-03-31T23:30:00Z', 'April 1'],
    ['Europe/London', '2024-10-26T23:30:00Z', 'Oct 27'],
    ['Australia/Sydney', '2024-04-06T13:30:00Z', 'April 7'],
    ['Australia/Sydney', '2024-04-07T13:30:00Z', 'April 7'],
  ])('follows daylight saving in %s: %s is %s', (timeZone, iso, day) => {
    expect(
      formatDateline({ city: 'X', timeZone, date: at(iso), agency: 'Reuters', style: 'reuters' })
    ).toBe(`X, ${day} (Reuters) -`);
  });

  it.each<[DatelineStyle, Partial<DatelineInput>, string]>([
    ['reuters', { agency: undefined }, 'ISTANBUL, Jan 8 -'],
    ['reuters', { agency: null }, 'ISTANBUL, Jan 8 -'],
    ['xinhua', { agency: '   ' }, 'ISTANBUL, Jan. 8 --'],
    ['ap', { agency: '' }, 'ISTANBUL —'],
    ['ap-dated', { ...tripoli, agency: null }, 'TRIPOLI, Libya, Jan. 9 —'],
  ])(
    'with no agency, the %s style drops the parentheses: %p → %p',
    (style, overrides, expected) => {
      expect(formatDateline({ ...istanbul, ...overrides, style })).toBe(expected);
    }
  );

  it.each([[undefined], [null], [''], ['   ']])('gives no dateline without a city (%p)', (city) => {
    for (const style of DATELINE_PRESETS) {
      expect(formatDateline({ ...istanbul, city, agency: 'AP', style })).toBe('');
    }
  });

  it('writes the Libya story (China Daily, Tripoli, 2020-01-08T22:30Z) in the xinhua style', () => {
    const story = {
      city: 'Tripoli',
      country: 'Libya',
      agency: 'China Daily',
      timeZone: 'Africa/Tripoli',
    };
    expect(formatDateline({ ...story, date: at('2020-01-08T22:30:00Z'), style: 'xinhua' })).toBe(
      'TRIPOLI, Jan. 9 (China Daily) --'
    );
  });

  it.each([
    ['İstanbul', null, 'İSTANBUL (AP) —'],
    ['istanbul', 'Turkey', 'ISTANBUL (AP) —'],
    ['Istanbul', 'Türkiye', 'ISTANBUL (AP) —'],
    ['São Paulo', 'Brazil', 'SÃO PAULO (AP) —'],
    ['Zürich', null, 'ZÜRICH (AP) —'],
    ['st louis', null, 'ST LOUIS (AP) —'],
    ['Macau', null, 'MACAU (AP) —'],
    ['New York', 'USA', 'NEW YORK (AP) —'],
    ['Boston', 'Massachusetts', 'BOSTON (AP) —'],
    ['Beijing', 'China', 'BEIJING (AP) —'],
    ['Paris', 'Texas', 'PARIS, Texas (AP) —'],
    ['London', 'Ontario', 'LONDON, Ontario (AP) —'],
    ['Moscow', 'Idaho', 'MOSCOW, Idaho (AP) —'],
    ['Sydney', 'Nova Scotia', 'SYDNEY, Nova Scotia (AP) —'],
    ['Tripoli', null, 'TRIPOLI (AP) —'],
    ['  Kuwait   City ', 'Kuwait', 'KUWAIT CITY (AP) —'],
  ])('in the ap style, %p with country %p is %p', (city, country, expected) => {
    expect(formatDateline({ ...istanbul, city, country, agency: 'AP', style: 'ap' })).toBe(
      expected
    );
  });

  const apList = [
    'Amsterdam',
    'Baghdad',
    'Bangkok',
    'Beijing',
    'Beirut',
    'Berlin',
    'Brussels',
    'Cairo',
    'Djibouti',
    'Dubai',
    'Geneva',
    'Gibraltar',
    'Guatemala City',
    'Havana',
    'Helsinki',
    'Hong Kong',
    'Islamabad',
    'Istanbul',
    'Jerusalem',
    'Johannesburg',
    'Kabul',
    'Kuwait City',
    'London',
    'Luxembourg',
    'Macao',
    'Madrid',
    'Mexico City',
    'Milan',
    'Monaco',
    'Montreal',
    'Moscow',
    'Munich',
    'New Delhi',
    'Ottawa',
    'Panama City',
    'Paris',
    'Prague',
    'Quebec City',
    'Rio de Janeiro',
    'Rome',
    'San Marino',
    'Sao Paulo',
    'Shanghai',
    'Singapore',
    'Stockholm',
    'Sydney',
    'Taipei',
    'Tokyo',
    'Toronto',
    'Vatican City',
    'Vienna',
    'Zurich',
    'Atlanta',
    'Baltimore',
    'Boston',
    'Chicago',
    'Cincinnati',
    'Cleveland',
    'Dallas',
    'Denver',
    'Detroit',
    'Honolulu',
    'Houston',
    'Indianapolis',
    'Las Vegas',
    'Los Angeles',
    'Miami',
    'Milwaukee',
    'Minneapolis',
    'New Orleans',
    'New York',
    'Oklahoma City',
    'Philadelphia',
    'Phoenix',
    'Pittsburgh',
    'St. Louis',
    'Salt Lake City',
    'San Antonio',
    'San Diego',
    'San Francisco',
    'Seattle',
    'Washington',
  ];
  it.each(apList)('AP lets %s stand alone, in any case', (city) => {
    expect(isStandaloneCity(city)).toBe(true);
    expect(isStandaloneCity(city.toUpperCase())).toBe(true);
  });

  const months = [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ];
  it.each([
    [
      '{CITY}, {day} {month} {year} ({agency}) —',
      'China Daily',
      'Libya',
      'TRIPOLI, 9 janv. 2020 (China Daily) —',
    ],
    ['{CITY}, {day} {month} {year} ({agency}) —', null, 'Libya', 'TRIPOLI, 9 janv. 2020 —'],
    ['{city}, {country} — {day}/{month}', null, 'Libya', 'Tripoli, Libya — 9/janv.'],
    ['{CITY}, {country}, {month} {day} ({agency})', 'AFP', null, 'TRIPOLI, janv. 9 (AFP)'],
    ['{CITY} ({country}, {agency}) :', 'AFP', '', 'TRIPOLI (AFP) :'],
    ['{CITY} (via {agency})', null, null, 'TRIPOLI'],
    ['{CITY} {unknown}', null, null, 'TRIPOLI {unknown}'],
  ])(
    'a custom template %p with agency %p and country %p gives %p',
    (template, agency, country, expected) => {
      const date = at('2020-01-08T22:30:00Z');
      const style = { template, months };
      const input = { city: 'Tripoli', country, agency, timeZone: 'Africa/Tripoli', date, style };
      expect(formatDateline(input)).toBe(expected);
    }
  );
});

describe('checkCustomStyle', () => {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  it.each<[unknown, string | null]>([
    [{ template: '{CITY}, {month} {day} ({agency}) -', months }, null],
    [{ template: '{city} / {year}', months }, null],
    ['ap', 'a custom dateline style must be an object { template, months }'],
    [null, 'a custom dateline style must be an object { template, months }'],
    [
      { template: '{month} {day}', months },
      'template must be a string containing {CITY} or {city}',
    ],
    [{ months }, 'template must be a string containing {CITY} or {city}'],
    [{ template: '{CITY} {weekday}', months }, expect.stringContaining('unknown token {weekday}')],
    [{ template: '{CITY}', months: months.slice(1) }, 'months must be an array of 12 month names'],
    [
      { template: '{CITY}', months: [...months.slice(1), ' '] },
      'months must all be non-empty strings',
    ],
  ])('judges %p: %p', (style, expected) => {
    expect(checkCustomStyle(style)).toEqual(expected);
  });

  it.each<[unknown, boolean]>([
    ['ap', true],
    ['ap-dated', true],
    ['reuters', true],
    ['xinhua', true],
    ['afp', false],
    [{ template: '{CITY}', months }, true],
  ])('checkDatelineStyle accepts %p: %p', (style, ok) => {
    expect(checkDatelineStyle(style) === null).toBe(ok);
  });
});

describe('formatDateline over every zone and date', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const oracle = (date: Date, timeZone: string): string =>
    date.toLocaleDateString('sv-SE', { timeZone });

  it('never throws, and dates by the calendar day Intl gives for the zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...DATELINE_PRESETS),
        (timeZone, date, style) => {
          const input = { city: 'Tripoli', country: 'Libya', agency: 'AP', timeZone, date, style };
          expect(() => formatDateline(input)).not.toThrow();
          expect(calendarDate(date, timeZone)).toBe(oracle(date, timeZone));
        }
      ),
      { numRuns: 500 }
    );
  });

  it("never throws for any city, country and agency text in any style, and prints the zone's calendar date", () => {
    const numbered: DatelineStyle = {
      template: '{year}-{month}-{day} {CITY}, {country} ({agency})',
      months: Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')),
    };
    const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom<DatelineStyle>(numbered, ...DATELINE_PRESETS),
        fc.record({ city: anyText, country: anyText, agency: anyText }),
        (timeZone, date, style, place) => {
          const dateline = formatDateline({ ...place, timeZone, date, style });
          if (style !== numbered || dateline === '') return;
          const [year, month, day] = oracle(date, timeZone).split('-');
          expect(dateline.startsWith(`${year}-${month}-${Number(day)} `)).toBe(true);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
