//! The open list's analysis made ahead in the background: after an edit that no view drew an
//! analysis for (the customer table shows none), or on opening the page on a view that shows
//! none, once the list has been still for a moment the analysis is made a stage a task, so that
//! the next view to show it opens without making it in its click, and no task holds the page
//! for the whole analysis.

use crate::app::background::Background;
use crate::app::browser;
use crate::engine::analysis::{
    analyse, analyse_in_steps, reanalyse_changed, reanalyse_changed_in_steps, Analysis, Step,
    StepEnd,
};
use crate::engine::model::Customer;
use crate::engine::settings::Settings;
use crate::lists::{Revised, Revision};
use leptos::prelude::*;
use std::sync::Arc;

/// Most edited customers the analysis moves in the previous one's rankings
/// (engine::analysis::reanalyse_changed): past a few, moving each costs about what sorting
/// them all does.
const INCREMENTAL_EDITS: usize = 64;

/// How long the open list stays unchanged, and the user's keys still, before its analysis is
/// made in the background, in milliseconds: typing on through the table starts none.
const STILL_MS: u32 = 300;

/// The attribute `<html>` carries while the open list has changed and its analysis is not made
/// yet, neither by a view nor in the background (for tests and benchmarks).
const DUE: &str = "data-analysis-due";

/// The attribute `<html>` carries while an analysis is made in the background.
const UNDER_WAY: &str = "data-analysing-ahead";

/// What the analysis memo reads: the open list's customers (by revision) and the settings
/// its analysis reads.
pub type Inputs = Option<(Revision, Settings)>;

/// An analysis under way in the background, and what it is of.
struct Job {
    /// Tells the task driving this job from one started after it.
    number: u64,
    revision: Revision,
    settings: Settings,
    work: Background<Analysis>,
}

/// The analysis memo's companion: what its previous value is of, and the analysis made in the
/// background. The memo's value while a job runs is an empty analysis no one reads: the memo
/// is marked to be made again at once, and whoever reads it first finishes the job.
#[derive(Clone, Copy)]
pub struct Ahead {
    inputs: Memo<Inputs>,
    /// The list revision and settings the memo's value was made of (`None`: it is not an
    /// analysis of the list, or none was made).
    pub analysed: StoredValue<Option<(Revision, Settings)>>,
    job: StoredValue<Option<Job>, LocalStorage>,
    /// A job done in the background, with the revision and settings it was made of.
    done: StoredValue<Option<(Revision, Settings, Analysis)>, LocalStorage>,
    /// Set while the page asks the memo to hand its value over to a new job.
    starting: StoredValue<bool>,
    jobs_started: StoredValue<u64>,
    /// Notified when a job takes the memo's value or ends: the memo is made again.
    pub moved: Trigger,
    /// The memo this goes with (set by [`Ahead::analyse_when_idle`]).
    memo: StoredValue<Option<Memo<Analysis>>>,
    /// The wait for the list to stay unchanged; replaced (so cancelled) by each change, and
    /// by each keystroke while it waits.
    still: StoredValue<Option<gloo_timers::callback::Timeout>, LocalStorage>,
    /// Whether the wait is on (its timeout has not fired).
    waiting: StoredValue<bool>,
}

impl Ahead {
    pub fn new(inputs: Memo<Inputs>) -> Ahead {
        Ahead {
            inputs,
            analysed: StoredValue::new(None),
            job: StoredValue::new_local(None),
            done: StoredValue::new_local(None),
            starting: StoredValue::new(false),
            jobs_started: StoredValue::new(0),
            moved: Trigger::new(),
            memo: StoredValue::new(None),
            still: StoredValue::new_local(None),
            waiting: StoredValue::new(false),
        }
    }

