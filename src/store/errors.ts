/** The database cannot be used as it is; the message says what to do. The file is left untouched. */
export class StoreError extends Error {
  override name = 'StoreError';
}
