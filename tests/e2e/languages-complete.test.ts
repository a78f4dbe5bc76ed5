import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../contract/auth.ts';
import { initiatives } from '../../db/schema.ts';
import { seriousViolations } from './helpers/axe.ts';
import { startAppAndBrowser } from './helpers/harness.ts';

/**
 * The whole interface in each language: no English left on the map, an initiative, the
 * form's seven steps (with their errors) and the status page; Arabic right to left without
 * overflow or overlap; every axe rule on each map page; and stories written in Arabic and
 * Chinese found, once published, by a word in their own script.
 */
const LANGS = ['fr', 'es', 'ru', 'zh', 'ar'] as const;
type Lang = (typeof LANGS)[number];
type Catalogue = Record<string, Record<string, string>>;
const PASSWORD = 'violet harbour lantern 2048 quiet';
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const app = startAppAndBrowser({
  // The server believes a minute has passed since the form opened (minimum time to fill).
  now: () => new Date(Date.now() + 60_000),
  staff: [{ email: 'moderator@example.org', role: 'moderator', password: PASSWORD }],
});

const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(`contract/messages/${lang}.json`, 'utf8')) as Catalogue;
const en = catalogue('en');

/**
 * English that should not be seen in `lang`: each English message that differs from the
 * same key's message in `lang`. A message without ICU syntax must not be a whole text; the
 * literal fragments of four words or more of any message must not be inside one.
 */
