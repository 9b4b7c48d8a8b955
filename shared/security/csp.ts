/**
 * The Content Security Policy of the app's page.
 *
 * `script-src 'self'` without `'unsafe-eval'` or `'unsafe-inline'`: no code
 * reaches the page but the bundle we ship. This is why the database uses
 * the z-schema validator (ajv compiles with `new Function`).
 * Inline styles stay allowed because React and the UI primitives position
 * popovers with style attributes; styles cannot run code.
 */
export function buildContentSecurityPolicy(
  options: { connectSrc?: readonly string[] } = {},
): string {
  const connectSrc = ["'self'", ...(options.connectSrc ?? [])];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connectSrc,
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as the page's meta tag states it (the browser build talks to the sync server itself). */
export const pageContentSecurityPolicy = buildContentSecurityPolicy({
  connectSrc: ['http:', 'https:'],
});
