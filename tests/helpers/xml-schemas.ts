import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * `xmllint --schema`, as Search Console's own checks read a sitemap: a throw (with xmllint's
 * message) when the document is not valid. The schemas and their sources: tests/fixtures/schemas.
 */
const SCHEMAS = path.join(__dirname, '..', 'fixtures', 'schemas');

function xmllint(xml: string, ...options: string[]): void {
  execFileSync('xmllint', ['--noout', '--nonet', ...options, '-'], {
    input: xml,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** A `urlset` with the news and XHTML extensions: sitemaps.org's, Google's and W3C's schemas. */
export const validateSitemap = (xml: string) =>
  xmllint(xml, '--schema', path.join(SCHEMAS, 'all.xsd'));

/** A `sitemapindex`: sitemaps.org's index schema. */
export const validateSitemapIndex = (xml: string) =>
  xmllint(xml, '--schema', path.join(SCHEMAS, 'siteindex.xsd'));

/** Well-formed XML, whatever its vocabulary (RSS and Atom have no official XSD). */
export const checkWellFormed = (xml: string) => xmllint(xml);
