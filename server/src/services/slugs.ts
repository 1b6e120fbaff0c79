import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import {
  makeSlugBase,
  pickFreeSlug,
  siblingNumber,
  slugQueryPrefix,
  type SlugDecision,
  type SlugRules,
} from '../domain/slug';
import { slugClaims, type ClaimKey } from '../repositories/slug-claims';
import { fieldError } from '../validation/field-error';
import { canReadHolder } from '../utils/holder-visibility';

export interface SlugTarget {
  uid: string;
  locale: string;
  /** The document being written; a placeholder from `placeholderId()` while it is being created. */
  documentId: string;
}

/** One slug write: the document, what domain/slug's decideSlug decided, and the slug it has now. */
export interface SlugWrite {
  target: SlugTarget;
  decision: SlugDecision;
  rules: SlugRules;
  /** The document's slug before the write (null for a new document). */
  current?: string | null;
  /** A create's slug chosen before the insert by `guess`. */
  guess?: string | null;
}

/** More concurrent writers of one headline than this within one write is not a newsroom. */
const MAX_CLAIM_ATTEMPTS = 100;

/**
 * Siblings read per write. A headline with more `-N` siblings has only its highest-numbered ones
 * read, and takes the next number after them, so a write costs the same with 3 siblings or 3,000
 * (a gap left lower down by a deleted article is not reused then).
 */
const SIBLINGS_READ = 100;

