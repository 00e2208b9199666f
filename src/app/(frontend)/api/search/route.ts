import { notAllowed, POST } from '@/search/route'

export { POST, notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
