/** `ninjs.headlines[0].value`: a path as a JSON reader writes it, array indexes in brackets. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' || /^\d+$/.test(String(segment))
        ? `[${String(segment)}]`
        : `${index > 0 ? '.' : ''}${String(segment)}`
    )
    .join('');
}
