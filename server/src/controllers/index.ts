import { factories } from '@strapi/strapi';

import article from './article';
import preview from './preview';
import settings from './settings';
import stories from './stories';
import topNews from './top-news';

export default {
  article,
  'related-news': factories.createCoreController('plugin::newsroom.related-news'),
  quote: factories.createCoreController('plugin::newsroom.quote'),
  preview,
  settings,
  stories,
  'top-news': topNews,
};
