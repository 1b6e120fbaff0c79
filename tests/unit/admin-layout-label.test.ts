import { labelOf } from '../../server/src/admin-layout/label';

describe('labelOf: attribute names as editors read them', () => {
  it.each([
    ['headline', 'Headline'],
    ['datelineCity', 'Dateline city'],
    ['datelineTimeZone', 'Dateline time zone'],
    ['firstPublishedAt', 'First published at'],
    ['excludeFromTopNews', 'Exclude from top news'],
    ['topNews2Priority', 'Top news2 priority'],
  ])('%s → %s', (name, label) => {
    expect(labelOf(name)).toBe(label);
  });
});
