import type { GraphQLExtension } from 'payload'

type GraphQL = Parameters<GraphQLExtension>[0]
type Field = { type: unknown; resolve?: (...args: never[]) => unknown }

/**
 * Payload's GraphQL `Access` query answered "Something went wrong" (status 500) to anyone lacking a
 * permission: Payload drops every `false` from the permissions it reports, and GraphQL refuses to
 * leave out a required Boolean. This puts each missing permission back as `false`, walking the
 * query's own type, so the answer says plainly what the caller may not do.
 */
export const accessWithDenials: GraphQLExtension = (graphQL, { Query }) => {
  const access = Query.fields.Access as Field
  const resolve = access.resolve as (...args: unknown[]) => Promise<unknown>
  return {
    Access: { ...access, resolve: async (...args: unknown[]) => withDenials(graphQL, await resolve(...args), access.type) },
  }
}

function withDenials(graphQL: GraphQL, value: unknown, type: unknown, depth = 0): unknown {
  const inner = graphQL.getNullableType(type as never) as unknown
  if (!(inner instanceof graphQL.GraphQLObjectType) || depth > 12) return value
  const result: Record<string, unknown> = { ...((value as Record<string, unknown> | null | undefined) ?? {}) }
  for (const [name, field] of Object.entries(inner.getFields())) {
    const fieldType = graphQL.getNullableType(field.type)
    if (fieldType === graphQL.GraphQLBoolean) result[name] ??= false
    else if (fieldType instanceof graphQL.GraphQLObjectType) result[name] = withDenials(graphQL, result[name], field.type, depth + 1)
  }
  return result
}
