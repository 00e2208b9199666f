/**
 * Topics per sitemap file: at most 25 × 11 languages × 2 variants = 550 addresses (about 0.7 MB),
 * so a file made again after a publish answers within a second (issue #12: 1,100 a file took up to 1.1 s).
 */
export const topicsPerFile = 25
