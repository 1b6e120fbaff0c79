/**
 * Cities that stand alone in an AP dateline: `ISTANBUL (AP) —`, where any other city
 * carries its country or state (`TRIPOLI, Libya (AP) —`). From the AP Stylebook's
 * "datelines" entry, international and U.S. lists. Kept as data so a newsroom can follow
 * a new Stylebook edition by editing this file alone.
 *
 * `country` is the ISO 3166-1 alpha-2 code of the city's country: a dateline for a
 * namesake elsewhere (Paris, Texas; London, Ontario; Moscow, Idaho) keeps its region.
 */

export interface StandaloneCity {
  readonly name: string;
  readonly country: string;
  /** Other spellings editors use for the same city. */
  readonly aliases?: readonly string[];
}

const INTERNATIONAL: readonly StandaloneCity[] = [
  { name: 'Amsterdam', country: 'NL' },
  { name: 'Baghdad', country: 'IQ' },
  { name: 'Bangkok', country: 'TH' },
  { name: 'Beijing', country: 'CN' },
  { name: 'Beirut', country: 'LB' },
  { name: 'Berlin', country: 'DE' },
  { name: 'Brussels', country: 'BE' },
  { name: 'Cairo', country: 'EG' },
  { name: 'Djibouti', country: 'DJ' },
  { name: 'Dubai', country: 'AE' },
  { name: 'Geneva', country: 'CH' },
  { name: 'Gibraltar', country: 'GI' },
  { name: 'Guatemala City', country: 'GT' },
  { name: 'Havana', country: 'CU' },
  { name: 'Helsinki', country: 'FI' },
  { name: 'Hong Kong', country: 'HK' },
  { name: 'Islamabad', country: 'PK' },
  { name: 'Istanbul', country: 'TR' },
  { name: 'Jerusalem', country: 'IL' },
  { name: 'Johannesburg', country: 'ZA' },
  { name: 'Kabul', country: 'AF' },
  { name: 'Kuwait City', country: 'KW' },
  { name: 'London', country: 'GB' },
  { name: 'Luxembourg', country: 'LU' },
  { name: 'Macao', country: 'MO', aliases: ['Macau'] },
  { name: 'Madrid', country: 'ES' },
  { name: 'Mexico City', country: 'MX' },
  { name: 'Milan', country: 'IT' },
  { name: 'Monaco', country: 'MC' },
  { name: 'Montreal', country: 'CA' },
  { name: 'Moscow', country: 'RU' },
  { name: 'Munich', country: 'DE' },
  { name: 'New Delhi', country: 'IN' },
  { name: 'Ottawa', country: 'CA' },
  { name: 'Panama City', country: 'PA' },
  { name: 'Paris', country: 'FR' },
  { name: 'Prague', country: 'CZ' },
  { name: 'Quebec City', country: 'CA' },
  { name: 'Rio de Janeiro', country: 'BR' },
  { name: 'Rome', country: 'IT' },
  { name: 'San Marino', country: 'SM' },
  { name: 'Sao Paulo', country: 'BR' },
  { name: 'Shanghai', country: 'CN' },
  { name: 'Singapore', country: 'SG' },
  { name: 'Stockholm', country: 'SE' },
  { name: 'Sydney', country: 'AU' },
  { name: 'Taipei', country: 'TW' },
  { name: 'Tokyo', country: 'JP' },
  { name: 'Toronto', country: 'CA' },
  { name: 'Vatican City', country: 'VA' },
  { name: 'Vienna', country: 'AT' },
  { name: 'Zurich', country: 'CH' },
];

const US_NAMES = [
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
] as const;

const US_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'New York': ['New York City'],
  Washington: ['Washington, D.C.'],
};

const US: readonly StandaloneCity[] = US_NAMES.map((name) => ({
  name,
  country: 'US',
  aliases: US_ALIASES[name],
}));

export const AP_STANDALONE_CITIES: readonly StandaloneCity[] = [...INTERNATIONAL, ...US];
