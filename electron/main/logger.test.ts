import { describe, expect, it } from 'vitest';
import { formatLogLine, redact, redactText } from './logger';

const now = new Date('2026-11-26T08:00:00.000Z');

/** A logger that keeps the lines it would write. */
function capture() {
  const lines: string[] = [];
  const write =
    (level: 'INFO' | 'WARN' | 'ERROR') => (message: string, details?: Record<string, unknown>) =>
      lines.push(formatLogLine(level, message, details, now));
  return { lines, log: { info: write('INFO'), warn: write('WARN'), error: write('ERROR') } };
}

describe('the log never holds secrets or what the user wrote', () => {
  it('drops passwords, tokens and cookies given as details', () => {
    const { lines, log } = capture();
    log.warn('sync: sign-in failed', {
      username: 'liga',
      password: 'Slepena-Parole-1',
      headers: { Authorization: 'Basic bGlnYTpTbGVwZW5h', Cookie: 'AuthSession=abc123def' },
      'set-cookie': 'AuthSession=abc123def; Path=/',
      token: 'ghp_0123456789abcdef',
    });
    const [line] = lines;
    expect(line).toContain('liga');
    for (const secret of [
      'Slepena-Parole-1',
      'bGlnYTpTbGVwZW5h',
      'abc123def',
      'ghp_0123456789abcdef',
    ]) {
      expect(line).not.toContain(secret);
    }
  });

  it('masks secrets inside free text such as error messages and URLs', () => {
    const text = [
      'Error: request failed: Authorization: Basic bGlnYTpTbGVwZW5h',
      'GET https://liga:Slepena-Parole-1@sync.example.lv/db/_changes',
      'headers {"authorization":"Bearer eyJhbGciOi.payload.sig","cookie":"AuthSession=abc123def"}',
      'password=Slepena-Parole-1&user=liga',
      '{"password":"Slepena-Parole-1"}',
    ].join('\n');
    const masked = redactText(text);
    for (const secret of ['bGlnYTpTbGVwZW5h', 'Slepena-Parole-1', 'eyJhbGciOi', 'abc123def']) {
      expect(masked).not.toContain(secret);
    }
    expect(masked).toContain('sync.example.lv/db/_changes');
    expect(masked).toContain('user=liga');
  });

  it('leaves out document contents, drafts and request bodies', () => {
    const { lines, log } = capture();
    const need = 'Pagalmā trūkst soliņu un apgaismojuma pie 3. kāpnes';
    log.error('ipc: handler failed', {
      channel: 'sync:fetch',
      body: JSON.stringify({ docs: [{ title: need }] }),
      doc: { data: { title: need } },
      data: { title: need },
      content: need,
      draft: { description: need },
      html: `<p>${need}</p>`,
    });
    expect(lines[0]).toContain('sync:fetch');
    expect(lines[0]).not.toContain('soliņu');
  });

  it('keeps what support needs: the message, codes, versions and stack traces', () => {
    const error = new Error('ENOSPC: no space left on device');
    const line = formatLogLine(
      'ERROR',
      'backup: could not save',
      { code: 'backup.saveFailed', version: '1.2.0', error },
      now,
    );
    expect(line).toMatch(/^2026-11-26T08:00:00.000Z ERROR backup: could not save /);
    expect(line).toContain('backup.saveFailed');
    expect(line).toContain('1.2.0');
    expect(line).toContain('ENOSPC');
    expect(line).toContain('logger.test.ts');
  });

  it('cuts long strings and deep or circular structures', () => {
    const long = 'a'.repeat(10_000);
    expect(redactText(long).length).toBeLessThan(2100);
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    expect(() => formatLogLine('WARN', 'x', circular, now)).not.toThrow();
    expect(JSON.stringify(redact(circular))).toContain('[…]');
  });

  it('writes each message on one line', () => {
    const { lines, log } = capture();
    log.info('first\nsecond');
    expect(lines[0]).toBe('2026-11-26T08:00:00.000Z INFO first second');
  });
});
