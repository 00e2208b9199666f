import { notAllowed, OPTIONS, POST } from '@/search/route'

export { OPTIONS, POST, notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
