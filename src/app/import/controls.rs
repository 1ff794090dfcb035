//! The controls every text-file import shows: the file picker, the encoding, how the text is
//! read, and the order of year-last dates.

use crate::app::browser::legacy_from_worker;
use crate::app::browser::{dropped_file, picked_file, File};
use crate::app::messages::Explain;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{DateOrder, DateOrderGuess};
use crate::i18n::{t, tf, tfn};
use crate::io::csv_import::{
    read_memory_estimate, CsvOptions, Delimiter, ReadError, LARGE_FILE_BYTES,
};
use crate::io::encoding::{TextDecoding, TextEncoding, TextFile};
use crate::io::import_session::{ImportKind, ImportSession};
use crate::io::number::DecimalSeparator;
use leptos::prelude::*;
use std::sync::Arc;

/// A file picker that also takes a file dropped on it; the first file goes to `on_file`, and
/// the picker is emptied so that choosing the same file again reads it again.
#[component]
pub fn FileDrop(
    id: &'static str,
    accept: &'static str,
    #[prop(into)] pick_label: TextProp,
    #[prop(into)] drop_hint: TextProp,
    on_file: impl Fn(File) + Copy + 'static,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    // A file above LARGE_FILE_BYTES waits here (with its name and size shown) until the user
    // says to read it.
    let waiting = StoredValue::new_local(None::<File>);
    let large = RwSignal::new(None::<(String, f64)>);
    let offer = move |file: File| {
        let size = file.size();
        if size > LARGE_FILE_BYTES as f64 {
            large.set(Some((file.name(), size)));
            waiting.set_value(Some(file));
        } else {
            large.set(None);
            waiting.set_value(None);
            on_file(file);
        }
    };
    let read_large = move |_| {
        large.set(None);
        if let Some(file) = waiting.try_update_value(Option::take).flatten() {
            on_file(file);
        }
    };
    let skip_large = move |_| {
        large.set(None);
        waiting.set_value(None);
    };
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            offer(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = dropped_file(&ev) {
            offer(file);
        }
    };
    view! {
        <div
            class="dropzone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for=id>{move || pick_label.get()}</label>
            <input id=id type="file" accept=accept on:change=on_pick />
            <p>{move || drop_hint.get()}</p>
        </div>
        // Always in the page, hidden until a large file waits: the buttons keep the file
        // handler, which cannot move into a reactive child.
        <div class="banner warning large-file" hidden=move || large.with(Option::is_none)>
            <p role="alert">
                {move || {
                    large
                        .get()
                        .map(|(name, size)| {
                            let mb = |bytes: f64| format!("{:.0}", (bytes / 1e6).ceil());
                            let memory = read_memory_estimate(size as u64) as f64;
                            tf("import.large_file", &[("name", &name), ("size", &mb(size)), ("memory", &mb(memory))])
                        })
                        .unwrap_or_default()
                }}
            </p>
            <div class="buttons">
                <button on:click=read_large>{move || t("import.large_file_read")}</button>
                <button on:click=skip_large>{move || t("import.large_file_cancel")}</button>
            </div>
        </div>
    }
}

/// A picked file's bytes as a decoding: begun here for UTF-8 and UTF-16, read by the decoding
/// worker for a legacy encoding (whose tables are not in the page's module). `Err` is why the
/// worker could not read it.
pub async fn decoding_of(bytes: Vec<u8>) -> Result<TextDecoding, String> {
    if let Some(decoding) = TextFile::start_unicode(&bytes) {
        return Ok(decoding);
    }
    let decoded = legacy_from_worker(&bytes, None).await?;
    Ok(TextDecoding::done(TextFile::from_legacy(
        Arc::from(bytes),
        decoded,
    )))
}

/// Reads the file of the session in `session` again in `encoding` and hands the change to
/// `update`: at once for UTF-8 and UTF-16, once the decoding worker has read it for a legacy
/// encoding (a session since opened on another file is left as it is; `failed` gets why the
/// worker could not read it). The bytes are taken from the session when asked: a handle held
/// by the mapping step would keep a large file's bytes after its import, through the first
/// analysis.
pub fn change_encoding<K: ImportKind + 'static>(
    session: RwSignal<Option<ImportSession<K>>>,
    encoding: TextEncoding,
    update: impl Fn(Box<dyn FnOnce(&mut ImportSession<K>)>) + 'static,
    failed: impl Fn(String) + 'static,
) where
    ImportSession<K>: Send + Sync,
{
    if encoding.is_unicode() {
        return update(Box::new(move |s| s.set_unicode_encoding(encoding)));
    }
    let Some(bytes) = session.with_untracked(|s| s.as_ref().map(|s| s.file.bytes().clone())) else {
        return;
    };
    leptos::task::spawn_local(async move {
        match legacy_from_worker(&bytes, Some(encoding)).await {
            Ok(decoded) => update(Box::new(move |s| {
                if Arc::ptr_eq(s.file.bytes(), &bytes) {
                    s.set_decoded(decoded);
                }
            })),
            Err(why) => failed(why),
        }
    });
}

