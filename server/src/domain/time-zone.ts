import { cityMapping } from 'city-timezones';

/**
 * Time zones for datelines: validation, the calendar day of an instant in a zone, and
 * the zone of a city from the city-timezones gazetteer. All conversion goes through
 * Intl, so daylight-saving rules come from the runtime's tz database, never from here.
 */

type GazetteerCity = (typeof cityMapping)[number];

export interface CalendarParts {
  year: number;
  month: number /* 1..12 */;
  day: number;
}

// Formatters are costly to build and every dateline needs one: one per zone, reused.
// Intl also takes 'europe/istanbul', 'EUROPE/Istanbul'…, so the cache is bounded.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar and Latin digits whatever the host's default locale is.
    const options = {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    } as const;
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', options);
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(name: string): boolean {
  // Newer engines accept offsets such as '+03:00' as zones; they have no DST rules and
  // are not IANA names, so they are refused before Intl is asked.
  if (typeof name !== 'string' || !/^[A-Za-z]/.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

export function calendarParts(date: Date, timeZone: string): CalendarParts {
  const parts = formatterFor(timeZone).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '';
  const yearOfEra = Number(value('year'));
  // Intl counts years before 1 AD as 1 BC, 2 BC…; ISO years are 0, -1…
  const year = value('era') === 'BC' ? 1 - yearOfEra : yearOfEra;
  return { year, month: Number(value('month')), day: Number(value('day')) };
}

/** 'YYYY-MM-DD' of the instant in that zone (2020-01-08T22:30Z in Europe/Istanbul → '2020-01-09'). */
export function calendarDate(date: Date, timeZone: string): string {
  const { year, month, day } = calendarParts(date, timeZone);
  // Same year form as Date#toISOString: four digits, or signed six outside 0..9999.
  const yearText =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, '0')
      : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A name folded for comparison: no case, no diacritics (İstanbul, Zürich, São Paulo),
 * no dots, commas or apostrophes (St. Louis, Washington, D.C., Xi'an), hyphens as spaces.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[.,'’]/g, '')
    .replace(/[\s-]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

// Spellings editors use that the gazetteer writes otherwise (folded → folded).
const CITY_ALIASES: Readonly<Record<string, string>> = {
  macao: 'macau',
  kiev: 'kyiv',
  yangon: 'rangoon',
  washington: 'washington dc',
};

// Country names the gazetteer does not use (folded → ISO 3166-1 alpha-2).
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'united states': 'US',
  usa: 'US',
  us: 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  turkiye: 'TR',
  czechia: 'CZ',
  'hong kong': 'HK',
  macao: 'MO',
  macau: 'MO',
  vatican: 'VA',
  'vatican city': 'VA',
  'holy see': 'VA',
  uae: 'AE',
  'cote divoire': 'CI',
  'dr congo': 'CD',
  drc: 'CD',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  bahamas: 'BS',
  gambia: 'GM',
  'north macedonia': 'MK',
  eswatini: 'SZ',
  'timor leste': 'TL',
  burma: 'MM',
  'republic of korea': 'KR',
  'russian federation': 'RU',
  'chinese mainland': 'CN',
  'mainland china': 'CN',
  'west bank': 'PS',
  'gaza strip': 'PS',
  'palestinian territories': 'PS',
};

type CitySet = ReadonlySet<GazetteerCity>;
const NO_CITIES: CitySet = new Set();

interface Gazetteer {
  byCity: Map<string, Set<GazetteerCity>>;
  /** Keys: folded country and province names, and `iso:XX` / `iso:XXX` codes. */
  byRegion: Map<string, Set<GazetteerCity>>;
}

let gazetteer: Gazetteer | undefined;

function addTo(map: Map<string, Set<GazetteerCity>>, key: string, city: GazetteerCity): void {
  if (key) map.set(key, (map.get(key) ?? new Set()).add(city));
}

// Built on first use (7,000 cities, some milliseconds), then shared by every lookup.
function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const built: Gazetteer = { byCity: new Map(), byRegion: new Map() };
  for (const city of cityMapping) {
    if (!city.timezone) continue; // a few entries (Antarctic bases, Perm…) have none
    addTo(built.byCity, foldName(city.city), city);
    addTo(built.byCity, foldName(city.city_ascii), city);
    addTo(built.byRegion, foldName(city.country), city);
    addTo(built.byRegion, foldName(city.province ?? ''), city);
    // Kosovo and Somaliland have no ISO code ('' or '-99') and are found by name only.
    if (/^[A-Z]{2}$/.test(city.iso2)) addTo(built.byRegion, `iso:${city.iso2}`, city);
    if (/^[A-Z]{3}$/.test(city.iso3)) addTo(built.byRegion, `iso:${city.iso3}`, city);
  }
  gazetteer = built;
  return built;
}

