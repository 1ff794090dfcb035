//! The decoding worker: reads an imported file in a legacy encoding (Windows code pages, GBK,
//! Big5, Shift_JIS, EUC-KR, …) in a module of its own (`decode-worker_bg.wasm`), so that the
//! tables of `encoding_rs` and `chardetng` are fetched for the rare file that needs them, not
//! with the page. `static/decode-worker-loader.js` starts it; the page side is
//! `app::browser::legacy_from_worker`. It says "ready", then answers each request, an array of
//! an encoding's name ("" to have it guessed) and the file's bytes, with an array of the
//! encoding read in, the text and how many characters were replaced, or, as text, why not.

use value_pyramid::io::encoding::{legacy, TextEncoding};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let request: Option<js_sys::Array> = ev.data().dyn_into().ok();
            let bytes = request
                .as_ref()
                .and_then(|r| r.get(1).dyn_into::<js_sys::Uint8Array>().ok())
                .map(|b| b.to_vec());
            let encoding = request
                .as_ref()
                .and_then(|r| r.get(0).as_string())
                .and_then(|key| TextEncoding::from_key(&key));
            let answer = match bytes {
                Some(bytes) => {
                    let decoded = legacy::read(&bytes, encoding);
                    js_sys::Array::of3(
                        &JsValue::from_str(decoded.encoding.key()),
                        &JsValue::from_str(&decoded.text),
                        &JsValue::from_f64(decoded.replaced as f64),
                    )
                    .into()
                }
                None => JsValue::from_str("the worker was sent no file"),
            };
            let _ = reply_to.post_message(&answer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler serves every message for as long as the worker lives.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
