import { factories } from '@strapi/strapi';

import { ARTICLE, CORRECTION, QUOTE, RELATED_NEWS } from '../content-types/uids';
import feeds from './feeds';
import preview from './preview';
import settings from './settings';
import slugs from './slugs';
import stories from './stories';
import topNews from './top-news';

export default {
  article: factories.createCoreService(ARTICLE),
  'related-news': factories.createCoreService(RELATED_NEWS),
  quote: factories.createCoreService(QUOTE),
  correction: factories.createCoreService(CORRECTION),
  feeds,
  preview,
  settings,
  slugs,
  stories,
  'top-news': topNews,
};
