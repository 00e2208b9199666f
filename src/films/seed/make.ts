/**
 * `npm run films`: makes the five demo films from their texts (content/*.json), stand-ins for the
 * city's real films. Per film: Swedish narration by espeak-ng, title cards drawn by ffmpeg, an
 * H.264/AAC MP4 with its index first (faststart: a player can start and seek before the whole file
 * is in), a poster, and captions in the eleven languages timed to the narration. The output is
 * committed (assets/<slug>/), so the seed and a fresh machine need neither tool.
 *
 * Needs Debian's ffmpeg and espeak-ng (apt-get install ffmpeg espeak-ng) and fonts-dejavu.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { localeCodes } from '@/i18n/locales'

import {
  checkComplete,
  filmAssets,
  helplinesOf,
  loadDemoFilms,
  loadGuide,
  type DemoFilm,
  type FilmManifest,
  type Guide,
} from './content'
import { maxLineLength, toVtt, wrapCue, type TimedCue } from './vtt'

const font = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
const boldFont = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
const voices: Record<string, string> = { narrator: 'sv', 'Maria Ek': 'sv+f2' }
const wordsPerMinute = '165'
const titleSeconds = 5
const closingSeconds = 5
const beforeSpeech = 0.4
const afterSpeech = 0.8
/** Cues stay 1–7 s and at most about 17 characters a second (content guide). */
const maxCueSeconds = 7
const maxCharsPerSecond = 17
const maxBytes = 2 * 1024 * 1024

interface Wav { rate: number; samples: Buffer }

/** The PCM samples of espeak-ng's 16-bit mono WAV. */
function readWav(file: string): Wav {
  const buf = fs.readFileSync(file)
  let at = 12
  let rate = 0
  while (at < buf.length) {
    const id = buf.toString('ascii', at, at + 4)
    const size = buf.readUInt32LE(at + 4)
    if (id === 'fmt ') rate = buf.readUInt32LE(at + 12)
    if (id === 'data') return { rate, samples: buf.subarray(at + 8, at + 8 + size) }
    at += 8 + size
  }
  throw new Error(`${file}: no data chunk`)
}

