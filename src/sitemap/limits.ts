/** Topics per sitemap file: at most 25 × 11 languages × 2 variants = 550 addresses (about 0.7 MB a file). */
export const topicsPerFile = 25
