import { AP_STANDALONE_CITIES, type StandaloneCity } from './ap-standalone-cities';
import { calendarParts, foldName, regionCountries } from './time-zone';

export type DatelinePreset = 'ap' | 'ap-dated' | 'reuters' | 'xinhua';

/**
 * A newsroom's own dateline form. `template` tokens:
 * - `{CITY}` the city in capitals, `{city}` the city as given
 * - `{country}` the country (or state) as given
 * - `{month}` the entry of `months` for the month, `{day}` the day without a leading zero,
 *   `{year}` four digits; all three are the calendar date in the dateline's time zone
 * - `{agency}` the article's agency
 *
 * An empty `{country}` or `{agency}` takes its separator with it: a parenthesised group
 * whose tokens are all empty goes with the space before it (` ({agency})`), and a token
 * outside a group goes with the comma or spaces before it (`, {country}`).
 * Example: `{ template: '{CITY}, {month} {day} ({agency}) —', months: ['Jan.', …] }`.
 */
export interface CustomDatelineStyle {
  template: string;
  months: readonly string[]; // 12 entries, January first
}

export type DatelineStyle = DatelinePreset | CustomDatelineStyle;

export const DATELINE_PRESETS: readonly DatelinePreset[] = ['ap', 'ap-dated', 'reuters', 'xinhua'];

export interface DatelineInput {
  city?: string | null;
  country?: string | null;
  timeZone: string;
  date: Date;
  agency?: string | null;
  style: DatelineStyle;
}

