export const PLUGIN_ID = 'newsroom';
export const ARTICLE_UID = 'plugin::newsroom.article';
export const CORRECTION_UID = 'plugin::newsroom.correction';
