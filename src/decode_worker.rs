//! The decoding worker: reads an imported file in a legacy encoding (Windows code pages, GBK,
//! Big5, Shift_JIS, EUC-KR, …) in a module of its own (`decode-worker_bg.wasm`), so that the
//! tables of `encoding_rs` and `chardetng` are fetched for the rare file that needs them, not
//! with the page. `static/decode-worker-loader.js` starts it; the page side is
//! `app::browser::legacy_from_worker`. It answers each request, an array of an encoding's name
//! ("" to have it guessed) and the file's bytes, with an array of the encoding read in, the
//! text and how many characters were replaced, or, as text, why not.

use value_pyramid::app::browser::serve_requests;
use value_pyramid::io::encoding::{legacy, TextEncoding};
use wasm_bindgen::{JsCast, JsValue};

fn main() {
    serve_requests(|request| {
        let request = js_sys::Array::from(&request);
        let bytes = request
            .get(1)
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| "the worker was sent no file".to_string())?
            .to_vec();
        let encoding = request
            .get(0)
            .as_string()
            .and_then(|key| TextEncoding::from_key(&key));
        let decoded = legacy::read(&bytes, encoding);
        let answer = js_sys::Array::of3(
            &JsValue::from_str(decoded.encoding.key()),
            &JsValue::from_str(&decoded.text),
            &JsValue::from_f64(decoded.replaced as f64),
        );
        Ok((answer.into(), js_sys::Array::new()))
    });
}
