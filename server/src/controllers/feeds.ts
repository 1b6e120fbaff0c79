import type { Core } from '@strapi/strapi';
import type { z } from 'zod';

import { toWholeSecond } from '../domain/feeds/dates';
import { entityTag, isNotModified } from '../domain/feeds/http-cache';
import type { FeedDocument, FeedOrigin } from '../services/feeds';
import { getService } from '../utils/get-service';
import { sitemapPageSchema, sitemapQuerySchema, syndicationQuerySchema } from '../validation/feeds';
import { parseBody } from '../validation/parse-body';
import type { RequestContext } from './context';

const XML = 'application/xml; charset=utf-8';

/**
 * Where the feeds are mounted, as the client reached them (behind a proxy: with `server.proxy`):
 * the folder of the path asked for, so a changed REST prefix is followed too.
 */
function originOf(ctx: RequestContext): FeedOrigin {
  const folder = ctx.request.path.replace(/\/[^/]*$/, '');
  return { selfUrl: ctx.request.href, feedsUrl: `${ctx.request.origin}${folder}` };
}

/**
 * Answers a feed with its validators (docs/feeds.md#caching): a 304 when the client's copy is
 * current, else the body.
 */
async function answer(
  strapi: Core.Strapi,
  ctx: RequestContext,
  type: string,
  document: FeedDocument | null
) {
  if (!document) return ctx.notFound('No such sitemap page');
  const { feeds } = await getService(strapi, 'settings').get();
  const validators = {
    etag: entityTag(document.body),
    lastModified: toWholeSecond(document.lastModified),
  };
  ctx.set('ETag', validators.etag);
  ctx.set('Last-Modified', validators.lastModified.toUTCString());
  ctx.set('Cache-Control', `public, max-age=${feeds.maxAge}`);
  const conditional = {
    ifNoneMatch: ctx.get('If-None-Match') || undefined,
    ifModifiedSince: ctx.get('If-Modified-Since') || undefined,
  };
  if (isNotModified(conditional, validators)) {
    ctx.status = 304;
    return;
  }
  ctx.type = type;
  ctx.body = document.body;
}

type FeedRead<Schema extends z.ZodType> = (
  strapi: Core.Strapi,
  query: z.infer<Schema>,
  ctx: RequestContext
) => Promise<FeedDocument | null>;

/**
 * One controller per feed, each with a `find` (and the sitemap pages a `findOne`): read-only API
 * tokens may call only actions so named.
 */
function feedController<Schema extends z.ZodType>(
  schema: Schema,
  type: string,
  read: FeedRead<Schema>
) {
  return ({ strapi }: { strapi: Core.Strapi }) => ({
    async find(ctx: RequestContext) {
      const query = parseBody(schema, ctx.query);
      await answer(strapi, ctx, type, await read(strapi, query, ctx));
    },
  });
}

const feeds = (strapi: Core.Strapi) => getService(strapi, 'feeds');

export const newsSitemap = feedController(sitemapQuerySchema, XML, (strapi, query) =>
  feeds(strapi).newsSitemap(query)
);

export const rss = feedController(
  syndicationQuerySchema,
  'application/rss+xml; charset=utf-8',
  (strapi, query, ctx) => feeds(strapi).rss(query, originOf(ctx))
);

export const atom = feedController(
  syndicationQuerySchema,
  'application/atom+xml; charset=utf-8',
  (strapi, query, ctx) => feeds(strapi).atom(query, originOf(ctx))
);

export const sitemap = ({ strapi }: { strapi: Core.Strapi }) => ({
  ...feedController(sitemapQuerySchema, XML, (_strapi, query, ctx) =>
    feeds(strapi).sitemap(query, originOf(ctx))
  )({ strapi }),

  /** `sitemap-N.xml`: a page of the index. */
  async findOne(ctx: RequestContext) {
    const query = parseBody(sitemapQuerySchema, ctx.query);
    const { page } = parseBody(sitemapPageSchema, ctx.params);
    await answer(strapi, ctx, XML, await feeds(strapi).sitemapPage(query, page));
  },
});
