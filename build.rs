//! Reads the translations (`src/i18n/<lang>/*.ftl`, Project Fluent) at build time, checks
//! them, and writes them as Rust tables into `OUT_DIR/i18n_messages.rs` for `src/i18n/mod.rs`
//! to `include!`. Parsing here rather than in the page keeps a Fluent parser and bundle out of
//! the wasm, and turns a translation mistake (a missing key, a misspelt placeholder, an
//! unknown plural category) into a build error naming file and message instead of a gap seen
//! by a user. Only a subset of Fluent is accepted, the one the page's evaluator runs: text,
//! string literals, `{ $variable }` and one select on a variable with CLDR plural categories.
//!
//! English is written as a Rust table: it is the page's first render and the fallback. Every
//! other language is written twice: as a Rust table for native builds (tests, tools), and as a
//! compact file `OUT_DIR/i18n/i18n-<lang>-<hash>.txt` that the page fetches when the language
//! is chosen, so the wasm does not carry four languages nobody reads at once
//! (scripts/post_build.py copies the files the wasm names into the build).

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The reference language: every other language has exactly its messages and placeholders.
const REFERENCE: &str = "en";

/// Plural categories each language's CLDR rules use (cardinal numbers), so a translator's
/// `[few]` in a language without it fails the build instead of never showing. Keep in step
/// with `Lang::plural` in src/i18n/mod.rs (a test checks the two agree).
fn plural_categories(lang: &str) -> Option<&'static [&'static str]> {
    match lang {
        "en" | "bg" => Some(&["one", "other"]),
        "es" => Some(&["one", "many", "other"]),
        "vi" | "zh" => Some(&["other"]),
        _ => None,
    }
}

/// A piece of a message as the page evaluates it.
#[derive(Debug, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Plural {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
    },
}

struct Message {
    file: PathBuf,
    parts: Vec<Part>,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/i18n");
    println!("cargo:rerun-if-changed=src/i18n");
    let mut errors = Vec::new();
    let mut languages: BTreeMap<String, BTreeMap<String, Message>> = BTreeMap::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("src/i18n")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let lang = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        if files.is_empty() {
            continue;
        }
        files.sort();
        let Some(categories) = plural_categories(&lang) else {
            errors.push(format!(
                "{}: no plural rule for language {lang:?}: add its CLDR cardinal categories to \
                 plural_categories in build.rs and its rule to Lang::plural",
                shown(&dir)
            ));
            continue;
        };
        let messages = languages.entry(lang.clone()).or_default();
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            read_file(&file, &source, categories, messages, &mut errors);
        }
    }
    let Some(reference) = languages.get(REFERENCE) else {
        panic!("no {REFERENCE} .ftl files under {}", root.display());
    };
    for (lang, messages) in &languages {
        if lang != REFERENCE {
            compare(reference, messages, &root.join(lang), &mut errors);
        }
    }
    if !errors.is_empty() {
        panic!(
            "\n\nThe translations have {} problem(s):\n  {}\n\n",
            errors.len(),
            errors.join("\n  ")
        );
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let files = write_language_files(&languages, &out_dir.join("i18n"));
    std::fs::write(
        out_dir.join("i18n_messages.rs"),
        generate(&languages, &files),
    )
    .unwrap();
}

/// Control characters that mark the structure of a message in a language file; no text may
/// hold them (checked), so the page reads texts as slices of the file, unescaped.
const SEPARATOR: char = '\u{1e}';
const VAR: char = '\u{1}';
const END_NAME: char = '\u{2}';
const PLURAL: char = '\u{3}';
const VARIANT: char = '\u{4}';
const END_PLURAL: char = '\u{5}';

