/**
 * @module views/guidance
 * The Guidance screen: the article list, a reader with sources and review date, and search.
 * Article HTML comes from Mend's own renderer, which drops raw HTML and outside links.
 */
import { api } from '../api.js';
import { qs, h, announce } from '../lib/dom.js';
import { mediumDate } from '../lib/dates.js';
import { lang, t } from '../lib/i18n.js';

/** @type {{id: string, title: string, summary: string, forYou: string | null}[]} */
let articles = [];

/** Wires search; the list loads when the screen shows. */
export async function initGuidance() {
  let timer;
  qs('#guidance-query').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  qs('#guidance-search').addEventListener('submit', (event) => { event.preventDefault(); search(); });
}

/**
 * Lists the articles: "For you" first (those her profile makes hers, each saying why), then
 * all of them. Read again each time the screen opens, since the profile may have changed.
 */
async function loadList() {
  try {
    articles = await api.listGuidance();
  } catch (error) {
    announce(error.message);
    return;
  }
  const item = (a, why) => h('li', {},
    h('a', { href: `#guidance/${a.id}`, 'data-article': a.id }, a.title),
    h('span', { class: 'muted small' }, why ?? a.summary));
  const mine = articles.filter((a) => a.forYou);
  qs('#for-you').hidden = mine.length === 0;
  qs('#for-you-list').replaceChildren(...mine.map((a) => item(a, a.forYou)));
  qs('#guidance-list').replaceChildren(...articles.filter((a) => !a.forYou).map((a) => item(a)));
}

/** The title of an article, for links from notices and reminders. @param {string} id */
export const articleTitle = (id) => articles.find((a) => a.id === id)?.title ?? t('guidance-fallback-title');

/**
 * Shows an article (the first one when no id is given).
 * @param {string} [id]
 */
export async function showGuidance(id) {
  // The list and the article are redrawn, taking the link she chose with them; her focus
  // then moves to the article's title, so the keyboard and a screen reader carry on there.
  const fromHere = qs('#guidance').contains(document.activeElement);
  await loadList();
  const wanted = id || articles[0]?.id;
  if (!wanted) return;
  let page;
  try {
    page = await api.getGuidance(wanted);
  } catch (error) {
    announce(error.message);
    return;
  }
  for (const link of document.querySelectorAll('#guidance nav a[data-article]')) {
    if (link.dataset.article === page.id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  qs('#reader').dataset.article = page.id;
  qs('#reader-title').textContent = page.title;
  qs('#reader-summary').textContent = page.summary;
  // Trusted: rendered by Mend's own Markdown renderer from articles built into the app.
  qs('#reader-body').innerHTML = page.html;
  qs('#reader-sources').replaceChildren(...page.sources.map((s) => h('li', {}, s)));
  qs('#reader-reviewed').textContent =
    t('guidance-reviewed', { reviewed: mediumDate(page.reviewed), next: mediumDate(page.nextReview) });
  const titles = new Intl.ListFormat(lang(), { type: 'conjunction' }).format(page.reminders.map((r) => r.title));
  qs('#reader-reminders').replaceChildren(...(page.reminders.length
    ? [h('p', { class: 'small' }, t('guidance-reminders', { titles }), ' ',
        h('a', { href: '#settings' }, t('guidance-reminders-settings')))]
    : []));
  const lost = !document.activeElement || document.activeElement === document.body;
  if (fromHere && lost) qs('#reader-title').focus();
}

/** Runs the search box's query and lists the hits under the articles. */
async function search() {
  const query = qs('#guidance-query').value.trim();
  const results = qs('#guidance-results');
  if (!query) {
    results.hidden = true;
    return;
  }
  const hits = await api.searchGuidance(query);
  results.hidden = false;
  qs('#guidance-hits').replaceChildren(...(hits.length
    ? hits.map((hit) => h('li', { 'data-article': hit.id },
      h('a', { href: `#guidance/${hit.id}` }, hit.title), h('span', { class: 'muted small' }, hit.snippet)))
    : [h('li', { class: 'muted' }, t('guidance-no-match', { query }))]));
}
