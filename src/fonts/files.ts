// Made by `npm run fonts` (scripts/fonts.ts) from src/fonts/subsets.ts: do not edit.
export const fontFiles = [
  {
    "family": "Noto Sans Arabic",
    "weight": 400,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-arabic-400.4e2ca0745c.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 700,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-arabic-700.d2bf5ac762.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-latin-400.09aee8065d.woff2",
    "fallback": false
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 400,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-arabic-400-subset.bd15d8b292.woff2",
    "fallback": false
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 400,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-latin-400-subset.4193ee7662.woff2",
    "fallback": false
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-latin-700.e77bfe1db9.woff2",
    "fallback": false
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 700,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-arabic-700-subset.167791c0ec.woff2",
    "fallback": false
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 700,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-latin-700-subset.18b819de54.woff2",
    "fallback": false
  }
] as const
