fn main() {
    value_pyramid::app::panic::install();
    leptos::mount::mount_to_body(value_pyramid::app::App);
}
