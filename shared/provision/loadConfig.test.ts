import { describe, expect, it } from 'vitest';
import { loadConfig } from './loadConfig';

const valid = `server:
  requireValidUser: true
communities:
  - id: olaine
    name: Olaines kopiena
users:
  - name: liga
    displayName: Līga Ozola
    role: leader
  - name: maris
    displayName: Māris Kalniņš
    role: mentor
    passwordEnv: KOPSPEKS_PASSWORD_MARIS
assignments:
  - community: olaine
    leaders: [liga]
    mentors: [maris]
`;

const errorsOf = (text: string, fileName = 'kopspeks.yml') => {
  const loaded = loadConfig(text, fileName);
  if (loaded.ok) throw new Error('expected errors');
  return loaded.errors.map((error) => error.text);
};

describe('loadConfig', () => {
  it('reads a valid config and fills in the defaults', () => {
    const loaded = loadConfig(valid, 'kopspeks.yml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.communities[0]).toEqual({
      id: 'olaine',
      name: 'Olaines kopiena',
      municipality: 'other',
    });
    expect(loaded.config.prune).toBe(false);
    expect(loaded.config.remove.users).toEqual([]);
    expect(loaded.config.server.cors).toBeUndefined();
    expect(loaded.config.users[1]?.passwordEnv).toBe('KOPSPEKS_PASSWORD_MARIS');
  });

  it('names the line and the field of a wrong value', () => {
    const text = valid.replace('    role: mentor', '    role: boss');
    expect(errorsOf(text)).toEqual([
      'kopspeks.yml:12: users[1].role: must be leader, mentor or coordinator',
    ]);
  });

  it('names the line of a missing field, an unknown field and a wrong type', () => {
    const text = valid
      .replace('    displayName: Līga Ozola\n', '    displayname: Līga Ozola\n')
      .replace('  requireValidUser: true', '  requireValidUser: yes please');
    expect(errorsOf(text)).toEqual([
      'kopspeks.yml:2: server.requireValidUser: must be a boolean, not string',
      'kopspeks.yml:7: users[0].displayName: is required',
      'kopspeks.yml:8: users[0].displayname: unknown field',
    ]);
  });

  it('checks that assignments name listed communities and users of the right role', () => {
    const text = valid
      .replace('    leaders: [liga]', '    leaders: [liga, maris, nobody]')
      .replace('  - community: olaine', '  - community: kekava');
    expect(errorsOf(text)).toEqual([
      'kopspeks.yml:15: assignments[0].community: is not listed under communities',
      'kopspeks.yml:16: assignments[0].leaders[1]: maris is a mentor, not a leader',
      'kopspeks.yml:16: assignments[0].leaders[2]: nobody is not listed under users',
    ]);
  });

  it('refuses duplicates and a user both kept and removed', () => {
    const text = `${valid}  - community: olaine\nremove:\n  users: [liga]\n`.replace(
      'communities:\n',
      'communities:\n  - id: olaine\n    name: Again\n',
    );
    expect(errorsOf(text)).toEqual([
      'kopspeks.yml:6: communities[1].id: is listed twice',
      'kopspeks.yml:20: assignments[1].community: is listed twice',
      'kopspeks.yml:22: remove.users[0]: liga is also listed under users',
    ]);
  });

  it('refuses a password written in the file, without repeating it', () => {
    const text = valid.replace('    role: leader\n', '    role: leader\n    password: secret123\n');
    const errors = errorsOf(text);
    expect(errors).toEqual([
      'kopspeks.yml:10: users[0].password: passwords do not belong in the file; use passwordEnv',
    ]);
    expect(errors.join('\n')).not.toContain('secret123');
  });

  it('checks ids, names, environment variable names and CORS origins', () => {
    const text = valid
      .replace('  - id: olaine', '  - id: Olaine!')
      .replace('  - name: liga', '  - name: Līga')
      .replace('KOPSPEKS_PASSWORD_MARIS', 'KOPSPEKS-PASSWORD')
      .replace('  requireValidUser: true', '  cors:\n    origins: [not a url]');
    expect(errorsOf(text)).toEqual([
      'kopspeks.yml:3: server.cors.origins[0]: must be an origin such as https://app.example.lv',
      "kopspeks.yml:5: communities[0].id: must be lower-case letters, digits and '-' (up to 49)",
      "kopspeks.yml:8: users[0].name: must be lower-case letters, digits, '.', '_', '@' or '-' (up to 64)",
      'kopspeks.yml:14: users[1].passwordEnv: must be an environment variable name, e.g. KOPSPEKS_PASSWORD_LIGA',
      'kopspeks.yml:16: assignments[0].community: is not listed under communities',
      'kopspeks.yml:17: assignments[0].leaders[0]: liga is not listed under users',
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const errors = errorsOf('communities:\n  - id: olaine\n    name: "unclosed\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^kopspeks\.yml:4: Missing closing "quote/);
    expect(errorsOf('users: []\nusers: []\n')[0]).toMatch(/^kopspeks\.yml:2: .*unique/);
  });

  it('reads JSON too, with line numbers', () => {
    const json = JSON.stringify(
      {
        communities: [{ id: 'olaine', name: 'O' }],
        users: [{ name: 'liga', displayName: 'L', role: 'chief' }],
      },
      null,
      2,
    );
    expect(loadConfig(json.replace('chief', 'leader'), 'kopspeks.json').ok).toBe(true);
    expect(errorsOf(json, 'kopspeks.json')).toEqual([
      'kopspeks.json:12: users[0].role: must be leader, mentor or coordinator',
    ]);
  });

  it('treats an empty file as an empty config, and refuses a list', () => {
    const loaded = loadConfig('', 'empty.yml');
    expect(loaded.ok && loaded.config.users).toEqual([]);
    expect(errorsOf('- just\n- a list\n')).toEqual([
      'kopspeks.yml:1: must be an object, not a list',
    ]);
  });
});
