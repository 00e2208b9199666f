/** Topics per sitemap file: at most 50 × 11 languages × 2 variants = 1,100 addresses, made well within a second. */
export const topicsPerFile = 50
