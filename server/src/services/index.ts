import { factories } from '@strapi/strapi';

import stories from './stories';

export default {
  article: factories.createCoreService('plugin::newsroom.article'),
  'related-news': factories.createCoreService('plugin::newsroom.related-news'),
  quote: factories.createCoreService('plugin::newsroom.quote'),
  stories,
};
