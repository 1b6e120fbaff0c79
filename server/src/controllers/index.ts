import { factories } from '@strapi/strapi';

import articleBySlug from './article-by-slug';
import articleJsonLd from './article-json-ld';
import preview from './preview';
import settings from './settings';
import stories from './stories';
import topNews from './top-news';

export default {
  article: factories.createCoreController('plugin::newsroom.article'),
  'article-by-slug': articleBySlug,
  'article-json-ld': articleJsonLd,
  'related-news': factories.createCoreController('plugin::newsroom.related-news'),
  quote: factories.createCoreController('plugin::newsroom.quote'),
  preview,
  settings,
  stories,
  'top-news': topNews,
};
