/** A refused field's reason reaches the REST caller, whatever the bundled error class is called. */
import { formatErrors } from 'payload'
import { describe, expect, it } from 'vitest'

import { clientErrorsAre400, publicReasonsKept } from '@/site/apiErrors'

const req = { method: 'POST', headers: new Headers({ 'content-type': 'application/json' }), data: {} }

describe('clientErrorsAre400', () => {
  it('passes on why each field was refused, also when the class name is minified', async () => {
    const error = Object.assign(new Error('The following field is invalid: Text'), {
      name: 'e',
      status: 400,
      data: { collection: 'interface-strings', errors: [{ message: 'The placeholders must be those of the Swedish text: {phone}', path: 'value', label: 'Text' }] },
    })
    const result = await clientErrorsAre400({ error, req } as never)
    expect(result).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', message: 'The following field is invalid: Text', data: { errors: [{ message: 'The placeholders must be those of the Swedish text: {phone}', path: 'value', label: 'Text' }] } }] },
    })
  })

  it('leaves other errors as Payload reports them', async () => {
    const error = Object.assign(new Error('Forbidden'), { status: 403, data: null })
    expect(await clientErrorsAre400({ error, req } as never)).toBeUndefined()
  })
})

describe('publicReasonsKept', () => {
  // As the built server has it: APIError's class is anonymous there, so the error's name is ''.
  const anonymous = (message: string, status: number, isPublic?: boolean) => Object.assign(new Error(message), { name: '', status, data: null, isPublic })
  const hook = (error: Error) => publicReasonsKept({ error, req, result: formatErrors(error as never) } as never)

  it('gives REST the reason of a public refusal that Payload could not word', async () => {
    const error = anonymous('You change them in Soomaali once an admin has let you publish that language.', 403, true)
    expect(formatErrors(error as never).errors[0].message, 'what Payload answers alone').toBe('An unknown error occurred.')
    expect(await hook(error)).toEqual({ response: { errors: [{ name: 'APIError', message: 'You change them in Soomaali once an admin has let you publish that language.' }] } })
  })

  it('keeps a server error’s message and a private one hidden, and leaves worded errors alone', async () => {
    expect(await hook(anonymous('connect ECONNREFUSED 10.0.0.7:5432', 500))).toBeUndefined()
    expect(await hook(anonymous('secret detail', 403, false))).toBeUndefined()
    expect(await hook(Object.assign(new Error('Not allowed'), { status: 403 }))).toBeUndefined()
    // GraphQL words its errors itself (no REST result).
    expect(await publicReasonsKept({ error: anonymous('why', 403, true), req } as never)).toBeUndefined()
  })
})
