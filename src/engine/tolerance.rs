//! The tolerances the numeric tests compare with, in one place so that a test says which kind
//! of agreement it claims rather than a bare number. Hidden from the documentation: only the
//! tests (here and in `tests/`) use them.

/// Closed-form arithmetic of a few operations on figures up to about 10⁴: each operation
/// rounds by at most one part in 2⁵² (about 2·10⁻¹⁶), so a correct result is off by far less
/// than 10⁻¹²; anything larger is a different formula, not rounding.
pub const EXACT: f64 = 1e-12;

/// Sums, averages, shares and curves over many terms (tens to thousands of customers), where
/// rounding accumulates with every term; used as is for shares and scores between 0 and 1, and
/// multiplied by the magnitude for money totals.
pub const SUMS: f64 = 1e-9;

/// Money against figures printed to two decimals in the sources (books, worked examples):
/// half a cent, the most a correctly rounded printed figure can differ from the exact one.
pub const CENTS: f64 = 0.005;
