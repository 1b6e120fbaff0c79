import { createHash } from 'node:crypto';

/**
 * Conditional GET for the feeds (docs/feeds.md#caching), as RFC 9110 §13 orders it. The entity tag
 * is a hash of the body itself: whatever changes a feed's bytes — a publish, an unpublish, a
 * deletion, a correction, a settings change — changes its tag, with no bookkeeping to get wrong.
 */
export interface Validators {
  etag: string;
  lastModified: Date;
}

export interface ConditionalRequest {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Weak comparison (§8.8.3.2): `W/"x"` matches `"x"`; `*` matches any current representation. */
function matchesAny(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = ifNoneMatch.split(',').map(opaque);
  return wanted.includes('*') || wanted.includes(opaque(etag));
}

/** True when a 304 answers: If-None-Match decides when sent; If-Modified-Since only without it. */
export function isNotModified(request: ConditionalRequest, validators: Validators): boolean {
  if (request.ifNoneMatch) return matchesAny(request.ifNoneMatch, validators.etag);
  if (!request.ifModifiedSince) return false;
  const since = Date.parse(request.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return validators.lastModified.getTime() <= since;
}
