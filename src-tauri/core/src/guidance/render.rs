//! Markdown to HTML for the reader. Raw HTML in an article is dropped, never passed through,
//! and links may only point at other articles (`guidance:ID`), so nothing in the guidance can
//! run script or reach the network.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

/// Renders an article body.
pub fn to_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let mut inside_dropped_link = false;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => None,
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => match dest_url.strip_prefix("guidance:") {
            Some(article) => Some(Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::from(format!("#guidance/{article}")),
                title,
                id,
            })),
            None => {
                inside_dropped_link = true;
                None
            }
        },
        Event::End(TagEnd::Link) if inside_dropped_link => {
            inside_dropped_link = false;
            None
        }
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The targets of every `guidance:` link in `markdown`.
pub fn internal_links(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => dest_url.strip_prefix("guidance:").map(str::to_owned),
            _ => None,
        })
        .collect()
}
