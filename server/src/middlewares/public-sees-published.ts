import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's content API honours `?status=draft` for anyone allowed to `find`, Public included.
 * Spec §5: drafts are never visible without a token. A request that carries no credentials (the
 * users-permissions Public role authenticates with `credentials: null`) is pinned to published rows.
 */
const publicSeesPublished: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!ctx.state.auth?.credentials) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publicSeesPublished;
