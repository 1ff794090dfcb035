//! Every visible string goes through [`t`], [`tf`], [`tfn`] or [`tfx`]: a key looked up in the active
//! language's messages, falling back to English. Languages have the same keys; numbers follow
//! the language's separators (see [`Lang::decimal`]).
//!
//! # Where the texts are, and how they reach the page
//!
//! Translators edit Project Fluent files, `src/i18n/<lang>/<area>.ftl` (one file per view, as
//! in the page; `main.ftl` holds the frame and the smaller views), which Weblate, Pontoon and
//! other translation tools read; CONTRIBUTING.md says how. A key such as
//! `economics.col_name` is the Fluent message `economics-col_name`: Fluent ids cannot hold a
//! `.`, keys never hold a `-`, so every `-` of an id reads back as a `.` and the code keeps
//! calling `t("economics.col_name")`.
//!
//! build.rs parses the files at build time (the `fluent-syntax` crate, a build dependency
//! only) and writes them as sorted Rust tables that are `include!`d here; a few dozen lines
//! below evaluate them. Chosen over loading the files at run time with `fluent-bundle`:
//! - size: the wasm carries the texts and this evaluator, not a Fluent parser, its bundle,
//!   memoizer and language-tag crates and CLDR plural data for every language; lookup is a
//!   binary search in a static table, so nothing is parsed or hashed when the page starts;
//! - checking: a message missing in a language, a placeholder misspelt or missing, a plural
//!   category the language does not have, a `DOMAIN`/`§` reference or a Fluent construct the
//!   evaluator does not run fails `cargo build` with the file and message named, before any
//!   test or browser runs.
//!
//! The price is a subset of Fluent: text, string literals (`{"{"}`, `{" "}`), `{ $name }` and a
//! select on a count with the plural categories of CLDR (`{ $count -> [one] … *[other] … }`).
//! Plural rules are hand-written from CLDR in [`Lang::plural`] for the five languages rather
//! than taken from `intl_pluralrules`, which would bring every language's rules into the wasm.
//!
//! Only English is built into the wasm: it draws the first page and fills any gap. Each other
//! language is a file of the build (`i18n-<lang>-<hash>.txt`, written by build.rs, cached
//! offline by the service worker with the rest) that the page fetches before it switches to
//! the language and hands to [`install`]; four languages in the wasm were a third of its size
//! and every visit paid for them. Native builds keep every language built in.

use crate::engine::keys::VariantArray;
use crate::io::fields::{ChoiceLabels, Field};
use crate::io::number::DecimalSeparator;
use std::cell::Cell;
use std::sync::OnceLock;

/// A CLDR plural category (cardinal): which form of a word a count takes. Only the categories
/// the page's languages use; a language that needs `zero`, `two` or `few` adds it here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Many,
    Other,
}

