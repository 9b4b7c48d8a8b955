/**
 * Where the main process reports what went wrong. Details must never carry
 * what the user typed or sent over IPC: logs end up in bug reports.
 */
export interface Logger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** A logger that also takes routine lines (the updater's progress). */
export interface AppLogger extends Logger {
  info(message: string, details?: Record<string, unknown>): void;
}

/** A short, payload-free description of a thrown value for the log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `non-Error thrown (${typeof error})`;
}

const redacted = '[redacted]';
/** Longer strings are cut: a long string in a log line is most likely content. */
const maxStringLength = 2000;
const maxDepth = 6;

/**
 * Detail keys whose values are never written: secrets, and anything that
 * could hold what the user wrote (documents, bodies, drafts).
 */
const secretKey =
  /pass(word|wd|phrase)?|secret|token|auth|cookie|session|credential|api[-_]?key|private|body|content|payload|html|text|draft|document|^doc$|^data$|^value$|^input$/i;

/** Secrets inside free text: headers, URL credentials, query and JSON fields. */
const secretPatterns: [RegExp, string][] = [
  [/\b(authorization|proxy-authorization)(["']?\s*[:=]\s*["']?)[^\r\n"',}]+/gi, `$1$2${redacted}`],
  [/\b(set-cookie|cookie)(["']?\s*[:=]\s*["']?)[^\r\n"}]+/gi, `$1$2${redacted}`],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g, `$1 ${redacted}`],
  [/\bAuthSession=[^;\s"']+/g, `AuthSession=${redacted}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${redacted}@`],
  [
    /(["']?\b(?:password|passwd|pwd|secret|token|access_token|api_key|apikey)\b["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;}]+)/gi,
    `$1${redacted}`,
  ],
];

/** `text` with secrets masked and its length bounded. */
export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of secretPatterns)
    result = result.replace(pattern, replacement);
  return result.length > maxStringLength
    ? `${result.slice(0, maxStringLength)}… [${result.length - maxStringLength} more characters]`
    : result;
}

/** A copy of `value` fit for a log file: secret keys dropped, strings masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
  }
  if (depth >= maxDepth) return '[…]';
  if (value instanceof Error) return redactText(describeError(value));
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = secretKey.test(key) ? redacted : redact(item, depth + 1);
  }
  return result;
}

/** One log line: time, level, message, details as JSON, all redacted. */
export function formatLogLine(
  level: 'INFO' | 'WARN' | 'ERROR',
  message: string,
  details: Record<string, unknown> | undefined,
  now: Date,
): string {
  let line = `${now.toISOString()} ${level} ${redactText(message).replace(/[\r\n]+/g, ' ')}`;
  if (details) {
    try {
      line += ` ${JSON.stringify(redact(details))}`;
    } catch {
      line += ' [details could not be written]';
    }
  }
  return line;
}
