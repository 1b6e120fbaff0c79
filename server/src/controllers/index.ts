import { factories } from '@strapi/strapi';

export default {
  article: factories.createCoreController('plugin::newsroom.article'),
  'related-news': factories.createCoreController('plugin::newsroom.related-news'),
  quote: factories.createCoreController('plugin::newsroom.quote'),
};