/// A message as build.rs wrote it: most are plain text.
#[cfg_attr(test, derive(Debug, PartialEq))]
enum Message {
    Text(&'static str),
    Parts(&'static [Part]),
}

#[cfg_attr(test, derive(Debug, PartialEq))]
enum Part {
    Text(&'static str),
    /// A `{ $name }` placeholder.
    Var(&'static str),
    /// `{ $name -> [one] … *[other] … }`: the variant of the count's category, else `other`.
    Plural(&'static str, &'static [(Plural, &'static [Part])]),
}

mod messages {
    use super::{Message, Part, Plural};
    include!(concat!(env!("OUT_DIR"), "/i18n_messages.rs"));
}

/// Formulas written in symbols, the same in every language: a message shows one through
/// `{ $formula }`, so translators never retype symbols and no language's copy drifts from the
/// calculation; the message names the symbols in words. Formulas written in words ("Profit a
/// year × years") are still in the messages.
pub mod formula {
    /// The discount divisor of year t when the first year is not discounted.
    pub const DISCOUNT_FIRST_YEAR_UNDISCOUNTED: &str = "÷ (1 + d)^(t−1)";
    /// The discount divisor of year t when every year is discounted.
    pub const DISCOUNT_EVERY_YEAR: &str = "÷ (1 + d)^t";
    /// The Gini coefficient of n values x_i sorted from smallest (i = 1) to largest.
    pub const GINI: &str = "G = Σ (2i − n − 1) × x_i ÷ (n × Σ x)";
    /// The Gamma-Gamma model's population mean spend.
    pub const GAMMA_GAMMA_POPULATION_MEAN: &str = "p·γ ÷ (q − 1)";
    /// The Gamma-Gamma model's expected spend of a customer with x repeat purchases of mean m̄.
    pub const GAMMA_GAMMA_CONDITIONAL_SPEND: &str = "(γ + x·m̄)·p ÷ (p·x + q − 1)";
    /// The Herfindahl-Hirschman index of the customers' shares s_i of revenue.
    pub const HHI: &str = "HHI = Σ s_i²";
    /// The cohort's discount factor of year t at interest rate i and risk factor rf.
    pub const COHORT_DISCOUNT_FACTOR: &str = "D_t = (1 + i × rf)^(t−1)";
    /// Expected remaining years: L years left, each kept with probability 1 − churn c.
    pub const EXPECTED_YEARS: &str = "Σ (1 − c)^t, t = 0 … L − 1";
    /// What the part year f of a remaining span L that is not whole adds to [`EXPECTED_YEARS`].
    pub const EXPECTED_PART_YEAR: &str = "f × (1 − c)^⌊L⌋";
    /// Predicted CLV over the months k of a horizon of H months: spend m times the purchases
    /// expected in month k (E[X(k)] − E[X(k−1)]), discounted at the monthly rate d.
    pub const MONTHLY_CLV: &str = "CLV = Σ_{k=1…H} m × (E[X(k)] − E[X(k−1)]) ÷ (1 + d)^k";
    /// The combined lift of a prospect: the geometric mean of the lifts ℓ_i of its n known
    /// attribute values in the top tier, e to the power of its score s.
    pub const COMBINED_LIFT: &str = "e^s, s = (Σ ln ℓ_i) ÷ n";
    /// The weighted mean of values x_i (indicators scaled to 0–1, or aspect scores) with
    /// weights w_i, over the values a customer has.
    pub const WEIGHTED_MEAN: &str = "Σ w_i × x_i ÷ Σ w_i";
    /// A scorecard aspect's score: [`WEIGHTED_MEAN`] of its indicators x_i scaled to 0–1, out
    /// of 100.
    pub const ASPECT_SCORE: &str = "100 × Σ w_i × x_i ÷ Σ w_i";
    /// Profit in year t of a customer whose profit grows g a year.
    pub const GROWING_PROFIT: &str = "profit_t = profit × (1 + g)^(t−1)";

    /// The length of the month the predictions count in, a year of 365.25 days over 12, with
    /// the active language's decimal separator.
    pub fn month_days() -> String {
        format!(
            "{} ÷ 12 = {}",
            crate::format::number(365.25, 2),
            crate::format::number(365.25 / 12.0, 4)
        )
    }

    /// [`COMBINED_LIFT`] worked out for two lifts, 3.0 and 1.0, with the active language's
    /// decimal separator.
    pub fn combined_lift_example() -> String {
        let number = |value: f64| crate::format::number(value, 1);
        format!(
            "√({} × {}) = {}×",
            number(3.0),
            number(1.0),
            crate::format::number(3.0_f64.sqrt(), 2)
        )
    }
}

/// The languages of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
    Zh,
    Es,
    Bg,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Vi, Lang::Zh, Lang::Es, Lang::Bg];

    /// BCP 47 code, as in `<html lang>` and the browser's preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
            Lang::Zh => "zh-CN",
            Lang::Es => "es",
            Lang::Bg => "bg",
        }
    }

    /// The language's own name, shown in the language switch whatever language is active.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Vi => "Tiếng Việt",
            Lang::Zh => "简体中文",
            Lang::Es => "Español",
            Lang::Bg => "Български",
        }
    }

    /// The language for a browser preference such as "es-MX" or "zh-Hans-CN".
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().split('-').next() == Some(primary.as_str()))
    }

    /// Decimal separator for numbers shown and typed in this language.
    pub fn decimal(self) -> DecimalSeparator {
        match self {
            Lang::En | Lang::Zh => DecimalSeparator::Point,
            Lang::Vi | Lang::Es | Lang::Bg => DecimalSeparator::Comma,
        }
    }

    /// Thousands separator for numbers shown in this language.
    pub fn grouping(self) -> &'static str {
        match self {
            Lang::En | Lang::Zh => ",",
            Lang::Vi | Lang::Es => ".",
            Lang::Bg => "\u{a0}",
        }
    }

    /// The plural category of a whole count, by the CLDR cardinal rules (plurals.xml):
    /// English `one: i = 1 and v = 0`; Bulgarian `one: n = 1`; Spanish `one: n = 1`,
    /// `many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0` (un millón de…); Vietnamese and
    /// Chinese have only `other`. Counts are whole, so `v = 0` and `e = 0` always hold.
    pub fn plural(self, count: usize) -> Plural {
        match self {
            Lang::En | Lang::Bg | Lang::Es if count == 1 => Plural::One,
            Lang::Es if count != 0 && count.is_multiple_of(1_000_000) => Plural::Many,
            _ => Plural::Other,
        }
    }

    /// The plural category of a number shown with `decimals` places (1.5 customers a year,
    /// 2.0 years), chosen on the figure as shown, as CLDR's operands are: English
    /// `i = 1 and v = 0`, so "1" is `one` and "1.0" or "1.5" is `other`; Bulgarian and Spanish
    /// `n = 1`, so "1" and "1.0" are `one`; Spanish `many` needs `v = 0`. The sign is left
    /// aside ("−1 customer" is `one`).
    pub fn plural_decimal(self, value: f64, decimals: usize) -> Plural {
        let shown: f64 = format!("{:.*}", decimals, value.abs())
            .parse()
            .unwrap_or(f64::NAN);
        if !shown.is_finite() {
            return Plural::Other;
        }
        if decimals == 0 {
            // Whole and finite: within usize for every count the page shows.
            return self.plural(shown as usize);
        }
        match self {
            Lang::Bg | Lang::Es if shown == 1.0 => Plural::One,
            _ => Plural::Other,
        }
    }

    /// Every message of the language, in the order of `messages::KEYS` (made by build.rs
    /// from the .ftl files; the keys are stored once for all languages): English until the
    /// language's file is installed.
    fn messages(self) -> &'static [Message] {
        self.built_in()
            .or_else(|| LOADED.with(|loaded| loaded[self as usize].get()))
            .unwrap_or(messages::EN)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn built_in(self) -> Option<&'static [Message]> {
        Some(match self {
            Lang::En => messages::EN,
            Lang::Vi => messages::VI,
            Lang::Zh => messages::ZH,
            Lang::Es => messages::ES,
            Lang::Bg => messages::BG,
        })
    }

    #[cfg(target_arch = "wasm32")]
    fn built_in(self) -> Option<&'static [Message]> {
        (self == Lang::En).then_some(messages::EN)
    }

    /// Whether the language's messages are at hand: built in, or its file installed.
    pub fn is_ready(self) -> bool {
        self.built_in().is_some() || LOADED.with(|loaded| loaded[self as usize].get().is_some())
    }

    /// The file of the build that holds the language's messages (relative to the page), for
    /// [`install`]; English has none, it is built in.
    pub fn file(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Vi => Some(messages::VI_FILE),
            Lang::Zh => Some(messages::ZH_FILE),
            Lang::Es => Some(messages::ES_FILE),
            Lang::Bg => Some(messages::BG_FILE),
        }
    }

    /// The built-in choice labels, in the order of `messages::CHOICE_KEYS`.
    fn choices(self) -> &'static [&'static str] {
        match self {
            Lang::En => messages::EN_CHOICES,
            Lang::Vi => messages::VI_CHOICES,
            Lang::Zh => messages::ZH_CHOICES,
            Lang::Es => messages::ES_CHOICES,
            Lang::Bg => messages::BG_CHOICES,
        }
    }
}

/// Why a language file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLanguageFile;

/// Takes the text of `lang`'s file ([`Lang::file`]) as its messages. The texts stay in the
/// file's text, kept for the life of the page (a language is installed once), and are read
/// where they lie, unescaped. A file that does not hold one message per key is refused, so a
/// file of another build never shows one message in place of another.
pub fn install(lang: Lang, text: String) -> Result<(), BadLanguageFile> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parsed: Vec<Message> = text
        .split(file_format::SEPARATOR)
        .map(file_format::message)
        .collect::<Option<_>>()
        .ok_or(BadLanguageFile)?;
    if parsed.len() != messages::KEYS.len() {
        return Err(BadLanguageFile);
    }
    let parsed: &'static [Message] = parsed.leak();
    LOADED.with(|loaded| loaded[lang as usize].set(Some(parsed)));
    Ok(())
}

