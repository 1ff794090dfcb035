//! What the user sees when the page fails: a banner, written with plain DOM calls because the
//! app's own state may be what failed, with a link to download every stored list and one to
//! reload. Both are plain links: after a panic the WebAssembly module cannot run handlers.

use crate::i18n::{t, tf};
use crate::io::store::backup_of_store;
use wasm_bindgen::JsCast;

/// Logs the panic to the console as before and shows the banner once.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => (*s).to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default(),
        };
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        show_banner(&format!("{message} ({place})"));
    }));
}

fn show_banner(detail: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
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
    let title = paragraph(&t("panic.title"))?;
    banner.append_child(&title).ok()?;
    let what_now = paragraph(&t("panic.what_now"))?;
    banner.append_child(&what_now).ok()?;
    let detail_line = paragraph(&tf("panic.detail", &[("detail", detail)]))?;
    detail_line.set_class_name("panic-detail");
    banner.append_child(&detail_line).ok()?;
    let links = document.create_element("p").ok()?;
    if let Some(url) = backup_url() {
        let download: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        download.set_href(&url);
        download.set_download("value-pyramid-backup.json");
        download.set_text_content(Some(&t("panic.download")));
        download.set_class_name("button primary");
        links.append_child(&download).ok()?;
    }
    let reload: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    // The page's own address without its query, so that a drill (`?panic-drill`) is not
    // repeated by the reload.
    reload.set_href(&web_sys::window()?.location().pathname().ok()?);
    reload.set_text_content(Some(&t("panic.reload")));
    reload.set_class_name("button");
    links.append_child(&reload).ok()?;
    banner.append_child(&links).ok()?;
    body.insert_before(&banner, body.first_child().as_ref())
        .ok()?;
    Some(())
}

/// An object URL of a backup of everything stored, kept alive for the page's remaining life.
fn backup_url() -> Option<String> {
    let json = backup_of_store(&crate::app::storage::page_store());
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
