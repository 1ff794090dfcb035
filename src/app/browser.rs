//! The few places the page touches browser APIs directly: storage, downloads and files.

use crate::io::store::{Store, StoreError};
use wasm_bindgen::JsCast;

/// localStorage through gloo-storage. Availability is checked on every call because
/// `LocalStorage::raw()` panics when storage is switched off.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

fn storage() -> Result<web_sys::Storage, StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw()),
        _ => Err(StoreError::Unavailable),
    }
}

fn store_error(err: wasm_bindgen::JsValue) -> StoreError {
    let exception = err.dyn_into::<web_sys::DomException>().ok();
    match exception {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::QuotaExceeded,
        Some(e) => StoreError::Other(e.message()),
        None => StoreError::Other("unknown error".into()),
    }
}

impl Store for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(store_error)
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(store_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let count = storage.length().map_err(store_error)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

/// Offers text as a file download; returns false when the browser refused.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    offer_blob(file_name, mime, &parts).is_some()
}

/// Offers bytes (a workbook, as the worker sent them) as a file download; returns false when
/// the browser refused.
pub fn download_bytes(file_name: &str, mime: &str, content: &js_sys::Uint8Array) -> bool {
    let parts = js_sys::Array::of1(content);
    offer_blob(file_name, mime, &parts).is_some()
}

/// The script that starts the workbook worker (`static/xlsx-worker-loader.js`), beside the page.
const WORKBOOK_WORKER: &str = "./xlsx-worker-loader.js";

/// The script that starts the decoding worker (`static/decode-worker-loader.js`).
const DECODING_WORKER: &str = "./decode-worker-loader.js";

/// The Excel workbook of a sheet text (`io::export::customers_sheet_text` and the like), made
/// by the workbook worker (`src/xlsx_worker.rs`): the Excel writer is not in the page's own
/// module, whose download it would enlarge by a seventh for two buttons. `Err` holds why the
/// workbook was not made, or why the worker did not start.
pub async fn workbook_from_worker(sheet_text: String) -> Result<js_sys::Uint8Array, String> {
    let request = wasm_bindgen::JsValue::from_str(&sheet_text);
    drop(sheet_text);
    let answer = ask_worker(WORKBOOK_WORKER, &request, &js_sys::Array::new()).await?;
    answer.dyn_into().map_err(|e| describe(&e))
}

/// `bytes` read in a legacy encoding (`encoding`, or the one guessed when `None`) by the
/// decoding worker (`src/decode_worker.rs`), which holds `encoding_rs` and `chardetng`: their
/// tables are not in the page's own module. `Err` holds why the worker did not start or answer.
pub async fn legacy_from_worker(
    bytes: &[u8],
    encoding: Option<crate::io::encoding::TextEncoding>,
) -> Result<crate::io::encoding::Decoded, String> {
    use crate::io::encoding::{Decoded, TextEncoding};
    let sent = js_sys::Uint8Array::from(bytes);
    let key = encoding.map_or("", TextEncoding::key);
    let request = js_sys::Array::of2(&wasm_bindgen::JsValue::from_str(key), &sent);
    // The copy of the bytes is handed over, not copied again.
    let transfer = js_sys::Array::of1(&sent.buffer());
    let answer: js_sys::Array = ask_worker(DECODING_WORKER, &request, &transfer)
        .await?
        .dyn_into()
        .map_err(|e| describe(&e))?;
    let encoding = answer
        .get(0)
        .as_string()
        .and_then(|key| TextEncoding::from_key(&key));
    let text = answer.get(1).as_string();
    let replaced = answer.get(2).as_f64();
    match (encoding, text, replaced) {
        (Some(encoding), Some(text), Some(replaced)) => Ok(Decoded {
            text,
            encoding,
            replaced: replaced as usize,
        }),
        _ => Err("the decoding worker's answer was not a text".to_string()),
    }
}

