//! Shared numeric ground rules: validated rates, finite guards, shares, min–max normalisation
//! and the one ranking order every module uses.
//!
//! Every money input whose magnitude exceeds [`MAX_MAGNITUDE`] is treated as unknown, so that
//! products and sums over 100,000 customers can never overflow to infinity.

use serde::Serialize;
use std::cmp::Ordering;
use std::fmt;

/// Largest magnitude (in money or any other unit) an input may have and still be used.
/// Values beyond it are treated as unknown: no real customer list needs them, and keeping them
/// out guarantees that every product and sum stays finite.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Keeps a value only when it is finite and within ±[`MAX_MAGNITUDE`].
// A call per customer in the passes over the list: `opt-level = "z"` keeps it out of line.
#[inline(always)]
pub fn usable(value: impl Into<Option<f64>>) -> Option<f64> {
    value
        .into()
        .filter(|v| v.is_finite() && v.abs() <= MAX_MAGNITUDE)
}

/// `numerator ÷ denominator`, defined as 0 when the denominator is 0 or the result is not
/// finite: the share of nothing is nothing, never NaN.
pub fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator == 0.0 {
        return 0.0;
    }
    let r = numerator / denominator;
    if r.is_finite() {
        r
    } else {
        0.0
    }
}

/// Why a rate could not be accepted.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub enum RateError {
    /// The value was NaN or infinite.
    NotFinite,
    /// The value lies outside the allowed interval.
    OutOfRange {
        /// The value given.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
}

impl fmt::Display for RateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RateError::NotFinite => write!(f, "The rate is not a number."),
            RateError::OutOfRange { value, min, max } => write!(
                f,
                "The rate {value} is outside the allowed range {min} to {max} (rates are fractions: 0.2 = 20 %)."
            ),
        }
    }
}

impl std::error::Error for RateError {}

/// A fraction between 0 and 1 inclusive (0.2 = 20 %): churn, retention, margin, shares.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
pub struct Rate(f64);

impl Rate {
    /// 0 %.
    pub const ZERO: Rate = Rate(0.0);

    /// Accepts a fraction in [0, 1].
    ///
    /// ```
    /// # use value_pyramid::engine::numeric::Rate;
    /// assert_eq!(Rate::new(0.2).map(|r| r.value()), Ok(0.2));
    /// assert!(Rate::new(1.5).is_err());
    /// ```
    pub fn new(value: f64) -> Result<Rate, RateError> {
        check_range(value, 0.0, 1.0).map(Rate)
    }

    /// The fraction, in [0, 1].
    pub fn value(self) -> f64 {
        self.0
    }
}

/// A yearly discount or interest rate as a fraction, between 0 and 10 (1,000 %) inclusive.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
pub struct DiscountRate(f64);

impl DiscountRate {
    /// No discounting.
    pub const ZERO: DiscountRate = DiscountRate(0.0);

    /// Largest discount rate accepted; anything above is surely a typing error (percent
    /// typed as a fraction would be 8, which is still allowed).
    pub const MAX: f64 = 10.0;

    /// Accepts a yearly rate in [0, [`DiscountRate::MAX`]].
    pub fn new(value: f64) -> Result<DiscountRate, RateError> {
        check_range(value, 0.0, Self::MAX).map(DiscountRate)
    }

    /// The fraction per year.
    pub fn value(self) -> f64 {
        self.0
    }
}

fn check_range(value: f64, min: f64, max: f64) -> Result<f64, RateError> {
    if !value.is_finite() {
        Err(RateError::NotFinite)
    } else if value < min || value > max {
        Err(RateError::OutOfRange { value, min, max })
    } else {
        Ok(value)
    }
}

/// Min–max normalisation over a list: maps the smallest known value to 0 and the largest to 1.
///
/// When every known value is equal (or none is known) the spread is zero and every value maps
/// to 0: an indicator that does not vary cannot tell customers apart, so it contributes nothing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinMax {
    min: f64,
    max: f64,
}

/// A [`MinMax::over`] made one value at a time, so that one pass over a list can scan several
/// of its columns.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MinMaxScan {
    min: f64,
    max: f64,
}

impl Default for MinMaxScan {
    fn default() -> MinMaxScan {
        MinMaxScan {
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
        }
    }
}

impl MinMaxScan {
    /// Takes in one value; unknown and non-finite ones are skipped.
    // A call per customer in the passes over the list: `opt-level = "z"` keeps it out of line.
    #[inline(always)]
    pub(crate) fn add(&mut self, value: Option<f64>) {
        if let Some(v) = value {
            if v.is_finite() {
                // `f64::min` and `f64::max` are calls into the maths library here; the ends
                // held are never NaN, so a plain comparison gives the same bits whenever the
                // two differ in value or are the same bits, and the call is left to the signed
                // zeros, where the order of the operands picks the sign.
                if v < self.min {
                    self.min = v;
                } else if v == self.min && v.to_bits() != self.min.to_bits() {
                    self.min = self.min.min(v);
                }
                if v > self.max {
                    self.max = v;
                } else if v == self.max && v.to_bits() != self.max.to_bits() {
                    self.max = self.max.max(v);
                }
            }
        }
    }

    /// The normalisation of the values taken in.
    pub(crate) fn done(self) -> MinMax {
        if self.min > self.max {
            MinMax { min: 0.0, max: 0.0 }
        } else {
            MinMax {
                min: self.min,
                max: self.max,
            }
        }
    }
}

