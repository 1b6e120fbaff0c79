import type { Core } from '@strapi/strapi';

import { publishedReadsConfig } from './published-reads';
import { queriesConfig, resolvers, typeDefs } from './queries';
import type { GraphQLNaming } from './types';

/**
 * Adds the plugin to an app's GraphQL schema when `@strapi/plugin-graphql` is installed (docs/graphql.md);
 * without it, nothing here runs. Strapi's shadow CRUD already gives the three types their queries
 * and mutations, and writes reach the document middlewares, so every CONTRIBUTING.md#the-write-path rule holds on GraphQL too.
 * Called at register: the graphql plugin builds its schema in its bootstrap.
 */
export function registerGraphQL(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => {
    const naming = graphql.service('utils').naming as GraphQLNaming;
    return {
      typeDefs,
      resolvers: resolvers(strapi),
      resolversConfig: { ...publishedReadsConfig(strapi, naming), ...queriesConfig },
    };
  });
}
