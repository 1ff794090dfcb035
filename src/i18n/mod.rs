//! Every visible string goes through [`t`]: a key looked up in the active language's table.
//! Only English exists yet; further languages are further tables of the same keys.

mod en;

use std::collections::HashMap;
use std::sync::OnceLock;

fn english() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| en::TABLES.iter().flat_map(|t| t.iter().copied()).collect())
}

/// The text of a key; an unknown key shows as itself so a gap is visible, and a test fails.
pub fn t(key: &str) -> String {
    english()
        .get(key)
        .map_or_else(|| key.to_string(), |s| (*s).to_string())
}

/// The text of a key with `{name}` placeholders filled in.
pub fn tf(key: &str, args: &[(&str, &str)]) -> String {
    let mut text = t(key);
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Whether a key exists (for tests and for optional hints).
pub fn has(key: &str) -> bool {
    english().contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::fields::Field;

    /// Literal keys passed to t(…) or tf(…) anywhere in src/.
    fn literal_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for pattern in ["t(\"", "tf(\""] {
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
        for f in Field::ALL {
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

    #[test]
    fn keys_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (k, _) in en::TABLES.iter().flat_map(|t| t.iter()) {
            assert!(seen.insert(k), "duplicate key {k}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            tf("import.summary", &[("good", "3"), ("bad", "1")]),
            "3 good rows, 1 bad row(s)."
        );
    }
}
