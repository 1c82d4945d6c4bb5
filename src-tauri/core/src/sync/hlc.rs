//! A hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds, a counter for
//! events within one millisecond or while the wall clock lags, and the device id to break ties.
//! A reading is never behind any reading this computer has seen, so once a computer whose
//! clock runs a day ahead has synced, the others' next changes still come after its changes.
//! Written as fixed-width text, so readings compare as strings.

use std::fmt;

const MAX_COUNTER: u32 = 999_999;

/// One reading: (milliseconds since 1970, counter, device id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hlc {
    pub millis: u64,
    pub counter: u32,
    pub device: String,
}

impl Hlc {
    /// The reading for a change made now on `device`: after `last` (this computer's latest
    /// reading, of its own changes or any it received) and not before the wall clock.
    pub fn tick(last: Option<&Hlc>, wall_millis: u64, device: &str) -> Hlc {
        match last {
            // The counter has six digits: past them, the next millisecond.
            Some(last) if last.millis >= wall_millis && last.counter >= MAX_COUNTER => {
                Hlc { millis: last.millis + 1, counter: 0, device: device.to_owned() }
            }
            Some(last) if last.millis >= wall_millis => {
                Hlc { millis: last.millis, counter: last.counter + 1, device: device.to_owned() }
            }
            _ => Hlc { millis: wall_millis, counter: 0, device: device.to_owned() },
        }
    }

    /// Reads a reading written by `Display`; None if it is not one.
    pub fn parse(text: &str) -> Option<Hlc> {
        let mut parts = text.splitn(3, '-');
        let (millis, counter, device) = (parts.next()?, parts.next()?, parts.next()?);
        if millis.len() != 15 || counter.len() != 6 || device.is_empty() {
            return None;
        }
        Some(Hlc { millis: millis.parse().ok()?, counter: counter.parse().ok()?, device: device.to_owned() })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-{:06}-{}", self.millis, self.counter, self.device)
    }
}

#[cfg(test)]
mod tests {
    use super::Hlc;

    #[test]
    fn readings_order_as_text_and_never_go_back() {
        let a = Hlc::tick(None, 1_000, "a");
        let b = Hlc::tick(Some(&a), 999, "b");
        assert!(b > a, "a wall clock behind still gives a later reading");
        assert_eq!((b.millis, b.counter), (1_000, 1));
        let c = Hlc::tick(Some(&b), 5_000, "a");
        assert_eq!((c.millis, c.counter), (5_000, 0));
        for (x, y) in [(&a, &b), (&b, &c)] {
            assert!(x.to_string() < y.to_string());
            assert_eq!(Hlc::parse(&x.to_string()).as_ref(), Some(x));
        }
        assert_eq!(Hlc::parse("12-1-a"), None);
        let full = Hlc { millis: 7, counter: 999_999, device: "a".into() };
        let next = Hlc::tick(Some(&full), 5, "a");
        assert!(next > full && Hlc::parse(&next.to_string()) == Some(next.clone()), "{next}");
    }
}
