import type { Core } from '@strapi/strapi';

/** The Koa context Strapi hands a controller action: its own type for a route handler. */
export type RequestContext = Parameters<Core.MiddlewareHandler>[0];
