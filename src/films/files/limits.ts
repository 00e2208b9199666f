/** Largest film file accepted, in bytes (env FILM_MAX_BYTES, default 500 MiB). */
export const filmMaxBytes = Number(process.env.FILM_MAX_BYTES || 500 * 1024 * 1024)

/** What a browser plays natively with `<video>`: MP4 (H.264/AAC) and WebM. */
export const filmMimeTypes = ['video/mp4', 'video/webm']
