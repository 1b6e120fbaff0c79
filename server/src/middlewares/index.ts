import publishedReads from './published-reads';

export default {
  'published-reads': publishedReads,
};
