import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, pageContentSecurityPolicy } from './csp';
import { isAllowedExternalLink } from './links';

describe('content security policy', () => {
  it('allows scripts only from the app itself', () => {
    for (const policy of [buildContentSecurityPolicy(), pageContentSecurityPolicy]) {
      expect(policy).toContain("script-src 'self';");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('lets the desktop page connect only to itself', () => {
    expect(buildContentSecurityPolicy()).toContain("connect-src 'self';");
  });
});

describe('external links', () => {
  it.each(['https://marupe.lv/', 'http://example.org/a?b=c', 'mailto:kopiena@example.lv'])(
    'opens %s',
    (url) => {
      expect(isAllowedExternalLink(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://user:pass@example.org/',
    'vbscript:msgbox',
    'not a url',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false);
  });
});
