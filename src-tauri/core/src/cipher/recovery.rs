//! The recovery code: six groups of four capital letters and digits (`ABCD-EF23-…`), 120
//! random bits, from an alphabet without the look-alikes 0/O and 1/I. Typed back in any case,
//! with or without hyphens and spaces.

use zeroize::Zeroizing;

use crate::error::Result;

const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GROUPS: usize = 6;
const GROUP: usize = 4;

/// A new recovery code.
pub fn generate() -> Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new([0u8; GROUPS * GROUP]);
    super::random_fill(bytes.as_mut())?;
    // 256 is a multiple of 32, so taking 5 bits of each byte keeps every letter equally likely.
    let letters: Zeroizing<Vec<u8>> = Zeroizing::new(bytes.iter().map(|b| ALPHABET[(b & 31) as usize]).collect());
    Ok(Zeroizing::new(group(&letters)))
}

fn group(letters: &[u8]) -> String {
    letters.chunks(GROUP).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// The code as Mend writes it, from what she typed; None if it cannot be a recovery code.
pub fn normalise(typed: &str) -> Option<String> {
    let letters: Zeroizing<Vec<u8>> = Zeroizing::new(
        typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase() as u32)
            .map(|c| u8::try_from(c).unwrap_or(0))
            .collect(),
    );
    (letters.len() == GROUPS * GROUP && letters.iter().all(|b| ALPHABET.contains(b))).then(|| group(&letters))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_groups_of_four_and_read_back_however_typed() {
        let code = generate().unwrap();
        assert_eq!(code.len(), 29, "{}", code.as_str());
        assert!(code.split('-').all(|g| g.len() == 4 && g.bytes().all(|b| ALPHABET.contains(&b))));
        assert_ne!(code.as_str(), generate().unwrap().as_str());
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(normalise(&typed).as_deref(), Some(code.as_str()));
        assert_eq!(normalise("ABCD-EFGH-JKLM-NPQR-STUV-WXY2").as_deref(), Some("ABCD-EFGH-JKLM-NPQR-STUV-WXY2"));
        for wrong in [
            "",
            "ABCD-EFGH",
            "ABCD-EFGH-JKLM-NPQR-STUV-WXY0",
            "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ2",
            "ÄBCD-EFGH-JKLM-NPQR-STUV-WXY2",
        ] {
            assert_eq!(normalise(wrong), None, "{wrong}");
        }
    }
}
