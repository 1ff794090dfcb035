// Starts the decoding worker (src/decode_worker.rs), which Trunk builds as decode-worker.js and
// decode-worker_bg.wasm beside the page. The page waits for its "ready"; a module that cannot
// be fetched or compiled is said to the page instead, which shows why the file was not read.
importScripts('./decode-worker.js');
wasm_bindgen({ module_or_path: './decode-worker_bg.wasm' })
  .catch((e) => postMessage(`the decoding worker did not start: ${e}`));
