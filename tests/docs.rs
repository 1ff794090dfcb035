//! Guards on the source's comments: they explain each number on their own, so none points into
//! the specification (a section sign, the specification's file name or a seed article's
//! number), and every doc example is compiled and run by `cargo test --doc` (none is marked
//! `ignore`). The map from the specification to the modules is `docs/domain-map.md`.

use std::fs;
use std::path::{Path, PathBuf};

/// Pointers into the specification that a comment must not carry. Matched case-sensitively:
/// "domain" in lower case is an ordinary word.
const POINTERS: [&str; 3] = ["§", "DOMAIN", "seed 0"];

/// Files left out of the pointer check, relative to the crate root: the translation module's
/// own test of visible text names the pointers on purpose.
const POINTER_EXEMPT: [&str; 1] = ["src/i18n/mod.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The comment text of each line of a Rust source (empty for a line without a comment), with
/// the line's 1-based number. Strings (also raw and multi-line ones) and character literals are
/// skipped, so a `//` or a pointer inside a string literal is not a comment.
fn comments(source: &str) -> Vec<(usize, String)> {
    // The string being read, if any: how many `#` follow its closing `"`, and whether it is raw
    // (a raw string has no escapes).
    let mut string: Option<(usize, bool)> = None;
    let mut block_depth = 0usize;
    let mut out = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let c: Vec<char> = line.chars().collect();
        let mut text = String::new();
        let mut i = 0;
        while i < c.len() {
            if block_depth > 0 {
                if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    block_depth -= 1;
                    i += 2;
                } else if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    block_depth += 1;
                    i += 2;
                } else {
                    text.push(c[i]);
                    i += 1;
                }
                continue;
            }
            if let Some((hashes, raw)) = string {
                if !raw && c[i] == '\\' {
                    i += 2;
                } else if c[i] == '"' && (0..hashes).all(|k| c.get(i + 1 + k) == Some(&'#')) {
                    string = None;
                    i += 1 + hashes;
                } else {
                    i += 1;
                }
                continue;
            }
            match c[i] {
                '/' if c.get(i + 1) == Some(&'/') => {
                    text.extend(&c[i..]);
                    break;
                }
                '/' if c.get(i + 1) == Some(&'*') => {
                    block_depth = 1;
                    i += 2;
                }
                '"' => {
                    string = Some((0, false));
                    i += 1;
                }
                'r' if !ident_before(&c, i)
                    || (i > 0 && c[i - 1] == 'b' && !ident_before(&c, i - 1)) =>
                {
                    let hashes = c[i + 1..].iter().take_while(|x| **x == '#').count();
                    if c.get(i + 1 + hashes) == Some(&'"') {
                        string = Some((hashes, true));
                        i += 2 + hashes;
                    } else {
                        i += 1;
                    }
                }
                '\'' => {
                    // A character literal ('x', '\n', '\''), not a lifetime ('a).
                    if c.get(i + 1) == Some(&'\\') {
                        let close = (i + 3..c.len()).find(|k| c[*k] == '\'');
                        i = close.map_or(i + 1, |k| k + 1);
                    } else if c.get(i + 2) == Some(&'\'') {
                        i += 3;
                    } else {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        if !text.is_empty() {
            out.push((number + 1, text));
        }
    }
    out
}

/// Whether the character before position `i` continues an identifier (so an `r` there is not
/// the start of a raw string).
fn ident_before(c: &[char], i: usize) -> bool {
    i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_')
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sources() -> Vec<(String, String)> {
    let root = crate_root();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 20, "expected the crate's sources under src/");
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .expect("under the crate root")
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name, text)
        })
        .collect()
}

#[test]
fn comments_carry_no_pointer_into_the_specification() {
    let mut found = Vec::new();
    for (name, text) in sources() {
        if POINTER_EXEMPT
            .iter()
            .any(|exempt| name == *exempt || name.starts_with(&format!("{exempt}/")))
        {
            continue;
        }
        for (line, comment) in comments(&text) {
            for pointer in POINTERS {
                if comment.contains(pointer) {
                    found.push(format!("{name}:{line}: {pointer:?} in {}", comment.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "comments must say what a number means, its unit and formula, not point into the \
         specification (the map is docs/domain-map.md):\n{}",
        found.join("\n")
    );
}

#[test]
fn no_doc_example_is_ignored() {
    let mut found = Vec::new();
    for (name, text) in sources() {
        for (line, comment) in comments(&text) {
            if comment.contains("```ignore") {
                found.push(format!("{name}:{line}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "doc examples must compile and run (use the crate path value_pyramid::…), \
         none marked ignore:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_comment_reader_skips_strings_and_finds_comments() {
    let source = concat!(
        "let a = \"// not a comment § DOMAIN\"; // a comment\n",
        "let b = r#\"seed 0 \" still a string\"#;\n",
        "let c = '\"'; let d = '\\''; // after literals\n",
        "fn f<'a>(x: &'a str) {} /* block */\n",
        "let e = \"multi\n",
        "line // still the string\";\n",
        "/// doc § 3\n",
    );
    assert_eq!(
        comments(source),
        vec![
            (1, "// a comment".to_string()),
            (3, "// after literals".to_string()),
            (4, " block ".to_string()),
            (7, "/// doc § 3".to_string()),
        ]
    );
}

#[test]
fn the_guard_sees_a_pointer_in_a_comment() {
    let found: Vec<_> = comments("let x = 1; // see DOMAIN.md §7\n")
        .into_iter()
        .filter(|(_, c)| POINTERS.iter().any(|p| c.contains(p)))
        .collect();
    assert_eq!(found.len(), 1);
}

/// Translators read the comments of the Fluent files; they have no specification to follow.
#[test]
fn translation_comments_stand_alone() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut found = Vec::new();
    for lang in fs::read_dir(&root).expect("src/i18n").flatten() {
        if !lang.path().is_dir() {
            continue;
        }
        for file in fs::read_dir(lang.path())
            .expect("language folder")
            .flatten()
        {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("ftl file");
            for (n, line) in text.lines().enumerate() {
                if line.starts_with('#') && POINTERS.iter().any(|p| line.contains(p)) {
                    found.push(format!("{}:{}: {line}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "pointers in translators' comments:\n{}",
        found.join("\n")
    );
}
