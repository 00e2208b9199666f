import { parseCaptions, plainText } from './captions'
import type { TreeNode } from 'webvtt-parser'

export interface TranscriptLine {
  start: number
  end: number
  speaker?: string
  text: string
  kind: 'speech' | 'description'
}

/** The first voice (`<v Name>`) of a cue, if any. */
function speakerOf(nodes: TreeNode[]): string | undefined {
  for (const n of nodes) {
    if (n.type !== 'object') continue
    if (n.name === 'v' && n.value.trim()) return n.value.trim()
    const inner = speakerOf(n.children as TreeNode[])
    if (inner) return inner
  }
  return undefined
}

/**
 * A film's transcript, made from its captions in one language: each cue in reading order, its
 * speaker from a WebVTT voice span (`<v Name>`), its lines joined. A cue wholly in square
 * brackets ("[Text on screen: …]", "[phone rings]") describes what is shown or heard. A file that
 * does not parse gives no transcript (a saved file always parses: captions are validated on save).
 */
export function transcriptOf(vtt: string): TranscriptLine[] {
  if (!vtt?.trim()) return []
  const { cues, errors } = parseCaptions(vtt)
  if (errors.length) return []
  return cues.flatMap((cue) => {
    const text = plainText(cue.tree.children).replace(/\s*\n\s*/g, ' ').trim()
    if (!text) return []
    const speaker = speakerOf(cue.tree.children)
    const description = /^\[[^\]]*\]$/.test(text)
    return [{ start: cue.start, end: cue.end, ...(speaker ? { speaker } : {}), text, kind: description ? 'description' as const : 'speech' as const }]
  })
}