/// Starts the worker of `loader`, waits for its "ready", sends it `request` (handing over the
/// buffers in `transfer`) and ends it once it answers. A text answer is why it failed (as is an
/// error of the worker itself: its module missing, a crash); any other answer is the result.
async fn ask_worker(
    loader: &str,
    request: &wasm_bindgen::JsValue,
    transfer: &js_sys::Array,
) -> Result<wasm_bindgen::JsValue, String> {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;

    let worker = web_sys::Worker::new(loader).map_err(|e| describe(&e))?;
    // The promise's settle functions, taken by the first answer that settles it.
    type Settle = Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>>;
    let settle: Settle = Rc::new(RefCell::new(None));
    let answered = js_sys::Promise::new(&mut |resolve, reject| {
        *settle.borrow_mut() = Some((resolve, reject));
    });
    let finish = move |outcome: Result<JsValue, JsValue>| {
        if let Some((resolve, reject)) = settle.borrow_mut().take() {
            let _ = match outcome {
                Ok(value) => resolve.call1(&JsValue::NULL, &value),
                Err(reason) => reject.call1(&JsValue::NULL, &reason),
            };
        }
    };
    let pending = RefCell::new(Some((request.clone(), transfer.clone())));
    let on_message = {
        let worker = worker.clone();
        let finish = finish.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            match data.as_string().as_deref() {
                Some("ready") => {
                    if let Some((request, transfer)) = pending.borrow_mut().take() {
                        if let Err(e) = worker.post_message_with_transfer(&request, &transfer) {
                            finish(Err(e));
                        }
                    }
                }
                Some(_) => finish(Err(data)),
                None => finish(Ok(data)),
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        let message = ev
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the worker did not start".to_string());
        finish(Err(JsValue::from_str(&message)));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let outcome = wasm_bindgen_futures::JsFuture::from(answered).await;
    worker.terminate();
    drop((on_message, on_error));
    outcome.map_err(|e| describe(&e))
}

/// The worker side of the page's requests (`ask_worker`), for the binaries that run as workers
/// (`src/xlsx_worker.rs`, `src/decode_worker.rs`): listens, says "ready", and answers each
/// request with `answer`'s value (never a text, which the page takes for a failure), handing
/// over the buffers it lists, or with the text of why not.
pub fn serve_requests(
    answer: impl Fn(wasm_bindgen::JsValue) -> Result<(wasm_bindgen::JsValue, js_sys::Array), String>
        + 'static,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let _ = match answer(ev.data()) {
                Ok((value, transfer)) => reply_to.post_message_with_transfer(&value, &transfer),
                Err(why) => reply_to.post_message(&JsValue::from_str(&why)),
            };
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler serves every message for as long as the worker lives.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// A thrown or sent value as words: a text as it is, an error by its message.
fn describe(value: &wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Makes a Blob of `parts` (strings or byte arrays: the Blob constructor takes both, whichever
/// of web-sys's typings is called) and clicks a link that downloads it as `file_name`.
fn offer_blob(file_name: &str, mime: &str, parts: &js_sys::Array) -> Option<()> {
    let url = blob_url(mime, parts)?;
    let document = web_sys::window()?.document()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser reads the file after the click returns; revoking at once can cancel the
    // download, so the URL lives for a minute.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

/// An object URL of a Blob of `parts`; it stays valid until revoked or the page closes.
fn blob_url(mime: &str, parts: &js_sys::Array) -> Option<String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// A file the user picked or dropped, as the browser hands it over.
pub use web_sys::File;

/// Takes the file picked in a file input's change event and empties the input, so that picking
/// the same file again fires another change.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The first file of a drop, if the drop carried files.
pub fn dropped_file(ev: &leptos::ev::DragEvent) -> Option<File> {
    ev.data_transfer()?.files()?.get(0)
}

/// Sets a checkbox back (an event handler that refuses the change the user just made).
pub fn set_checked(ev: &leptos::ev::Event, checked: bool) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_checked(checked);
    }
}

/// Bytes of a file read in one task: a file of 30 MB read whole was one task of 85 ms, its
/// copy into the page's memory.
const FILE_CHUNK: f64 = 4_194_304.0;

/// Reads a picked or dropped file's bytes, a chunk at a time, into room made for them all.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size();
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(size as usize)
        .map_err(|e| e.to_string())?;
    let mut start = 0.0;
    while start < size {
        let end = (start + FILE_CHUNK).min(size);
        let chunk = file
            .slice_with_f64_and_f64(start, end)
            .map_err(|e| describe(&e))?;
        let buffer = wasm_bindgen_futures::JsFuture::from(chunk.array_buffer())
            .await
            .map_err(|e| describe(&e))?;
        let array = js_sys::Uint8Array::new(&buffer);
        let at = bytes.len();
        bytes.resize(at + array.length() as usize, 0);
        array.copy_to(&mut bytes[at..]);
        start = end;
    }
    Ok(bytes)
}

/// How long a slice of long work (a fit, the check of an import's rows) runs before yielding
/// to the browser: well under the 50 ms after which a task counts as long, so input is
/// answered while the work goes on, and long enough that the yields cost little.
pub const SLICE_MS: f64 = 12.0;

/// Yields to the browser so it can paint progress and answer input between chunks of work.
/// A message posted to a channel of the page's own comes back as a task of its own: unlike a
/// zero timeout, it is not held to 4 ms once timeouts nest (a list's analysis and save yield
/// some thirty times in a row), nor to a second or more while the tab is hidden.
pub async fn yield_now() {
    match message_to_self() {
        Some(come_back) => {
            let _ = wasm_bindgen_futures::JsFuture::from(come_back).await;
        }
        None => gloo_timers::future::TimeoutFuture::new(0).await,
    }
}

/// A promise resolved when a message posted now to a new channel arrives; `None` where the
/// browser has no channels or refuses the message.
fn message_to_self() -> Option<js_sys::Promise> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let port = channel.port1();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let held = port.clone();
        // Freed once called; it holds the port, so the channel lives until its message came.
        let come = wasm_bindgen::closure::Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
            held.set_onmessage(None);
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        port.set_onmessage(Some(come.unchecked_ref()));
    });
    channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .ok()?;
    Some(promise)
}