function citiesNamed(city: string): CitySet {
  const { byCity } = getGazetteer();
  const key = foldName(city);
  const withoutCity = key.endsWith(' city') ? key.slice(0, -' city'.length) : ''; // Kuwait City
  return (
    byCity.get(key) ?? byCity.get(withoutCity) ?? byCity.get(CITY_ALIASES[key] ?? '') ?? NO_CITIES
  );
}

interface Region {
  cities: CitySet;
  countries: ReadonlySet<string>;
  onlyZone: string | undefined;
}

// Regions are few but large (the US has 800 cities): each is worked out once.
// The keys are editor text, so the cache is bounded.
const regions = new Map<string, Region>();

/**
 * A country or province, named in words ('Libya', 'Türkiye', 'Oregon') or by ISO code.
 * Codes count only in capitals, so AP's state abbreviations ('Pa.', 'Ga.') are not taken
 * for Panama or Gabon.
 */
function regionNamed(name: string): Region {
  const raw = name.trim();
  const cached = regions.get(raw);
  if (cached) return cached;
  const { byRegion } = getGazetteer();
  const key = foldName(raw);
  const alias = COUNTRY_ALIASES[key];
  const keys = [key, alias && `iso:${alias}`, /^[A-Z]{2,3}$/.test(raw) && `iso:${raw}`];
  const cities = new Set(keys.flatMap((k) => (k ? [...(byRegion.get(k) ?? [])] : [])));
  const zones = new Set([...cities].map((city) => city.timezone));
  const [zone] = zones;
  const region: Region = {
    cities,
    countries: new Set([...cities].map((city) => city.iso2)),
    onlyZone: zones.size === 1 && isValidTimeZone(zone) ? zone : undefined,
  };
  if (regions.size >= 1000) regions.clear();
  regions.set(raw, region);
  return region;
}

/** ISO alpha-2 codes of the countries a country or province name may mean ('Georgia' → GE, US). */
export function regionCountries(region: string): ReadonlySet<string> {
  return regionNamed(region).countries;
}

function mostPopulousZone(cities: Iterable<GazetteerCity>): string | undefined {
  let best: GazetteerCity | undefined;
  for (const city of cities) {
    if ((!best || city.pop > best.pop) && isValidTimeZone(city.timezone)) best = city;
  }
  return best?.timezone;
}

/**
 * Zone for a city: the explicit zone if given (caller validated it), else looked up from
 * city + country with city-timezones (case/diacritic-insensitive; prefer the match in the
 * given country, then the most populous), else the fallback (edition time zone).
 *
 * A country with a single zone beats a namesake city abroad: Tripoli, Lebanon is in
 * Asia/Beirut although the gazetteer only knows the Tripolis of Libya and Greece.
 */
export function resolveTimeZone(input: {
  timeZone?: string | null;
  city?: string | null;
  country?: string | null;
  fallback: string;
}): string {
  const explicit = input.timeZone?.trim();
  if (explicit) return explicit;
  const candidates = input.city?.trim() ? [...citiesNamed(input.city)] : [];
  const region = input.country?.trim() ? regionNamed(input.country) : undefined;
  const inRegion = candidates.filter((city) => region?.cities.has(city));
  return (
    mostPopulousZone(inRegion) ?? region?.onlyZone ?? mostPopulousZone(candidates) ?? input.fallback
  );
}
