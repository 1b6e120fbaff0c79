/**
 * The optional front matter of a story file (docs/import.md): `key: value` lines between two `---`
 * lines at the very top. Not YAML: values are taken literally (no quoting, no nesting),
 * so a deck with a colon or quotation marks needs no escaping.
 */
import { collapseWhitespace } from './paragraphs';
import type { StoryError, StoryMeta } from './story';

type MetaKey = keyof StoryMeta;

/** Also the order in which `writeFrontMatter` writes them. */
const KEYS: readonly MetaKey[] = [
  'city',
  'country',
  'timeZone',
  'date',
  'agency',
  'byline',
  'section',
  'tags',
  'locale',
  'deck',
  'priority',
];

/** Keys match case-insensitively: editors type `timezone` as often as `timeZone`. */
const KEY_BY_LOWER_CASE = new Map(KEYS.map((key) => [key.toLowerCase(), key]));

/** `topNewsPriority` is a database integer column; a larger number would fail on PostgreSQL. */
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export type FrontMatterResult =
  | {
      ok: true;
      meta: StoryMeta;
      /** 0-based index of the first line after the front matter. */
      bodyStart: number;
      /** `deck:` left empty: the story has no deck, so the line after the headline is body text. */
      noDeck: boolean;
    }
  | { ok: false; error: StoryError };

export function isFence(line: string): boolean {
  return line.trim() === '---';
}

export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  if (lines.length === 0 || !isFence(lines[0]))
    return { ok: true, meta: {}, bodyStart: 0, noDeck: false };
  // Find the closing fence first: without it, a headline such as "Xi's Quotes: …" would
  // be misreported as an unknown key instead of the real mistake.
  const close = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (close < 0)
    return fail(1, 'the front matter opened on line 1 is never closed by a "---" line');

  const meta: StoryMeta = {};
  const seen = new Set<MetaKey>();
  let noDeck = false;
  let dateText: { value: string; line: number } | undefined;
  for (let index = 1; index < close; index++) {
    const line = index + 1;
    if (lines[index].trim() === '') continue;
    const colon = lines[index].indexOf(':');
    if (colon < 0) return fail(line, 'expected "key: value" in the front matter');
    const name = lines[index].slice(0, colon).trim();
    const key = KEY_BY_LOWER_CASE.get(name.toLowerCase());
    if (key === undefined)
      return fail(line, `unknown front matter key "${name}"; known keys: ${KEYS.join(', ')}`);
    if (seen.has(key)) return fail(line, `the front matter key "${key}" appears twice`);
    seen.add(key);
    const value = collapseWhitespace(lines[index].slice(colon + 1));
    if (value === '') {
      // An empty value is the same as leaving the key out, except for `deck`.
      noDeck ||= key === 'deck';
      continue;
    }
    switch (key) {
      case 'date':
        // Read after the loop: a date without an offset is wall-clock time in `timeZone`, which may come later.
        dateText = { value, line };
        break;
      case 'priority': {
        const priority = parsePriority(value);
        if (priority === null)
          return fail(
            line,
            `priority "${value}" is not a whole number between ${INT32_MIN} and ${INT32_MAX}`
          );
        meta.priority = priority;
        break;
      }
      case 'tags': {
        const tags = value.split(',').map(collapseWhitespace).filter(Boolean);
        if (tags.length > 0) meta.tags = tags;
        break;
      }
      case 'timeZone':
        if (!isTimeZone(value))
          return fail(line, `"${value}" is not an IANA time zone name such as "Europe/Istanbul"`);
        meta.timeZone = value;
        break;
      default:
        meta[key] = value;
    }
  }
  if (dateText !== undefined) {
    const date = parseIsoDate(dateText.value, meta.timeZone);
    if (date === null)
      return fail(
        dateText.line,
        `date "${dateText.value}" is not an ISO 8601 date such as 2020-01-08 or 2020-01-08T22:30:00Z`
      );
    meta.date = date;
  }
  return { ok: true, meta, bodyStart: close + 1, noDeck };
}

/** The front matter lines for the keys present in `meta` (none: no lines at all). */
export function writeFrontMatter(meta: StoryMeta, options: { noDeck?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const key of KEYS) {
    const value = formatValue(meta, key);
    if (value !== '') lines.push(`${key}: ${value}`);
    else if (key === 'deck' && options.noDeck) lines.push('deck:');
  }
  return lines.length > 0 ? ['---', ...lines, '---'] : [];
}

function formatValue(meta: StoryMeta, key: MetaKey): string {
  switch (key) {
    case 'date':
      return meta.date instanceof Date && !Number.isNaN(meta.date.getTime())
        ? meta.date.toISOString()
        : '';
    case 'priority':
      return Number.isInteger(meta.priority) ? String(meta.priority) : '';
    case 'tags':
      return (meta.tags ?? []).map(collapseWhitespace).filter(Boolean).join(', ');
    default:
      return collapseWhitespace(meta[key] ?? '');
  }
}

function fail(line: number, message: string): { ok: false; error: StoryError } {
  return { ok: false, error: { line, message } };
}

function parsePriority(text: string): number | null {
  if (!/^[+-]?\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  // `| 0` also turns "-0" into 0, so a formatted story reads back equal.
  return value >= INT32_MIN && value <= INT32_MAX ? value | 0 : null;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Strict ISO 8601 (Date.parse would also take "Jan 8 2020" and read offset-less times
 * in the server's zone). Without an offset the time is wall-clock time in `timeZone`
 * when given, else UTC; a date alone is midnight there. Years before 1000 are refused:
 * no news story is that old, and Intl's era handling makes them unreliable.
 */
export function parseIsoDate(text: string, timeZone?: string): Date | null {
  const match = ISO_8601.exec(text);
  if (match === null) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const millisecond = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  if (year === undefined || month === undefined || day === undefined || year < 1000) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wallClock = utcMilliseconds(year, month, day, hour, minute, second, millisecond);
  if (new Date(wallClock).getUTCDate() !== day) return null; // 2020-02-30 rolls over into March
  const offset = match[8];
  if (offset !== undefined) {
    const minutes = offsetMinutes(offset);
    return minutes === null ? null : new Date(wallClock - minutes * 60_000);
  }
  return new Date(timeZone === undefined ? wallClock : zonedToInstant(wallClock, timeZone));
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcMilliseconds(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The instant at which clocks in `timeZone` show `wallClock`; the second pass settles DST changes. */
function zonedToInstant(wallClock: number, timeZone: string): number {
  const first = wallClock - zoneOffset(wallClock, timeZone);
  const settled = zoneOffset(first, timeZone);
  return wallClock - settled;
}

function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const shown = utcMilliseconds(
    part('year'),
    part('month'),
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
    0
  );
  return shown - (instant - (((instant % 1000) + 1000) % 1000));
}
