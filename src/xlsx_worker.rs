//! The workbook worker: makes the Excel workbooks of the page's two workbook exports in a
//! module of its own (`xlsx-worker_bg.wasm`), so that the Excel writer is fetched when a
//! workbook is asked for, not with the page. `static/xlsx-worker-loader.js` starts it; the page
//! side is `app::browser::workbook_from_worker`. It says "ready", then answers each sheet text
//! (`io::export::customers_sheet_text` and the like) with the workbook's bytes or, as text, why
//! it could not make one.

use value_pyramid::io::export::workbook_from_sheet_text;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let answer = match ev.data().as_string() {
                Some(text) => workbook_from_sheet_text(&text).map_err(|e| e.to_string()),
                None => Err("the worker was sent no table".to_string()),
            };
            let _ = match answer {
                Ok(bytes) => {
                    let bytes = js_sys::Uint8Array::from(&bytes[..]);
                    // Handed over rather than copied: a workbook of 100,000 rows is megabytes.
                    reply_to
                        .post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()))
                }
                Err(why) => reply_to.post_message(&JsValue::from_str(&why)),
            };
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler serves every message for as long as the worker lives.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
