import type { Core } from '@strapi/strapi';

export interface PublicSeesPublishedConfig {
  /** For a type without drafts whose entries belong to an article (quotes): the relation to it. */
  throughRelation?: string;
}

/**
 * Strapi 5's content API honours `?status=draft` for anyone allowed to `find`, Public included.
 * Spec §5: drafts are never visible without a token. A request that carries no credentials (the
 * users-permissions Public role authenticates with `credentials: null`) is pinned to published
 * rows and, through `throughRelation`, to entries of published articles only.
 */
const publicSeesPublished = (config: PublicSeesPublishedConfig = {}) => {
  const handler: Core.MiddlewareHandler = async (ctx, next) => {
    if (!ctx.state.auth?.credentials) {
      const query: Record<string, unknown> = { ...ctx.query, status: 'published' };
      if (config.throughRelation) {
        const published = { [config.throughRelation]: { publishedAt: { $notNull: true } } };
        query.filters = ctx.query.filters ? { $and: [ctx.query.filters, published] } : published;
      }
      ctx.query = query;
    }
    await next();
  };
  return handler;
};

export default publicSeesPublished;