/// Parts of the page waiting to be drawn after the next paint ([`after_next_paint`]).
static DRAWING_LATER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Calls `draw` in a task of its own once the browser has painted the next frame, so that a
/// view shows what fits the window first and draws what lies below it after. While any such
/// call waits the page carries `<html data-drawing>` (for tests and benchmarks). A hidden tab
/// paints no frames: a timeout calls `draw` anyway.
pub fn after_next_paint(draw: impl FnOnce() + 'static) {
    use std::sync::atomic::Ordering;
    let Some(window) = web_sys::window() else {
        draw();
        return;
    };
    if DRAWING_LATER.fetch_add(1, Ordering::Relaxed) == 0 {
        mark_root("data-drawing", true);
    }
    let draw = std::rc::Rc::new(std::cell::Cell::new(Some(draw)));
    let once = move || {
        if let Some(draw) = draw.take() {
            draw();
            if DRAWING_LATER.fetch_sub(1, Ordering::Relaxed) == 1 {
                mark_root("data-drawing", false);
            }
        }
    };
    let fallback = once.clone();
    let in_a_task = wasm_bindgen::closure::Closure::once_into_js(move || {
        // A frame's callbacks run before its paint: the task they queue runs after it.
        let _ = gloo_timers::callback::Timeout::new(0, once).forget();
    });
    let _ = window.request_animation_frame(in_a_task.unchecked_ref());
    // Counted from the end of the task drawing the view: started in it, the timeout of a view
    // that took longer than that to draw would be due before the first frame.
    gloo_timers::callback::Timeout::new(0, move || {
        gloo_timers::callback::Timeout::new(250, fallback).forget();
    })
    .forget();
}

