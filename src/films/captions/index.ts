export { rightToLeftCaptions, rightToLeftLine } from './direction'
export { linesOf, parseCaptions, plainText, visibleLength, type CaptionCue, type CaptionError, type CaptionErrorKind, type ParsedCaptions } from './parse'
export { defaultMaxLineLength, defaultMaxLines, validateCaptions, type CaptionLimits } from './validate'