/// Reads the files build.rs writes (`write_language_files` there): messages separated by
/// [`SEPARATOR`], text as it is, `VAR name END_NAME` for a placeholder, and
/// `PLURAL name END_NAME (VARIANT category END_NAME parts)* END_PLURAL` for a plural choice.
mod file_format {
    use super::{Message, Part, Plural};

    pub const SEPARATOR: char = '\u{1e}';
    const VAR: char = '\u{1}';
    const END_NAME: char = '\u{2}';
    const PLURAL: char = '\u{3}';
    const VARIANT: char = '\u{4}';
    const END_PLURAL: char = '\u{5}';
    const MARKS: [char; 5] = [VAR, END_NAME, PLURAL, VARIANT, END_PLURAL];

    pub fn message(text: &'static str) -> Option<Message> {
        if !text.contains(MARKS) {
            return Some(Message::Text(text));
        }
        let (parts, rest) = parts(text)?;
        rest.is_empty().then(|| Message::Parts(parts.leak()))
    }

    /// The parts up to the end of `text` or of the plural variant it is in, and what follows.
    fn parts(mut text: &'static str) -> Option<(Vec<Part>, &'static str)> {
        let mut out = Vec::new();
        loop {
            let end = text.find(MARKS).unwrap_or(text.len());
            if end > 0 {
                out.push(Part::Text(&text[..end]));
            }
            text = &text[end..];
            let mut chars = text.chars();
            match chars.next() {
                Some(VAR) => {
                    let (name, rest) = chars.as_str().split_once(END_NAME)?;
                    out.push(Part::Var(name));
                    text = rest;
                }
                Some(PLURAL) => {
                    let (name, mut rest) = chars.as_str().split_once(END_NAME)?;
                    let mut variants = Vec::new();
                    while let Some(variant) = rest.strip_prefix(VARIANT) {
                        let (category, variant) = variant.split_once(END_NAME)?;
                        let category = match category {
                            "one" => Plural::One,
                            "many" => Plural::Many,
                            "other" => Plural::Other,
                            _ => return None,
                        };
                        let (inner, after) = parts(variant)?;
                        variants.push((category, &*inner.leak()));
                        rest = after;
                    }
                    rest = rest.strip_prefix(END_PLURAL)?;
                    out.push(Part::Plural(name, variants.leak()));
                    text = rest;
                }
                // The end of the message, or of a variant (its caller reads the mark).
                _ => return Some((out, text)),
            }
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    /// The messages of each language installed from its file, by `Lang as usize`.
    static LOADED: [Cell<Option<&'static [Message]>>; Lang::ALL.len()] =
        const { [const { Cell::new(None) }; Lang::ALL.len()] };
    static OBSERVER: Cell<fn()> = const { Cell::new(|| {}) };
}

/// The active language (per thread: the page has one, each native test its own).
///
/// Every read is reported to the observer set by [`observe_language`], so the page can redraw
/// exactly the texts and numbers that read the language when it changes, and nothing else.
pub fn lang() -> Lang {
    OBSERVER.with(Cell::get)();
    CURRENT.with(Cell::get)
}

/// Calls `observer` on every later read of the active language (the page subscribes the
/// reactive closure that is reading it; this module stays free of any UI dependency).
pub fn observe_language(observer: fn()) {
    OBSERVER.with(|o| o.set(observer));
}

/// Makes `lang` the active language for every later [`t`] and number.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn message(lang: Lang, key: &str) -> Option<&'static Message> {
    let index = messages::KEYS.binary_search(&key).ok()?;
    lang.messages().get(index)
}

/// The text of a key in the active language; an unknown key shows as itself so a gap is
/// visible, and a test fails. (Every language has every key: build.rs refuses to build
/// otherwise.)
pub fn t(key: &str) -> String {
    render(lang(), key, &[], &[])
}

/// The text of a key with its `{ $name }` placeholders filled in. A placeholder not given
/// shows as `{name}`, so a gap is visible; a plural choice takes its `other` form (use
/// [`tfn`] for a message that chooses on a count).
pub fn tf(key: &str, args: &[(&str, &str)]) -> String {
    render(lang(), key, args, &[])
}

/// The text of a key that says a count (“1 customer”, “6,919 customers”): each of `counts`
/// fills its placeholder written as a count ([`crate::format::count`], the language's
/// grouping) and picks the plural form of the messages choosing on it; `args` fills the
/// other placeholders as [`tf`] does.
pub fn tfn(key: &str, counts: &[(&str, usize)], args: &[(&str, &str)]) -> String {
    let numbers: Vec<(&str, f64, usize)> = counts
        .iter()
        .map(|&(name, count)| (name, count as f64, 0))
        .collect();
    render(lang(), key, args, &numbers)
}

/// [`tfn`] for a number that need not be whole (“1.5 customers a year”, “1 year”, “2.5
/// years”): each of `numbers` is `(name, value, decimals)`, written with
/// [`crate::format::number`] to `decimals` places, and its plural form is chosen on the figure
/// as written ([`Lang::plural_decimal`]): in English “1” is singular, “1.0” and “1.5” are not.
pub fn tfx(key: &str, numbers: &[(&str, f64, usize)], args: &[(&str, &str)]) -> String {
    render(lang(), key, args, numbers)
}

fn render(lang: Lang, key: &str, args: &[(&str, &str)], numbers: &[(&str, f64, usize)]) -> String {
    let Some(found) = message(lang, key) else {
        return key.to_string();
    };
    match found {
        Message::Text(text) => (*text).to_string(),
        Message::Parts(parts) => {
            let mut out = String::new();
            write_parts(&mut out, parts, lang, args, numbers);
            out
        }
    }
}

fn write_parts(
    out: &mut String,
    parts: &[Part],
    lang: Lang,
    args: &[(&str, &str)],
    numbers: &[(&str, f64, usize)],
) {
    let number_of = |name: &str| {
        numbers
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|&(_, value, decimals)| (value, decimals))
    };
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var(name) => {
                if let Some((value, decimals)) = number_of(name) {
                    out.push_str(&crate::format::number(value, decimals));
                } else if let Some((_, value)) = args.iter().find(|(n, _)| n == name) {
                    out.push_str(value);
                } else {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            Part::Plural(name, variants) => {
                let category = number_of(name).map_or(Plural::Other, |(value, decimals)| {
                    lang.plural_decimal(value, decimals)
                });
                let chosen = variants
                    .iter()
                    .find(|(c, _)| *c == category)
                    .or_else(|| variants.iter().find(|(c, _)| *c == Plural::Other));
                if let Some((_, inner)) = chosen {
                    write_parts(out, inner, lang, args, numbers);
                }
            }
        }
    }
}

/// The page's names of every choice in every language, so that a file exported from the page
/// (or typed from its drop-downs) in any language reads back as the same choices.
pub fn choice_labels() -> &'static ChoiceLabels {
    static LABELS: OnceLock<ChoiceLabels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut labels = ChoiceLabels::default();
        for &field in Field::VARIANTS {
            for choice in field.choices() {
                let key = format!("choice.{choice}");
                let Ok(index) = messages::CHOICE_KEYS.binary_search(&key.as_str()) else {
                    continue;
                };
                for lang in Lang::ALL {
                    labels.add(field, choice, lang.choices()[index]);
                }
            }
        }
        labels
    })
}

