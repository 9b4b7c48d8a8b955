/** Schemes a link from the workbook may open outside the app. */
export const allowedLinkSchemes = ['http:', 'https:', 'mailto:'] as const;

/**
 * Whether a link may leave the app: http, https or mailto only, no
 * credentials in it, and of a sane length.
 */
export function isAllowedExternalLink(url: string): boolean {
  if (url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!(allowedLinkSchemes as readonly string[]).includes(parsed.protocol)) return false;
  if (parsed.username || parsed.password) return false;
  return parsed.protocol === 'mailto:' || parsed.hostname.length > 0;
}
