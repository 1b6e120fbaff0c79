import articleSchema from './article/schema.json';
import correctionSchema from './correction/schema.json';
import relatedNewsSchema from './related-news/schema.json';
import quoteSchema from './quote/schema.json';

export default {
  article: { schema: articleSchema },
  'related-news': { schema: relatedNewsSchema },
  quote: { schema: quoteSchema },
  correction: { schema: correctionSchema },
};