/// Whether a key exists (for tests and for optional hints).
pub fn has(key: &str) -> bool {
    message(Lang::En, key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::fields::Field;
    use std::collections::{HashMap, HashSet};

    /// Every key of a language with its text as [`t`] shows it (plural choices in their
    /// `other` form, placeholders as `{name}`).
    fn texts(lang: Lang) -> HashMap<&'static str, String> {
        messages::KEYS
            .iter()
            .map(|key| (*key, render(lang, key, &[], &[])))
            .collect()
    }

    fn english() -> HashMap<&'static str, String> {
        texts(Lang::En)
    }

    /// The variables a message reads: its placeholders, and (second) those it chooses a
    /// plural form on.
    fn variables(lang: Lang, key: &str) -> (Vec<&'static str>, Vec<&'static str>) {
        fn walk(parts: &[Part], all: &mut Vec<&'static str>, chosen: &mut Vec<&'static str>) {
            for part in parts {
                match part {
                    Part::Text(_) => {}
                    Part::Var(name) => all.push(name),
                    Part::Plural(name, variants) => {
                        all.push(name);
                        chosen.push(name);
                        for (_, inner) in variants.iter() {
                            walk(inner, all, chosen);
                        }
                    }
                }
            }
        }
        let (mut all, mut chosen) = (Vec::new(), Vec::new());
        if let Some(Message::Parts(parts)) = message(lang, key) {
            walk(parts, &mut all, &mut chosen);
        }
        for names in [&mut all, &mut chosen] {
            names.sort_unstable();
            names.dedup();
        }
        (all, chosen)
    }

    fn placeholders(key: &str) -> Vec<&'static str> {
        variables(Lang::En, key).0
    }

    /// Every source file under src/ as (path from src/, text); the string tables of src/i18n/
    /// only when `with_tables`.
    fn source_files(with_tables: bool) -> Vec<(String, String)> {
        let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let mut stack = vec![root.clone()];
        let mut files = Vec::new();
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                if with_tables || path != root.join("i18n") {
                    stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                }
                continue;
            }
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
        files
    }

    /// Literal keys passed to t(…) or tf(…) anywhere in src/.
    fn literal_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for (_, text) in source_files(true) {
            for pattern in ["t(\"", "tf(\"", "tfn(\"", "tfx(\""] {
                for (pos, _) in text.match_indices(pattern) {
                    let before = text[..pos].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[pos + pattern.len()..];
                    if let Some(end) = rest.find('"') {
                        keys.push(rest[..end].to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_literal_key_has_english_text() {
        let missing: Vec<String> = literal_keys().into_iter().filter(|k| !has(k)).collect();
        assert!(missing.is_empty(), "keys without English text: {missing:?}");
    }

    #[test]
    fn every_field_rule_unit_and_choice_has_text() {
        for &f in Field::VARIANTS {
            for key in [
                f.label_key(),
                f.rule_key().to_string(),
                f.unit_key().to_string(),
            ] {
                assert!(key.is_empty() || has(&key), "missing {key}");
            }
            for choice in f.choices() {
                assert!(has(&format!("choice.{choice}")), "missing choice.{choice}");
            }
        }
        for key in ["rule.unique_id", "rule.indicator"] {
            assert!(has(key));
        }
    }

    /// Every string literal in src/ outside comments (and outside src/i18n/), and the
    /// prefixes of keys built at run time with `format!("prefix.{…}")`.
    fn literals_and_dynamic_prefixes() -> (HashSet<String>, Vec<String>) {
        let mut literals = HashSet::new();
        let mut prefixes = Vec::new();
        for (_, text) in source_files(false) {
            for call in calls(&text).iter().filter(|c| c.name == "format!") {
                let Some(pattern) = call.literals.first() else {
                    continue;
                };
                if let Some((prefix, _)) = pattern.split_once('{') {
                    if prefix.contains('.') && !prefix.contains(' ') {
                        prefixes.push(prefix.to_string());
                    }
                }
            }
            literals.extend(string_literals(&text));
        }
        (literals, prefixes)
    }

    /// The contents of the double-quoted string literals of Rust source (escapes kept as
    /// written; a quote inside a char literal is not a string, nor is anything in a comment).
    fn string_literals(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = text.chars().peekable();
        let mut current: Option<String> = None;
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            match current.as_mut() {
                Some(buf) if c == '\\' => {
                    buf.push(c);
                    if let Some(next) = chars.next() {
                        buf.push(next);
                    }
                }
                Some(_) if c == '"' => out.extend(current.take()),
                Some(buf) => buf.push(c),
                None if c == '/' && chars.peek() == Some(&'/') => {
                    for skipped in chars.by_ref() {
                        if skipped == '\n' {
                            break;
                        }
                    }
                }
                None if c == '/' && chars.peek() == Some(&'*') => {
                    let mut last = ' ';
                    for skipped in chars.by_ref() {
                        if last == '*' && skipped == '/' {
                            break;
                        }
                        last = skipped;
                    }
                }
                None if c == '"' && previous != '\'' => current = Some(String::new()),
                None => {}
            }
            previous = c;
        }
        out
    }

    /// A key is used when code names it in a string literal (comments do not count), when it
    /// is a field's label, rule or unit, or when its family is built with
    /// `format!("family.{…}")`. Limit: a family built at run time counts whole, so a key of
    /// it that no value of its enum produces any more is not caught here.
    #[test]
    fn every_english_key_is_used() {
        let (literals, prefixes) = literals_and_dynamic_prefixes();
        let mut field_keys = HashSet::new();
        for &f in Field::VARIANTS {
            field_keys.insert(f.label_key());
            field_keys.insert(f.rule_key().to_string());
            field_keys.insert(f.unit_key().to_string());
        }
        let mut unused: Vec<&str> = messages::KEYS
            .iter()
            .copied()
            .filter(|k| !literals.contains(*k) && !field_keys.contains(*k))
            .filter(|k| !prefixes.iter().any(|p| k.starts_with(p.as_str())))
            .collect();
        unused.sort_unstable();
        assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    }

    /// build.rs refuses to build without this; the test says it again for a reader and
    /// checks what the page does with the generated tables.
    #[test]
    fn every_language_translates_every_key_and_nothing_else() {
        for language in Lang::ALL {
            assert_eq!(
                language.messages().len(),
                messages::KEYS.len(),
                "{language:?} has other keys than English"
            );
            for (key, english_text) in english() {
                let text = render(language, key, &[], &[]);
                assert!(
                    !text.trim().is_empty() || english_text.trim().is_empty(),
                    "{language:?} {key} is empty"
                );
                assert_eq!(
                    variables(language, key).0,
                    placeholders(key),
                    "{language:?} {key}: placeholders differ"
                );
            }
        }
    }

    /// A call in Rust source: the name before its `(` (last path segment, `!` kept for
    /// macros), where its arguments start and end, and the string literals directly inside
    /// it (not inside a nested call; inside a `match` or `if` of its arguments they are).
    struct Call {
        name: String,
        args: std::ops::Range<usize>,
        literals: Vec<String>,
    }

    /// Every call of `text`, skipping comments and char literals, so a key's placeholders can
    /// be checked against the call that shows it.
    fn calls(text: &str) -> Vec<Call> {
        let bytes = text.as_bytes();
        let mut done = Vec::new();
        let mut open: Vec<Call> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = text[i..].find('\n').map_or(bytes.len(), |e| i + e);
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = text[i..].find("*/").map_or(bytes.len(), |e| i + e + 2);
                }
                b'\'' => {
                    // '\n', 'x', '语' are char literals; 'a in a lifetime is not.
                    let rest = &text[i + 1..];
                    i += if rest.starts_with('\\') {
                        rest[2..].find('\'').map_or(1, |e| e + 4)
                    } else {
                        rest.chars()
                            .next()
                            .filter(|c| rest[c.len_utf8()..].starts_with('\''))
                            .map_or(1, |c| c.len_utf8() + 2)
                    };
                }
                b'"' => {
                    let mut end = i + 1;
                    while end < bytes.len() && bytes[end] != b'"' {
                        end += if bytes[end] == b'\\' { 2 } else { 1 };
                    }
                    if let Some(call) = open.last_mut() {
                        call.literals
                            .push(text[i + 1..end.min(bytes.len())].to_string());
                    }
                    i = end + 1;
                }
                b'(' => {
                    let name: String = text[..i]
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '!')
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    open.push(Call {
                        name,
                        args: i + 1..i + 1,
                        literals: Vec::new(),
                    });
                    i += 1;
                }
                b')' => {
                    if let Some(mut call) = open.pop() {
                        call.args.end = i;
                        done.push(call);
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        done
    }

    /// The names of the counts a `tfn` call writes out (its first `&[…]` list).
    fn count_names(args: &str) -> HashSet<&str> {
        let Some(start) = args.find("&[") else {
            return HashSet::new();
        };
        let list = &args[start..];
        let list = &list[..list.find(']').unwrap_or(list.len())];
        supplied_names(list).unwrap_or_default()
    }

    /// The names a `tf` call's literal argument list supplies (`("name", …)`), or `None` when
    /// the arguments are not written out at the call.
    fn supplied_names(args: &str) -> Option<HashSet<&str>> {
        let list = &args[args.find("&[")?..];
        Some(
            list.split('(')
                .skip(1)
                .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split_once('"'))
                .filter(|(_, after)| after.trim_start().starts_with(','))
                .map(|(name, _)| name)
                .filter(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .collect(),
        )
    }

    /// Every key shown with `t` has no placeholder (`t` fills none), every `tf` call written
    /// out supplies every placeholder of every key it may show (a `match` of keys included), and `unit_text` (which fills the currency)
    /// gets only keys whose sole placeholder is the currency: a `{name}` left in the page is
    /// caught here before a browser shows it.
    #[test]
    fn every_call_fills_the_placeholders_of_its_key() {
        let mut unfilled = Vec::new();
        let mut checked_tf = 0;
        for (file, text) in source_files(false) {
            let all = calls(&text);
            for call in &all {
                for literal in &call.literals {
                    if !has(literal) {
                        continue;
                    }
                    let (wanted, chosen) = variables(Lang::En, literal);
                    // app::messages::Message passes counts with `.counting(…)` after `new(…)`.
                    let counted_message = call.name == "new"
                        && text[call.args.end + 1..]
                            .trim_start()
                            .starts_with(".counting(");
                    if !chosen.is_empty()
                        && call.name != "tfn"
                        && call.name != "tfx"
                        && call.name != "format!"
                        && !counted_message
                    {
                        unfilled.push(format!(
                            "{file}: {}(\"{literal}\") says a count: use tfn",
                            call.name
                        ));
                    }
                    let missing: Vec<&str> = match call.name.as_str() {
                        "t" => wanted,
                        "unit_text" => wanted.into_iter().filter(|n| *n != "currency").collect(),
                        "tf" | "tfn" | "tfx" => {
                            let args = &text[call.args.clone()];
                            let Some(names) = supplied_names(args) else {
                                continue;
                            };
                            checked_tf += 1;
                            if call.name != "tf" {
                                let counts = count_names(args);
                                let uncounted: Vec<&str> = chosen
                                    .iter()
                                    .copied()
                                    .filter(|n| !counts.contains(n))
                                    .collect();
                                if !uncounted.is_empty() {
                                    unfilled.push(format!(
                                        "{file}: {}(\"{literal}\") chooses on {uncounted:?}, not among its counts",
                                        call.name
                                    ));
                                }
                            }
                            wanted.into_iter().filter(|n| !names.contains(n)).collect()
                        }
                        _ => Vec::new(),
                    };
                    if !missing.is_empty() {
                        unfilled.push(format!(
                            "{file}: {}(\"{literal}\") leaves {missing:?}",
                            call.name
                        ));
                    }
                }
            }
            // t(&format!("prefix{…}")): no key of the family may have a placeholder.
            for call in all.iter().filter(|c| c.name == "format!") {
                let inside_t = all.iter().any(|outer| {
                    outer.name == "t"
                        && outer.args.start <= call.args.start
                        && call.args.end <= outer.args.end
                        && text[outer.args.start..call.args.start].trim() == "&format!("
                });
                let Some(pattern) = call.literals.first() else {
                    continue;
                };
                let prefix = pattern.split('{').next().unwrap_or_default();
                if !inside_t || !prefix.contains('.') {
                    continue;
                }
                for key in english().keys() {
                    if key.starts_with(prefix) && !placeholders(key).is_empty() {
                        unfilled.push(format!("{file}: t(&format!(\"{pattern}\")) can show {key}"));
                    }
                }
            }
        }
        assert!(
            unfilled.is_empty(),
            "placeholders left unfilled: {unfilled:#?}"
        );
        assert!(checked_tf > 250, "only {checked_tf} tf calls were read");
    }

    /// The scanner itself: a key given to `t` inside a `match` is still seen as given to `t`.
    #[test]
    fn the_call_scanner_sees_keys_through_a_match() {
        let source = "let c = '(';\n// t(\"x\n\nt(match i { A => \"a.b\", _ => \"c.d\" }); tf(\"e.f\", &[(\"n\", &t(\"g\"))]);";
        let found: Vec<(String, Vec<String>)> = calls(source)
            .into_iter()
            .map(|c| (c.name, c.literals))
            .collect();
        assert_eq!(
            found,
            vec![
                ("t".to_string(), vec!["a.b".to_string(), "c.d".to_string()]),
                ("t".to_string(), vec!["g".to_string()]),
                (String::new(), vec!["n".to_string()]),
                ("tf".to_string(), vec!["e.f".to_string()]),
            ]
        );
        assert_eq!(
            supplied_names("\"e.f\", &[(\"n\", &t(\"g\")), (\"unit\", &u)]"),
            Some(HashSet::from(["n", "unit"]))
        );
    }

    /// Internal references ("DOMAIN §3") are for developers, never for the page (build.rs
    /// refuses them too).
    #[test]
    fn no_text_cites_the_domain_notes() {
        for language in Lang::ALL {
            for (key, text) in texts(language) {
                assert!(
                    !text.contains("DOMAIN") && !text.contains('§'),
                    "{language:?} {key}: {text}"
                );
            }
        }
    }

    /// The lookup is a binary search, so the keys must be sorted, with no key twice.
    #[test]
    fn keys_are_sorted_and_unique() {
        for pair in messages::KEYS.windows(2) {
            assert!(pair[0] < pair[1], "{} {}", pair[0], pair[1]);
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            tf("table.cell_label", &[("field", "Age"), ("name", "Ann")]),
            "Age of Ann"
        );
        assert_eq!(tf("table.cell_label", &[("field", "Age")]), "Age of {name}");
    }

    /// The formulas kept in code read in the sentence as they did when each language wrote
    /// them out, and no message writes one out again.
    #[test]
    fn formulas_come_from_code() {
        let first = tf(
            "settings.convention_first",
            &[("formula", formula::DISCOUNT_FIRST_YEAR_UNDISCOUNTED)],
        );
        assert_eq!(first, "first year undiscounted: ÷ (1 + d)^(t−1)");
        set_lang(Lang::Es);
        assert_eq!(formula::month_days(), "365,25 ÷ 12 = 30,4375");
        set_lang(Lang::En);
        assert_eq!(formula::month_days(), "365.25 ÷ 12 = 30.4375");
        let formulas = [
            formula::DISCOUNT_FIRST_YEAR_UNDISCOUNTED,
            formula::DISCOUNT_EVERY_YEAR,
            formula::GINI,
            formula::GAMMA_GAMMA_POPULATION_MEAN,
            formula::GAMMA_GAMMA_CONDITIONAL_SPEND,
            formula::HHI,
            formula::COHORT_DISCOUNT_FACTOR,
            formula::EXPECTED_YEARS,
            formula::EXPECTED_PART_YEAR,
            formula::MONTHLY_CLV,
            formula::COMBINED_LIFT,
            formula::WEIGHTED_MEAN,
            formula::ASPECT_SCORE,
        ];
        for language in Lang::ALL {
            set_lang(language);
            let example = formula::combined_lift_example();
            for (key, text) in texts(language) {
                for f in formulas.into_iter().chain([example.as_str()]) {
                    assert!(!text.contains(f), "{language:?} {key} writes out {f}");
                }
            }
        }
        set_lang(Lang::En);
        assert_eq!(formula::combined_lift_example(), "√(3.0 × 1.0) = 1.73×");
        let lift = tf(
            "prospects.lift_how",
            &[
                ("formula", formula::COMBINED_LIFT),
                ("example", &formula::combined_lift_example()),
            ],
        );
        assert!(lift.contains("lift 1.0 → √(3.0 × 1.0) = 1.73×."), "{lift}");
    }

    /// A count fills its placeholder grouped as the language groups figures and picks the
    /// form of its plural category, each count on its own.
    #[test]
    fn counts_choose_their_plural_form() {
        let summary = |good, bad| tfn("import.summary", &[("good", good), ("bad", bad)], &[]);
        assert_eq!(summary(6919, 1), "6,919 good rows, 1 bad row.");
        assert_eq!(summary(1, 0), "1 good row, 0 bad rows.");
        let delete = tfn("lists.confirm_delete", &[("count", 1)], &[("name", "Demo")]);
        assert!(
            delete.starts_with("Delete the list “Demo” with its 1 entry?"),
            "{delete}"
        );
        set_lang(Lang::Es);
        assert_eq!(summary(1, 2), "1 fila correcta, 2 filas con errores.");
        assert_eq!(
            summary(1_000_000, 1),
            "1.000.000 filas correctas, 1 fila con errores."
        );
        set_lang(Lang::Bg);
        assert_eq!(
            tfn("table.showing", &[("shown", 1), ("total", 1)], &[]),
            "Показани 1 от 1 запис."
        );
        assert_eq!(
            tfn("table.showing", &[("shown", 20), ("total", 1500)], &[]),
            "Показани 20 от 1\u{a0}500 записа."
        );
        set_lang(Lang::Zh);
        assert_eq!(summary(1, 1), "1 行正确，1 行有误。");
        set_lang(Lang::En);
        // Without a number (tf, t) a choice falls back to its `other` form.
        assert_eq!(t("import.rows_found"), "{count} data rows found.");
    }

    /// Messages that took their count as text before read in the singular for one.
    #[test]
    fn converted_counts_read_in_the_singular_for_one() {
        set_lang(Lang::En);
        let one = |key: &str| tfn(key, &[("n", 1), ("count", 1), ("big", 1)], &[]);
        assert_eq!(
            one("economics.served_counted"),
            "Counted from the list: 1 customer."
        );
        assert_eq!(one("unit.n_years"), "1 year");
        assert!(one("pyramid.negative_count").starts_with("1 customer costs more than it brings"));
        assert!(one("pareto.eat_margin").starts_with("The 1 biggest customer takes"));
        assert_eq!(
            tfn("history.search_count", &[("shown", 1), ("total", 1)], &[]),
            "1 of 1 customer"
        );
        assert!(tfn("targets.unused", &[("unused", 1)], &[])
            .starts_with("1 place of the capacity stays empty"));
        assert_eq!(
            tfn(
                "history.repeat_value",
                &[("buyers", 1), ("purchases", 1)],
                &[]
            ),
            "1 customer, 1 repeat purchase"
        );
        assert_eq!(
            tfn(
                "history.repeat_value",
                &[("buyers", 2), ("purchases", 0)],
                &[]
            ),
            "2 customers, 0 repeat purchases"
        );
    }

    /// A number that need not be whole chooses its form on the figure as written: in English
    /// only "1" is singular; Spanish and Bulgarian (`n = 1`) count "1,0" as one too; Chinese and
    /// Vietnamese have one form.
    #[test]
    fn decimal_numbers_choose_their_plural_form() {
        let extra = |value: f64, decimals: usize| {
            let text = tfx(
                "lifetime.churn_extra_no_cac",
                &[("extra", value, decimals)],
                &[],
            );
            text.split([';', '；', '，'])
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let years =
            |value: f64, decimals: usize| tfx("unit.n_years", &[("n", value, decimals)], &[]);
        // (language, message: churn difference or years, value, decimals, text)
        let cases = [
            (
                Lang::En,
                true,
                1.0,
                0,
                "The difference is 1 customer a year",
            ),
            (
                Lang::En,
                true,
                1.0,
                1,
                "The difference is 1.0 customers a year",
            ),
            (
                Lang::En,
                true,
                1.5,
                1,
                "The difference is 1.5 customers a year",
            ),
            (
                Lang::En,
                true,
                2.0,
                0,
                "The difference is 2 customers a year",
            ),
            (
                Lang::En,
                true,
                0.0,
                0,
                "The difference is 0 customers a year",
            ),
            (
                Lang::En,
                true,
                0.96,
                0,
                "The difference is 1 customer a year",
            ),
            (Lang::En, false, 1.0, 0, "1 year"),
            (Lang::En, false, 1.5, 1, "1.5 years"),
            (Lang::En, false, 1_234.5, 1, "1,234.5 years"),
            (Lang::Es, false, 1.0, 0, "1 año"),
            (Lang::Es, false, 1.0, 1, "1,0 año"),
            (Lang::Es, false, 1.5, 1, "1,5 años"),
            (Lang::Es, false, 2.0, 0, "2 años"),
            (Lang::Es, false, 0.0, 0, "0 años"),
            (Lang::Bg, true, 1.0, 0, "Разликата е 1 клиент годишно"),
            (Lang::Bg, true, 1.5, 1, "Разликата е 1,5 клиенти годишно"),
            (Lang::Bg, true, 2.0, 0, "Разликата е 2 клиенти годишно"),
            (Lang::Bg, true, 0.0, 0, "Разликата е 0 клиенти годишно"),
        ];
        for (lang, churn, value, decimals, text) in cases {
            set_lang(lang);
            let shown = if churn {
                extra(value, decimals)
            } else {
                years(value, decimals)
            };
            assert_eq!(shown, text, "{lang:?} {value} to {decimals} places");
        }
        for lang in [Lang::Vi, Lang::Zh] {
            set_lang(lang);
            for (value, decimals) in [(1.0, 0), (1.5, 1), (2.0, 0), (0.0, 0)] {
                let text = years(value, decimals);
                assert!(
                    text.starts_with(&crate::format::number(value, decimals)),
                    "{lang:?} {text}"
                );
            }
        }
        set_lang(Lang::En);
        assert_eq!(Lang::En.plural_decimal(1.0, 0), Plural::One);
        assert_eq!(Lang::En.plural_decimal(-1.0, 0), Plural::One);
        assert_eq!(Lang::En.plural_decimal(1.0, 2), Plural::Other);
        assert_eq!(Lang::Bg.plural_decimal(1.0, 2), Plural::One);
        assert_eq!(Lang::Es.plural_decimal(1.04, 1), Plural::One);
        assert_eq!(Lang::Es.plural_decimal(1.5, 1), Plural::Other);
        assert_eq!(Lang::Es.plural_decimal(1_000_000.0, 0), Plural::Many);
        assert_eq!(Lang::Es.plural_decimal(1_000_000.0, 1), Plural::Other);
        assert_eq!(Lang::Zh.plural_decimal(1.0, 0), Plural::Other);
        assert_eq!(Lang::Vi.plural_decimal(1.0, 0), Plural::Other);
        assert_eq!(Lang::En.plural_decimal(f64::NAN, 0), Plural::Other);
    }

    /// A placeholder named like a count (`count`, `n`, `customers`, `rows`, `years`…) is a
    /// number of things, so its English message chooses a form on it, and the call test above
    /// then refuses to fill it through `tf`. The exceptions are numbers that are not counts of
    /// the noun beside them: line and row numbers, a number without a noun ("Targets, best
    /// first (12)"), a figure inside a formula, an ordinal.
    #[test]
    fn placeholders_named_as_counts_choose_a_plural_form() {
        const COUNT_NAMES: [&str; 24] = [
            "count",
            "n",
            "customers",
            "rows",
            "years",
            "months",
            "days",
            "purchases",
            "buyers",
            "iterations",
            "extra",
            "matched",
            "unmatched",
            "losing",
            "big",
            "total",
            "targets",
            "others",
            "qualified",
            "unused",
            "lost",
            "h",
            "remaining",
            "our_need",
        ];
        const NOT_COUNTS: &[&str] = &[
            // A number that names one thing: line 3, pyramid 2, year 4.
            "economics.service_amount_label",
            "economics.service_kind_label",
            "economics.service_name_label",
            "economics.service_remove_label",
            "economics.spend_amount_label",
            "economics.spend_channel_label",
            "economics.spend_kind_label",
            "economics.spend_name_label",
            "economics.spend_remove_label",
            "economics.retention_amount_label",
            "economics.retention_level_label",
            "economics.retention_name_label",
            "economics.retention_remove_label",
            "error.tier.no_such_pyramid",
            "lifetime.year_n",
            "pyramid.basis_weighted_n",
            "pyramid.component_n",
            "pyramid.new_pyramid_name",
            "pyramid.of_weighted",
            "pyramid.remove_component",
            "targets.icp_criterion",
            // A figure of a calculation written out (“= 120 ÷ 8 =”), or money.
            "economics.cac_how",
            "economics.cac_how_sales",
            "economics.own_exceeds",
            "economics.service_how",
            "economics.share_how",
            "history.per_month",
            "keeping.churn_cost_how",
            "keeping.in_force_measured",
            "keeping.replacing_how",
            "lifetime.churn_need_how",
            "lifetime.ind_undiscounted_how",
            "lifetime.ind_yearly_how",
            "lifetime.negative_note",
            // A number with no noun to agree with: “(12)”, “: 12.”, “12 a year”, a share.
            "economics.allocation",
            "history.spend_left_out",
            "lifetime.churn_need_value",
            "lifetime.per_year_count",
            "overview.targets_value",
            "pareto.chart_marker",
            "prospects.fit_value",
            "keeping.at_risk_caption",
            "keeping.wallet_caption",
            "keeping.delivered_summary",
            "keeping.points",
            "prospects.losing_caption",
            "prospects.not_qualified_caption",
            "prospects.qualified_caption",
            "prospects.summary",
            "pyramid.count_share",
            "pyramid.negative_more",
            "pyramid.not_rated",
            "pyramid.not_rated_more",
            "pyramid.share_count",
            "pyramid.ties_moved",
            "share.losses",
            "targets.others_caption",
            "targets.targets_caption",
            // A fixed number, never one (the top 10).
            "pyramid.top_caption",
        ];
        let mut plain = Vec::new();
        for key in messages::KEYS {
            let (all, chosen) = variables(Lang::En, key);
            for name in all {
                if COUNT_NAMES.contains(&name)
                    && !chosen.contains(&name)
                    && !NOT_COUNTS.contains(key)
                {
                    plain.push(format!("{key} ${name}"));
                }
            }
        }
        assert!(plain.is_empty(), "counts without a plural form: {plain:#?}");
    }

    /// No "row(s)": a message that says a count chooses its form.
    #[test]
    fn no_text_hedges_a_plural() {
        for language in Lang::ALL {
            for (key, text) in texts(language) {
                for hedge in ["(s)", "(es)", "(а)", "(и)"] {
                    assert!(!text.contains(hedge), "{language:?} {key}: {text}");
                }
            }
        }
    }

    /// What Fluent would otherwise change: a leading space (kept as `{" "}`), a backslash, a
    /// quote, a non-breaking space and `{`, `}` of a placeholder in text.
    #[test]
    fn texts_survive_fluent_syntax() {
        assert_eq!(t("lifetime.flag_negative"), " — flagged: negative LTV");
        assert_eq!(t("history.heat_corner"), "Frequency x \\ recency");
        assert!(t("history.intro").contains("(\"buy till you die\")"));
        assert_eq!(t("chart.failed").matches("{reason}").count(), 1);
    }

    /// `Lang::plural` gives only the categories build.rs lets that language's files use, and
    /// every one of them for some count, so no variant a translator writes is unreachable.
    #[test]
    fn plural_rules_match_the_categories_the_build_accepts() {
        let accepted = |lang: Lang| match lang {
            Lang::En => messages::EN_PLURALS,
            Lang::Vi => messages::VI_PLURALS,
            Lang::Zh => messages::ZH_PLURALS,
            Lang::Es => messages::ES_PLURALS,
            Lang::Bg => messages::BG_PLURALS,
        };
        for lang in Lang::ALL {
            let counts = (0..2_000usize).chain([1_000_000, 2_000_000, 1_500_000, 10_000_001]);
            let mut seen: Vec<Plural> = counts.map(|n| lang.plural(n)).collect();
            seen.dedup();
            for category in accepted(lang) {
                assert!(seen.contains(category), "{lang:?} never gives {category:?}");
            }
            for category in &seen {
                assert!(
                    accepted(lang).contains(category),
                    "{lang:?} gives {category:?}"
                );
            }
        }
        assert_eq!(Lang::En.plural(1), Plural::One);
        assert_eq!(Lang::En.plural(0), Plural::Other);
        assert_eq!(Lang::Bg.plural(1), Plural::One);
        assert_eq!(Lang::Es.plural(1_000_000), Plural::Many);
        assert_eq!(Lang::Es.plural(1_000_001), Plural::Other);
        assert_eq!(Lang::Zh.plural(1), Plural::Other);
        assert_eq!(Lang::Vi.plural(1), Plural::Other);
    }

    /// The file the wasm fetches for a language reads back as exactly the table native builds
    /// carry.
    #[test]
    fn language_files_read_back_as_the_built_in_tables() {
        for lang in Lang::ALL {
            let Some(file) = lang.file() else {
                assert_eq!(lang, Lang::En);
                continue;
            };
            let path = std::path::Path::new(concat!(env!("OUT_DIR"), "/i18n")).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let built_in = lang.messages();
            LOADED.with(|loaded| loaded[lang as usize].set(None));
            install(lang, text).unwrap();
            let read = LOADED.with(|loaded| loaded[lang as usize].get()).unwrap();
            assert_eq!(read, built_in, "{lang:?}");
        }
    }

    #[test]
    fn a_file_of_another_build_is_refused() {
        assert_eq!(
            install(Lang::Es, "Hola\u{1e}Adiós".to_string()),
            Err(BadLanguageFile)
        );
        let unclosed = ["x"; 1].repeat(messages::KEYS.len()).join("\u{1e}") + "\u{3}count\u{2}";
        assert_eq!(install(Lang::Es, unclosed), Err(BadLanguageFile));
    }

    #[test]
    fn every_choice_label_in_every_language_reads_back_as_its_choice() {
        use crate::engine::model::Customer;
        use crate::io::fields::CellReading;
        use crate::io::number::DecimalSeparator;
        let reading = CellReading {
            labels: Some(choice_labels()),
            ..CellReading::plain(DecimalSeparator::Point)
        };
        let mut checked = 0;
        for &field in Field::VARIANTS {
            for choice in field.choices() {
                for lang in Lang::ALL {
                    let label = &render(lang, &format!("choice.{choice}"), &[], &[]);
                    assert_eq!(
                        reading.choice(field, label),
                        Some(Some(choice)),
                        "{field:?} {lang:?} {label:?}"
                    );
                    checked += 1;
                }
            }
        }
        // 3 status + 3 + 3 answers + 5 markets + 15 channels + 4 sizes + 4 stages, × 5 languages.
        assert_eq!(checked, 37 * 5);
        let mut c = Customer::default();
        Field::Channel
            .apply_as(&mut c, "Referral, word of mouth", &reading)
            .unwrap();
        assert_eq!(c.channel, Some(crate::engine::model::Channel::Referral));
    }
}
