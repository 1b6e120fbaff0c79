import { z } from 'zod';

import {
  DATELINE_INPUT_LIMITS,
  DATELINE_MAX_LENGTH,
  DATELINE_PRESETS,
  checkCustomStyle,
  longestDateline,
  type DatelinePreset,
} from '../domain/dateline';
import { checkArticlePath, DEFAULT_ARTICLE_PATH } from '../domain/article-url';
import { DEFAULT_RESERVED_SLUGS, slugifyText, type SlugRules } from '../domain/slug';
import { isValidTimeZone } from '../domain/time-zone';

/**
 * The plugin's settings (README.md#configuration): one zod schema is both the runtime check — at Strapi start for
 * `config/plugins.ts`, and for `PUT /newsroom/settings` — and the TypeScript type the services use.
 */
const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'must be an IANA time zone name, e.g. "Asia/Shanghai"' });

/**
 * An absolute http(s) URL, written as a URL reader writes it back: so nothing a URL must escape
 * (quotes, `<`, `>`, spaces) reaches the markup and links built from it.
 */
const siteUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        [value, `${value}/`].includes(url.href) &&
        !url.username &&
        !url.password
      );
    } catch {
      return false;
    }
  },
  {
    message:
      'must be an absolute http(s) URL such as "https://news.example.com", with no characters that need escaping',
  }
);

const customDatelineStyle = z
  .object({ template: z.string(), months: z.array(z.string()) })
  .strict()
  .superRefine((style, ctx) => {
    const problem = checkCustomStyle(style);
    if (problem) return ctx.addIssue({ code: 'custom', message: problem });
    const longest = longestDateline(style);
    if (longest > DATELINE_MAX_LENGTH) {
      const limits = `a city of ${DATELINE_INPUT_LIMITS.city}, a country of ${DATELINE_INPUT_LIMITS.country} and an agency of ${DATELINE_INPUT_LIMITS.agency} characters`;
      ctx.addIssue({
        code: 'custom',
        path: ['template'],
        message: `with ${limits} it makes a dateline of ${longest} characters; at most ${DATELINE_MAX_LENGTH} fit`,
      });
    }
  });

/** Reserved slugs as the slugs they block: "Check Reserved!!" blocks "check-reserved". */
const reservedSlug = z
  .string()
  .min(1)
  .max(200)
  .transform((word) => slugifyText(word))
  .refine((slug) => slug !== '', { message: 'must contain letters or digits' });

/** The path after `siteUrl` of an article's page: `/{slug}`, `/{locale}/{editionDate}/{slug}` (docs/feeds.md). */
const articlePath = z
  .string()
  .max(200)
  .superRefine((template, ctx) => {
    const problem = checkArticlePath(template);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** docs/feeds.md#configuration. `publicationName` empty: the agency. */
const feeds = z
  .object({
    publicationName: z.string().max(200),
    newsWindowHours: z.number().int().min(1).max(168),
    size: z.number().int().min(1).max(500),
    /** Cache-Control max-age, seconds. */
    maxAge: z.number().int().min(0).max(86_400),
    /** URLs per sitemap page: the sitemaps.org limit, lower only to test the index. */
    sitemapPageSize: z.number().int().min(1).max(50_000),
  })
  .strict();

export const settingsSchema = z
  .object({
    agency: z.string().max(100),
    datelineStyle: z.union([
      z.enum(DATELINE_PRESETS as [DatelinePreset, ...DatelinePreset[]]),
      customDatelineStyle,
    ]),
    editionTimeZone: timeZone,
    topNews: z.object({ size: z.number().int().min(1).max(50) }).strict(),
    slug: z
      .object({
        maxLength: z.number().int().min(16).max(200),
        // Optional in config: Strapi merges arrays index by index with the defaults (lodash defaultsDeep),
        // so a default list here would leak into a user's shorter list. Absent means DEFAULT_RESERVED_SLUGS.
        reserved: z.array(reservedSlug).max(500).optional(),
      })
      .strict(),
    quotes: z.object({ autoExtract: z.boolean() }).strict(),
    publicRead: z.boolean(),
    /** Not in README.md#configuration: the frontend's base URL, for the `url` of the JSON-LD markup. */
    siteUrl: z.union([z.literal(''), siteUrl]),
    articlePath,
    feeds,
  })
  .strict();

export type NewsroomSettings = z.infer<typeof settingsSchema>;

export function reservedSlugs(settings: NewsroomSettings): readonly string[] {
  return settings.slug.reserved ?? DEFAULT_RESERVED_SLUGS;
}

/** What domain/slug's rules need of the settings. */
export function slugRulesOf(settings: NewsroomSettings): SlugRules {
  return { maxLength: settings.slug.maxLength, reserved: reservedSlugs(settings) };
}

export const DEFAULT_SETTINGS: NewsroomSettings = {
  agency: '',
  datelineStyle: 'reuters',
  editionTimeZone: 'UTC',
  topNews: { size: 6 },
  slug: { maxLength: 96 },
  quotes: { autoExtract: true },
  publicRead: true,
  siteUrl: '',
  articlePath: DEFAULT_ARTICLE_PATH,
  feeds: {
    publicationName: '',
    newsWindowHours: 48,
    size: 50,
    maxAge: 300,
    sitemapPageSize: 50_000,
  },
};

/**
 * "topNews.size: Too big: expected number to be <=50" — the key first, so a user sees which setting
 * is wrong. An unknown key is named by its own path.
 */
export function describeIssues(error: z.ZodError): { path: string[]; message: string }[] {
  return error.issues.map((issue) => {
    const segments =
      issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path;
    const path = segments.map(String);
    return { path, message: `${path.join('.') || '(settings)'}: ${issue.message}` };
  });
}
