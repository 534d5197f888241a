// The logging the digest needs; pino loggers fit as they are.
export interface DigestLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: DigestLogger = { info() {}, warn() {}, error() {} };
