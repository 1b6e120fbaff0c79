import type { Core } from '@strapi/strapi';

import type services from '../services';

type PluginServices = typeof services;
export type ServiceName = keyof PluginServices;
type ServiceOf<Name extends ServiceName> = PluginServices[Name] extends (
  ...args: never[]
) => infer Built
  ? Built
  : never;

/** A typed `strapi.plugin('newsroom').service(name)`. */
export function getService<Name extends ServiceName>(
  strapi: Core.Strapi,
  name: Name
): ServiceOf<Name> {
  return strapi.plugin('newsroom').service(name) as ServiceOf<Name>;
}