impl MinMax {
    /// Scans the usable values; unknown ones are skipped.
    pub fn over<I: IntoIterator<Item = Option<f64>>>(values: I) -> MinMax {
        let mut scan = MinMaxScan::default();
        values.into_iter().for_each(|v| scan.add(v));
        scan.done()
    }

    /// The smallest value scanned (0 when none was).
    pub fn min_value(&self) -> f64 {
        self.min
    }

    /// The largest value scanned (0 when none was).
    pub fn max_value(&self) -> f64 {
        self.max
    }

    /// Whether `other` is the same scale bit for bit (`==` would take `-0.0` for `0.0`, which
    /// [`MinMax::apply`] can tell apart).
    pub fn same_bits(&self, other: &MinMax) -> bool {
        self.min.to_bits() == other.min.to_bits() && self.max.to_bits() == other.max.to_bits()
    }

    /// The value mapped to [0, 1]; 0 when the spread is zero. With `lower_is_better` the scale
    /// is turned round (smallest → 1), again only when there is a spread.
    pub fn apply(&self, value: f64, lower_is_better: bool) -> f64 {
        let range = self.max - self.min;
        if range <= 0.0 || !value.is_finite() {
            return 0.0;
        }
        let x = ((value - self.min) / range).clamp(0.0, 1.0);
        if lower_is_better {
            1.0 - x
        } else {
            x
        }
    }
}

/// Indices of `scores` from best to worst: higher first (or lower first with
/// `lower_is_better`), unknown scores last, ties broken by `ids` ascending and then by input
/// position. Because ids are unique within a list, the order does not depend on input order.
pub fn rank(scores: &[Option<f64>], ids: &[&str], lower_is_better: bool) -> Vec<usize> {
    rank_known_order(scores, ids, lower_is_better, in_id_order(ids, scores.len()))
}

/// Whether the first `n` ids are in ascending order (and there are as many): then an item's
/// place in the (id, position) order is its position. The lists analysed are already in id
/// order, which one pass confirms.
fn in_id_order(ids: &[&str], n: usize) -> bool {
    ids.len() >= n && ids[..n].windows(2).all(|w| w[0] <= w[1])
}

/// [`rank`], told whether `in_id_order(ids, scores.len())` holds, so that the rankings of one
/// list read its ids (a cache miss for each on a large list) once rather than once a sort.
fn rank_known_order(
    scores: &[Option<f64>],
    ids: &[&str],
    lower_is_better: bool,
    in_id_order: bool,
) -> Vec<usize> {
    let n = scores.len();
    if u32::try_from(n).is_err() {
        return rank_by_comparison(scores, ids, lower_is_better);
    }
    // Each item's place in the (id, position) order, found once: comparing ids inside every
    // comparison of the sort made ranking 100,000 customers cost string compares and cache
    // misses.
    let by_tie: Vec<u32> = if in_id_order {
        Vec::new()
    } else {
        let mut t: Vec<u32> = (0..n as u32).collect();
        t.sort_unstable_by(|&a, &b| {
            ids.get(a as usize)
                .cmp(&ids.get(b as usize))
                .then(a.cmp(&b))
        });
        t
    };
    let mut tie = vec![0u32; if in_id_order { 0 } else { n }];
    for (place, &i) in by_tie.iter().enumerate() {
        tie[i as usize] = place as u32;
    }
    // One integer per item orders by (unknown last, score, tie), so the sort compares numbers.
    let mut keys: Vec<u128> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let place = if in_id_order { i as u32 } else { tie[i] };
            score_place_key(*s, !lower_is_better, place)
        })
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|k| {
            let place = place_in_key(k);
            if in_id_order {
                place
            } else {
                by_tie[place] as usize
            }
        })
        .collect()
}

/// One ranking made: the scores ranked, the direction and the order [`rank`] gave.
#[derive(Clone, Default)]
pub struct Ranking {
    scores: PackedScores,
    lower_is_better: bool,
    order: Vec<usize>,
}

/// Scores, some unknown, packed: the bits of each score and a bit for whether it is known, 8⅛
/// bytes a score where an `Option<f64>` takes 16. A ranking keeps the scores it was made of in
/// one, to be compared bit for bit with later ones (an analysis keeps rankings of 100,000
/// scores), and the indicator columns of an analysis are held in them.
#[derive(Clone, Default, PartialEq)]
pub struct PackedScores {
    /// Each score's bits; 0 where it is unknown.
    bits: Vec<u64>,
    /// Bit `i % 64` of word `i / 64`: whether score `i` is known.
    known: Vec<u64>,
}

/// No scores: the column of an indicator not read (every customer unknown).
pub static NO_SCORES: PackedScores = PackedScores {
    bits: Vec::new(),
    known: Vec::new(),
};

impl FromIterator<Option<f64>> for PackedScores {
    fn from_iter<I: IntoIterator<Item = Option<f64>>>(scores: I) -> PackedScores {
        let scores = scores.into_iter();
        let mut packed = PackedScores::with_capacity(scores.size_hint().0);
        // A word of known bits is made in a register and stored once full: a column of
        // 100,000 scores is made at every analysis.
        let mut word = 0u64;
        for s in scores {
            let j = packed.bits.len() % 64;
            packed.bits.push(s.map_or(0, f64::to_bits));
            word |= u64::from(s.is_some()) << j;
            if j == 63 {
                packed.known.push(word);
                word = 0;
            }
        }
        if !packed.bits.len().is_multiple_of(64) {
            packed.known.push(word);
        }
        packed
    }
}

/// The scores of a [`PackedScores`], in order.
struct PackedIter<'a> {
    scores: &'a PackedScores,
    next: usize,
}

