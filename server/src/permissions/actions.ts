import type { Core } from '@strapi/strapi';

/** The plugin's RBAC actions (docs/admin.md), shown under Settings → Roles → Plugins → Newsroom. */
const ACTIONS = [
  { uid: 'settings.read', displayName: 'Read settings', subCategory: 'settings' },
  { uid: 'settings.update', displayName: 'Edit settings', subCategory: 'settings' },
  { uid: 'import', displayName: 'Import stories', subCategory: 'stories' },
];

export async function registerActions(strapi: Core.Strapi): Promise<void> {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(
      ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: 'newsroom' }))
    );
}
