/** The films' staff-facing words (Payload i18n `custom:films:…`, src/i18n/admin.ts). */
const sv = {
  captionsLine: 'Undertexterna, rad {{line}}: {{problem}}',
  notText: 'Undertexterna ska vara text: hela WebVTT-filen.',
  syntax: 'filen är inte giltig WebVTT ({{detail}}).',
  order: 'repliken börjar före den föregående. Ordna replikerna efter starttid.',
  overlap: 'repliken börjar innan den föregående har slutat. Repliker får inte överlappa.',
  pastEnd: 'repliken slutar vid {{found}} s, efter filmens slut ({{limit}} s).',
  lineLength: 'raden har {{found}} tecken; högst {{limit}} går att läsa i tid. Dela raden.',
  tooManyLines: 'repliken har {{found}} rader; högst {{limit}}.',
  timing: 'tiderna ({{found}}) finns inte i de svenska undertexterna. Tiderna är desamma på alla språk: ändra dem på svenska.',
  loadFile: 'Läs in en .vtt-fil',
  loadFileHelp: 'Ersätter texten i fältet med filens innehåll. Inget sparas förrän du sparar.',
  loadFailed: 'Filen kunde inte läsas som text.',
  fileTooLarge: 'Filen är större än {{max}} MiB, den största filmfil som tas emot.',
  notVideo: 'Filen är inte en video i MP4 (H.264/AAC) eller WebM, oavsett vad den heter ({{found}}).',
  noMoov: 'MP4-filen är ofullständig: den saknar sitt index (moov). Exportera eller ladda upp filen igen.',
  brokenMp4: 'MP4-filen är trasig eller avkortad. Exportera eller ladda upp filen igen.',
  mediaTooLarge: 'Filen är större än {{max}} MiB, den största bild eller PDF som tas emot.',
}

const en: typeof sv = {
  captionsLine: 'Captions, line {{line}}: {{problem}}',
  notText: 'The captions must be text: the whole WebVTT file.',
  syntax: 'the file is not valid WebVTT ({{detail}}).',
  order: 'the cue starts before the one before it. Order the cues by start time.',
  overlap: 'the cue starts before the one before it has ended. Cues must not overlap.',
  pastEnd: 'the cue ends at {{found}} s, after the end of the film ({{limit}} s).',
  lineLength: 'the line has {{found}} characters; at most {{limit}} can be read in time. Split the line.',
  tooManyLines: 'the cue has {{found}} lines; at most {{limit}}.',
  timing: 'its timings ({{found}}) are not in the Swedish captions. The timings are the same in every language: change them in Swedish.',
  loadFile: 'Load a .vtt file',
  loadFileHelp: 'Replaces the text in the field with the file’s content. Nothing is saved until you save.',
  loadFailed: 'The file could not be read as text.',
  fileTooLarge: 'The file is larger than {{max}} MiB, the largest film file accepted.',
  notVideo: 'The file is not an MP4 (H.264/AAC) or WebM video, whatever its name ({{found}}).',
  noMoov: 'The MP4 file is incomplete: it has no index (moov box). Export or upload the file again.',
  brokenMp4: 'The MP4 file is broken or cut short. Export or upload the file again.',
  mediaTooLarge: 'The file is larger than {{max}} MiB, the largest image or PDF accepted.',
}

export const filmWords = { sv, en }
export type FilmWords = typeof sv
