import { afterEach, describe, expect, it } from 'vitest';
import { handOverFirstPaint } from './first-paint-handover.ts';

const header = (extra = '') =>
  `<header><a href="/fr/about">À propos</a><details class="language-switcher"${extra}>` +
  `<summary>Français</summary><ul><li><a href="/es/">Español</a></li></ul></details></header>`;

function page(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div data-first-paint="">${header()}<main><a href="/fr/initiatives/a">A</a></main></div>`;
  document.body.append(root);
  return root;
}

/** The app's first commit: the first paint goes, the app's page comes. */
async function appTakesOver(root: HTMLElement): Promise<void> {
  const app = document.createElement('div');
  app.innerHTML = `${header()}<main><a href="/fr/initiatives/a">A</a></main>`;
  root.replaceChildren(app);
  await Promise.resolve();
}

afterEach(() => document.body.replaceChildren());

describe('the first paint handed over to the app', () => {
  it('keeps the language menu open and the focus on its button', async () => {
    const root = page();
    handOverFirstPaint(root);
    root.querySelector('details')!.open = true;
    root.querySelector('summary')!.tabIndex = 0;
    root.querySelector<HTMLElement>('summary')!.focus();
    await appTakesOver(root);
    expect(root.querySelector('details')!.open).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('summary'));
  });

  it('keeps the focus on the link to the same address', async () => {
    const root = page();
    handOverFirstPaint(root);
    root.querySelector<HTMLElement>('main a')!.focus();
    await appTakesOver(root);
    expect(document.activeElement).toBe(root.querySelector('main a'));
    expect(root.querySelector('details')!.open).toBe(false);
  });

  it('leaves the focus alone once the visitor has moved it away', async () => {
    const root = page();
    handOverFirstPaint(root);
    root.querySelector<HTMLElement>('main a')!.focus();
    root.querySelector<HTMLElement>('main a')!.blur();
    await Promise.resolve();
    await appTakesOver(root);
    expect(document.activeElement).toBe(document.body);
  });
});