/// Sets or removes an attribute of the document's root element.
pub fn mark_root(attribute: &str, on: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = if on {
            root.set_attribute(attribute, "")
        } else {
            root.remove_attribute(attribute)
        };
    }
}

/// Runs `work` until it is done, or until `cancelled` says so at a poll (before the first, or
/// after a pause): `work` is then dropped where it stands, and `None` returned.
pub async fn unless_cancelled<T>(
    work: impl std::future::Future<Output = T>,
    cancelled: impl Fn() -> bool,
) -> Option<T> {
    let mut work = std::pin::pin!(work);
    std::future::poll_fn(move |cx| {
        if cancelled() {
            return std::task::Poll::Ready(None);
        }
        work.as_mut().poll(cx).map(Some)
    })
    .await
}

/// Reads a small page preference (theme, language); `None` when absent or storage is off.
pub fn load_preference(key: &str) -> Option<String> {
    LocalStore.read(key).ok().flatten()
}

/// Saves a small page preference; a refusal only means it is not remembered next visit.
pub fn save_preference(key: &str, value: &str) {
    let _ = LocalStore.write(key, value);
}

/// The build id the post-build step wrote into the page (`<meta name="vp-build">`).
pub fn build_id() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=vp-build]").ok()??;
    meta.get_attribute("content")
}

/// Registers the offline service worker next to the page; `on_update` runs when a newer build
/// takes over while the page is open (not on the very first install).
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Over plain http from another machine, in some private windows and in older browsers there
    // is no `navigator.serviceWorker`: web-sys would call into `undefined` and stop the page.
    // The page then works in full and simply does not install.
    let navigator = window.navigator();
    let has_api = js_sys::Reflect::get(
        &navigator,
        &wasm_bindgen::JsValue::from_str("serviceWorker"),
    )
    .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if !window.is_secure_context() || !has_api {
        return;
    }
    let container = navigator.service_worker();
    let had_controller = container.controller().is_some();
    let registration = container.register("./sw.js");
    // Without a service worker the page still works online; there is nothing to tell the user.
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
    if had_controller {
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_update);
        container.set_oncontrollerchange(Some(callback.as_ref().unchecked_ref()));
        // The page lives as long as the listener is needed.
        callback.forget();
    }
}

