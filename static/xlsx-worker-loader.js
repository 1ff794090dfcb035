// Starts the workbook worker (src/xlsx_worker.rs), which Trunk builds as xlsx-worker.js and
// xlsx-worker_bg.wasm beside the page. The page waits for its "ready"; a module that cannot be
// fetched or compiled is said to the page instead, which shows why the workbook was not made.
importScripts('./xlsx-worker.js');
wasm_bindgen({ module_or_path: './xlsx-worker_bg.wasm' })
  .catch((e) => postMessage(`the workbook worker did not start: ${e}`));
