import { factories } from '@strapi/strapi';

import { ARTICLE, QUOTE, RELATED_NEWS } from '../content-types/uids';
import feedStore from './feed-store';
import feeds from './feeds';
import preview from './preview';
import quotes from './quotes';
import settings from './settings';
import slugClaims from './slug-claims';
import slugs from './slugs';
import stories from './stories';
import topNews from './top-news';
import topNewsStore from './top-news-store';

export default {
  article: factories.createCoreService(ARTICLE),
  'related-news': factories.createCoreService(RELATED_NEWS),
  quote: factories.createCoreService(QUOTE),
  'feed-store': feedStore,
  feeds,
  preview,
  quotes,
  settings,
  'slug-claims': slugClaims,
  slugs,
  stories,
  'top-news': topNews,
  'top-news-store': topNewsStore,
};