impl Iterator for PackedIter<'_> {
    type Item = Option<f64>;

    fn next(&mut self) -> Option<Option<f64>> {
        let i = self.next;
        let bits = *self.scores.bits.get(i)?;
        self.next += 1;
        let known = self.scores.known[i / 64] >> (i % 64) & 1 == 1;
        Some(known.then(|| f64::from_bits(bits)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.scores.bits.len() - self.next;
        (left, Some(left))
    }

    // A word of known bits at a time, without a bounds check per score: the passes over a
    // column (`for_each`, `sum`, `MinMax::over`) run here.
    fn fold<B, F: FnMut(B, Option<f64>) -> B>(self, init: B, mut f: F) -> B {
        let PackedScores { bits, known } = self.scores;
        let mut acc = init;
        let mut start = self.next;
        while start < bits.len() {
            let end = (start / 64 + 1) * 64;
            let word = known[start / 64] >> (start % 64);
            let chunk = &bits[start..end.min(bits.len())];
            for (j, b) in chunk.iter().enumerate() {
                acc = f(acc, (word >> j & 1 == 1).then(|| f64::from_bits(*b)));
            }
            start = end;
        }
        acc
    }
}

/// A column of scores, one per customer, some unknown, read the same way whether it is held
/// as `Option<f64>`s or packed ([`PackedScores`]).
pub trait ScoreColumn {
    /// How many scores there are.
    fn count(&self) -> usize;
    /// Score `i`; `None` when it is unknown or past the end.
    fn at(&self, i: usize) -> Option<f64>;
    /// The scores in order.
    fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_;
}

impl ScoreColumn for [Option<f64>] {
    fn count(&self) -> usize {
        self.len()
    }

    fn at(&self, i: usize) -> Option<f64> {
        self.get(i).copied().flatten()
    }

    fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        self.iter().copied()
    }
}

impl ScoreColumn for Vec<Option<f64>> {
    fn count(&self) -> usize {
        self.len()
    }

    fn at(&self, i: usize) -> Option<f64> {
        self[..].at(i)
    }

    fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        self.iter().copied()
    }
}

impl ScoreColumn for PackedScores {
    fn count(&self) -> usize {
        self.len()
    }

    fn at(&self, i: usize) -> Option<f64> {
        self.get(i)
    }

    fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        PackedIter {
            scores: self,
            next: 0,
        }
    }
}

impl<C: ScoreColumn + ?Sized> ScoreColumn for &C {
    fn count(&self) -> usize {
        (**self).count()
    }

    fn at(&self, i: usize) -> Option<f64> {
        (**self).at(i)
    }

    fn scores(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        (**self).scores()
    }
}

impl PackedScores {
    /// These scores, packed.
    pub fn of(scores: &[Option<f64>]) -> PackedScores {
        let mut kept = PackedScores::default();
        kept.refill(scores);
        kept
    }

    /// No scores, with room for `n`.
    pub fn with_capacity(n: usize) -> PackedScores {
        PackedScores {
            bits: Vec::with_capacity(n),
            known: Vec::with_capacity(n.div_ceil(64)),
        }
    }

    /// Adds a score at the end.
    pub fn push(&mut self, score: Option<f64>) {
        let i = self.bits.len();
        if i.is_multiple_of(64) {
            self.known.push(0);
        }
        self.bits.push(score.map_or(0, f64::to_bits));
        if score.is_some() {
            self.known[i / 64] |= 1 << (i % 64);
        }
    }

    /// Score `i`; `None` when it is unknown or past the end.
    pub fn get(&self, i: usize) -> Option<f64> {
        self.bits_at(i).map(f64::from_bits)
    }

    /// Sets score `i` (which must be within the scores).
    pub fn set(&mut self, i: usize, score: Option<f64>) {
        self.bits[i] = score.map_or(0, f64::to_bits);
        let bit = 1 << (i % 64);
        match score {
            Some(_) => self.known[i / 64] |= bit,
            None => self.known[i / 64] &= !bit,
        }
    }

    /// Holds `scores` instead (every score written again; see [`PackedScores::set`] for a few).
    fn refill(&mut self, scores: &[Option<f64>]) {
        self.bits.clear();
        self.bits
            .extend(scores.iter().map(|s| s.map_or(0, f64::to_bits)));
        self.known.clear();
        self.known.resize(scores.len().div_ceil(64), 0);
        for (i, s) in scores.iter().enumerate() {
            if s.is_some() {
                self.known[i / 64] |= 1 << (i % 64);
            }
        }
    }

    /// How many scores there are.
    pub fn len(&self) -> usize {
        self.bits.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }

    /// The bytes its columns hold (capacity counted).
    pub fn heap_bytes(&self) -> usize {
        (self.bits.capacity() + self.known.capacity()) * size_of::<u64>()
    }

    /// The bits of score `i`; `None` when it is unknown or past the end.
    fn bits_at(&self, i: usize) -> Option<u64> {
        bit_set(&self.known, i).then(|| self.bits[i])
    }

    /// Whether `scores` are these, bit for bit (so `-0.0` is not `0.0`).
    fn same_as(&self, scores: &[Option<f64>]) -> bool {
        self.differing(scores, 0).is_some()
    }

