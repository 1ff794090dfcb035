fn main() {
    value_pyramid::app::panic::install();
    // The lists are read from IndexedDB before the page is drawn, so that every view starts
    // from what was kept.
    wasm_bindgen_futures::spawn_local(async {
        value_pyramid::app::storage::open().await;
        leptos::mount::mount_to_body(value_pyramid::app::App);
    });
}
