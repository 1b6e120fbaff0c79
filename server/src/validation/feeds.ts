import { z } from 'zod';

/**
 * Query strings of `GET /api/newsroom/feeds/*` (docs/feeds.md). Unknown parameters are dropped,
 * not refused: feed readers and crawlers append their own (`utm_source`, cache busters).
 */
const locale = z
  .string()
  .regex(
    /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/,
    'must be a locale code such as "en" or "zh-Hans"'
  );

export const sitemapQuerySchema = z.object({ locale: locale.optional() });

export const syndicationQuerySchema = z.object({
  locale: locale.optional(),
  section: z.string().min(1).max(200).optional(),
  tag: z.string().min(1).max(200).optional(),
});

/** `sitemap-N.xml`: pages count from 1. */
export const sitemapPageSchema = z.object({ page: z.coerce.number().int().min(1).max(1_000_000) });
