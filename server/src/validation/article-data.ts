import { z } from 'zod';

import { fieldError } from './field-error';

const text = z.string().nullable();
const strings = z.array(z.string()).nullable();
const flag = z.boolean().nullable();
/** A Strapi blocks node: what the rich-text editor and REST clients send. */
const block = z.looseObject({ type: z.string(), children: z.array(z.unknown()).optional() });
const instant = z.union([
  z.date(),
  z
    .string()
    .refine(
      (value) => !Number.isNaN(Date.parse(value)),
      'must be a date and time such as "2020-01-08T10:00:00Z"'
    ),
]);

/**
 * The types of an article's fields (docs/api.md#bad-input) as any write path may send them: checked before
 * any hook reads them, so a wrong type is a 400 naming the field, never a 500 and never a silent
 * null (Strapi stores a string `body` as null). Lengths, `required` and relations stay Strapi's.
 */
const articleData = z
  .object({
    headline: text,
    deck: text,
    slug: text,
    body: z.array(block).nullable(),
    summary: text,
    byline: text,
    agency: text,
    datelineCity: text,
    datelineCountry: text,
    datelineTimeZone: text,
    dateline: text,
    datelineLocked: flag,
    firstPublishedAt: instant.nullable(),
    editionDate: z.union([z.iso.date(), z.date()]).nullable(),
    section: text,
    tags: strings,
    topNewsPriority: z
      .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
      .nullable(),
    excludeFromTopNews: flag,
    slugHistory: strings,
  })
  .partial();

/** Throws the 400 for the first field of `data` with a wrong type. */
export function checkArticleData(data: unknown): void {
  if (data === undefined || data === null) return;
  if (typeof data !== 'object' || Array.isArray(data))
    throw fieldError('data', 'data must be an object of article fields', data);
  const result = articleData.safeParse(data);
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = String(issue.path[0]);
  const message =
    issue.code === 'invalid_type' || issue.code === 'invalid_union'
      ? `${field} has the wrong type (${describe((data as Record<string, unknown>)[field])})`
      : `${field}: ${issue.message}`;
  throw fieldError(field, message, (data as Record<string, unknown>)[field]);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : `a ${typeof value}`;
}
