import type { Access } from 'payload'

import { roleOf } from '@/access/roles'

/**
 * Staff read every film file. Readers only the files of a film that is published. Either way only
 * files of a film-files document: the condition makes Payload look the document up before it serves
 * a file by name (see canReadMedia), which also tells how long the file may be kept (fileCaching).
 */
export const canReadFilmFile: Access = async ({ req, isReadingStaticFile }) => {
  if (roleOf(req.user) !== undefined) return isReadingStaticFile ? { id: { exists: true } } : true
  const { docs } = await req.payload.find({
    collection: 'films',
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { video: true, videoWebm: true },
    overrideAccess: true,
    req,
  })
  const ids = docs.flatMap((d) => [d.video, d.videoWebm]).map((f) => (f && typeof f === 'object' ? f.id : f)).filter((id): id is number => typeof id === 'number')
  return { id: { in: ids.length ? ids : [0] } }
}
