import type { Core } from '@strapi/strapi';

const permission = (action: string) => ({
  name: 'admin::hasPermissions',
  config: { actions: [`plugin::newsroom.${action}`] },
});

/** Admin routes, under `/newsroom` (docs/admin.md), for logged-in admin users. */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: '/settings',
      handler: 'settings.find',
      config: { policies: ['admin::isAuthenticatedAdmin', permission('settings.read')] },
    },
    {
      method: 'PUT',
      path: '/settings',
      handler: 'settings.update',
      config: { policies: ['admin::isAuthenticatedAdmin', permission('settings.update')] },
    },
    {
      method: 'POST',
      path: '/preview',
      handler: 'preview.create',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/import',
      handler: 'stories.import',
      config: { policies: ['admin::isAuthenticatedAdmin', permission('import')] },
    },
    {
      method: 'GET',
      path: '/top-news',
      handler: 'top-news.findForAdmin',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ] satisfies Core.RouteInput[],
};
