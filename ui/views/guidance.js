/**
 * @module views/guidance
 * The Guidance screen: the article list, a reader with sources and review date, and search.
 * Article HTML comes from Mend's own renderer, which drops raw HTML and outside links.
 */
import { api } from '../api.js';
import { qs, h, announce } from '../lib/dom.js';

/** @type {{id: string, title: string}[]} */
let articles = [];

/** Wires search and loads the list. */
export async function initGuidance() {
  articles = await api.listGuidance();
  qs('#guidance-list').replaceChildren(...articles.map((a) => h('li', {},
    h('a', { href: `#guidance/${a.id}`, 'data-article': a.id }, a.title),
    h('span', { class: 'muted small' }, a.summary))));
  let timer;
  qs('#guidance-query').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  qs('#guidance-search').addEventListener('submit', (event) => { event.preventDefault(); search(); });
}

/** The title of an article, for links from notices and reminders. @param {string} id */
export const articleTitle = (id) => articles.find((a) => a.id === id)?.title ?? 'Guidance';

/**
 * Shows an article (the first one when no id is given).
 * @param {string} [id]
 */
export async function showGuidance(id) {
  const wanted = id || articles[0]?.id;
  if (!wanted) return;
  let page;
  try {
    page = await api.getGuidance(wanted);
  } catch (error) {
    announce(error.message);
    return;
  }
  for (const link of document.querySelectorAll('#guidance-list a')) {
    if (link.dataset.article === page.id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  qs('#reader').dataset.article = page.id;
  qs('#reader-title').textContent = page.title;
  qs('#reader-summary').textContent = page.summary;
  // Trusted: rendered by Mend's own Markdown renderer from articles built into the app.
  qs('#reader-body').innerHTML = page.html;
  qs('#reader-sources').replaceChildren(...page.sources.map((s) => h('li', {}, s)));
  qs('#reader-reviewed').textContent = `Last reviewed ${page.reviewed}.`;
  qs('#reader-reminders').replaceChildren(...(page.reminders.length
    ? [h('p', { class: 'small' }, 'Reminders from this article: ', page.reminders.map((r) => r.title).join('; '), '. ',
        h('a', { href: '#settings' }, 'Turn them on or off in Settings.'))]
    : []));
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
    : [h('li', { class: 'muted' }, `Nothing matches "${query}".`)]));
}
