import type { Core, UID } from '@strapi/strapi';

import { NEWSROOM_TYPES, OWNED_BY_ARTICLE } from '../content-types/uids';
import { GRAPHQL_OPERATORS, publishedRead, type ReadQuery } from '../domain/published-query';
import { modelLookup, refusedSortError } from '../middlewares/published-reads';
import type { GraphQLNaming, ResolverMiddleware, ResolversConfig } from './types';

interface ResolveInfo {
  path: { key: string | number; prev?: ResolveInfo['path'] };
}

interface GraphQLContext {
  state?: { auth?: { credentials?: unknown } };
  /** Strapi's graphql plugin keeps each root field's arguments here, for its nested relations. */
  rootQueryArgsByPath?: Map<string | number, Record<string, unknown>>;
}

const rootKey = (info: ResolveInfo) => {
  let path = info.path;
  while (path.prev) path = path.prev;
  return path.key;
};

/**
 * The GraphQL shell of domain/published-query (docs/security.md): the rule REST's `published-reads`
 * route middleware applies, on every GraphQL field that reads the plugin's types.
 * - Root queries (`newsroomArticles`, `newsroomQuote`, …): their own arguments are rewritten.
 * - Relations into the plugin's types, from any type (`NewsroomQuote.article`, an app's own type
 *   that links to articles): they take no `status` argument but inherit the root query's, which a
 *   reader without credentials may have set to DRAFT; so their status is pinned to published
 *   unless the reader has credentials and the root asked for drafts.
 */
export function publishedReadsConfig(strapi: Core.Strapi, naming: GraphQLNaming): ResolversConfig {
  const lookup = modelLookup(strapi);
  const authenticated = (context: GraphQLContext) => Boolean(context.state?.auth?.credentials);

  const rewrite = (uid: string, args: ReadQuery, context: GraphQLContext): ReadQuery => {
    const read = publishedRead(args, {
      uid,
      throughRelation: OWNED_BY_ARTICLE[uid],
      authenticated: authenticated(context),
      lookup,
      operators: GRAPHQL_OPERATORS,
    });
    if ('refusedSort' in read) throw refusedSortError(read.refusedSort, args.sort);
    return read.query;
  };

  const rootQuery =
    (uid: string): ResolverMiddleware =>
    (next, parent, args, context, info) =>
      next(parent, rewrite(uid, args, context), context, info);

  const relation =
    (uid: string): ResolverMiddleware =>
    (next, parent, args, context: GraphQLContext, info: ResolveInfo) => {
      const root = context.rootQueryArgsByPath?.get(rootKey(info));
      const forDrafts = authenticated(context) && String(root?.status).toLowerCase() === 'draft';
      if (forDrafts) return next(parent, args, context, info);
      const read = rewrite(uid, { ...args, status: 'published' }, context);
      return next(
        parent,
        lookup(uid)?.draftAndPublish ? read : { ...read, status: undefined },
        context,
        info
      );
    };

  const config: ResolversConfig = {};
  for (const uid of NEWSROOM_TYPES) {
    const contentType = strapi.contentType(uid as UID.ContentType);
    for (const name of [
      naming.getFindQueryName(contentType),
      naming.getFindConnectionQueryName(contentType),
      naming.getFindOneQueryName(contentType),
    ]) {
      config[`Query.${name}`] = { middlewares: [rootQuery(uid)] };
    }
  }
  for (const contentType of Object.values(strapi.contentTypes)) {
    for (const [name, attribute] of Object.entries(
      contentType.attributes as Record<string, { type: string; target?: string; relation?: string }>
    )) {
      if (
        attribute.type !== 'relation' ||
        !attribute.target ||
        !(NEWSROOM_TYPES as readonly string[]).includes(attribute.target)
      )
        continue;
      const typeName = naming.getTypeName(contentType);
      config[`${typeName}.${name}`] = { middlewares: [relation(attribute.target)] };
      if (attribute.relation?.endsWith('Many'))
        config[`${typeName}.${name}_connection`] = { middlewares: [relation(attribute.target)] };
    }
  }
  return config;
}