function englishOnly(lang: Lang) {
  const other = catalogue(lang);
  const whole = new Set<string>();
  const fragments = new Set<string>();
  for (const [ns, messages] of Object.entries(en)) {
    for (const [key, message] of Object.entries(messages)) {
      if (other[ns]?.[key] === message) continue;
      if (!/[{}#]/.test(message)) whole.add(message.trim());
      for (const part of message.split(/[{}#]/)) {
        const text = part.replace(/\s+/g, ' ').trim();
        if (text.split(' ').length >= 4) fragments.add(text);
      }
    }
  }
  return { whole, fragments };
}

/**
 * Text a person meets on the page: visible text nodes, and the names and placeholders of
 * controls. Text inside an element marked with another language (an entry's own title and
 * summary) is left out.
 */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: string[] = [];
    const otherLang = (el: Element) => {
      const marked = el.closest('[lang]');
      return marked !== null && marked.getAttribute('lang') !== pageLang;
    };
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return r.right > 0 && r.bottom > 0 && r.width > 1 && r.height > 1;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!el || text === '' || el.closest('script, style, noscript')) continue;
      if (otherLang(el) || !shown(el)) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (otherLang(el) || !shown(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
}

const NON_LATIN = new Set<Lang>(['ru', 'zh', 'ar']);
const leaks: Record<string, string[]> = {};
async function recordLeaks(page: Page, lang: Lang, where: string) {
  const { whole, fragments } = englishOnly(lang);
  const kept = new Set(Object.values(catalogue(lang)).flatMap((m) => Object.values(m)));
  const found = new Set<string>();
  for (const text of await visibleTexts(page)) {
    if (whole.has(text)) found.add(text);
    // English written into the code rather than the catalogue: in a language of another
    // script, two or more words of Latin letters that no message of the language holds.
    if (NON_LATIN.has(lang) && /^[A-Za-z][A-Za-z'’,.!?:;()-]*( [A-Za-z'’,.!?:;()-]+)+$/.test(text))
      if (!kept.has(text)) found.add(`${text} (not from the catalogue)`);
    for (const f of fragments) if (text.includes(f)) found.add(`${f} (in “${text}”)`);
  }
  if (found.size > 0) leaks[`${lang} ${where}`] = [...found];
}

const references: Partial<Record<Lang, string>> = {};
const STORIES = {
  ar: {
    title: 'نادي الأطفال للسلام',
    summary: 'نجتمع كل أسبوع في المدرسة ونتحدث مع أصدقائنا عن طرق حل الخلافات بدون عنف.',
    word: 'للسلام',
  },
  zh: {
    title: '儿童和平俱乐部',
    summary: '我们每个星期在学校见面，和同学们一起学习怎样不用暴力解决矛盾，并且帮助新来的同学。',
    word: '和平',
  },
} as const;

/** Each step shows its errors: the test fails on a step that shows none. */
const errorsShown = (page: Page) =>
  page.locator('.tell-error:not(:empty)').first().waitFor({ timeout: 5000 });

/**
 * Every step of the form: its errors (Next without filling; on the optional contact step, an
 * address that is not one), then just enough to go on.
 */
async function walkTheForm(page: Page, lang: Lang) {
  const m = catalogue(lang);
  const nextButton = page.locator('.tell-nav button[type=submit]');
  await page.goto(`${app.url}/${lang}/tell`);
  await page.getByRole('button', { name: m.submit?.start }).waitFor();
  await recordLeaks(page, lang, 'form intro');
  await page.getByRole('button', { name: m.submit?.start }).click();

  const nextEmpty = async () => {
    await nextButton.click();
  };
  const steps: [string, () => Promise<void>, (() => Promise<void>)?][] = [
    [
      '#tell-title',
      async () => {
        const story = lang === 'ar' || lang === 'zh' ? STORIES[lang] : null;
        await page.locator('#tell-title').fill(story?.title ?? 'Les lampes du parc');
        await page
          .locator('#tell-summary')
          .fill(story?.summary ?? 'Nous nettoyons le parc chaque mois avec toute la classe.');
        await page.locator('#tell-textLanguage').selectOption(story ? lang : 'fr');
      },
    ],
    [
      '#tell-country',
      () =>
        page
          .locator('#tell-country')
          .selectOption('KE')
          .then(() => {}),
    ],
    ['input[name=themes]', () => page.locator('input[name=themes]').first().check()],
    ['input[name=actions]', () => page.locator('input[name=actions]').first().check()],
    [
      'input[name=ageRange]',
      async () => {
        await page.locator('input[name=ageRange][value="10-14"]').check();
        await page.locator('input[name=groupSize][value="6-20"]').check();
        await page.locator('input[name=childLed][value="child-led"]').check();
      },
    ],
    [
      '#tell-contactEmail',
      () => page.locator('#tell-contactEmail').fill(''),
      async () => {
        await page.locator('#tell-contactEmail').fill('not an address');
        await nextButton.click();
      },
    ],
  ];
  for (const [i, [ready, fill, provoke = nextEmpty]] of steps.entries()) {
    await page.locator(ready).first().waitFor();
    await provoke();
    await errorsShown(page);
    await recordLeaks(page, lang, `form step ${i + 1}`);
    await fill();
    await nextButton.click();
  }
  const consent = page.locator('.tell-form input[type=checkbox]').last();
  await consent.waitFor();
  await page.getByRole('button', { name: m.submit?.send }).click();
  await errorsShown(page);
  await recordLeaks(page, lang, 'form step 7');
  if (lang !== 'ar' && lang !== 'zh') return;
  await consent.check();
  await page.getByRole('button', { name: m.submit?.send }).click();
  await page.getByTestId('reference').waitFor();
  references[lang] = ((await page.getByTestId('reference').textContent()) ?? '').trim();
  await recordLeaks(page, lang, 'thank you');
}

async function someSlug(): Promise<string> {
  const res = await fetch(`${app.url}/api/initiatives?limit=1`);
  const body = (await res.json()) as { items: { slug: string }[] };
  return body.items[0]?.slug ?? '';
}

describe('the whole interface in French, Spanish, Russian, Chinese and Arabic', () => {
  // One visit per language serves both checks: the map pages load the live map (MapLibre)
  // once each, not twice.
  it('shows no English message on the map, an initiative, the form and the status page; every axe rule passes on each map page', async () => {
    const slug = await someSlug();
    expect(slug).not.toBe('');
    const errors: string[] = [];
    const axeFound: Record<string, string[]> = {};
    // The check itself finds English: the English map, read as if it were French, leaks.
    {
      const { page, context } = await app.newPage(DESKTOP);
      await page.goto(`${app.url}/en/`);
      await page.locator('.result-list li').first().waitFor();
      await recordLeaks(page, 'fr', 'self-check');
      expect(leaks['fr self-check']?.length ?? 0).toBeGreaterThan(10);
      delete leaks['fr self-check'];
      await context.close();
    }
    for (const lang of LANGS) {
      // A context per language: the form's draft stays behind in its own browser storage.
      const { page, context, errors: pageErrors } = await app.newPage(DESKTOP);
      await page.goto(`${app.url}/${lang}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.result-list li').first().waitFor();
      await recordLeaks(page, lang, 'map');
      // Every axe rule, with the live map in place: no serious or critical violation.
      await page.locator('.maplibregl-canvas').waitFor();
      const bad = await seriousViolations(page, { exclude: '.maplibregl-canvas' });
      if (bad.length > 0) axeFound[lang] = bad;

      await page.goto(`${app.url}/${lang}/initiatives/${slug}`);
      await page.locator('#initiative-title').waitFor();
      await recordLeaks(page, lang, 'initiative');

      await walkTheForm(page, lang);

      await page.goto(`${app.url}/${lang}/tell/status/ZZZ-ZZZ`);
      await page.locator('.tell-status.not-published').waitFor();
      await recordLeaks(page, lang, 'status (not found)');
      errors.push(...pageErrors);
      await context.close();
    }
    expect(leaks).toEqual({});
    expect(axeFound).toEqual({});
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  }, 240_000);

  it('Arabic reads right to left, with nothing clipped, overflowing or overlapping, the charts included', async () => {
    const slug = await someSlug();
    const faults: string[] = [];
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1440, height: 900 },
    ]) {
      const { page, context } = await app.newPage({ viewport });
      for (const [path, ready] of [
        ['/ar/', 'h1'],
        [`/ar/initiatives/${slug}`, '#initiative-title'],
        ['/ar/tell', '.tell button'],
        ['/ar/insights', 'svg.chart text'],
      ] as const) {
        await page.goto(`${app.url}${path}`);
        await page.locator(ready).first().waitFor();
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const name = (el: Element) =>
            `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
          const { scrollWidth } = document.documentElement;
          if (scrollWidth > window.innerWidth)
            out.push(`page ${scrollWidth}px wide in ${window.innerWidth}px`);
          for (const el of document.querySelectorAll<HTMLElement>(
            'h1, h2, h3, p, a, button, label, li, summary, span, dt, dd, th, td',
          )) {
            if (!el.checkVisibility() || el.closest('.maplibregl-map')) continue;
            // Text kept for screen readers only, or off screen until focused (skip links).
            const box = el.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1 || box.bottom <= 0 || box.right <= 0) continue;
            if (box.left >= window.innerWidth) continue;
            const style = getComputedStyle(el);
            if (style.overflowX === 'visible' || !(el.textContent ?? '').trim()) continue;
            if (el.scrollWidth > el.clientWidth + 1)
              out.push(`clipped ${name(el)}: “${(el.textContent ?? '').trim().slice(0, 40)}”`);
          }
          // The charts' own text: inside the drawing, and a bar's count beside its bar.
          for (const svg of document.querySelectorAll('svg.chart')) {
            const frame = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll('text')) {
              const r = text.getBoundingClientRect();
              if (r.left < frame.left - 1 || r.right > frame.right + 1)
                out.push(`chart text outside its drawing: “${text.textContent}”`);
            }
            for (const rect of svg.querySelectorAll('g > rect')) {
              const count = rect.nextElementSibling;
              if (count?.tagName !== 'text') continue;
              const a = rect.getBoundingClientRect();
              const b = count.getBoundingClientRect();
              if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1)
                out.push(`chart count over its bar: “${count.textContent}”`);
            }
          }
          const header = document.querySelector('.site-header');
          const items = header
            ? [...header.querySelectorAll<HTMLElement>('a, button, summary, select')].filter(
                (el) => el.checkVisibility() && el.getBoundingClientRect().width > 0,
              )
            : [];
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++) {
              const a = items[i]!;
              const b = items[j]!;
              if (a.contains(b) || b.contains(a)) continue;
              const r = a.getBoundingClientRect();
              const s = b.getBoundingClientRect();
              const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
              const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
              if (w > 1 && h > 1) out.push(`header overlap ${name(a)} / ${name(b)}`);
            }
          return out;
        });
        for (const f of found) faults.push(`${viewport.width}px ${path}: ${f}`);
      }
      await context.close();
    }
    expect(faults).toEqual([]);
  });

  it('stories written in Arabic and Chinese, once published, are found by a word in their script', async () => {
    expect(Object.keys(references).sort()).toEqual(['ar', 'zh']);
    const { page, errors } = await app.newPage(DESKTOP);
    await page.goto(`${app.url}/staff`);
    // Signed in through the staff API in this browser: its cookie and CSRF token.
    const csrf = await page.evaluate(
      async ([email, password]) => {
        const res = await fetch('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
        return ((await res.json()) as { csrfToken?: string }).csrfToken ?? '';
      },
      ['moderator@example.org', PASSWORD],
    );
    expect(csrf).not.toBe('');
    for (const lang of ['ar', 'zh'] as const) {
      const row = app.db
        .select()
        .from(initiatives)
        .where(eq(initiatives.reference, references[lang] ?? ''))
        .get();
      expect(row?.title).toBe(STORIES[lang].title);
      const published = await page.evaluate(
        async ([id, token, header]) =>
          (
            await fetch(`/api/moderation/entries/${id}/publish`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', [header]: token },
              body: '{}',
            })
          ).status,
        [row?.id ?? -1, csrf, CSRF_HEADER] as const,
      );
      expect(published).toBe(200);
    }
    for (const lang of ['ar', 'zh'] as const) {
      const { title, word } = STORIES[lang];
      await page.goto(`${app.url}/${lang}/`);
      const search = page.getByRole('searchbox');
      await search.fill(word);
      await search.press('Enter');
      await page.locator(`[lang="${lang}"]`, { hasText: title }).first().waitFor();
      const res = await fetch(`${app.url}/api/initiatives?q=${encodeURIComponent(word)}`);
      const body = (await res.json()) as { items: { title: string }[] };
      expect(body.items.map((i) => i.title)).toContain(title);
    }
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
