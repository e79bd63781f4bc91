use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;

/// Any 9-digit number that passes the 11-proef may be a pupil's BSN. Once
/// committed it stays in git history, so it is flagged in every file.
pub(super) fn possible_bsn(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for file in cx.data.sources.values() {
        for span in nine_digit_runs(&file.text) {
            if passes_elfproef(&file.text.as_bytes()[span.clone()]) {
                out.push(
                    Diagnostic::new(Code::PossibleBsn, &file.path, t!("possible-bsn"))
                        .at(span, t!("possible-bsn-label"))
                        .help(t!("possible-bsn-help")),
                );
            }
        }
    }
}

/// Byte ranges of digit runs of exactly nine digits.
fn nine_digit_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 9 {
                runs.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    runs
}

/// The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0).
pub(super) fn passes_elfproef(digits: &[u8]) -> bool {
    if digits.len() != 9 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<i64> = digits.iter().map(|b| i64::from(b - b'0')).collect();
    let sum: i64 = (0..8).map(|i| (9 - i as i64) * d[i]).sum::<i64>() - d[8];
    sum != 0 && sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elfproef() {
        // Well-known test numbers that pass.
        assert!(passes_elfproef(b"111222333"));
        assert!(passes_elfproef(b"123456782"));
        assert!(!passes_elfproef(b"123456789"));
        assert!(!passes_elfproef(b"000000000"));
    }

    #[test]
    fn only_runs_of_nine() {
        assert_eq!(nine_digit_runs("a 123456782 b 1234567820 c"), vec![2..11]);
    }
}
