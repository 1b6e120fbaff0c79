import type { Core } from '@strapi/strapi';

import { publishedOnlyFilters, sortThroughDrafts, type ModelLookup } from '../domain/published-query';
import { fieldError } from '../validation/field-error';

export interface PublishedReadsConfig {
  /** The content type the route reads. */
  uid: string;
  /** For a type without drafts whose entries belong to an article (quotes): the relation to it. */
  throughRelation?: string;
}

/** The schema facts domain/published-query needs, from Strapi's registry. */
const modelLookup =
  (strapi: Core.Strapi): ModelLookup =>
  (uid) => {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { options?: { draftAndPublish?: boolean }; attributes: Record<string, any> } | undefined;
    if (!model) return undefined;
    const relations = Object.fromEntries(
      Object.entries(model.attributes).flatMap(([name, attribute]) => (attribute.type === 'relation' && attribute.target ? [[name, attribute.target as string]] : []))
    );
    return { draftAndPublish: model.options?.draftAndPublish === true, relations };
  };

/**
 * Published reads see published data only (spec §5), on the core find and findOne routes.
 * - Strapi 5's content API honours `?status=draft` for anyone allowed to `find`, Public included:
 *   a request without credentials (users-permissions' Public role) is pinned to published rows.
 * - Any read that is not for drafts (the public's, a read-only token's, an end user's) has its
 *   filters reach published articles only through every relation (domain/published-query), entries
 *   of a type without drafts (quotes) are those of published articles, and a sort through a
 *   relation into articles is a 400 naming `sort`: Strapi's join would order by draft text.
 * A token asking `?status=draft` reads drafts, as Strapi intends.
 */
const publishedReads = (config: PublishedReadsConfig, { strapi }: { strapi: Core.Strapi }) => {
  const lookup = modelLookup(strapi);
  const handler: Core.MiddlewareHandler = async (ctx, next) => {
    const query: Record<string, unknown> = { ...ctx.query };
    if (!ctx.state.auth?.credentials) query.status = 'published';
    if (query.status !== 'draft') {
      const through = sortThroughDrafts(query.sort, config.uid, lookup);
      if (through) throw fieldError('sort', `A published read cannot be sorted by "${through}": it is a field of a related article`, query.sort);
      const own = query.filters === undefined ? undefined : publishedOnlyFilters(query.filters, config.uid, lookup);
      const ofPublished = config.throughRelation && { [config.throughRelation]: { publishedAt: { $notNull: true } } };
      const all = [own, ofPublished].filter(Boolean);
      if (all.length > 0) query.filters = all.length === 1 ? all[0] : { $and: all };
    }
    ctx.query = query;
    await next();
  };
  return handler;
};

export default publishedReads;