/// Writes each language but the reference as one file of its messages in the order of the
/// sorted keys, and returns the file names by language. The name carries a hash of the keys
/// and texts, so a page never reads a file of another build from a browser's HTTP cache.
fn write_language_files(
    languages: &BTreeMap<String, BTreeMap<String, Message>>,
    dir: &Path,
) -> BTreeMap<String, String> {
    use std::hash::{Hash, Hasher};
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let keys = sorted_keys(languages);
    let mut names = BTreeMap::new();
    for (lang, messages) in languages {
        if lang == REFERENCE {
            continue;
        }
        let mut text = String::new();
        for (i, id) in keys.iter().enumerate() {
            if i > 0 {
                text.push(SEPARATOR);
            }
            encode(&messages[*id].parts, &mut text);
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        keys.hash(&mut hasher);
        text.hash(&mut hasher);
        let name = format!("i18n-{lang}-{:016x}.txt", hasher.finish());
        std::fs::write(dir.join(&name), &text).unwrap();
        names.insert(lang.clone(), name);
    }
    names
}

fn encode(parts: &[Part], out: &mut String) {
    for part in parts {
        match part {
            Part::Text(t) => {
                assert!(
                    !t.contains([SEPARATOR, VAR, END_NAME, PLURAL, VARIANT, END_PLURAL]),
                    "a translation holds a control character: {t:?}"
                );
                out.push_str(t);
            }
            Part::Var(v) => {
                out.push(VAR);
                out.push_str(v);
                out.push(END_NAME);
            }
            Part::Plural { var, variants } => {
                out.push(PLURAL);
                out.push_str(var);
                out.push(END_NAME);
                for (category, inner) in variants {
                    out.push(VARIANT);
                    out.push_str(category);
                    out.push(END_NAME);
                    encode(inner, out);
                }
                out.push(END_PLURAL);
            }
        }
    }
}

/// Every key of the reference, sorted as the page looks keys up (with `.` for `-`).
fn sorted_keys(languages: &BTreeMap<String, BTreeMap<String, Message>>) -> Vec<&String> {
    let mut keys: Vec<&String> = languages[REFERENCE].keys().collect();
    keys.sort_by_key(|id| id.replace('-', "."));
    keys
}

/// A path as the messages name it: from the package root, as a translator sees it.
fn shown(path: &Path) -> String {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read_file(
    file: &Path,
    source: &str,
    categories: &[&str],
    messages: &mut BTreeMap<String, Message>,
    errors: &mut Vec<String>,
) {
    let name = shown(file);
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, parse_errors)) => {
            for e in parse_errors {
                let line = source[..e.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                errors.push(format!("{name}:{line}: {:?}", e.kind));
            }
            return;
        }
    };
    for entry in resource.body {
        let message = match entry {
            ast::Entry::Message(m) => m,
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => continue,
            ast::Entry::Term(t) => {
                errors.push(format!(
                    "{name}: -{}: terms are not supported; write the text out",
                    t.id.name
                ));
                continue;
            }
            ast::Entry::Junk { content } => {
                errors.push(format!("{name}: unreadable: {content}"));
                continue;
            }
        };
        let id = message.id.name.to_string();
        let at = format!("{name}: {id}");
        if !message.attributes.is_empty() {
            errors.push(format!("{at}: attributes (.name = …) are not supported"));
        }
        let Some(value) = message.value else {
            errors.push(format!("{at}: has no text"));
            continue;
        };
        let parts = pattern(&value, &at, categories, true, errors);
        for text in texts(&parts) {
            if text.contains("DOMAIN") || text.contains('§') {
                errors.push(format!(
                    "{at}: cites the developers' notes (DOMAIN, §); page texts must not"
                ));
            }
        }
        if let Some(first) = messages.get(&id) {
            errors.push(format!(
                "{at}: defined twice (also in {})",
                shown(&first.file)
            ));
            continue;
        }
        messages.insert(
            id,
            Message {
                file: file.to_path_buf(),
                parts,
            },
        );
    }
}

