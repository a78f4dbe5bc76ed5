import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import { parse } from '@messageformat/parser';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { selectorArgs } from '../api/i18n/messages.ts';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  MESSAGE_GROUPS,
  type LanguageCode,
  type MessageGroup,
} from '../contract/languages.ts';

/**
 * Compiles the ICU MessageFormat catalogues (contract/messages/<lang>.json) into JavaScript
 * at build time, so the browser gets plain functions and no ICU parser. Each language and
 * each group of namespaces (MESSAGE_GROUPS) becomes its own module, loaded on demand:
 *
 *   virtual:messages              `languages` (those with a catalogue) and `loaders`
 *   virtual:messages/<lang>-<group>   the compiled namespaces (chunk "<lang>-<group>-<hash>.js"),
 *                                 plus `selectors`: the names of the arguments used by
 *                                 plural/select (kept as numbers at run time)
 *
 * A key missing from a translation falls back to English here, at build time, with a
 * warning; the parity test (contract/messages.test.ts) is what keeps them complete.
 */
type Catalogue = Record<string, Record<string, string>>;

const ENTRY = 'virtual:messages';
const NUMBER_MODULE = resolve(import.meta.dirname, '../web/i18n/whole-numbers.ts');
const RESOLVED = `\0${ENTRY}`;

export function messagesPlugin(dir = resolve(import.meta.dirname, '../contract/messages')): Plugin {
  const file = (lang: string) => join(dir, `${lang}.json`);
  const enabled = (): LanguageCode[] =>
    LANGUAGES.map((l) => l.code).filter((code) => existsSync(file(code)));
  const read = (lang: string): Catalogue =>
    JSON.parse(readFileSync(file(lang), 'utf8')) as Catalogue;

  return {
    name: 'participation-map:messages',
    resolveId(id) {
      if (id === ENTRY || id.startsWith(`${ENTRY}/`)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const langs = enabled();
        const loaders = langs.map((lang) => {
          const groups = Object.keys(MESSAGE_GROUPS).map(
            (g) => `${JSON.stringify(g)}: () => import(${JSON.stringify(`${ENTRY}/${lang}-${g}`)})`,
          );
          return `${JSON.stringify(lang)}: {${groups.join(', ')}}`;
        });
        return [
          `export const languages = ${JSON.stringify(langs)};`,
          `export const loaders = {${loaders.join(',\n')}};`,
        ].join('\n');
      }
      if (!id.startsWith(`${RESOLVED}/`)) return undefined;
      const [lang, group] = id.slice(RESOLVED.length + 1).split('-') as [
        LanguageCode,
        MessageGroup,
      ];
      if (!(group in MESSAGE_GROUPS) || !enabled().includes(lang)) return undefined;
      this.addWatchFile(file(lang));
      this.addWatchFile(file(DEFAULT_LANGUAGE));
      const source = read(lang);
      const english = lang === DEFAULT_LANGUAGE ? source : read(DEFAULT_LANGUAGE);
      const messages: Catalogue = {};
      const selectors = new Set<string>();
      for (const ns of MESSAGE_GROUPS[group]) {
        messages[ns] = {};
        for (const [key, text] of Object.entries(english[ns] ?? {})) {
          const translated = source[ns]?.[key];
          if (translated === undefined)
            this.warn(`${lang}.json has no ${ns}.${key}: the English text is used`);
          const message = translated ?? text;
          messages[ns][key] = message;
          for (const name of selectorArgs(parse(message))) selectors.add(name);
        }
      }
      // `#` and `{n, number}` go through the app's whole-number formatter, which writes counts
      // without loading the locale's number data (web/i18n/whole-numbers.ts).
      const compiled = compileModule(new MessageFormat(lang), messages).replace(
        /^import \{([^}]*)\} from "@messageformat\/runtime";$/m,
        (_line, names: string) => {
          const rest = names
            .split(',')
            .map((n) => n.trim())
            .filter((n) => n && n !== 'number');
          return [
            rest.length ? `import { ${rest.join(', ')} } from "@messageformat/runtime";` : '',
            names.includes('number')
              ? `import { number } from ${JSON.stringify(NUMBER_MODULE)};`
              : '',
          ].join('\n');
        },
      );
      return `${compiled}\nexport const selectors = ${JSON.stringify([...selectors])};\n`;
    },
  };
}
