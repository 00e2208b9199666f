/**
 * Sample illustrations for the demo, drawn as SVG here and turned into PNG by sharp at seed time,
 * so no binary image needs to be in the repository. Each has an alt text in every language.
 */
import sharp from 'sharp'

import type { Locale } from '@/i18n/locales'

export interface SampleImage {
  key: string
  topic: string
  svg: string
  alt: Record<Locale, string>
}

const frame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#e8edf3"/>${body}</svg>`

export const sampleImages: SampleImage[] = [
  {
    key: 'house-heart',
    topic: 'violence-close-relationships',
    svg: frame(
      '<rect x="430" y="300" width="340" height="260" fill="#1d3557"/><polygon points="400,310 600,150 800,310" fill="#b10e1e"/><rect x="560" y="420" width="80" height="140" fill="#f3f2f1"/><rect x="470" y="350" width="70" height="60" fill="#ffdd00"/><path d="M690 360c0-25 35-35 45-10 10-25 45-15 45 10 0 30-45 55-45 55s-45-25-45-55z" fill="#ffdd00"/>',
    ),
    alt: {
      sv: 'Illustration: ett hus med ett tänt fönster och ett hjärta.',
      fi: 'Kuvitus: talo, jonka ikkunassa palaa valo, ja sydän.',
      en: 'Illustration: a house with a lit window and a heart.',
      so: 'Sawir: guri leh daaqad iftiimaysa iyo wadne.',
      sr: 'Илустрација: кућа са осветљеним прозором и срцем.',
      bs: 'Ilustracija: kuća s osvijetljenim prozorom i srcem.',
      hr: 'Ilustracija: kuća s osvijetljenim prozorom i srcem.',
      pl: 'Ilustracja: dom z oświetlonym oknem i sercem.',
      es: 'Ilustración: una casa con una ventana iluminada y un corazón.',
      ar: 'رسم توضيحي: منزل بنافذة مضاءة وقلب.',
      fa: 'تصویرسازی: خانه‌ای با پنجره‌ای روشن و یک قلب.',
    },
  },
  {
    key: 'speech-bubbles',
    topic: 'worried-about-someone',
    svg: frame(
      '<rect x="300" y="180" width="360" height="200" rx="40" fill="#1d3557"/><polygon points="380,370 360,450 450,375" fill="#1d3557"/><rect x="560" y="300" width="340" height="190" rx="40" fill="#00703c"/><polygon points="820,480 850,560 760,485" fill="#00703c"/><circle cx="400" cy="280" r="18" fill="#fff"/><circle cx="480" cy="280" r="18" fill="#fff"/><circle cx="560" cy="280" r="18" fill="#fff"/>',
    ),
    alt: {
      sv: 'Illustration: två pratbubblor, som när två personer pratar med varandra.',
      fi: 'Kuvitus: kaksi puhekuplaa, kuin kaksi ihmistä puhuisi keskenään.',
      en: 'Illustration: two speech bubbles, as when two people talk to each other.',
      so: 'Sawir: laba goobo hadal, sida marka laba qof ay wada hadlaan.',
      sr: 'Илустрација: два облачића за говор, као када двоје људи разговара.',
      bs: 'Ilustracija: dva oblačića za govor, kao kada dvoje ljudi razgovara.',
      hr: 'Ilustracija: dva oblačića za govor, kao kad dvoje ljudi razgovara.',
      pl: 'Ilustracja: dwa dymki z rozmową, jak gdy dwie osoby ze sobą rozmawiają.',
      es: 'Ilustración: dos bocadillos de diálogo, como cuando dos personas hablan.',
      ar: 'رسم توضيحي: فقاعتا كلام، كما عندما يتحدث شخصان معًا.',
      fa: 'تصویرسازی: دو حباب گفتگو، مانند وقتی که دو نفر با هم حرف می‌زنند.',
    },
  },
  {
    key: 'phone',
    topic: 'safety-planning',
    svg: frame(
      '<rect x="490" y="120" width="220" height="430" rx="36" fill="#1d3557"/><rect x="515" y="170" width="170" height="300" fill="#f3f2f1"/><circle cx="600" cy="510" r="20" fill="#f3f2f1"/><path d="M560 290c10 40 40 70 80 80l20-20 30 20-15 35c-70-5-130-65-135-135l35-15 20 30z" fill="#00703c"/>',
    ),
    alt: {
      sv: 'Illustration: en mobiltelefon med en telefonlur på skärmen.',
      fi: 'Kuvitus: matkapuhelin, jonka näytöllä on puhelimen kuuloke.',
      en: 'Illustration: a mobile phone with a handset symbol on its screen.',
      so: 'Sawir: taleefan gacmeed oo shaashaddiisa ay ku jirto calaamadda taleefanka.',
      sr: 'Илустрација: мобилни телефон са симболом слушалице на екрану.',
      bs: 'Ilustracija: mobilni telefon sa simbolom slušalice na ekranu.',
      hr: 'Ilustracija: mobitel sa simbolom slušalice na zaslonu.',
      pl: 'Ilustracja: telefon komórkowy z symbolem słuchawki na ekranie.',
      es: 'Ilustración: un teléfono móvil con el símbolo de un auricular en la pantalla.',
      ar: 'رسم توضيحي: هاتف محمول على شاشته رمز سماعة.',
      fa: 'تصویرسازی: یک تلفن همراه با نماد گوشی روی صفحه‌اش.',
    },
  },
]

export function renderSampleImage(image: SampleImage): Promise<Buffer> {
  return sharp(Buffer.from(image.svg)).png({ compressionLevel: 9 }).toBuffer()
}