fn pattern(
    value: &ast::Pattern<&str>,
    at: &str,
    categories: &[&str],
    top: bool,
    errors: &mut Vec<String>,
) -> Vec<Part> {
    let mut parts = Vec::new();
    for element in &value.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => inline_part(inline, at, &mut parts, errors),
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        errors.push(format!("{at}: a select must choose on a $variable"));
                        continue;
                    };
                    if !top {
                        errors.push(format!("{at}: a select inside a select is not supported"));
                    }
                    let mut chosen = Vec::new();
                    for variant in variants {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        if !categories.contains(&key.as_str()) {
                            errors.push(format!(
                                "{at}: [{key}] is not a plural category of this language \
                                 (it has {categories:?})"
                            ));
                        }
                        if variant.default != (key == "other") {
                            errors.push(format!(
                                "{at}: the default variant (*) must be [other], and only it"
                            ));
                        }
                        let inner = pattern(&variant.value, at, categories, false, errors);
                        chosen.push((key, inner));
                    }
                    parts.push(Part::Plural {
                        var: id.name.to_string(),
                        variants: chosen,
                    });
                }
            },
        }
    }
    parts
}

fn inline_part(
    inline: &ast::InlineExpression<&str>,
    at: &str,
    parts: &mut Vec<Part>,
    errors: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => push_text(
            parts,
            &fluent_syntax::unicode::unescape_unicode_to_string(value),
        ),
        ast::InlineExpression::VariableReference { id } => {
            parts.push(Part::Var(id.name.to_string()))
        }
        ast::InlineExpression::Placeable { expression } => match expression.as_ref() {
            ast::Expression::Inline(inner) => inline_part(inner, at, parts, errors),
            ast::Expression::Select { .. } => {
                errors.push(format!("{at}: a select inside braces is not supported"))
            }
        },
        other => errors.push(format!(
            "{at}: only text, \"literals\" and {{ $variables }} are supported, not {other:?}"
        )),
    }
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    if let Some(Part::Text(last)) = parts.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        parts.push(Part::Text(text.to_string()));
    }
}

fn texts(parts: &[Part]) -> Vec<&str> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push(t.as_str()),
            Part::Var(_) => {}
            Part::Plural { variants, .. } => {
                for (_, inner) in variants {
                    out.extend(texts(inner));
                }
            }
        }
    }
    out
}

/// Every variable a message reads (placeholders and selectors), and those it selects on.
fn variables(parts: &[Part], all: &mut BTreeSet<String>, selected: &mut BTreeSet<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => {
                all.insert(v.clone());
            }
            Part::Plural { var, variants } => {
                all.insert(var.clone());
                selected.insert(var.clone());
                for (_, inner) in variants {
                    variables(inner, all, selected);
                }
            }
        }
    }
}

fn compare(
    reference: &BTreeMap<String, Message>,
    messages: &BTreeMap<String, Message>,
    dir: &Path,
    errors: &mut Vec<String>,
) {
    for (id, english) in reference {
        let Some(message) = messages.get(id) else {
            errors.push(format!(
                "{}: {id}: missing (English has it in {})",
                shown(dir),
                shown(&english.file)
            ));
            continue;
        };
        let at = format!("{}: {id}", shown(&message.file));
        let (mut wanted, mut wanted_selected) = (BTreeSet::new(), BTreeSet::new());
        variables(&english.parts, &mut wanted, &mut wanted_selected);
        let (mut found, mut selected) = (BTreeSet::new(), BTreeSet::new());
        variables(&message.parts, &mut found, &mut selected);
        if found != wanted {
            errors.push(format!(
                "{at}: placeholders {found:?} differ from English {wanted:?}"
            ));
        }
        // The page passes a number only for the variables English chooses a plural on.
        if let Some(var) = selected.difference(&wanted_selected).next() {
            errors.push(format!(
                "{at}: chooses on ${var}, which English does not, so the page passes no number for it"
            ));
        }
        if texts(&message.parts).iter().all(|t| t.trim().is_empty())
            && !texts(&english.parts).iter().all(|t| t.trim().is_empty())
        {
            errors.push(format!("{at}: is empty"));
        }
    }
    for (id, message) in messages {
        if !reference.contains_key(id) {
            errors.push(format!(
                "{}: {id}: English has no such message (misspelt, or removed from English?)",
                shown(&message.file)
            ));
        }
    }
}

