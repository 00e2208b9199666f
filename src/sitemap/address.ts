/**
 * Where the sitemap's files are read. sitemaps.org lets a file list only addresses under its own
 * folder, so the files stand at the root beside the index (`/sitemap-pages.xml`, not
 * `/sitemap/pages.xml`). Next serves them from the route src/app/sitemap/[file] through the rewrite
 * below (next.config.ts). Relative imports only: next.config.ts loads this file.
 */
export const sitemapFilePath = (name: string) => `/sitemap-${name}`

/** The rewrite of a file's public address to its route (and, by its source, its cache header: src/edge/headers.ts); other names stay unknown (404). */
export const sitemapRewrite = { source: '/sitemap-:file(pages\\.xml|topics-\\d+\\.xml)', destination: '/sitemap/:file' }
