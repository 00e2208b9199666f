/** Films: WebVTT captions read and checked with their line numbers, transcripts, cue-wise translation. */
import { describe, expect, it } from 'vitest'

import { validateCaptions, visibleLength } from '@/films/captions'
import { captionLines, captionUnits, captionsComplete, rebuildCaptions } from '@/films/captions/translation'
import { transcriptOf } from '@/films/transcript'

import { swedishCaptions } from '../support/films'

const kinds = (vtt: string, options = {}) => validateCaptions(vtt, options).map((e) => `${e.kind}@${e.line}`)

describe('caption validation', () => {
  it('accepts good captions, and no captions at all', () => {
    expect(validateCaptions(swedishCaptions, { durationSeconds: 30 })).toEqual([])
    expect(validateCaptions('')).toEqual([])
  })

  it('refuses a file that is not WebVTT, on the line of the problem', () => {
    expect(kinds('WEBVT\n\n00:01.000 --> 00:02.000\nHej\n')).toEqual(['syntax@1'])
    expect(kinds('WEBVTT\n\n00:01.000 --> 00:02.000\nHej <x>du</x>\n')[0]).toBe('syntax@4')
    expect(kinds('WEBVTT\n\n00:01.000 --> 00:02.000\nHej\n00:03.000 --> 00:04.000\nDå\n')).toContain('syntax@5')
  })

  it('refuses cues out of order and overlapping cues, each on its timing line', () => {
    expect(kinds('WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n')).toEqual(['order@6'])
    expect(kinds('WEBVTT\n\n00:01.000 --> 00:04.000\nA\n\n00:03.000 --> 00:05.000\nB\n')).toEqual(['overlap@6'])
  })

  it('refuses a cue that ends after the film', () => {
    const errors = validateCaptions(swedishCaptions, { durationSeconds: 10 })
    expect(errors).toEqual([{ kind: 'pastEnd', line: 12, limit: 10, found: 11 }])
  })

  it('refuses lines longer than the limit and cues of more than two lines', () => {
    const long = 'Det här är en rad som är alldeles för lång för att hinna läsas'
    expect(validateCaptions(`WEBVTT\n\n00:01.000 --> 00:04.000\nKort\n${long}\n`)).toEqual([{ kind: 'lineLength', line: 5, limit: 42, found: visibleLength(long) }])
    expect(kinds(`WEBVTT\n\n00:01.000 --> 00:04.000\n${long}\n`, { maxLineLength: 80 })).toEqual([])
    expect(kinds('WEBVTT\n\n00:01.000 --> 00:04.000\nEtt\nTvå\nTre\n')).toEqual(['tooManyLines@3'])
  })

  it('counts what a reader sees: tags, Arabic vowel marks and direction marks take no room', () => {
    expect(visibleLength('مَرْحَبًا')).toBe(5)
    expect(visibleLength('\u2066020-50 50 50\u2069')).toBe(12)
    const voiced = `WEBVTT\n\n00:01.000 --> 00:04.000\n<v Berättare>${'a'.repeat(42)}</v>\n`
    expect(validateCaptions(voiced)).toEqual([])
  })
})

describe('transcript', () => {
  it('is the cues in order, with speakers and descriptions', () => {
    expect(transcriptOf(swedishCaptions)).toEqual([
      { start: 1, end: 4, speaker: 'Berättare', text: 'Det är aldrig ditt fel.', kind: 'speech' },
      { start: 4.5, end: 8, text: 'Ring 112 om det är akut.', kind: 'speech' },
      { start: 8.5, end: 11, text: '[Text på skärmen: Kvinnofridslinjen 020-50 50 50]', kind: 'description' },
    ])
    expect(transcriptOf('not webvtt')).toEqual([])
  })
})

describe('captions in translation', () => {
  it('are units by cue position and Swedish timing, with the translation matched by timing', () => {
    const finnish = 'WEBVTT\n\n00:00:04.500 --> 00:00:08.000\nSoita 112, jos on kiire.\n'
    const units = captionUnits(swedishCaptions, finnish)
    expect(units.map((u) => u.key)).toEqual(['0_1000-4000', '1_4500-8000', '2_8500-11000'])
    expect(units.map((u) => u.target)).toEqual([undefined, 'Soita 112, jos on kiire.', undefined])
    expect(units[0]).toMatchObject({ source: 'Det är aldrig ditt fel.', speaker: 'Berättare' })
    expect(captionsComplete(swedishCaptions, finnish)).toBe(false)
  })

  it('rebuild a translation on the Swedish timings, ids and speakers, escaping the text', () => {
    const rebuilt = rebuildCaptions(swedishCaptions, '', new Map([['0_1000-4000', 'Se ei ole koskaan sinun vikasi.'], ['1_4500-8000', 'Soita 112 <heti> & nopeasti.']]))
    expect(rebuilt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Berättare>Se ei ole koskaan sinun vikasi.</v>\n\n2\n00:00:04.500 --> 00:00:08.000\nSoita 112 &lt;heti&gt; &amp; nopeasti.\n')
    expect(validateCaptions(rebuilt)).toEqual([])
    expect(captionUnits(swedishCaptions, rebuilt)[1].target).toBe('Soita 112 <heti> & nopeasti.')
  })

  it('break a single long line near its middle, and refuse what does not fit', () => {
    expect(captionLines('Tämä on aika pitkä rivi, joka ei mahdu yhdelle riville')).toEqual(['Tämä on aika pitkä rivi,', 'joka ei mahdu yhdelle riville'])
    expect(captionLines('Lyhyt')).toEqual(['Lyhyt'])
    expect(captionLines('a\nb\nc')).toBeUndefined()
    expect(captionLines('x'.repeat(90))).toBeUndefined()
  })
})
