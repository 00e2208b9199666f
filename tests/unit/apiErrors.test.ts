/** A refused field's reason reaches the REST caller, whatever the bundled error class is called. */
import { describe, expect, it } from 'vitest'

import { clientErrorsAre400 } from '@/site/apiErrors'

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