    /// The places where `scores` differ from these (bit for bit), or `None` when there are
    /// more than `limit`.
    fn differing(&self, scores: &[Option<f64>], limit: usize) -> Option<Vec<usize>> {
        if scores.len() != self.len() {
            return None;
        }
        let mut changed = Vec::new();
        // A word of known bits at a time: an edit compares each of a dozen rankings' 100,000
        // scores with the new ones, which differ in a few places, so a run of 64 is checked
        // whole, its comparisons folded into one flag, and only a run that differs is looked
        // into score by score.
        for (w, (bits, now)) in self.bits.chunks(64).zip(scores.chunks(64)).enumerate() {
            let known = self.known[w];
            let same = bits
                .iter()
                .zip(now)
                .enumerate()
                .fold(true, |same, (j, (b, s))| {
                    let (is_known, now_bits) = s.map_or((false, 0), |x| (true, x.to_bits()));
                    same & (known >> j & 1 == u64::from(is_known)) & (*b == now_bits)
                });
            if same {
                continue;
            }
            for (j, s) in now.iter().enumerate() {
                let i = w * 64 + j;
                if self.bits_at(i) != s.map(f64::to_bits) {
                    if changed.len() == limit {
                        return None;
                    }
                    changed.push(i);
                }
            }
        }
        Some(changed)
    }

    /// The scores as `Option<f64>`s.
    pub fn to_vec(&self) -> Vec<Option<f64>> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

impl Ranking {
    /// Whether this ranking is of `n` scores in the direction `lower_is_better`: only such a
    /// ranking can be moved to other scores.
    fn fits(&self, lower_is_better: bool, n: usize) -> bool {
        self.lower_is_better == lower_is_better && self.scores.len() == n
    }

    /// The scores ranked.
    pub fn scores(&self) -> Vec<Option<f64>> {
        self.scores.to_vec()
    }

    /// Whether lower scores came first.
    pub fn lower_is_better(&self) -> bool {
        self.lower_is_better
    }

    /// Positions from best to worst.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The bytes its columns hold (capacity counted).
    pub fn heap_bytes(&self) -> usize {
        self.scores.heap_bytes() + self.order.capacity() * size_of::<usize>()
    }
}

// Scores compared bit for bit, as `Rankings` finds them (NaN equals itself, -0.0 is not 0.0).
impl PartialEq for Ranking {
    fn eq(&self, other: &Ranking) -> bool {
        self.lower_is_better == other.lower_is_better
            && self.order == other.order
            && self.scores == other.scores
    }
}

// 100,000 scores in a debug print would drown whatever else is printed.
impl fmt::Debug for Ranking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ranking")
            .field("len", &self.order.len())
            .field("lower_is_better", &self.lower_is_better)
            .finish_non_exhaustive()
    }
}

/// The rankings of one list, each made once: stages that rank the same scores the same way
/// (the pyramid and the ratings on profit, segmentation by revenue, the revenue rank) share one
/// sort of the list instead of sorting it again. A ranking is found by its scores, compared bit
/// for bit (so `-0.0` and `0.0`, which [`rank`] orders apart, are never taken for each other),
/// which makes every order handed out the one [`rank`] would give.
///
/// Given the rankings of an earlier state of the same list (the same ids in the same places,
/// see [`Rankings::after`]), scores that differ from earlier ones in a few places are ranked by
/// moving those few items in the earlier order instead of sorting every item again.
#[derive(Debug)]
pub struct Rankings<'a> {
    ids: &'a [&'a str],
    made: Vec<Ranking>,
    /// Per ranking made, the place of the earlier one it was moved from (`None`: sorted).
    made_from: Vec<Option<usize>>,
    earlier: Vec<Ranking>,
    /// Per number of scores ranked (a handful), whether the ids are in order up to there:
    /// found by the first sort of that many.
    in_id_order: Vec<(usize, bool)>,
}

