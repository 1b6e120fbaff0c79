import { factories } from '@strapi/strapi';

import { ARTICLE, CORRECTION, QUOTE, RELATED_NEWS } from '../content-types/uids';
import articleBySlug from './article-by-slug';
import articleJsonLd from './article-json-ld';
import articleNinjs from './article-ninjs';
import { atom, newsSitemap, rss, sitemap } from './feeds';
import preview from './preview';
import settings from './settings';
import stories from './stories';
import topNews from './top-news';

export default {
  article: factories.createCoreController(ARTICLE),
  'article-by-slug': articleBySlug,
  'article-json-ld': articleJsonLd,
  'article-ninjs': articleNinjs,
  'news-sitemap': newsSitemap,
  sitemap,
  rss,
  atom,
  'related-news': factories.createCoreController(RELATED_NEWS),
  quote: factories.createCoreController(QUOTE),
  correction: factories.createCoreController(CORRECTION),
  preview,
  settings,
  stories,
  'top-news': topNews,
};
