// A request body's top-level fields, read without asserting Bolt's body types
// away: the replay keys and the request log read a few of them, each checked
// (typeof) where it is read.
export const fieldsOf = (body: object): Record<string, unknown> => Object.fromEntries(Object.entries(body));
