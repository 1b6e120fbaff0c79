import { factories } from '@strapi/strapi';

import article from './article';
import preview from './preview';
import settings from './settings';
import topNews from './top-news';

export default {
  article,
  'related-news': factories.createCoreController('plugin::newsroom.related-news'),
  quote: factories.createCoreController('plugin::newsroom.quote'),
  preview,
  settings,
  'top-news': topNews,
};
