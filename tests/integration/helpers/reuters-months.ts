/**
 * The Reuters style's month names (the playground's dateline style), written out here rather than
 * taken from the plugin, so that the tests judge the plugin's datelines instead of repeating them.
 */
export const REUTERS_MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
