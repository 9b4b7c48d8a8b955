/**
 * Where the main process reports what went wrong. Details must never carry
 * what the user typed or sent over IPC: logs end up in bug reports.
 */
export interface Logger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** The logger the app uses until logs are written to a file. */
export const consoleLogger: Logger = {
  warn: (message, details) => (details ? console.warn(message, details) : console.warn(message)),
  error: (message, details) => (details ? console.error(message, details) : console.error(message)),
};

/** A short, payload-free description of a thrown value for the log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `non-Error thrown (${typeof error})`;
}