function writeWav(file: string, rate: number, samples: Buffer) {
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + samples.length, 4)
  header.write('WAVEfmt ', 8, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(rate, 24)
  header.writeUInt32LE(rate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(samples.length, 40)
  fs.writeFileSync(file, Buffer.concat([header, samples]))
}

interface Card { start: number; end: number; lines: { text: string; size: number; bold?: boolean }[] }

function drawCards(cards: Card[], work: string): string {
  const filters: string[] = []
  cards.forEach((card, c) => {
    const total = card.lines.reduce((sum, l) => sum + l.size * 1.5, 0)
    // Drawn in the upper part: the captions take the lower third.
    let y = Math.round(150 - total / 2)
    card.lines.forEach((line, l) => {
      const file = path.join(work, `card-${c}-${l}.txt`)
      fs.writeFileSync(file, line.text)
      filters.push(
        `drawtext=fontfile=${line.bold ? boldFont : font}:textfile=${file}:fontcolor=white:fontsize=${line.size}` +
          `:x=(w-text_w)/2:y=${y}:enable='between(t,${card.start.toFixed(3)},${card.end.toFixed(3)})'`,
      )
      y += Math.round(line.size * 1.5)
    })
  })
  return filters.join(',')
}

function make(film: DemoFilm, guide: Guide) {
  checkComplete(film)
  const out = filmAssets(film)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `film-${film.key}-`))
  fs.mkdirSync(path.dirname(out.captions('sv')), { recursive: true })

  // The timeline: a title card, one card per spoken segment, a closing card with the numbers.
  let rate = 0
  const pieces: Buffer[] = []
  const silence = (seconds: number) => Buffer.alloc(Math.round(seconds * rate) * 2)
  const speech = film.segments.map((segment, i) => {
    const file = path.join(work, `speech-${i}.wav`)
    execFileSync('espeak-ng', ['-v', voices[segment.speaker] ?? 'sv', '-s', wordsPerMinute, '-w', file, segment.text.sv])
    const wav = readWav(file)
    rate ||= wav.rate
    return wav
  })
  const helplines = helplinesOf(film).slice(0, 2)
  const closing = helplines.map((h) => (h.id === 'emergency' ? h.phone : `${h.name} ${h.phone}`))

  const cards: Card[] = []
  const cues: { start: number; end: number; speaker?: string; text: Record<string, string> }[] = []
  const described = (start: number, end: number, what: Record<string, string>) =>
    cues.push({ start, end, text: Object.fromEntries(localeCodes.map((l) => [l, `[${guide.onScreen[l]}: ${what[l]}]`])) })

  cards.push({
    start: 0,
    end: titleSeconds,
    lines: [
      { text: film.title.sv, size: 34, bold: true },
      { text: 'Demofilm · Fri från våld · Malmö stad', size: 18 },
    ],
  })
  described(0.3, titleSeconds - 0.2, film.title)
  pieces.push(silence(titleSeconds))

  let t = titleSeconds
  film.segments.forEach((segment, i) => {
    const seconds = speech[i].samples.length / 2 / rate
    const start = t + beforeSpeech
    const end = start + seconds + afterSpeech
    const participant = film.participants.find((p) => p.name === segment.speaker)
    cards.push({
      start: t,
      end,
      lines: [{ text: segment.card, size: 40, bold: true }, ...(participant ? [{ text: `${participant.name}, ${participant.role.sv}`, size: 18 }] : [])],
    })
    cues.push({ start, end: Math.min(start + maxCueSeconds, end - 0.1), speaker: segment.speaker, text: segment.text })
    pieces.push(silence(beforeSpeech), speech[i].samples, silence(afterSpeech))
    t = end
  })
  cards.push({ start: t, end: t + closingSeconds, lines: closing.map((text, i) => ({ text, size: i ? 26 : 44, bold: true })) })
  described(t + 0.3, t + closingSeconds - 0.2, Object.fromEntries(localeCodes.map((l) => [l, closing.join(' · ')])))
  pieces.push(silence(closingSeconds))
  const duration = t + closingSeconds

  // Each language: the same cues and times; the narrator's voice per language, a participant's name as is.
  const problems: string[] = []
  for (const locale of localeCodes) {
    const timed: TimedCue[] = cues.map((cue) => ({
      start: cue.start,
      end: cue.end,
      voice: cue.speaker === 'narrator' ? guide.narrator[locale] : cue.speaker,
      text: cue.text[locale],
    }))
    for (const cue of timed) {
      try {
        wrapCue(cue.text)
      } catch {
        problems.push(`${locale}: longer than two lines of ${maxLineLength}: ${cue.text}`)
        continue
      }
      const cps = cue.text.length / (cue.end - cue.start)
      if (cps > maxCharsPerSecond + 0.5) problems.push(`${locale}: ${cps.toFixed(1)} characters a second: ${cue.text}`)
    }
    if (!problems.length) fs.writeFileSync(out.captions(locale), toVtt(timed, locale))
  }
  if (problems.length) throw new Error(`${film.key}:\n  ${problems.join('\n  ')}`)

  const audio = path.join(work, 'narration.wav')
  writeWav(audio, rate, Buffer.concat(pieces))
  execFileSync('ffmpeg', [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', `color=c=0x1f3a5f:s=640x360:r=12:d=${duration.toFixed(3)}`,
    '-i', audio,
    '-vf', drawCards(cards, work),
    '-c:v', 'libx264', '-profile:v', 'main', '-pix_fmt', 'yuv420p', '-preset', 'slow', '-crf', '28', '-tune', 'stillimage',
    // A keyframe every two seconds, so a seek lands close to where the reader asked.
    '-g', '24',
    '-c:a', 'aac', '-b:a', '64k', '-ac', '1', '-ar', '44100',
    '-shortest', '-movflags', '+faststart', '-metadata', `title=${film.title.sv}`, '-metadata:s:a:0', 'language=swe',
    out.video,
  ])
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', '1.5', '-i', out.video, '-frames:v', '1', '-q:v', '3', out.poster])
  const bytes = fs.statSync(out.video).size
  if (bytes > maxBytes) throw new Error(`${film.key}: ${bytes} bytes, more than ${maxBytes}`)
  const manifest: FilmManifest = { durationSeconds: Math.round(duration * 10) / 10 }
  fs.writeFileSync(out.manifest, `${JSON.stringify(manifest, null, 2)}\n`)
  fs.rmSync(work, { recursive: true, force: true })
  console.log(`${film.slug}: ${manifest.durationSeconds} s, ${Math.round(bytes / 1024)} KiB`)
}

const only = process.argv.slice(2)
const guide = loadGuide()
let failed = false
for (const film of loadDemoFilms()) {
  if (only.length && !only.includes(film.key)) continue
  try {
    make(film, guide)
  } catch (error) {
    failed = true
    console.error(error instanceof Error ? error.message : error)
  }
}
if (failed) process.exit(1)