impl<'a> Rankings<'a> {
    /// No ranking made yet, for the list with these ids.
    pub fn new(ids: &'a [&'a str]) -> Rankings<'a> {
        Rankings::after(ids, Vec::new())
    }

    /// No ranking made yet, for the list with these ids, which had the same ids in the same
    /// places when `earlier` were made.
    pub fn after(ids: &'a [&'a str], earlier: Vec<Ranking>) -> Rankings<'a> {
        Rankings {
            ids,
            made: Vec::new(),
            made_from: Vec::new(),
            earlier,
            in_id_order: Vec::new(),
        }
    }

    /// The ids the rankings break ties by.
    pub fn ids(&self) -> &'a [&'a str] {
        self.ids
    }

    /// `rank(scores, ids, lower_is_better)`, sorted only the first time these scores are asked
    /// for, and then only when no earlier ranking differs from them in few enough places to
    /// move those.
    pub fn rank(&mut self, scores: &[Option<f64>], lower_is_better: bool) -> &[usize] {
        let found = self
            .made
            .iter()
            .position(|r| r.lower_is_better == lower_is_better && r.scores.same_as(scores));
        let k = match found {
            Some(k) => k,
            None => {
                let mut from = None;
                let moved = self.moved(scores, lower_is_better).map(|(k, changed)| {
                    from = Some(k);
                    // Taken, not copied: the earlier ranking's two columns become the new
                    // one's, so an edit does not hold each ranking twice. Another ranking asked
                    // for later moves from another earlier one, or is sorted.
                    let earlier = std::mem::take(&mut self.earlier[k]);
                    let order = rerank(earlier.order, scores, self.ids, lower_is_better, &changed);
                    // The scores differ, bit for bit, only where `changed` says.
                    let mut kept_scores = earlier.scores;
                    for &i in &changed {
                        kept_scores.set(i, scores[i]);
                    }
                    (order, kept_scores)
                });
                let (order, scores) = match moved {
                    Some(moved) => moved,
                    None => {
                        let n = scores.len();
                        let ordered = match self.in_id_order.iter().find(|(m, _)| *m == n) {
                            Some(&(_, ordered)) => ordered,
                            None => {
                                let ordered = in_id_order(self.ids, n);
                                self.in_id_order.push((n, ordered));
                                ordered
                            }
                        };
                        let order = rank_known_order(scores, self.ids, lower_is_better, ordered);
                        // The earlier ranking made at this turn differs from these scores in
                        // too many places to be moved from, and the later turns move from
                        // their own: let go now, not held beside the new one until the end.
                        let turn = self.made.len();
                        if let Some(earlier) = self
                            .earlier
                            .get_mut(turn)
                            .filter(|r| r.fits(lower_is_better, n))
                        {
                            *earlier = Ranking::default();
                        }
                        (order, PackedScores::of(scores))
                    }
                };
                self.made.push(Ranking {
                    scores,
                    lower_is_better,
                    order,
                });
                self.made_from.push(from);
                self.made.len() - 1
            }
        };
        &self.made[k].order
    }

    /// The earlier ranking that differs from `scores` in the fewest places, when those are
    /// few, and those places: a sort costs n log n comparisons, a move of k items about
    /// n + k log n.
    fn moved(&self, scores: &[Option<f64>], lower_is_better: bool) -> Option<(usize, Vec<usize>)> {
        let limit = (scores.len() / 8).max(8);
        let fits = |r: &Ranking| r.fits(lower_is_better, scores.len());
        // An analysis asks for its rankings in the same order each time, so the earlier one
        // made at this turn is nearly always the one to move from: when it differs in a few
        // places, the others are not compared with the scores at all. Any earlier ranking
        // moved gives the same order; the one with the fewest changes only costs least.
        let few = (limit / 64).max(8);
        let turn = self.made.len();
        if let Some(earlier) = self.earlier.get(turn).filter(|r| fits(r)) {
            if let Some(changed) = earlier.scores.differing(scores, few) {
                return Some((turn, changed));
            }
        }
        self.earlier
            .iter()
            .enumerate()
            .filter(|(_, r)| fits(r))
            .filter_map(|(k, r)| Some((k, r.scores.differing(scores, limit)?)))
            .min_by_key(|(_, changed)| changed.len())
    }

    /// The rankings made, for [`Rankings::after`] once the list has changed.
    pub fn into_made(self) -> Vec<Ranking> {
        self.made
    }

    /// The earlier rankings, each one moved from put back in its place as made now, and those
    /// sorted anew after them: what a stage redone alone hands on, when the next analysis asks
    /// for the rankings in the order a whole analysis made the earlier ones.
    pub fn into_earlier_places(self) -> Vec<Ranking> {
        let mut all = self.earlier;
        let mut sorted = Vec::new();
        for (ranking, from) in self.made.into_iter().zip(self.made_from) {
            match from {
                Some(k) => all[k] = ranking,
                None => sorted.push(ranking),
            }
        }
        all.append(&mut sorted);
        all
    }
}

/// `rank(scores, ids, lower_is_better)`, given `order`, the ranking of scores that differ from
/// `scores` only at the positions `changed` (the same ids throughout): those items are taken
/// out and put back where their new scores belong, the others keep their order. Done in
/// `order`'s own room: at 100,000 items, two more columns of them were the edit's peak.
pub fn rerank(
    mut order: Vec<usize>,
    scores: &[Option<f64>],
    ids: &[&str],
    lower_is_better: bool,
    changed: &[usize],
) -> Vec<usize> {
    let before = |a: usize, b: usize| compare(scores, ids, lower_is_better, a, b);
    let mut moving: Vec<usize> = changed.to_vec();
    moving.sort_unstable_by(|&a, &b| before(a, b));
    moving.dedup();
    if let [m] = moving[..] {
        if let Some(old) = order.iter().position(|&i| i == m) {
            return moved_one(order, m, old, before);
        }
    }
    let mut is_moving = vec![false; order.len()];
    for &i in &moving {
        is_moving[i] = true;
    }
    order.retain(|&i| !is_moving[i]);
    let mut kept_end = order.len();
    order.resize(kept_end + moving.len(), 0);
    // From the back: each moving item, last first, goes after the kept items that come before
    // it, and the kept items after it shift up by the moving items still to place.
    let mut write_end = order.len();
    for &m in moving.iter().rev() {
        let at = order[..kept_end].partition_point(|&k| before(k, m) == Ordering::Less);
        let after = kept_end - at;
        order.copy_within(at..kept_end, write_end - after);
        write_end -= after;
        order[write_end - 1] = m;
        write_end -= 1;
        kept_end = at;
    }
    order
}

/// [`rerank`] of the one item `m`, at `old` in `order`: the items between its old place and
/// its new one shift by one, where taking every item out and back in (a column of flags, a
/// retain over the whole order, room made at its end) cost an edit's analysis about 0.2 ms for
/// each of its rankings of 100,000.
fn moved_one(
    mut order: Vec<usize>,
    m: usize,
    old: usize,
    before: impl Fn(usize, usize) -> Ordering,
) -> Vec<usize> {
    // The others are still in order: how many of them come before `m` now.
    let goes_before = |&k: &usize| before(k, m) == Ordering::Less;
    let left = order[..old].partition_point(goes_before);
    let at = if left < old {
        left
    } else {
        old + order[old + 1..].partition_point(goes_before)
    };
    if at < old {
        order[at..=old].rotate_right(1);
    } else {
        order[old..=at].rotate_left(1);
    }
    order
}

