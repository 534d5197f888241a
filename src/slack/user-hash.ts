// Slack user ids are never stored raw: feedback keeps a salted SHA-256 prefix.
import { createHash } from 'node:crypto';

export function hashUserId(userId: string, salt = 'polderbot'): string {
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 32);
}