fn generate(
    languages: &BTreeMap<String, BTreeMap<String, Message>>,
    files: &BTreeMap<String, String>,
) -> String {
    let mut out = String::from(
        "// Generated by build.rs from src/i18n/<lang>/*.ftl; edit those files, not this one.\n",
    );
    // Every language has exactly the reference's keys (checked above), so one sorted list
    // of keys serves all: a language's table holds only its messages, in that order.
    let keys = sorted_keys(languages);
    // Choice labels of every language stay built in: a file exported in any language reads
    // back as the same choices whichever language is loaded.
    let choices: Vec<&&String> = keys.iter().filter(|id| id.starts_with("choice-")).collect();
    out.push_str("/// The keys of the choice labels, sorted.\n");
    out.push_str("pub(super) static CHOICE_KEYS: &[&str] = &[\n");
    for id in &choices {
        let _ = writeln!(out, "    {:?},", id.replace('-', "."));
    }
    out.push_str("];\n");
    out.push_str("/// Every key, sorted; each language's table has its messages in this order.\n");
    out.push_str("pub(super) static KEYS: &[&str] = &[\n");
    for id in &keys {
        let _ = writeln!(out, "    {:?},", id.replace('-', "."));
    }
    out.push_str("];\n");
    for (lang, messages) in languages {
        let _ = writeln!(
            out,
            "/// The choice labels of {lang:?}, in the order of CHOICE_KEYS.\npub(super) static {}_CHOICES: &[&str] = &[",
            lang.to_uppercase()
        );
        for id in &choices {
            match messages[**id].parts.as_slice() {
                [Part::Text(t)] => {
                    let _ = writeln!(out, "    {t:?},");
                }
                _ => panic!("{lang}: {id}: a choice label must be plain text"),
            }
        }
        out.push_str("];\n");
        if let Some(file) = files.get(lang) {
            let _ = writeln!(
                out,
                "/// The file the page fetches for {lang:?}.\npub(super) const {}_FILE: &str = {file:?};\n\
                 /// Native builds keep every language built in; the wasm fetches {lang:?}.\n\
                 #[cfg(not(target_arch = \"wasm32\"))]",
                lang.to_uppercase()
            );
        }
        let _ = writeln!(
            out,
            "/// Every message of {lang:?}, in the order of KEYS.\npub(super) static {}: &[Message] = &[",
            lang.to_uppercase()
        );
        for id in &keys {
            let value = match messages[*id].parts.as_slice() {
                [] => "Message::Text(\"\")".to_string(),
                [Part::Text(t)] => format!("Message::Text({t:?})"),
                parts => format!("Message::Parts(&[{}])", parts_code(parts)),
            };
            let _ = writeln!(out, "    {value},");
        }
        out.push_str("];\n");
        let _ = writeln!(
            out,
            "/// The plural categories {lang:?} may choose between.\n#[cfg(test)]\npub(super) const {}_PLURALS: &[Plural] = &[{}];",
            lang.to_uppercase(),
            plural_categories(lang)
                .unwrap()
                .iter()
                .map(|c| format!("Plural::{}", capitalised(c)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out
}

fn parts_code(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(t) => format!("Part::Text({t:?})"),
            Part::Var(v) => format!("Part::Var({v:?})"),
            Part::Plural { var, variants } => format!(
                "Part::Plural({var:?}, &[{}])",
                variants
                    .iter()
                    .map(|(category, inner)| format!(
                        "(Plural::{}, &[{}])",
                        capitalised(category),
                        parts_code(inner)
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
