import { GET, HEAD, notAllowed, OPTIONS, POST } from '@/reach/view'

export { GET, HEAD, OPTIONS, POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
