import { factories } from '@strapi/strapi';

import preview from './preview';
import quotes from './quotes';
import settings from './settings';
import slugClaims from './slug-claims';
import slugs from './slugs';
import stories from './stories';
import topNews from './top-news';
import topNewsStore from './top-news-store';

export default {
  article: factories.createCoreService('plugin::newsroom.article'),
  'related-news': factories.createCoreService('plugin::newsroom.related-news'),
  quote: factories.createCoreService('plugin::newsroom.quote'),
  preview,
  quotes,
  settings,
  'slug-claims': slugClaims,
  slugs,
  stories,
  'top-news': topNews,
  'top-news-store': topNewsStore,
};
