//! Small numbers outside the region, in the manner of CBS: a count from 1
//! to 4 is shown as "< 5"; a share is not shown over fewer than 10 people;
//! and a suppressed count cannot be recovered from its row's total: where
//! a row would have one suppressed count, the smallest other count is
//! hidden too. Within the region (the coordinator's own view) figures are
//! exact, with a note that says so.

use serde::{Serialize, Serializer};

/// The smallest count shown outside the region.
pub const MIN_COUNT: u64 = 5;
/// The fewest people a share is shown over outside the region.
pub const MIN_BASE: u64 = 10;

/// How JSON writes a suppressed count: the stable codes (a renderer puts
/// the reader's words in their place).
pub const SMALL: &str = "< 5";
pub const HIDDEN: &str = "x";

/// A count as a report shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    /// 1 to 4: shown as "< 5".
    Small,
    /// Hidden so that a small count in its row cannot be worked out.
    Hidden,
}

/// In JSON a count is a number; a suppressed one the text people see
/// (`"< 5"`, `"x"`).
impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Figure::Count(n) => s.serialize_u64(*n),
            Figure::Small => s.serialize_str(SMALL),
            Figure::Hidden => s.serialize_str(HIDDEN),
        }
    }
}

impl Figure {
    pub fn count(self) -> Option<u64> {
        match self {
            Figure::Count(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_suppressed(self) -> bool {
        self.count().is_none()
    }
}

/// A row of counts and its total, protected when `protect` is set; the
/// counts are of the total's people, each counted once.
pub fn row(total: u64, counts: &[u64], protect: bool) -> (Figure, Vec<Figure>) {
    let mut line = vec![total];
    line.extend_from_slice(counts);
    let (mut rows, _) = table(&[line], None, protect);
    let mut cells = rows.remove(0);
    let total = cells.remove(0);
    (total, cells)
}

/// A table of rows, each `[total, parts…]` whose parts add up to the
/// total, and optionally the margin that sums them column by column (the
/// national row under the regions'). Protected, no suppressed cell can be
/// worked out: not from its row's total, and not from its column's margin
/// minus the other rows. Where one would, the smallest other non-zero
/// count is hidden too, until nothing changes.
pub fn table(
    rows: &[Vec<u64>],
    margin: Option<&[u64]>,
    protect: bool,
) -> (Vec<Vec<Figure>>, Option<Vec<Figure>>) {
    let exact = |line: &[u64]| line.iter().map(|&n| Figure::Count(n)).collect::<Vec<_>>();
    if !protect {
        return (rows.iter().map(|r| exact(r)).collect(), margin.map(exact));
    }
    let small = |n: u64| {
        if (1..MIN_COUNT).contains(&n) {
            Figure::Small
        } else {
            Figure::Count(n)
        }
    };
    // The margin, if any, is the last line; it is a row like the others.
    let raw: Vec<&[u64]> = rows.iter().map(Vec::as_slice).chain(margin).collect();
    let mut shown: Vec<Vec<Figure>> = raw
        .iter()
        .map(|line| line.iter().map(|&n| small(n)).collect())
        .collect();
    let body = rows.len();
    loop {
        let mut changed = false;
        // Within a row: the total minus the shown parts.
        for i in 0..shown.len() {
            let cells = &shown[i];
            let hidden = (1..cells.len())
                .filter(|&j| cells[j].is_suppressed())
                .count();
            if !cells[0].is_suppressed() && hidden == 1 {
                let others = (1..cells.len()).map(|j| (i, j));
                changed |= hide_smallest(&mut shown, &raw, others);
            }
        }
        // Within a column: the margin minus the other rows.
        if margin.is_some() {
            for j in 0..raw[body].len() {
                let hidden = (0..body).filter(|&i| shown[i][j].is_suppressed()).count();
                if shown[body][j].is_suppressed() || hidden != 1 {
                    continue;
                }
                if !hide_smallest(&mut shown, &raw, (0..body).map(|i| (i, j))) {
                    shown[body][j] = Figure::Hidden;
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let margin = margin.map(|_| shown.pop().expect("the margin line"));
    (shown, margin)
}

/// Hides the smallest non-zero count still shown among `cells`; false if
/// there is none.
fn hide_smallest(
    shown: &mut [Vec<Figure>],
    raw: &[&[u64]],
    cells: impl Iterator<Item = (usize, usize)>,
) -> bool {
    let next = cells
        .filter(|&(i, j)| raw[i][j] > 0 && !shown[i][j].is_suppressed())
        .min_by_key(|&(i, j)| (raw[i][j], i, j));
    match next {
        Some((i, j)) => {
            shown[i][j] = Figure::Hidden;
            true
        }
        None => false,
    }
}

/// A share in percent (one decimal) of `part` over `base`, unless it would
/// disclose what the row hides.
pub fn share(part: Figure, base: u64, protect: bool) -> Option<f64> {
    let part = part.count()?;
    if base == 0 || (protect && base < MIN_BASE) {
        return None;
    }
    Some((part as f64 * 1000.0 / base as f64).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Figure::*;

    #[test]
    fn exact_within_the_region() {
        assert_eq!(
            row(7, &[3, 4, 0], false),
            (Count(7), vec![Count(3), Count(4), Count(0)])
        );
    }

    #[test]
    fn small_counts_and_the_one_that_would_give_them_away() {
        // 3 is small; with 20 shown, 3 = 20 - 12 - 5: 5 is hidden too.
        assert_eq!(
            row(20, &[12, 3, 5, 0], true),
            (Count(20), vec![Count(12), Small, Hidden, Count(0)])
        );
        // Two small counts protect each other.
        assert_eq!(
            row(20, &[14, 3, 3], true),
            (Count(20), vec![Count(14), Small, Small])
        );
        // A small total: every non-zero count is small.
        assert_eq!(
            row(4, &[3, 1, 0], true),
            (Small, vec![Small, Small, Count(0)])
        );
    }

    #[test]
    fn a_column_margin_does_not_give_a_small_count_away() {
        // Two regions and the national row: 4 = 31 - 27 if only the small
        // region's count were hidden.
        let (rows, margin) = table(
            &[vec![50, 27, 23], vec![8, 4, 4]],
            Some(&[58, 31, 27]),
            true,
        );
        assert_eq!(rows[1], vec![Count(8), Small, Small]);
        assert_eq!(rows[0], vec![Count(50), Hidden, Hidden]);
        assert_eq!(margin, Some(vec![Count(58), Count(31), Count(27)]));
        // Every row and column with a shown total has 0 or 2+ suppressed.
        let (rows, margin) = table(
            &[vec![40, 30, 10, 0], vec![20, 16, 3, 1]],
            Some(&[60, 46, 13, 1]),
            true,
        );
        let all: Vec<Vec<Figure>> = rows.into_iter().chain(margin).collect();
        for line in &all {
            let hidden = line[1..].iter().filter(|c| c.is_suppressed()).count();
            assert!(line[0].is_suppressed() || hidden != 1, "{all:?}");
        }
        for j in 0..4 {
            let hidden = all[..2].iter().filter(|l| l[j].is_suppressed()).count();
            assert!(all[2][j].is_suppressed() || hidden != 1, "{all:?}");
        }
    }

    #[test]
    fn no_share_over_fewer_than_ten_or_of_a_hidden_count() {
        assert_eq!(share(Count(3), 9, true), None);
        assert_eq!(share(Count(3), 9, false), Some(33.3));
        assert_eq!(share(Small, 40, true), None);
        assert_eq!(share(Count(10), 40, true), Some(25.0));
    }
}
