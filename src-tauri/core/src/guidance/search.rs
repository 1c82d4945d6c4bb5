//! Search over the guidance: every word of the query must appear; title matches rank first,
//! then the summary, then how often the words occur in the body. Chinese is written without
//! spaces, so a run of Chinese characters is one term when short (a single character, like
//! 钙, is a word) and, when longer and not found whole, matches if most of its overlapping
//! character pairs do (哺乳期补钙 finds 哺乳, 乳期, 补钙).

use serde::Serialize;

use super::{library_in, Article};
use crate::i18n::Lang;

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub title: String,
    pub snippet: String,
    pub score: u32,
}

/// English articles matching `query` (see `search_in`).
pub fn search(query: &str) -> Vec<Hit> {
    search_in(Lang::En, query)
}

/// Articles in `lang` matching `query`, best first; a query matching nothing (or empty) gives none.
pub fn search_in(lang: Lang, query: &str) -> Vec<Hit> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = library_in(lang).iter().filter_map(|a| score(a, &terms)).collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.title.cmp(&b.title)));
    hits
}

/// One term of a query: a word, or a run of Chinese characters with its character pairs.
#[derive(Debug)]
struct Term {
    whole: String,
    /// For a run of 3 or more Chinese characters: its overlapping pairs, any half of which
    /// match when the whole run does not.
    pairs: Vec<String>,
}

/// Whether `c` is a Han character (CJK ideographs and their extension A, compatibility ideographs).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// The query's terms: words of 2 or more characters, and runs of Chinese characters of any
/// length (split from the words they touch, and from punctuation such as ，).
fn terms(query: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for word in query.split(|c: char| c.is_whitespace() || (!c.is_alphanumeric() && !is_han(c))) {
        let word = word.to_lowercase();
        let mut rest = word.as_str();
        while let Some(c) = rest.chars().next() {
            let han = is_han(c);
            let end = rest.find(|x: char| is_han(x) != han).unwrap_or(rest.len());
            let (run, tail) = rest.split_at(end);
            rest = tail;
            let chars: Vec<char> = run.chars().collect();
            if han {
                let pairs =
                    if chars.len() >= 3 { chars.windows(2).map(|w| w.iter().collect()).collect() } else { Vec::new() };
                out.push(Term { whole: run.to_owned(), pairs });
            } else if chars.len() >= 2 {
                out.push(Term { whole: run.to_owned(), pairs: Vec::new() });
            }
        }
    }
    out
}

/// Title, summary and body weights of `needle`.
fn weigh(title: &str, summary: &str, body: &str, needle: &str) -> u32 {
    let in_body = body.matches(needle).count() as u32;
    100 * u32::from(title.contains(needle)) + 20 * u32::from(summary.contains(needle)) + in_body.min(20)
}

fn score(article: &Article, terms: &[Term]) -> Option<Hit> {
    let title = article.meta.title.to_lowercase();
    let summary = article.meta.summary.to_lowercase();
    let body = article.body.to_lowercase();
    let mut total = 0;
    let mut first_found = None;
    for term in terms {
        let mut t = weigh(&title, &summary, &body, &term.whole);
        let mut found = term.whole.as_str();
        if t == 0 && !term.pairs.is_empty() {
            let weights: Vec<u32> = term.pairs.iter().map(|p| weigh(&title, &summary, &body, p)).collect();
            let matched = weights.iter().filter(|w| **w > 0).count();
            if 2 * matched >= term.pairs.len() {
                t = weights.iter().sum::<u32>() / term.pairs.len() as u32 + 1;
                let best = weights.iter().zip(&term.pairs).max_by_key(|(w, _)| **w).map(|(_, p)| p.as_str());
                found = best.unwrap_or(found);
            }
        }
        if t == 0 {
            return None;
        }
        first_found.get_or_insert(found);
        total += t;
    }
    Some(Hit {
        id: article.meta.id.clone(),
        title: article.meta.title.clone(),
        snippet: snippet(article, first_found.unwrap_or_default()),
        score: total,
    })
}

/// About 160 characters of plain text around the first match of `term` (the summary if the body has none).
fn snippet(article: &Article, term: &str) -> String {
    let plain: String = article
        .body
        .chars()
        .filter(|c| !matches!(c, '#' | '*' | '|' | '[' | ']'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let lower = plain.to_lowercase();
    let Some(at) = lower.find(term) else {
        return article.meta.summary.clone();
    };
    // Work in characters so a cut never splits one.
    let start_char = lower[..at].chars().count().saturating_sub(60);
    let chars: Vec<char> = plain.chars().collect();
    let end_char = (start_char + 160).min(chars.len());
    let mut s: String = chars[start_char..end_char].iter().collect();
    s = s.trim().to_owned();
    if start_char > 0 {
        s.insert(0, '…');
    }
    if end_char < chars.len() {
        s.push('…');
    }
    s
}
