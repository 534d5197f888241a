// Credentials people paste into a question ("waarom werkt xoxb-… niet?") must
// not be kept, logged or republished. Every question passes `redactSecrets`
// before the store writes it, before it is logged, and again before the
// digest shows it (rows written by older versions).
//
// The patterns are taken from two maintained rule sets, both MIT licensed:
//   gitleaks   config/gitleaks.toml        https://github.com/gitleaks/gitleaks
//   secretlint packages/@secretlint/secretlint-rule-*  https://github.com/secretlint/secretlint
// (secretlint's rule preset needs Node 22 and an async lint API, gitleaks is
// a Go binary; neither fits a synchronous check on a 40,000-character string,
// so the regular expressions are carried here, loosened where a question may
// hold a shortened or partly typed token). Each entry names its source rule.
// Patterns are linear (no nested quantifiers) and bounded, so a 40,000-character
// question is redacted in well under a millisecond per pattern.

export const SECRET_PLACEHOLDER = '[verborgen]';

export interface SecretPattern {
  id: string;
  /** source rule: gitleaks id or secretlint rule */
  source: string;
  re: RegExp;
  /** replacement; `$1`… keep a non-secret prefix (a URL's user, `password=`) */
  replace?: string;
}

const P = SECRET_PLACEHOLDER;

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  // PEM blocks first: they contain base64 that other patterns would cut up
  { id: 'private-key', source: 'gitleaks private-key; secretlint-rule-privatekey', re: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|$)/g },
  { id: 'slack-token', source: 'gitleaks slack-bot-token, slack-user-token, slack-legacy-*; secretlint-rule-slack', re: /\bxox[a-z]-[0-9A-Za-z-]{6,}/g },
  { id: 'slack-config-token', source: 'gitleaks slack-config-access-token, slack-config-refresh-token', re: /\bxoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{20,}/g },
  { id: 'slack-app-token', source: 'gitleaks slack-app-token; secretlint-rule-slack', re: /\bxapp-[0-9A-Za-z-]{6,}/g },
  { id: 'slack-webhook', source: 'gitleaks slack-webhook-url; secretlint-rule-slack', re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{10,}/g },
  { id: 'anthropic-key', source: 'gitleaks anthropic-api-key, anthropic-admin-api-key; secretlint-rule-anthropic', re: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  { id: 'openai-key', source: 'gitleaks openai-api-key; secretlint-rule-openai', re: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,}/g },
  { id: 'aws-access-key-id', source: 'gitleaks aws-access-token; secretlint-rule-aws AWSAccessKeyID', re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
  { id: 'aws-secret-access-key', source: 'secretlint-rule-aws AWSSecretAccessKey', re: /(aws.{0,20}?(?:secret|key).{0,20}?['"=:\s]{1,5})[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi, replace: `$1${P}` },
  { id: 'github-token', source: 'gitleaks github-pat, github-oauth, github-app-token, github-refresh-token; secretlint-rule-github', re: /\bgh[pousr]_[A-Za-z0-9_]{30,255}/g },
  { id: 'github-fine-grained-pat', source: 'gitleaks github-fine-grained-pat; secretlint-rule-github', re: /\bgithub_pat_[A-Za-z0-9_]{22,255}/g },
  { id: 'gitlab-token', source: 'gitleaks gitlab-pat, gitlab-ptt, gitlab-rrt', re: /\bgl(?:pat|ptt|rt)-[A-Za-z0-9_-]{20,}/g },
  { id: 'gcp-api-key', source: 'gitleaks gcp-api-key; secretlint-rule-gcp', re: /\bAIza[0-9A-Za-z_-]{35}/g },
  { id: 'google-oauth-secret', source: 'secretlint-rule-gcp (OAuth client secret)', re: /\bGOCSPX-[A-Za-z0-9_-]{20,}/g },
  { id: 'google-oauth-token', source: 'gitleaks gcp-api-key family (ya29 access tokens)', re: /\bya29\.[0-9A-Za-z_-]{20,}/g },
  { id: 'stripe-key', source: 'gitleaks stripe-access-token', re: /\b(?:sk|rk|pk)_(?:live|test|prod)_[0-9A-Za-z]{10,99}/g },
  { id: 'npm-token', source: 'gitleaks npm-access-token; secretlint-rule-npm', re: /\bnpm_[A-Za-z0-9]{36}/g },
  { id: 'sendgrid-key', source: 'gitleaks sendgrid-api-token; secretlint-rule-sendgrid', re: /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/g },
  { id: 'huggingface-token', source: 'gitleaks huggingface-access-token', re: /\bhf_[A-Za-z]{30,40}\b/g },
  { id: 'databricks-token', source: 'gitleaks databricks-api-token', re: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g },
  { id: 'azure-storage-key', source: 'gitleaks azure-storage-account-key (AccountKey=)', re: /(AccountKey=)[A-Za-z0-9+/=]{40,}/g, replace: `$1${P}` },
  { id: 'jwt', source: 'gitleaks jwt', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { id: 'authorization-header', source: 'gitleaks curl-auth-header; secretlint-rule-basicauth', re: /\b(Bearer|Basic|Token)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi, replace: `$1$2${P}` },
  { id: 'password-in-url', source: 'secretlint-rule-basicauth; gitleaks (URL credentials)', re: /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,200}:)[^\s/@]{1,200}@/gi, replace: `$1${P}@` },
  { id: 'generic-assignment', source: 'gitleaks generic-api-key (keyword = value)', re: /\b(password|passwd|pwd|wachtwoord|secret|client_secret|api[_-]?key|access[_-]?token|auth[_-]?token)(\s*[:=]\s*)(?!\[verborgen\])["']?[^\s"',;]{6,}["']?/gi, replace: `$1$2${P}` },
];

/** Replaces every credential-looking string in `text` with [verborgen]. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const p of SECRET_PATTERNS) out = out.replace(p.re, p.replace ?? P);
  return out;
}

/** True when `text` holds something that `redactSecrets` would hide. */
export function containsSecret(text: string): boolean {
  return SECRET_PATTERNS.some((p) => {
    p.re.lastIndex = 0;
    const hit = p.re.test(text);
    p.re.lastIndex = 0;
    return hit;
  });
}
