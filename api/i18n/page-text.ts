import type { LanguageCode } from '../../contract/languages.ts';
import type { PublicItem } from '../initiatives/read-model.ts';
import { translator } from './messages.ts';

/**
 * The page shell's <title> and description for a page (its path without the language
 * prefix), in the page's language, from the same catalogue as the page itself: the first
 * paint, a link preview and a search result say what the page will say.
 */
export function pageText(
  lang: LanguageCode,
  path: string,
  item?: PublicItem,
): { title: string; description: string } {
  const t = translator(lang);
  const app = t('common.appName');
  const description = t('common.metaDescription');
  if (item) {
    const summary = item.summary.length > 200 ? `${item.summary.slice(0, 197)}…` : item.summary;
    return { title: `${item.title} · ${item.countryName} · ${app}`, description: summary };
  }
  const page = path.replace(/\/+$/, '') || '/';
  const titles: Record<string, () => string> = {
    '/': () => t('map.pageTitle'),
    '/embed': () => t('openData.embedHeading'),
    '/insights': () => t('insights.pageTitle'),
    '/about': () => t('about.pageTitle'),
    '/contact': () => t('contact.pageTitle'),
    '/tell': () => `${t('submit.pageTitle')} · ${app}`,
    '/privacy': () => `${t('privacy.title')} · ${app}`,
  };
  const title = titles[page]?.() ?? (page.startsWith('/staff') ? t('staff.workspace') : app);
  return { title, description };
}