/// The saved language, else the first of the browser's preferred languages the page speaks,
/// else English.
pub fn initial_language(key: &str) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    if let Some(lang) = load_preference(key).and_then(|code| Lang::from_code(&code)) {
        return lang;
    }
    let preferred = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.to_vec())
        .unwrap_or_default();
    preferred
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Makes `lang`'s messages ready: fetches its file of the build (the service worker answers
/// from its cache offline) and installs it, unless it is built in or already installed. The
/// request starts at once, so it runs beside whatever the caller awaits first. Resolves to
/// false when the file could not be had; the page then stays in the language it has.
pub fn load_language(lang: crate::i18n::Lang) -> impl std::future::Future<Output = bool> {
    let request = lang
        .file()
        .filter(|_| !lang.is_ready())
        .and_then(|file| Some(web_sys::window()?.fetch_with_str(file)));
    async move {
        let Some(request) = request else {
            return lang.is_ready();
        };
        let text = async {
            let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request)
                .await
                .ok()?
                .dyn_into()
                .ok()?;
            if !response.ok() {
                return None;
            }
            wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()
        }
        .await;
        lang.is_ready() || text.is_some_and(|text| crate::i18n::install(lang, text).is_ok())
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>` (screen readers pick their voice from it) and the window title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(document) = document() {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        document.set_title(title);
    }
}

/// Sets `<html data-theme>`, which the style sheet reads; empty removes it, so that the
/// system's light or dark choice applies.
pub fn set_theme(theme: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if theme.is_empty() {
            root.remove_attribute("data-theme")
        } else {
            root.set_attribute("data-theme", theme)
        };
    }
}

/// Asks the browser to keep this page's storage even when space runs low, and reports whether
/// it agreed (`None`: the browser offers no such request, as over plain http).
pub async fn request_persistent_storage() -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    let has_api = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("storage"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if !has_api {
        return None;
    }
    let promise = navigator.storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Milliseconds since 1970 by the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Milliseconds from the browser's monotonic clock (performance.now(), fractions of a ms),
/// for timing work: unlike [`now_ms`] it does not jump when the system clock is set. Falls
/// back to the wall clock where the page has no `performance`.
pub fn monotonic_ms() -> f64 {
    let precise = || -> Option<f64> {
        let (performance, now) = performance_method("now")?;
        now.call0(&performance).ok()?.as_f64()
    };
    precise().unwrap_or_else(js_sys::Date::now)
}

/// The page's `performance` object and one of its methods, where the browser has them.
fn performance_method(name: &str) -> Option<(wasm_bindgen::JsValue, js_sys::Function)> {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).ok()?;
    let method = js_sys::Reflect::get(&performance, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((performance, method))
}

/// Times a piece of work, from [`Measure::start`] until it is dropped, as a User Timing entry
/// (`performance.measure`): the browser's profiler shows it beside the page's tasks, and the
/// benchmarks and browser tests read it (`performance.getEntriesByName`) to see how long, and
/// how often, the work ran.
pub struct Measure {
    name: &'static str,
    start: f64,
}

impl Measure {
    pub fn start(name: &'static str) -> Measure {
        Measure {
            name,
            start: monotonic_ms(),
        }
    }
}

impl Drop for Measure {
    fn drop(&mut self) {
        measure_since(self.name, self.start);
    }
}

/// Records a User Timing measure named `name` from `start` (see [`monotonic_ms`]) until now.
pub fn measure_since(name: &str, start: f64) {
    let end = monotonic_ms();
    let record = || -> Option<()> {
        let (performance, measure) = performance_method("measure")?;
        let span = js_sys::Object::new();
        js_sys::Reflect::set(&span, &"start".into(), &start.into()).ok()?;
        js_sys::Reflect::set(&span, &"end".into(), &end.into()).ok()?;
        measure.call2(&performance, &name.into(), &span).ok()?;
        Some(())
    };
    // A browser without User Timing only loses the figure.
    let _ = record();
}

/// A mark of this window, different in every window opened: the time and a random part.
pub fn window_mark() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{}{}", radix36(time % 2_176_782_336), radix36(random))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Calls `on_change` with the key of every stored item another window of this page changes
/// (the browser's "storage" event, which never fires in the window that wrote).
pub fn on_storage_change(on_change: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(
        move |event: web_sys::StorageEvent| {
            if let Some(key) = event.key() {
                on_change(key);
            }
        },
    );
    let _ = window.add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref());
    // The page lives as long as the listener is needed.
    callback.forget();
}

/// Calls `on_input` each time the user types into, or changes, a field of the page (the
/// "input" event, which every field's keystroke raises).
pub fn on_any_input(on_input: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            on_input()
        });
    let options = web_sys::AddEventListenerOptions::new();
    // Seen before any handler of the page's that might stop it.
    options.set_capture(true);
    options.set_passive(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "input",
        callback.as_ref().unchecked_ref(),
        &options,
    );
    // The page lives as long as the listener is needed.
    callback.forget();
}

/// Calls `done` once, when the browser says printing is over (its "afterprint" event).
pub fn after_print(done: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(done);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        callback.unchecked_ref(),
        &options,
    );
}

/// Today's date from the browser's clock.
pub fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Reloads the page (after another window saved newer work).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether the address asks for a panic drill (`?panic-drill`).
pub fn panic_drill_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| {
            q.trim_start_matches('?')
                .split('&')
                .any(|p| p == "panic-drill")
        })
}

/// Opens the browser's print dialog (it returns when the dialog closes).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to an element once it has been rendered: a row added in the same
/// event handler does not exist in the page until Leptos has drawn it.
pub fn focus_later(id: String) {
    leptos::task::spawn_local(async move {
        yield_now().await;
        let element = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = element {
            let _ = el.focus();
        }
    });
}

/// The texts of the banner shown when the page fails, and the backup it offers.
pub struct FailureBanner {
    pub title: String,
    pub what_now: String,
    pub detail: String,
    /// Everything stored, as a backup file's JSON.
    pub backup: String,
    pub download_label: String,
    pub reload_label: String,
}

/// Puts the failure banner at the top of the page, once, with plain DOM calls because the
/// app's own state may be what failed. Its download and reload are plain links: after a panic
/// the WebAssembly module cannot run handlers.
pub fn show_failure_banner(texts: &FailureBanner) -> Option<()> {
    let document = document()?;
    if document.get_element_by_id("panic-banner").is_some() {
        return Some(());
    }
    let body = document.body()?;
    let banner = document.create_element("div").ok()?;
    banner.set_id("panic-banner");
    banner.set_class_name("banner error panic-banner");
    banner.set_attribute("role", "alert").ok()?;
    let paragraph = |text: &str| -> Option<web_sys::Element> {
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(text));
        Some(p)
    };
    let title = paragraph(&texts.title)?;
    banner.append_child(&title).ok()?;
    let what_now = paragraph(&texts.what_now)?;
    banner.append_child(&what_now).ok()?;
    let detail_line = paragraph(&texts.detail)?;
    detail_line.set_class_name("panic-detail");
    banner.append_child(&detail_line).ok()?;
    let links = document.create_element("p").ok()?;
    // The URL is never revoked: the backup must stay downloadable for the page's remaining life.
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&texts.backup));
    if let Some(url) = blob_url("application/json", &parts) {
        let download: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        download.set_href(&url);
        download.set_download("value-pyramid-backup.json");
        download.set_text_content(Some(&texts.download_label));
        download.set_class_name("button primary");
        links.append_child(&download).ok()?;
    }
    let reload: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    // The page's own address without its query, so that a drill (`?panic-drill`) is not
    // repeated by the reload.
    reload.set_href(&web_sys::window()?.location().pathname().ok()?);
    reload.set_text_content(Some(&texts.reload_label));
    reload.set_class_name("button");
    links.append_child(&reload).ok()?;
    banner.append_child(&links).ok()?;
    body.insert_before(&banner, body.first_child().as_ref())
        .ok()?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::unless_cancelled;
    use std::cell::Cell;
    use std::future::{poll_fn, Future};
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// Work that pauses twice before it is done, counting the parts it has run.
    async fn three_parts(parts: &Cell<u32>) -> u32 {
        for k in 0..3 {
            parts.set(parts.get() + 1);
            if k < 2 {
                let mut paused = false;
                poll_fn(|_| {
                    if paused {
                        Poll::Ready(())
                    } else {
                        paused = true;
                        Poll::Pending
                    }
                })
                .await;
            }
        }
        parts.get()
    }

    fn poll_once<F: Future>(work: std::pin::Pin<&mut F>) -> Poll<F::Output> {
        work.poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn work_not_cancelled_runs_to_its_end() {
        let parts = Cell::new(0);
        let mut work = pin!(unless_cancelled(three_parts(&parts), || false));
        assert!(poll_once(work.as_mut()).is_pending());
        assert!(poll_once(work.as_mut()).is_pending());
        assert_eq!(poll_once(work.as_mut()), Poll::Ready(Some(3)));
    }

    #[test]
    fn work_cancelled_during_a_pause_runs_no_further() {
        let parts = Cell::new(0);
        let cancel = Cell::new(false);
        let mut work = pin!(unless_cancelled(three_parts(&parts), || cancel.get()));
        assert!(poll_once(work.as_mut()).is_pending());
        assert_eq!(parts.get(), 1);
        cancel.set(true);
        assert_eq!(poll_once(work.as_mut()), Poll::Ready(None));
        assert_eq!(parts.get(), 1);
    }
}
