//! Where text may be broken into lines: user text cleaned of what no font draws, and words cut
//! between Chinese characters, which are written without spaces.

/// A word cut where a line may break inside it: between Chinese characters, never before closing
/// punctuation ("，", "。", "）") or a footnote mark, nor after opening punctuation ("（", "“"). A word without
/// Chinese is one piece.
pub(super) fn pieces(word: &str) -> Vec<&str> {
    const CLOSING: &str = "，。、：；！？）」』》”’%·…¹²³";
    const OPENING: &str = "（「『《“‘";
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (at, c) in word.char_indices() {
        if let Some(p) = prev {
            let wide = crate::chart::is_wide(c) || crate::chart::is_wide(p);
            if wide && !CLOSING.contains(c) && !OPENING.contains(p) {
                out.push(&word[start..at]);
                start = at;
            }
        }
        prev = Some(c);
    }
    out.push(&word[start..]);
    out
}

/// User text made safe to lay out: Windows and old Mac line ends become `\n`, tabs spaces, and
/// other control characters (which no font draws) are dropped.
pub(super) fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        assert_eq!(pieces("Mend's"), vec!["Mend's"]);
        assert_eq!(pieces("每周平均²"), vec!["每", "周", "平", "均²"]);
        assert_eq!(pieces("好转（30%），"), vec!["好", "转", "（30%），"]);
        assert_eq!(pieces("“背带”的"), vec!["“背", "带”", "的"]);
    }
}
