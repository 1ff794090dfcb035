//! Stable keys of categories: one text per variant, used alike for storage, CSV files, the
//! page's drop-downs and translation keys (`choice.<key>`), so that no layer passes words
//! around and a language switch never changes what a value is.
//!
//! The keys come from one derive (`strum`'s `IntoStaticStr` and `VariantArray`, snake case);
//! serde's snake case names of the same enums are the stored form, and a test checks that the
//! two agree for every variant.

pub use strum::VariantArray;

/// A category with a fixed set of variants, each with a stable key.
pub trait Keyed: Copy + 'static + VariantArray + Into<&'static str> {
    /// The variant's key ("trade_show").
    fn key(self) -> &'static str {
        self.into()
    }

    /// The variant with this key, if any.
    fn from_key(key: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|v| v.key() == key)
    }

    /// Every key, in the enum's order.
    fn keys() -> Vec<&'static str> {
        Self::VARIANTS.iter().map(|v| v.key()).collect()
    }
}

impl<T: Copy + 'static + VariantArray + Into<&'static str>> Keyed for T {}

/// Whether serde writes every variant of `T` as its key (the stored form and the key must
/// never drift apart); for tests.
#[cfg(test)]
pub(crate) fn serde_agrees<
    T: Keyed + serde::Serialize + serde::de::DeserializeOwned + PartialEq,
>() -> Result<(), String> {
    for v in T::VARIANTS {
        let json = serde_json::to_string(v).map_err(|e| e.to_string())?;
        if json != format!("\"{}\"", v.key()) {
            return Err(format!("{json} is stored, the key is {}", v.key()));
        }
        let back: T = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        if back != *v || T::from_key(v.key()) != Some(*v) {
            return Err(format!("{} does not read back", v.key()));
        }
    }
    Ok(())
}
