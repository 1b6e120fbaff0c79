import { ARTICLE_UID } from './plugin-id';

/** The plugin's RBAC actions (docs/admin.md), as the admin's permission checks name them. */
const action = (name: string) => [{ action: `plugin::newsroom.${name}`, subject: null }];

export const PERMISSIONS = {
  readSettings: action('settings.read'),
  updateSettings: action('settings.update'),
  importStories: action('import'),
  /** The widget lists articles: an editor who may not read them sees why instead. */
  readArticles: [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID }],
};
