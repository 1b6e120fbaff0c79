import { CloudUpload, Feather } from '@strapi/icons';

import { NewsroomPanel } from './components/NewsroomPanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { getTranslation } from './utils/get-translation';

import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';

type Translations = Record<string, string>;

/** The editor's admin (docs/admin.md): the import page, the settings page, the homepage widget and the side panel. */
const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: CloudUpload,
      intlLabel: { id: getTranslation('menu.import'), defaultMessage: 'Import story' },
      permissions: PERMISSIONS.importStories,
      Component: async () => ({ default: (await import('./pages/ImportPage')).ImportPage }),
    });

    app.addSettingsLink(
      {
        id: PLUGIN_ID,
        intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Newsroom' },
      },
      {
        id: `${PLUGIN_ID}-settings`,
        to: PLUGIN_ID,
        intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Settings' },
        permissions: PERMISSIONS.readSettings,
        Component: async () => ({ default: (await import('./pages/SettingsPage')).SettingsPage }),
      }
    );

    app.widgets.register({
      id: 'todays-top-news',
      pluginId: PLUGIN_ID,
      icon: Feather,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Today’s Top News' },
      component: async () => (await import('./components/TopNewsWidget')).TopNewsWidget,
    });

    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager')
      .apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([NewsroomPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Translations;
          };
          const prefixed = Object.fromEntries(
            Object.entries(data).map(([key, value]) => [getTranslation(key), value])
          );
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};

export default plugin;
