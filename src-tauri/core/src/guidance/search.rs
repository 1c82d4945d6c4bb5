//! Search over the guidance: every word of the query must appear; title matches rank first,
//! then the summary, then how often the words occur in the body.

use serde::Serialize;

use super::{library, Article};

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub title: String,
    pub snippet: String,
    pub score: u32,
}

/// Articles matching `query`, best first; a query matching nothing (or empty) gives none.
pub fn search(query: &str) -> Vec<Hit> {
    let terms: Vec<String> =
        query.split_whitespace().map(str::to_lowercase).filter(|t| t.chars().count() >= 2).collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = library().iter().filter_map(|a| score(a, &terms)).collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.title.cmp(&b.title)));
    hits
}

fn score(article: &Article, terms: &[String]) -> Option<Hit> {
    let title = article.meta.title.to_lowercase();
    let summary = article.meta.summary.to_lowercase();
    let body = article.body.to_lowercase();
    let mut total = 0;
    for term in terms {
        let in_body = body.matches(term.as_str()).count() as u32;
        let t = 100 * u32::from(title.contains(term.as_str()))
            + 20 * u32::from(summary.contains(term.as_str()))
            + in_body.min(20);
        if t == 0 {
            return None;
        }
        total += t;
    }
    Some(Hit {
        id: article.meta.id.clone(),
        title: article.meta.title.clone(),
        snippet: snippet(article, &terms[0]),
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
