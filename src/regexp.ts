// Text to match literally inside a RegExp built at run time.

/** `s` with every RegExp metacharacter escaped. Pure. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