    /// The memo's next value for `customers` at `revision` under `settings`, from `previous`
    /// (its value so far): a job's result taken or finished now, an analysis made from the
    /// previous one, or (asked to start one) a job started with it.
    pub fn next(
        &self,
        previous: Option<Analysis>,
        customers: &Revised<Vec<Customer>>,
        revision: Revision,
        settings: &Settings,
    ) -> Analysis {
        let (mut previous, mut of) = (previous, self.analysed.get_value());
        if let Some((r, s, done)) = self.done.try_update_value(Option::take).flatten() {
            previous = Some(done);
            of = Some((r, s));
        }
        if let Some(job) = self.take_job() {
            // A job for another list (or one since replaced whole) is of no use here.
            if customers.changed_since(job.revision).is_some() {
                // The stages left, run in the task that reads the analysis.
                let _timing = browser::Measure::start("vp:analyse-finish");
                if let Some(done) = job.work.finish() {
                    previous = Some(done);
                    of = Some((job.revision, job.settings));
                }
            }
        }
        let current = of
            .as_ref()
            .is_some_and(|(r, s)| *r == revision && s == settings);
        let previous = match previous {
            Some(ready) if current => {
                self.analysed.set_value(of);
                browser::mark_root(DUE, false);
                return ready;
            }
            previous => previous,
        };
        let changed = of
            .and_then(|(r, _)| customers.changed_since(r))
            .filter(|c| c.len() <= INCREMENTAL_EDITS);
        let base = match (previous, changed) {
            (Some(p), Some(changed)) => Some((p, changed)),
            // Let go of the old analysis first: held through the new one, two analyses of
            // 100,000 customers were alive at once.
            _ => None,
        };
        if self.starting.get_value() {
            self.start(base, customers.shared(), revision, settings.clone());
            self.analysed.set_value(None);
            return analyse(&[], &Settings::default());
        }
        let _timing = browser::Measure::start("vp:analyse");
        self.analysed.set_value(Some((revision, settings.clone())));
        browser::mark_root(DUE, false);
        match base {
            Some((p, changed)) => reanalyse_changed(p, customers, settings, &changed),
            None => analyse(customers, settings),
        }
    }

    /// Finishes the job under way now, before the list it reads is edited: edited while the
    /// job holds them, the list's customers would be copied whole (some 60 ms and 25 MB at
    /// 100,000), where what is left of the job takes less.
    pub fn finish_now(&self) {
        if let Some(job) = self.take_job() {
            let _timing = browser::Measure::start("vp:analyse-finish");
            match job.work.finish() {
                Some(done) => self.ended(job.revision, job.settings, done),
                // Given up: a job made from nothing follows once the list is still.
                None => self.when_still(),
            }
        }
    }

    /// Lets the job under way go, before a change that rewrites the customers it reads
    /// whole (an undone delete, rows appended): its result would be of no use for them, and
    /// changed while the job holds them, they would be copied. Another job follows once the
    /// list is still.
    pub fn let_go(&self) {
        if self.take_job().is_some() {
            self.when_still();
        }
    }

    /// Keeps a job's result for the memo and marks the memo to take it. If the list or its
    /// settings changed meanwhile, the next job starts from it once the list is still.
    fn ended(&self, revision: Revision, settings: Settings, done: Analysis) {
        let current = self.inputs.with_untracked(|inputs| {
            inputs
                .as_ref()
                .is_some_and(|(r, s)| *r == revision && *s == settings)
        });
        self.done.set_value(Some((revision, settings, done)));
        self.moved.notify();
        if current {
            browser::mark_root(DUE, false);
        } else {
            self.when_still();
        }
    }

    /// Drops the job under way and any result it left.
    pub fn drop_work(&self) {
        drop(self.take_job());
        self.done.set_value(None);
    }

    /// The job under way, taken out: no task drives it any longer.
    fn take_job(&self) -> Option<Job> {
        let job = self.job.try_update_value(Option::take).flatten();
        if job.is_some() {
            browser::mark_root(UNDER_WAY, false);
        }
        job
    }

    fn start(
        &self,
        base: Option<(Analysis, Vec<usize>)>,
        customers: Arc<Vec<Customer>>,
        revision: Revision,
        settings: Settings,
    ) {
        let number = self.jobs_started.get_value() + 1;
        self.jobs_started.set_value(number);
        let for_work = settings.clone();
        let work = Background::new(move |pauses| async move {
            let started = browser::monotonic_ms();
            let mut step = move |_: Step| -> StepEnd { pauses.pause(browser::yield_now()) };
            let done = match base {
                Some((previous, changed)) => {
                    reanalyse_changed_in_steps(previous, &customers, &for_work, &changed, &mut step)
                        .await
                }
                None => analyse_in_steps(&customers, &for_work, &mut step).await,
            };
            // From the first stage to the last, the pauses between them included; written only
            // for an analysis that ended (one per analysis made ahead).
            browser::measure_since("vp:analyse-ahead", started);
            done
        });
        self.job.set_value(Some(Job {
            number,
            revision,
            settings,
            work,
        }));
        browser::mark_root(UNDER_WAY, true);
    }

