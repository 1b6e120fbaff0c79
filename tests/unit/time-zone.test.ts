import {
  calendarDate,
  foldName,
  isValidTimeZone,
  regionCountries,
  resolveTimeZone,
} from '../../server/src/domain/time-zone';

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Istanbul', true],
    ['Africa/Tripoli', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Etc/GMT+3', true],
    ['Asia/Calcutta', true], // a tz database alias is still a zone
    ['', false],
    ['Mars/Base', false],
    ['UTC+3', false],
    ['+03:00', false],
    ['Europe/Istanbul ', false],
    ['Istanbul', false],
  ])('%p → %p', (name, valid) => {
    expect(isValidTimeZone(name)).toBe(valid);
  });
});

describe('calendarDate', () => {
  it.each([
    ['2020-01-08T22:30:00Z', 'Europe/Istanbul', '2020-01-09'],
    ['2020-01-08T22:30:00Z', 'UTC', '2020-01-08'],
    ['2020-01-09T05:30:00Z', 'America/Los_Angeles', '2020-01-08'],
    ['2020-01-08T22:30:00Z', 'Africa/Tripoli', '2020-01-09'],
    ['2020-01-08T15:59:59Z', 'Asia/Shanghai', '2020-01-08'],
    ['2020-01-08T16:00:00Z', 'Asia/Shanghai', '2020-01-09'],
    ['2024-03-10T06:30:00Z', 'America/New_York', '2024-03-10'],
    ['2024-11-03T04:30:00Z', 'America/New_York', '2024-11-03'],
    ['2024-11-04T04:30:00Z', 'America/New_York', '2024-11-03'],
    ['2024-03-31T23:30:00Z', 'Europe/London', '2024-04-01'],
    ['2011-12-30T09:30:00Z', 'Pacific/Apia', '2011-12-29'], // Samoa skipped Dec. 30, 2011…
    ['2011-12-30T10:30:00Z', 'Pacific/Apia', '2011-12-31'], // …an hour later
    ['1970-01-01T00:00:00Z', 'Pacific/Kiritimati', '1969-12-31'], // UTC−10:40 until 1979

    ['2100-12-31T23:00:00Z', 'Pacific/Kiritimati', '2101-01-01'],
    ['0099-06-01T12:00:00Z', 'UTC', '0099-06-01'],
    ['-000001-06-01T12:00:00Z', 'UTC', '-000001-06-01'],
  ])('%s in %s is %s', (iso, timeZone, expected) => {
    expect(calendarDate(new Date(iso), timeZone)).toBe(expected);
  });
});

describe('resolveTimeZone', () => {
  const fallback = 'Asia/Shanghai';

  it.each([
    [{ city: 'Tripoli', country: 'Libya' }, 'Africa/Tripoli'],
    [{ city: 'Tripoli', country: 'Greece' }, 'Europe/Athens'],
    [{ city: 'Tripoli', country: null }, 'Africa/Tripoli'], // the most populous Tripoli
    [{ city: 'Tripoli', country: 'Lebanon' }, 'Asia/Beirut'], // unknown there, but Lebanon has one zone
    [{ city: 'Istanbul', country: 'Turkey' }, 'Europe/Istanbul'],
    [{ city: 'İSTANBUL', country: 'Türkiye' }, 'Europe/Istanbul'],
    [{ city: 'Beijing' }, 'Asia/Shanghai'],
    [{ city: 'Los Angeles', country: 'US' }, 'America/Los_Angeles'],
    [{ city: 'Portland', country: 'Maine' }, 'America/New_York'],
    [{ city: 'Portland', country: 'Oregon' }, 'America/Los_Angeles'],
    [{ city: 'Portland', country: 'Ore.' }, 'America/Los_Angeles'], // unrecognised region: most populous
    [{ city: 'Sydney', country: 'Canada' }, 'America/Glace_Bay'],
    [{ city: 'Zurich' }, 'Europe/Zurich'],
    [{ city: 'São Paulo' }, 'America/Sao_Paulo'],
    [{ city: 'saint louis', country: 'USA' }, 'America/Chicago'],
    [{ city: 'Kuwait City' }, 'Asia/Kuwait'],
    [{ city: 'Washington', country: 'U.S.' }, 'America/New_York'],
    [{ city: 'Macao' }, 'Asia/Macau'],
    [{ city: 'Atlantis' }, fallback],
    [{ city: 'Atlantis', country: 'Narnia' }, fallback],
    [{ city: 'Zzyzx', country: 'United States' }, fallback], // the US has many zones
    [{ city: null, country: null }, fallback],
  ])('%p → %s', (place, expected) => {
    expect(resolveTimeZone({ ...place, fallback })).toBe(expected);
  });

  it('prefers the explicit zone over any lookup', () => {
    expect(
      resolveTimeZone({ timeZone: 'Asia/Tokyo', city: 'Tripoli', country: 'Libya', fallback })
    ).toBe('Asia/Tokyo');
  });

  it('ignores a blank explicit zone', () => {
    expect(resolveTimeZone({ timeZone: '  ', city: 'Tripoli', country: 'Libya', fallback })).toBe(
      'Africa/Tripoli'
    );
  });
});

describe('foldName and regionCountries', () => {
  it.each([
    ['İstanbul', 'istanbul'],
    ['São  Paulo', 'sao paulo'],
    ['Washington, D.C.', 'washington dc'],
    ['Saint-Louis', 'st louis'],
  ])('folds %p to %p', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it.each([
    ['Libya', ['LY']],
    ['libya', ['LY']],
    ['TR', ['TR']],
    ['UK', ['GB']],
    ['Georgia', ['GE', 'US']],
    ['Pa.', []], // AP's Pennsylvania, not Panama
    ['Narnia', []],
  ])('reads %p as %p', (region, codes) => {
    expect([...regionCountries(region)].sort()).toEqual(codes);
  });
});
