import config from '../../server/src/config';
import { DEFAULT_SETTINGS } from '../../server/src/config/schema';

// Strapi merges config/plugins.ts over `default` and calls `validator` at start; a throw stops
// Strapi and prints the message (spec §7).
const withChange = (change: Record<string, unknown>) => ({ ...DEFAULT_SETTINGS, ...change });

describe('the plugin config validator (§7)', () => {
  it('accepts the defaults and the playground’s values', () => {
    expect(() => config.validator(DEFAULT_SETTINGS)).not.toThrow();
    expect(() => config.validator(withChange({ agency: 'China Daily', editionTimeZone: 'Asia/Shanghai' }))).not.toThrow();
    expect(() => config.validator(withChange({ datelineStyle: { template: '{CITY}, {month} {day} -', months: Array(12).fill('M') } }))).not.toThrow();
  });

  it.each([
    [{ topNews: { size: 0 } }, 'topNews.size'],
    [{ topNews: { size: 51 } }, 'topNews.size'],
    [{ slug: { maxLength: 15 } }, 'slug.maxLength'],
    [{ slug: { maxLength: 201 } }, 'slug.maxLength'],
    [{ editionTimeZone: 'Asia/Atlantis' }, 'editionTimeZone'],
    [{ datelineStyle: 'bbc' }, 'datelineStyle'],
    [{ datelineStyle: { template: 'no city token', months: Array(12).fill('M') } }, 'datelineStyle'],
    [{ quotes: { autoExtract: 'yes' } }, 'quotes.autoExtract'],
    [{ publicRead: 1 }, 'publicRead'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j with a message naming %s', (change, key) => {
    expect(() => config.validator(withChange(change))).toThrow(new RegExp(`Invalid newsroom plugin config — .*${key.replace('.', '\\.')}`));
  });
});