/// The order [`rank`] puts items `a` and `b` in: by score (unknown last), then id, then
/// position.
fn compare(
    scores: &[Option<f64>],
    ids: &[&str],
    lower_is_better: bool,
    a: usize,
    b: usize,
) -> Ordering {
    let by_score = match (scores[a], scores[b]) {
        (Some(x), Some(y)) => {
            if lower_is_better {
                x.total_cmp(&y)
            } else {
                y.total_cmp(&x)
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_score
        .then_with(|| ids.get(a).cmp(&ids.get(b)))
        .then_with(|| a.cmp(&b))
}

/// An unsigned integer that sorts as `f64::total_cmp` does.
pub(crate) fn total_order_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// Whether bit `i % 64` of word `i / 64` of `words` is set (false past the end): a flag per
/// item of a long list, packed.
pub(crate) fn bit_set(words: &[u64], i: usize) -> bool {
    words.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// One integer whose unsigned order is that of (unknown last, `score` by `total_cmp`, reversed
/// when `reversed`, `place`), so that a sort of many compares numbers, not floats through a
/// comparison; [`place_in_key`] reads the place back.
pub(crate) fn score_place_key(score: Option<f64>, reversed: bool, place: u32) -> u128 {
    let score = match score {
        Some(x) if reversed => (1u128 << 64) | u128::from(!total_order_key(x)),
        Some(x) => (1u128 << 64) | u128::from(total_order_key(x)),
        None => 2u128 << 64,
    };
    (score << 32) | u128::from(place)
}

/// The place a [`score_place_key`] was made with.
pub(crate) fn place_in_key(key: u128) -> usize {
    // The low 32 bits are the place.
    (key as u32) as usize
}

/// The value whose [`total_order_key`] is `key`, bit for bit.
pub(crate) fn from_total_order_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 {
        key & !(1 << 63)
    } else {
        !key
    })
}

/// [`rank`] for a list too long to number its items in 32 bits.
fn rank_by_comparison(scores: &[Option<f64>], ids: &[&str], lower_is_better: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    // The key (score, id, position) is total, so an unstable sort is deterministic and faster.
    order.sort_unstable_by(|&a, &b| compare(scores, ids, lower_is_better, a, b));
    order
}

/// Splits `n` ranked items into consecutive bands whose sizes follow `shares` (best band
/// first). Shares are normalised to sum 1; band boundaries are the rounded cumulative shares,
/// so the sizes always add up to `n`. Returns `None` when a share is negative or not finite, or
/// when they sum to zero.
pub fn band_sizes(n: usize, shares: &[f64]) -> Option<Vec<usize>> {
    if shares.is_empty() || shares.iter().any(|s| !s.is_finite() || *s < 0.0) {
        return None;
    }
    let total: f64 = shares.iter().sum();
    if total <= 0.0 {
        return None;
    }
    let mut sizes = Vec::with_capacity(shares.len());
    let mut cumulative = 0.0;
    let mut previous = 0usize;
    for (k, share) in shares.iter().enumerate() {
        cumulative += share / total;
        let boundary = if k + 1 == shares.len() {
            n
        } else {
            ((cumulative * n as f64).round() as usize).clamp(previous, n)
        };
        sizes.push(boundary - previous);
        previous = boundary;
    }
    Some(sizes)
}

/// How many of `n` ranked items make up the top `share` of them: rounded, at least one when
/// the list is not empty, at most `n`.
pub fn top_count(n: usize, share: f64) -> usize {
    if n == 0 {
        return 0;
    }
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((share * n as f64).round() as usize).clamp(1, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_validation() {
        assert!(Rate::new(0.0).is_ok());
        assert!(Rate::new(1.0).is_ok());
        assert!(matches!(Rate::new(-0.1), Err(RateError::OutOfRange { .. })));
        assert_eq!(Rate::new(f64::NAN), Err(RateError::NotFinite));
        assert!(DiscountRate::new(0.08).is_ok());
        assert!(DiscountRate::new(-0.01).is_err());
    }

    #[test]
    fn bands_add_up() {
        assert_eq!(band_sizes(100, &[0.2, 0.3, 0.5]), Some(vec![20, 30, 50]));
        assert_eq!(band_sizes(0, &[0.2, 0.3, 0.5]), Some(vec![0, 0, 0]));
        assert_eq!(
            band_sizes(7, &[1.0, 1.0, 1.0]).map(|v| v.iter().sum::<usize>()),
            Some(7)
        );
        assert_eq!(band_sizes(7, &[0.0, 0.0]), None);
        assert_eq!(band_sizes(7, &[-1.0, 2.0]), None);
    }

    #[test]
    fn min_max_without_spread_is_zero() {
        let m = MinMax::over([Some(3.0), Some(3.0)]);
        assert_eq!(m.apply(3.0, false), 0.0);
        assert_eq!(m.apply(3.0, true), 0.0);
        let m = MinMax::over([Some(0.0), Some(10.0), None]);
        assert_eq!(m.apply(2.5, false), 0.25);
        assert_eq!(m.apply(2.5, true), 0.75);
    }

    #[test]
    fn ranking_breaks_ties_by_id() {
        let scores = [Some(1.0), Some(2.0), Some(1.0), None];
        let ids = ["b", "c", "a", "d"];
        assert_eq!(rank(&scores, &ids, false), vec![1, 2, 0, 3]);
        assert_eq!(rank(&scores, &ids, true), vec![2, 0, 1, 3]);
    }

    use proptest::prelude::*;

    /// A score or none: small whole numbers (ties), `-0.0` and any number at all.
    fn arb_score(whole: std::ops::Range<i32>) -> impl Strategy<Value = Option<f64>> {
        proptest::option::of(prop_oneof![
            whole.prop_map(f64::from),
            proptest::strategy::Just(-0.0),
            proptest::num::f64::ANY,
        ])
    }

    proptest! {
        /// Ranking by integer keys gives the order of the comparison it replaced, ties, unknown
        /// scores, signed zeros and ids in or out of order included.
        #[test]
        fn rank_matches_the_comparison_order(
            raw in proptest::collection::vec(
                (proptest::option::of(prop_oneof![
                    (-3i32..3).prop_map(f64::from),
                    proptest::num::f64::ANY,
                    proptest::strategy::Just(-0.0),
                ]), 0u8..6),
                0..60,
            ),
            lower in proptest::bool::ANY,
            sorted_ids in proptest::bool::ANY,
        ) {
            let scores: Vec<Option<f64>> = raw.iter().map(|r| r.0).collect();
            let mut owned: Vec<String> = raw.iter().map(|r| format!("id{}", r.1)).collect();
            if sorted_ids {
                owned.sort();
            }
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            prop_assert_eq!(
                rank(&scores, &ids, lower),
                rank_by_comparison(&scores, &ids, lower)
            );
            // Fewer ids than scores: the missing ones sort first among equal scores.
            let short = &ids[..ids.len() / 2];
            prop_assert_eq!(
                rank(&scores, short, lower),
                rank_by_comparison(&scores, short, lower)
            );
        }
    }

    proptest! {
        /// A ranking's kept scores give back the scores they were made of, and compare with
        /// others as the scores themselves do bit for bit (an unknown score is not a known 0,
        /// `-0.0` is not `0.0`), also after being filled again in the same room.
        #[test]
        fn kept_scores_compare_as_the_scores_do(
            pairs in proptest::collection::vec(
                (
                    proptest::option::of(prop_oneof![
                        proptest::strategy::Just(0.0),
                        proptest::strategy::Just(-0.0),
                        proptest::num::f64::ANY,
                    ]),
                    proptest::option::of(prop_oneof![
                        proptest::strategy::Just(0.0),
                        proptest::num::f64::ANY,
                    ]),
                    proptest::bool::ANY,
                ),
                0..150,
            ),
            limit in 0usize..6,
        ) {
            let a: Vec<Option<f64>> = pairs.iter().map(|p| p.0).collect();
            let b: Vec<Option<f64>> =
                pairs.iter().map(|p| if p.2 { p.0 } else { p.1 }).collect();
            let bits = |v: &[Option<f64>]| -> Vec<Option<u64>> {
                v.iter().map(|x| x.map(f64::to_bits)).collect()
            };
            let mut kept = PackedScores::of(&b);
            kept.refill(&a);
            prop_assert_eq!(bits(&kept.to_vec()), bits(&a));
            let differ: Vec<usize> =
                (0..a.len()).filter(|&i| bits(&a)[i] != bits(&b)[i]).collect();
            prop_assert_eq!(kept.same_as(&b), differ.is_empty());
            prop_assert!(kept.same_as(&a));
            let expected = (differ.len() <= limit).then(|| differ.clone());
            prop_assert_eq!(kept.differing(&b, limit), expected);
            // One score changed in a long list: the runs of 64 around it are equal whole.
            let mut one_changed = a.clone();
            if let Some(k) = (!a.is_empty()).then(|| a.len() * 2 / 3) {
                one_changed[k] = match a[k] {
                    Some(_) => None,
                    None => Some(-0.0),
                };
                let expected = (limit >= 1).then(|| vec![k]);
                prop_assert_eq!(kept.differing(&one_changed, limit), expected);
                kept.set(k, one_changed[k]);
                prop_assert!(kept.same_as(&one_changed));
            }
            // Scores of another length are never taken for these with a few changed.
            let shorter = &b[..b.len() / 2];
            let expected = a.is_empty().then(Vec::new);
            prop_assert_eq!(kept.differing(shorter, a.len()), expected);
        }
    }

    proptest! {
        /// A ranking handed out again is the one a fresh `rank` gives, for the same scores, for
        /// scores that differ only in the sign of a zero, and for the other direction.
        #[test]
        fn shared_rankings_equal_a_fresh_rank(
            lists in proptest::collection::vec(
                proptest::collection::vec(
                    arb_score(-2..2),
                    12,
                ),
                1..5,
            ),
            asks in proptest::collection::vec((0usize..5, proptest::bool::ANY), 1..12),
        ) {
            let owned: Vec<String> = (0..12).map(|i| format!("id{:02}", (i * 7) % 12)).collect();
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            let mut rankings = Rankings::new(&ids);
            for (k, lower) in asks {
                let scores = &lists[k % lists.len()];
                let fresh = rank(scores, &ids, lower);
                prop_assert_eq!(rankings.rank(scores, lower), &fresh[..]);
            }
        }
    }

    proptest! {
        /// A ranking updated by moving the items whose scores changed is the ranking a fresh
        /// sort gives: ties (the order among equal scores), unknown scores, signed zeros and ids
        /// in or out of order included, and so are the rankings handed out after an edit.
        #[test]
        fn moved_rankings_equal_a_fresh_rank(
            before in proptest::collection::vec(
                arb_score(-3..3),
                1..60,
            ),
            edits in proptest::collection::vec(
                (0usize..60, arb_score(-3..3)),
                0..4,
            ),
            lower in proptest::bool::ANY,
            sorted_ids in proptest::bool::ANY,
        ) {
            let n = before.len();
            let mut owned: Vec<String> = (0..n).map(|i| format!("id{}", (i * 7) % 5)).collect();
            if sorted_ids {
                owned.sort();
            }
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            let mut after = before.clone();
            let mut changed = Vec::new();
            for (i, score) in edits {
                after[i % n] = score;
                changed.push(i % n);
            }
            let earlier = rank(&before, &ids, lower);
            prop_assert_eq!(
                rerank(earlier, &after, &ids, lower, &changed),
                rank(&after, &ids, lower)
            );
            let mut first = Rankings::new(&ids);
            first.rank(&before, lower);
            first.rank(&before, !lower);
            let mut next = Rankings::after(&ids, first.into_made());
            prop_assert_eq!(next.rank(&after, lower), &rank(&after, &ids, lower)[..]);
            prop_assert_eq!(next.rank(&after, !lower), &rank(&after, &ids, !lower)[..]);
        }
    }

    proptest! {
        /// An edit's rankings are moved from the earlier ranking made at the same turn when it
        /// is close: asked for in another order than before, or for other scores, each is still
        /// the ranking a fresh sort gives.
        #[test]
        fn rankings_asked_in_another_order_after_an_edit_equal_a_fresh_rank(
            lists in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::option::of(prop_oneof![
                        (-3i32..3).prop_map(f64::from),
                        proptest::strategy::Just(-0.0),
                    ]),
                    40,
                ),
                1..5,
            ),
            edits in proptest::collection::vec((0usize..5, 0usize..40, -3i32..3), 0..4),
            before in proptest::collection::vec((0usize..5, proptest::bool::ANY), 1..8),
            after in proptest::collection::vec((0usize..5, proptest::bool::ANY), 1..8),
        ) {
            let owned: Vec<String> = (0..40).map(|i| format!("id{:02}", (i * 7) % 40)).collect();
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            let mut first = Rankings::new(&ids);
            for &(k, lower) in &before {
                first.rank(&lists[k % lists.len()], lower);
            }
            let mut edited = lists.clone();
            for (k, i, v) in edits {
                let m = edited.len();
                edited[k % m][i] = Some(f64::from(v));
            }
            let mut next = Rankings::after(&ids, first.into_made());
            for (k, lower) in after {
                let scores = &edited[k % edited.len()];
                prop_assert_eq!(next.rank(scores, lower), &rank(scores, &ids, lower)[..]);
            }
        }
    }

    proptest! {
        /// Packed scores read back as the `Option<f64>`s they were made of, bit for bit (signed
        /// zeros, NaN and scores across the 64-score words included), however they were made
        /// (pushed one at a time, packed from a slice) and after any scores are set again;
        /// read through `ScoreColumn` they are what the slice reads.
        #[test]
        fn packed_scores_read_back_what_was_packed(
            scores in proptest::collection::vec(
                arb_score(-2..3),
                0..200,
            ),
            sets in proptest::collection::vec(
                (any::<usize>(), proptest::option::of(proptest::num::f64::ANY)),
                0..20,
            ),
        ) {
            let bits = |v: &[Option<f64>]| v.iter().map(|x| x.map(f64::to_bits)).collect::<Vec<_>>();
            let mut packed: PackedScores = scores.iter().copied().collect();
            prop_assert_eq!(bits(&packed.to_vec()), bits(&scores));
            prop_assert!(packed == PackedScores::of(&scores));
            let mut expected = scores.clone();
            for &(at, score) in sets.iter().filter(|_| !scores.is_empty()) {
                let i = at % scores.len();
                packed.set(i, score);
                expected[i] = score;
            }
            prop_assert_eq!(bits(&packed.to_vec()), bits(&expected));
            prop_assert_eq!(packed.count(), expected.count());
            for i in 0..expected.len() + 65 {
                prop_assert_eq!(packed.at(i).map(f64::to_bits), expected.at(i).map(f64::to_bits));
            }
            let read: Vec<Option<f64>> = ScoreColumn::scores(&packed).collect();
            prop_assert_eq!(bits(&read), bits(&expected));
            // Read by `fold` (a word at a time) from any point the reading reached.
            for skip in [0, 1, 63, 64, 65, expected.len() / 2, expected.len()] {
                let mut rest = ScoreColumn::scores(&packed);
                rest.by_ref().take(skip).for_each(drop);
                let folded = rest.fold(Vec::new(), |mut v, x| {
                    v.push(x);
                    v
                });
                prop_assert_eq!(bits(&folded), bits(&expected[skip.min(expected.len())..]));
            }
        }
    }

    proptest! {
        /// The scan's ends are those of `f64::min` and `f64::max` folded over the values in
        /// order, bit for bit: signed zeros, ties and values that are not numbers included.
        #[test]
        fn min_max_scan_equals_the_folded_min_and_max(
            values in proptest::collection::vec(
                arb_score(-2..3),
                0..40,
            ),
        ) {
            let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
            for v in values.iter().flatten().filter(|v| v.is_finite()) {
                min = min.min(*v);
                max = max.max(*v);
            }
            let mut scan = MinMaxScan::default();
            for v in &values {
                scan.add(*v);
            }
            prop_assert_eq!(scan.min.to_bits(), min.to_bits());
            prop_assert_eq!(scan.max.to_bits(), max.to_bits());
        }
    }

    #[test]
    fn ratio_never_nan() {
        assert_eq!(ratio(1.0, 0.0), 0.0);
        assert_eq!(ratio(0.0, 0.0), 0.0);
        assert_eq!(ratio(3.0, 2.0), 1.5);
    }
}
