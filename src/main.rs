fn main() {
    value_pyramid::app::panic::install();
    // The lists are read from IndexedDB before the page is drawn, so that every view starts
    // from what was kept.
    // So is the language's file, if it is not English: the first page is drawn in the language
    // it was left in, with no English flash before it.
    let language =
        value_pyramid::app::browser::load_language(value_pyramid::app::initial_language());
    wasm_bindgen_futures::spawn_local(async move {
        value_pyramid::app::storage::open().await;
        language.await;
        leptos::mount::mount_to_body(value_pyramid::app::App);
    });
}