    /// From now on, each time the open list or its settings change and stay unchanged for
    /// [`STILL_MS`], makes `analysis` (the memo this goes with) in the background if no view
    /// made it meanwhile. `reachable` tells whether the open list's customers are those of a
    /// revision, or edits of them: a job for any other is let go at once.
    pub fn analyse_when_idle(
        self,
        analysis: Memo<Analysis>,
        reachable: impl Fn(Revision) -> bool + 'static,
    ) {
        self.memo.set_value(Some(analysis));
        Effect::new(move |_| {
            self.inputs.track();
            let elsewhere = self
                .job
                .with_value(|job| job.as_ref().is_some_and(|j| !reachable(j.revision)));
            if elsewhere {
                drop(self.take_job());
            }
            if self.analysed.with_value(|of| {
                self.inputs
                    .with_untracked(|inputs| inputs.is_some() && of.as_ref() != inputs.as_ref())
            }) {
                browser::mark_root(DUE, true);
            }
            self.when_still();
        });
        // A user typing the next cell is not still: a job started under their keystrokes
        // would most likely be under way when they commit the cell, and that edit would then
        // finish it in its own task.
        browser::on_any_input(move || {
            if self.waiting.try_get_value() == Some(true) {
                self.when_still();
            }
        });
    }

    /// Starts a job once the list has stayed unchanged for [`STILL_MS`] (the wait before
    /// given up).
    fn when_still(self) {
        let wait = gloo_timers::callback::Timeout::new(STILL_MS, move || {
            self.waiting.set_value(false);
            if let Some(Some(analysis)) = self.memo.try_get_value() {
                self.start_in_background(analysis);
            }
        });
        self.still.set_value(Some(wait));
        self.waiting.set_value(true);
    }

    fn start_in_background(self, analysis: Memo<Analysis>) {
        if self.job.try_with_value(Option::is_some) != Some(false) {
            return;
        }
        let made = self.inputs.with_untracked(|inputs| {
            self.analysed
                .with_value(|of| inputs.is_none() || of.as_ref() == inputs.as_ref())
        });
        if made {
            browser::mark_root(DUE, false);
            return;
        }
        // The memo, made now with `starting` set, hands its value to a job and holds an empty
        // analysis until the notification below marks it to be made again. Nothing reads it
        // in between: readers are effects and event handlers, which run in later tasks or
        // microtasks, never within this call.
        self.starting.set_value(true);
        let _ = analysis.try_with_untracked(|_| ());
        self.starting.set_value(false);
        let Some(number) = self.job.with_value(|job| job.as_ref().map(|j| j.number)) else {
            return;
        };
        // The memo holds no analysis of the list now: whoever reads it next finishes the job.
        self.moved.notify();
        leptos::task::spawn_local(async move {
            std::future::poll_fn(|cx| self.drive(number, cx)).await;
        });
    }

    /// Polls job `number` while it is the one under way, until it ends.
    fn drive(&self, number: u64, cx: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        use std::task::Poll;
        let polled = self.job.try_update_value(|job| {
            let under_way = job.as_mut().filter(|j| j.number == number)?;
            match under_way.work.poll(cx) {
                Poll::Pending => Some(None),
                Poll::Ready(done) => job.take().map(|j| Some((j.revision, j.settings, done))),
            }
        });
        match polled.flatten() {
            // Gone: finished by a reader, dropped, or the page ended.
            None => Poll::Ready(()),
            Some(None) => Poll::Pending,
            Some(Some((revision, settings, done))) => {
                browser::mark_root(UNDER_WAY, false);
                self.ended(revision, settings, done);
                Poll::Ready(())
            }
        }
    }
}
