/** Test material for films: tiny video files by their boxes, and captions. */

const box = (type: string, body: Buffer = Buffer.alloc(0)) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

const ftyp = () => box('ftyp', Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1')]))

/** The boxes of an MP4 (ftyp, moov, mdat): what the upload checks read. Not playable, and need not be. */
export const mp4 = (mdatBytes = 1024) => Buffer.concat([ftyp(), box('moov', box('mvhd', Buffer.alloc(100))), box('mdat', Buffer.alloc(mdatBytes, 7))])

/** An MP4 whose recording stopped before the index was written: no moov box. */
export const mp4WithoutMoov = () => Buffer.concat([ftyp(), box('mdat', Buffer.alloc(2048, 7))])

/** An MP4 cut short in the middle of a box (an upload that stopped). */
export const mp4CutShort = () => mp4(4096).subarray(0, 2000)

/** A WebM's EBML header with the `webm` doc type. */
export const webm = () =>
  Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84]), Buffer.from('webm'), Buffer.from([0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]), Buffer.alloc(512, 0)])

export const swedishCaptions = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Berättare>Det är aldrig ditt fel.</v>

2
00:00:04.500 --> 00:00:08.000
Ring 112 om det är akut.

3
00:00:08.500 --> 00:00:11.000
[Text på skärmen:
Kvinnofridslinjen 020-50 50 50]
`