/**
 * Unique slugs for any content type (generic over uid and locale): the pure rules of domain/slug
 * applied to the slug registry. One query reads every taken `base`, `base-N` slug; the free suffix
 * is computed in memory; the registry's primary key settles races (see slug-claims).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const claims = () => slugClaims(strapi);

  /** Who holds a slug: named to those allowed to read the holder (holder-visibility), else only "another document". */
  async function holder(key: ClaimKey, slug: string): Promise<Holder | null> {
    const documentId = await claims().holderOf(key, slug);
    if (!documentId) return null;
    // Strapi types `db.query` by the app's generated uids, which cannot name a plugin's types.
    const entry = (await strapi.db.query(key.uid as never).findOne({
      where: { documentId, locale: key.locale, publishedAt: null },
      // What permission conditions read: the creator (Author role), the locale (i18n).
      select: ['id', 'documentId', 'headline', 'locale'],
      populate: { createdBy: { select: ['id'] } },
    })) as { headline?: string } | null;
    if (!canReadHolder(strapi, key.uid, entry)) return { documentId, headline: null, hidden: true };
    return { documentId, headline: entry?.headline ?? null };
  }

  /** The claimed slugs that can block `base`'s candidates, and the first `-N` worth trying. */
  async function siblings(target: SlugTarget, base: string, rules: SlugRules) {
    const prefix = slugQueryPrefix(base, rules);
    const holders = await claims().holdersWithPrefix(target, prefix, SIBLINGS_READ);
    if (holders.length < SIBLINGS_READ) return { holders, from: 2 };
    const lowest = siblingNumber(holders[holders.length - 1].slug, base, rules);
    if (lowest !== null) return { holders, from: lowest + 1 };
    // The read ended on a longer slug that merely shares the prefix: only all of them decide.
    return { holders: await claims().holdersWithPrefix(target, prefix), from: 2 };
  }

  /** A free slug made from `source` (a headline), claimed for the target (docs/slugs.md, 3–5). */
  async function claimGenerated(target: SlugTarget, source: string, rules: SlugRules) {
    const base = makeSlugBase(source, rules);
    const { holders, from } = await siblings(target, base, rules);
    const own = new Set(
      holders.filter((row) => row.documentId === target.documentId).map((row) => row.slug)
    );
    const taken = new Set(
      holders.filter((row) => row.documentId !== target.documentId).map((row) => row.slug)
    );

    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt += 1) {
      const candidate = pickFreeSlug(base, taken, rules, from);
      if (own.has(candidate)) return candidate;
      if (await claims().tryClaim(target, candidate, target.documentId)) return candidate;
      // Another writer committed this one after our read: the next suffix, with no new read.
      taken.add(candidate);
    }
    throw new errors.ApplicationError(
      `No free slug for "${base}" after ${MAX_CLAIM_ATTEMPTS} attempts`
    );
  }

  /**
   * A slug given by an editor or client, normalised (docs/slugs.md) and claimed; a reserved slug or one
   * another document holds is a 400 naming the field and the holder, and nothing is written.
   */
  async function claimExplicit(target: SlugTarget, given: string, rules: SlugRules) {
    const slug = makeSlugBase(given, rules);
    if (rules.reserved.some((word) => word.toLowerCase() === slug)) {
      throw slugError(`The slug "${slug}" is reserved`, slug);
    }
    if (await claims().tryClaim(target, slug, target.documentId)) return slug;
    const current = await holder(target, slug);
    if (!current || current.documentId === target.documentId) return slug;
    throw heldError(slug, current);
  }

  return {
    placeholderId(): string {
      return `pending:${randomUUID()}`;
    },

    /**
     * For a document being created, which has no id yet: the slug it is written with, claimed
     * afterwards under the new id (`apply` with this `guess`), in the same transaction. A generated
     * slug is guessed without a read: the plain slug from the headline, which most headlines leave
     * free, so the one statement a create's slug costs is the claim; a guess another document holds
     * costs a read, a claim and a rewrite of the new rows. A given slug another document holds is
     * refused here, before anything is written.
     */
    async guess({ target, decision, rules }: SlugWrite): Promise<string | null> {
      if (decision.kind === 'generate')
        return pickFreeSlug(makeSlugBase(decision.source, rules), [], rules);
      if (decision.kind === 'keep') return null;
      // The new document holds nothing yet: any holder is another document.
      const current = await holder(target, decision.slug);
      if (current) throw heldError(decision.slug, current);
      return decision.slug;
    },

    /**
     * Carries out a decision of domain/slug's decideSlug: the slug the document will have, claimed.
     * With a `guess` (a create's), the guess is claimed when free, else the next free slug.
     */
    async apply({
      target,
      decision,
      rules,
      current = null,
      guess,
    }: SlugWrite): Promise<string | null> {
      if (decision.kind === 'keep') return guess === undefined ? current : guess;
      if (decision.kind === 'given') return claimExplicit(target, guess ?? decision.slug, rules);
      if (guess && (await claims().tryClaim(target, guess, target.documentId))) return guess;
      return claimGenerated(target, decision.source, rules);
    },

    /**
     * The same decision as `apply`, for the admin preview: reads, never claims. A given slug held by
     * another document comes back with its holder, which saving would refuse.
     */
    async preview({ target, decision, rules, current = null }: SlugWrite) {
      if (decision.kind === 'keep') return { slug: current, takenBy: null };
      if (decision.kind === 'given') {
        const held = await holder(target, decision.slug);
        if (!held || held.documentId === target.documentId)
          return { slug: decision.slug, takenBy: null };
        return {
          slug: decision.slug,
          takenBy: held.hidden ? { documentId: null, headline: null } : held,
        };
      }
      const base = makeSlugBase(decision.source, rules);
      const { holders, from } = await siblings(target, base, rules);
      const taken = holders
        .filter((row) => row.documentId !== target.documentId)
        .map((row) => row.slug);
      return { slug: pickFreeSlug(base, taken, rules, from), takenBy: null };
    },
  };
};

/** `hidden`: the asker may not read the holder, so it learns only that the slug is taken. */
type Holder = { documentId: string; headline: string | null; hidden?: true };

function slugError(message: string, slug: string, holder?: Holder) {
  return fieldError(
    'slug',
    message,
    slug,
    holder && !holder.hidden
      ? { holder: { documentId: holder.documentId, headline: holder.headline } }
      : {}
  );
}

function heldError(slug: string, holder: Holder) {
  if (holder.hidden)
    return slugError(`The slug "${slug}" is already used by another document`, slug, holder);
  const named = holder.headline ? ` ("${holder.headline}")` : '';
  return slugError(
    `The slug "${slug}" is already used by another document: ${holder.documentId}${named}`,
    slug,
    holder
  );
}
