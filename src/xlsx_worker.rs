//! The workbook worker: makes the Excel workbooks of the page's two workbook exports in a
//! module of its own (`xlsx-worker_bg.wasm`), so that the Excel writer is fetched when a
//! workbook is asked for, not with the page. `static/xlsx-worker-loader.js` starts it; the page
//! side is `app::browser::workbook_from_worker`. It answers each sheet text
//! (`io::export::customers_sheet_text` and the like) with the workbook's bytes or, as text, why
//! it could not make one.

use value_pyramid::app::browser::serve_requests;
use value_pyramid::io::export::workbook_from_sheet_text;

fn main() {
    serve_requests(|request| {
        let text = request
            .as_string()
            .ok_or_else(|| "the worker was sent no table".to_string())?;
        let bytes = workbook_from_sheet_text(&text).map_err(|e| e.to_string())?;
        let bytes = js_sys::Uint8Array::from(&bytes[..]);
        // Handed over rather than copied: a workbook of 100,000 rows is megabytes.
        let transfer = js_sys::Array::of1(&bytes.buffer());
        Ok((bytes.into(), transfer))
    });
}
