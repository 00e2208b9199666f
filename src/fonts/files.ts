// Made by `npm run fonts` (scripts/fonts.ts) from src/fonts/subsets.ts: do not edit.
export const fontFiles = [
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-cyrillic-ext-400.fa8331498f.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-cyrillic-400.05af9e705d.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-devanagari-400.1ccb720178.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-greek-ext-400.cf9669423c.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-greek-400.c7c42b4b60.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-vietnamese-400.0f0c8a4858.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 400,
    "dir": "ltr",
    "url": "/fonts/noto-sans-latin-ext-400.c8e6bf928a.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans Arabic",
    "weight": 400,
    "dir": "rtl",
    "url": "/fonts/noto-sans-arabic-arabic-400.4e2ca0745c.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-cyrillic-ext-700.d5af4da095.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-cyrillic-700.0980b97224.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-devanagari-700.d2c26ac327.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-greek-ext-700.028e5e1a2d.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-greek-700.453c49c904.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-vietnamese-700.81e42f41bb.woff2",
    "fallback": true
  },
  {
    "family": "Noto Sans",
    "weight": 700,
    "dir": "ltr",
    "url": "/fonts/noto-sans-latin-ext-700.c0cd431266.woff2",
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
