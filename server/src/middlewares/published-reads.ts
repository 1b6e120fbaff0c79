import type { Core } from '@strapi/strapi';

import { publishedRead, type ModelLookup, type ReadQuery } from '../domain/published-query';
import { fieldError } from '../validation/field-error';

export interface PublishedReadsConfig {
  /** The content type the route reads. */
  uid: string;
  /** For a type without drafts whose entries belong to an article (quotes): the relation to it. */
  throughRelation?: string;
}

/** The 400 (REST) or GraphQL error for a sort `publishedRead` refused. */
export const refusedSortError = (path: string, sort: unknown) =>
  fieldError(
    'sort',
    `A published read cannot be sorted by "${path}": it is a field of a related article`,
    sort
  );

/** The schema facts domain/published-query needs, from Strapi's registry. */
export const modelLookup =
  (strapi: Core.Strapi): ModelLookup =>
  (uid) => {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
      | {
          options?: { draftAndPublish?: boolean };
          attributes: Record<string, { type?: string; target?: string }>;
        }
      | undefined;
    if (!model) return undefined;
    const relations = Object.fromEntries(
      Object.entries(model.attributes).flatMap(([name, attribute]) =>
        attribute.type === 'relation' && attribute.target
          ? [[name, attribute.target as string]]
          : []
      )
    );
    return { draftAndPublish: model.options?.draftAndPublish === true, relations };
  };

/**
 * Published reads see published data only (docs/api.md) on the core find and findOne routes: the
 * client's query as domain/published-query's `publishedRead` rewrites it, or a 400 naming `sort`.
 */
const publishedReads = (config: PublishedReadsConfig, { strapi }: { strapi: Core.Strapi }) => {
  const lookup = modelLookup(strapi);
  const handler: Core.MiddlewareHandler = async (ctx, next) => {
    const read = publishedRead(ctx.query as ReadQuery, {
      ...config,
      authenticated: Boolean(ctx.state.auth?.credentials),
      lookup,
    });
    if ('refusedSort' in read) throw refusedSortError(read.refusedSort, ctx.query.sort);
    ctx.query = read.query;
    await next();
  };
  return handler;
};

export default publishedReads;
