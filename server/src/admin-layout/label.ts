/** "datelineCity" → "Dateline city": an attribute name as an editor reads it. */
export function labelOf(attributeName: string): string {
  const words = attributeName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
