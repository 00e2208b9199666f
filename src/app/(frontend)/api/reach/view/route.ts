import { GET, HEAD, notAllowed, POST } from '@/reach/view'

export { GET, HEAD, POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
