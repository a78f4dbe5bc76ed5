/** The compiled catalogues, made by scripts/vite-messages.ts. */
declare module 'virtual:messages' {
  import type { LanguageCode, MessageGroup } from '../../contract/languages.ts';
  import type { CompiledMessages } from './i18n.ts';

  export const languages: LanguageCode[];
  export const loaders: Partial<
    Record<LanguageCode, Record<MessageGroup, () => Promise<CompiledMessages>>>
  >;
}
