/** Thrown by CLI commands for bad arguments: printed as is, exit code 2. */
export class UsageError extends Error {}
