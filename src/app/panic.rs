//! What the user sees when the page fails: a banner, written with plain DOM calls because the
//! app's own state may be what failed, with a link to download every stored list and one to
//! reload. Both are plain links: after a panic the WebAssembly module cannot run handlers.

use crate::app::browser::{self, FailureBanner};
use crate::i18n::{t, tf};
use crate::io::store::backup_of_store;

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

fn show_banner(detail: &str) {
    let backup = backup_of_store(&crate::app::storage::page_store());
    browser::show_failure_banner(&FailureBanner {
        title: t("panic.title"),
        what_now: t("panic.what_now"),
        detail: tf("panic.detail", &[("detail", detail)]),
        backup,
        download_label: t("panic.download"),
        reload_label: t("panic.reload"),
    });
}