const AP_MONTHS = [
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
const REUTERS_MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

interface PresetForm extends CustomDatelineStyle {
  /** AP leaves out the country of the cities on its stand-alone list. */
  standaloneCities: boolean;
}

// Reuters and Xinhua never print the country; AP prints it unless the city stands alone.
const PRESET_FORMS: Readonly<Record<DatelinePreset, PresetForm>> = {
  ap: { template: '{CITY}, {country} ({agency}) —', months: AP_MONTHS, standaloneCities: true },
  'ap-dated': {
    template: '{CITY}, {country}, {month} {day} ({agency}) —',
    months: AP_MONTHS,
    standaloneCities: true,
  },
  reuters: {
    template: '{CITY}, {month} {day} ({agency}) -',
    months: REUTERS_MONTHS,
    standaloneCities: false,
  },
  xinhua: {
    template: '{CITY}, {month} {day} ({agency}) --',
    months: AP_MONTHS,
    standaloneCities: false,
  },
};

const TOKEN_NAMES = ['CITY', 'city', 'country', 'month', 'day', 'year', 'agency'] as const;
type TokenName = (typeof TOKEN_NAMES)[number];
type TokenValues = Readonly<Record<TokenName, string>>;

function isTokenName(name: string): name is TokenName {
  return (TOKEN_NAMES as readonly string[]).includes(name);
}

export function isDatelinePreset(value: unknown): value is DatelinePreset {
  return typeof value === 'string' && (DATELINE_PRESETS as readonly string[]).includes(value);
}

let standaloneByName: Map<string, StandaloneCity> | undefined;

function findStandaloneCity(city: string): StandaloneCity | undefined {
  if (!standaloneByName) {
    standaloneByName = new Map();
    for (const entry of AP_STANDALONE_CITIES) {
      for (const name of [entry.name, ...(entry.aliases ?? [])])
        standaloneByName.set(foldName(name), entry);
    }
  }
  return standaloneByName.get(foldName(city));
}

/**
 * Whether AP lets the city stand alone. A country that names another country (or a state
 * of one: Paris, Texas) means a namesake; one that cannot be recognised is kept as written.
 */
export function isStandaloneCity(city: string, country?: string | null): boolean {
  const entry = findStandaloneCity(city);
  if (!entry) return false;
  const region = country?.trim();
  return !region || regionCountries(region).has(entry.country);
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function render(template: string, values: TokenValues): string {
  const valueOf = (name: string): string | undefined =>
    isTokenName(name) ? values[name] : undefined;
  const isEmpty = (name: string): boolean => valueOf(name) === '';
  return template
    .replace(/\s*\(([^()]*)\)/g, (group, inner: string) => {
      const names = [...inner.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      return names.length > 0 && names.every(isEmpty) ? '' : group;
    })
    .replace(/(?:,\s*|\s+)?\{(\w+)\}/g, (token, name: string) => (isEmpty(name) ? '' : token))
    .replace(/\{(\w+)\}/g, (token, name: string) => valueOf(name) ?? token)
    .replace(/\(\s*,\s*/g, '(')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s,]+/, '')
    .trim();
}

/** '' when there is no city. Never throws for a valid IANA zone and a valid Date. */
export function formatDateline(input: DatelineInput): string {
  const city = clean(input.city);
  if (!city) return '';
  const form: PresetForm =
    typeof input.style === 'string'
      ? PRESET_FORMS[input.style]
      : { ...input.style, standaloneCities: false };
  const country = clean(input.country);
  const { year, month, day } = calendarParts(input.date, input.timeZone);
  return render(form.template, {
    // Plain upper case, not Turkish: 'Tripoli' must not become 'TRİPOLİ'; 'İstanbul' keeps its İ.
    CITY: city.toUpperCase(),
    city,
    country: form.standaloneCities && isStandaloneCity(city, country) ? '' : country,
    month: form.months[month - 1] ?? '',
    day: String(day),
    year: String(year),
    agency: clean(input.agency),
  });
}

/**
 * Validation helper for config/request edges: returns an error message or null for a
 * custom style (template must contain {CITY} or {city} and no unknown token; months must
 * be 12 non-empty strings).
 */
export function checkCustomStyle(style: unknown): string | null {
  if (typeof style !== 'object' || style === null || Array.isArray(style)) {
    return 'a custom dateline style must be an object { template, months }';
  }
  const { template, months } = style as { template?: unknown; months?: unknown };
  if (typeof template !== 'string' || !/\{(CITY|city)\}/.test(template)) {
    return 'template must be a string containing {CITY} or {city}';
  }
  const unknown = [...template.matchAll(/\{(\w+)\}/g)].find((match) => !isTokenName(match[1]));
  if (unknown)
    return `template has an unknown token ${unknown[0]}; known: {${TOKEN_NAMES.join('}, {')}}`;
  if (!Array.isArray(months) || months.length !== 12)
    return 'months must be an array of 12 month names';
  if (!months.every((name) => typeof name === 'string' && name.trim() !== '')) {
    return 'months must all be non-empty strings';
  }
  return null;
}

/** The same for any configured style: a preset name or a custom style. */
export function checkDatelineStyle(style: unknown): string | null {
  if (typeof style !== 'string') return checkCustomStyle(style);
  return isDatelinePreset(style)
    ? null
    : `unknown dateline style "${style}"; use one of ${DATELINE_PRESETS.join(', ')} or { template, months }`;
}

/**
 * The longest text each input of a dateline may have (the article schema's `maxLength`s), and the
 * longest dateline the `dateline` column holds (Strapi's `string`: 255 on every database).
 */
export const DATELINE_INPUT_LIMITS = { city: 60, country: 60, agency: 100 } as const;
export const DATELINE_MAX_LENGTH = 255;

/**
 * The length of the longest dateline a style can make from inputs within DATELINE_INPUT_LIMITS: a
 * style longer than the column would refuse every later write with a city (README.md#configuration: checked when saved).
 */
export function longestDateline(style: DatelineStyle): number {
  const form = typeof style === 'string' ? PRESET_FORMS[style] : style;
  const wide = (length: number) => 'W'.repeat(length);
  const longestMonth = form.months.reduce(
    (longest, name) => (name.length > longest.length ? name : longest),
    ''
  );
  return render(form.template, {
    CITY: wide(DATELINE_INPUT_LIMITS.city),
    city: wide(DATELINE_INPUT_LIMITS.city),
    country: wide(DATELINE_INPUT_LIMITS.country),
    month: longestMonth,
    day: '28',
    year: '2000',
    agency: wide(DATELINE_INPUT_LIMITS.agency),
  }).length;
}
