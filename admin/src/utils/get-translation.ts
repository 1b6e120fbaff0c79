import { PLUGIN_ID } from '../plugin-id';

/** Translation ids are namespaced by the plugin id (registerTrads prefixes en.json's keys). */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