/// The text encoding a file is read in: a select of the likely encodings (the detected one
/// marked), a note when it is not UTF-8, and a warning with the count of characters that could
/// not be read. Shared by every import that reads a text file.
pub fn encoding_controls(
    id_prefix: &'static str,
    file: &TextFile,
    on_change: impl Fn(TextEncoding) + Copy + 'static,
) -> AnyView {
    let id = format!("{id_prefix}-encoding");
    let chosen = file.decoded.encoding;
    let detected = file.detected;
    let replaced = file.decoded.replaced;
    let name = move |e: TextEncoding| {
        let base = if e.is_listed() {
            t(&format!("encoding.{}", e.slug()))
        } else {
            e.key().to_string()
        };
        if e == detected {
            tf("import.encoding_detected", &[("encoding", &base)])
        } else {
            base
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || t("import.encoding")}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(e) = TextEncoding::from_key(&event_target_value(&ev)) {
                        on_change(e);
                    }
                }
            >
                {file
                    .choices()
                    .into_iter()
                    .map(|e| view! { <option value=e.key() selected={ e == chosen }>{move || name(e)}</option> })
                    .collect_view()}
            </select>
        </div>
        {(replaced > 0)
            .then(|| {
                view! {
                    <p class="warning encoding-replaced">
                        {move || tfn("import.encoding_replaced", &[("count", replaced)], &[("encoding", &name(chosen))])}
                    </p>
                }
            })}
        {(replaced == 0 && chosen != TextEncoding::UTF_8)
            .then(|| view! { <p class="note">{move || tf("import.encoding_check", &[("encoding", &name(chosen))])}</p> })}
    }
    .into_any()
}

/// The order of a date column's year-last dates (day-month-year, month-day-year, or year first
/// only), as guessed from its values; says so when the values do not decide.
pub fn date_order_select(
    id: String,
    column: String,
    guess: DateOrderGuess,
    on_change: impl Fn(DateOrder) + Copy + 'static,
) -> AnyView {
    let label = {
        let column = column.clone();
        move || tf("import.date_order_for", &[("column", &column)])
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(order) = DateOrder::from_key(&event_target_value(&ev)) {
                        on_change(order);
                    }
                }
            >
                {DateOrder::VARIANTS
                    .iter()
                    .map(|&o| {
                        view! {
                            <option value=o.key() selected={ o == guess.order }>
                                {move || t(&format!("import.date_order_is_{}", o.key()))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        {guess.ambiguous.then(|| view! { <p class="warning date-ambiguous">{move || tf("import.date_order_ambiguous", &[("column", &column)])}</p> })}
    }
    .into_any()
}

/// How a file is read: delimiter, decimal separator and header row. Shown with every import so
/// that nothing about the file is guessed silently; each change reports the new options.
#[component]
pub fn ReadOptionsControls(
    id_prefix: &'static str,
    options: CsvOptions,
    on_change: impl Fn(CsvOptions) + Copy + 'static,
) -> impl IntoView {
    let delimiter_id = format!("{id_prefix}-delimiter");
    let decimal_id = format!("{id_prefix}-decimal");
    let header_id = format!("{id_prefix}-header");
    let header_for = header_id.clone();
    view! {
        <div class="field">
            <label for=delimiter_id.clone()>{move || t("import.delimiter")}</label>
            <select
                id=delimiter_id
                on:change=move |ev| {
                    if let Some(delimiter) = Delimiter::from_key(&event_target_value(&ev)) {
                        on_change(CsvOptions { delimiter, ..options });
                    }
                }
            >
                {Delimiter::VARIANTS
                    .iter()
                    .map(|&d| {
                        view! {
                            <option value=d.key() selected=d == options.delimiter>
                                {move || t(&format!("import.delimiter_{}", d.key()))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=decimal_id.clone()>{move || t("import.decimal")}</label>
            <select
                id=decimal_id
                on:change=move |ev| {
                    let decimal = if event_target_value(&ev) == "comma" { DecimalSeparator::Comma } else { DecimalSeparator::Point };
                    on_change(CsvOptions { decimal, ..options });
                }
            >
                <option value="point" selected=options.decimal == DecimalSeparator::Point>{move || t("import.decimal_point")}</option>
                <option value="comma" selected=options.decimal == DecimalSeparator::Comma>{move || t("import.decimal_comma")}</option>
            </select>
        </div>
        <label class="check" for=header_for>
            <input
                id=header_id
                type="checkbox"
                prop:checked=options.has_header
                on:change=move |ev| on_change(CsvOptions { has_header: event_target_checked(&ev), ..options })
            />
            {move || t("import.has_header")}
        </label>
    }
}

/// Why the text could not be read as a table, in place of the mapping.
pub fn unreadable(error: &ReadError) -> AnyView {
    let error = error.clone();
    view! { <p class="field-error" role="alert">{move || tf("import.unreadable", &[("reason", &error.explain())])}</p> }
        .into_any()
}
