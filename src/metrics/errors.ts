/** Bad indicator input (unknown id, area or period). The message lists the valid values. */
export class MetricsInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsInputError';
  }
}
