//! A point where engine work done in steps hands control back to its caller.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Pending once, then ready: awaited in work done in steps, it returns control to whoever
/// polls that work (a fit's chunk runner, a test stepping an analysis), which polls again to
/// go on.
#[derive(Debug, Default)]
pub struct Pause(bool);

impl Future for Pause {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}
