import { parse, type Token } from '@messageformat/parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGES, MESSAGE_GROUPS } from './languages.ts';

/**
 * Parity of the catalogues: every language has exactly English's keys, every message is valid
 * ICU MessageFormat with the same arguments as the English one, and every plural gives each
 * form the language needs. A language whose file is not there yet is skipped (and not
 * offered: the build and the server enable a language only when its file exists).
 */
type Catalogue = Record<string, Record<string, string>>;

const dir = join(import.meta.dirname, 'messages');
const read = (code: string) =>
  JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8')) as Catalogue;
const english = read(DEFAULT_LANGUAGE);

const keysOf = (c: Catalogue) =>
  Object.entries(c)
    .flatMap(([ns, messages]) => Object.keys(messages).map((k) => `${ns}.${k}`))
    .sort();

/** Names of the message's arguments, and the plurals' case keys by argument. */
function argumentsOf(tokens: Token[], out = new Set<string>(), plurals: string[][] = []) {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') out.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      out.add(token.arg);
      if (token.type === 'plural') plurals.push(token.cases.map((c) => c.key));
      for (const c of token.cases) argumentsOf(c.tokens, out, plurals);
    }
  }
  return { names: [...out].sort(), plurals };
}

describe('message catalogues', () => {
  it('list each namespace in exactly one group, and the groups cover the catalogue', () => {
    const grouped: string[] = Object.values(MESSAGE_GROUPS).flat();
    expect([...grouped].sort()).toEqual(Object.keys(english).sort());
  });

  it('have a manifest line per language, English first', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'fr', 'es', 'ru', 'zh', 'ar']);
    expect(LANGUAGES.find((l) => l.code === 'ar')?.dir).toBe('rtl');
  });

  for (const { code } of LANGUAGES) {
    const file = join(dir, `${code}.json`);
    describe(`${code}.json`, () => {
      it('exists: every language in the manifest has its catalogue', () => {
        expect(existsSync(file)).toBe(true);
      });

      it('has exactly the English keys', () => {
        expect(keysOf(read(code))).toEqual(keysOf(english));
      });

      it('parses as ICU, with the English arguments and every plural form the language needs', () => {
        const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        const problems: string[] = [];
        const catalogue = read(code);
        for (const [ns, messages] of Object.entries(catalogue)) {
          for (const [key, text] of Object.entries(messages)) {
            const id = `${ns}.${key}`;
            let found;
            try {
              found = argumentsOf(parse(text));
            } catch (e) {
              problems.push(`${id}: not ICU MessageFormat (${(e as Error).message})`);
              continue;
            }
            const source = english[ns]?.[key];
            if (source !== undefined) {
              const expected = argumentsOf(parse(source)).names;
              if (found.names.join() !== expected.join())
                problems.push(
                  `${id}: arguments ${found.names.join()} instead of ${expected.join()}`,
                );
            }
            for (const cases of found.plurals) {
              const missing = needed.filter((c) => !cases.includes(c));
              if (missing.length) problems.push(`${id}: plural lacks ${missing.join(', ')}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
