import { factories } from '@strapi/strapi';

import article from './article';

export default {
  article,
  'related-news': factories.createCoreController('plugin::newsroom.related-news'),
  quote: factories.createCoreController('plugin::newsroom.quote'),
};
