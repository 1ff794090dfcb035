//! Memory of the page's import of a 100,000-row CRM export, step by step as the page runs it:
//! a counting allocator reports the bytes live after each step and the peak during it.
//! The page keeps some copies the library does not (the import session and the report in
//! signals, the view's copy of the report, the store's mirror of every document and its queue
//! to IndexedDB); they are held here as the page holds them, so the peak is the page's.
//! Native pointers are 8 bytes against 4 in wasm32, so the figures are somewhat above the
//! page's live bytes (a `String` or `Vec` is 24 bytes here, 12 there).
//! Run with `cargo run --release --example bench_memory`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use value_pyramid::engine::analysis::{
    analyse_marked, cohort_view, reanalyse_changed_marked, Analysis, CustomerResult,
};
use value_pyramid::engine::model::{Customer, Figure};
use value_pyramid::engine::settings::TierCuts;
use value_pyramid::engine::tiers::TierError;
use value_pyramid::i18n::choice_labels;
use value_pyramid::io::csv_import::{Converter, HeldTotal, RowProblem};
use value_pyramid::io::import_session::{
    CustomerCheckInput, CustomerImport, ImportSession, RowCheck,
};
use value_pyramid::io::store::{DocText, Persistence, Store, StoreError};
use value_pyramid::lists::{CustomerList, Workspace};
use value_pyramid::table_query::TableQuery;

#[path = "shared/crm_csv.rs"]
mod crm_csv;
use crm_csv::customer_csv;

/// `System`, counting the bytes live and the most live at once.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// The highest peak of the stages of the step under way (each stage restarts `PEAK`).
static STEP_PEAK: AtomicUsize = AtomicUsize::new(0);
/// Allocations made (new blocks and moves), so a stage that allocates per customer shows.
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    ALLOCATIONS.fetch_add(1, Relaxed);
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            // The old block is live until the new one is filled (a move, as wasm's allocator
            // mostly does for a large block).
            grew(new_size);
            LIVE.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const ROWS: usize = 100_000;
/// What the page's check converts between two looks at the clock (app/import/mod.rs).
const CHUNK_ROWS: usize = 2_000;

fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

/// Prints one step: bytes live after it, the peak during it and the peak so far.
struct Steps {
    overall: usize,
}

impl Steps {
    fn start(&mut self) {
        PEAK.store(LIVE.load(Relaxed), Relaxed);
    }

    fn done(&mut self, name: &str) {
        let peak = PEAK.load(Relaxed).max(STEP_PEAK.swap(0, Relaxed));
        self.overall = self.overall.max(peak);
        println!(
            "  {name:<46} live {:>7} MB   peak in step {:>7} MB   peak so far {:>7} MB",
            mb(LIVE.load(Relaxed)),
            mb(peak),
            mb(self.overall)
        );
        self.start();
    }
}

/// The page's IndexedDB store as far as memory goes (app/storage.rs): every document mirrored
/// in memory, and each write queued until its transaction is handed to IndexedDB; the mirror
/// and the queue share the parts of the text with the saver's pieces, and the old text goes
/// first. The page copies the text out of WebAssembly memory, into a JavaScript string, only
/// when it hands the write to IndexedDB.
#[derive(Default)]
struct MirroredStore {
    docs: BTreeMap<String, (DocText, u64)>,
    queue: Vec<(String, DocText)>,
}

impl Store for MirroredStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.docs.get(key).map(|(t, _)| t.joined()))
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let revision = value_pyramid::io::store::doc_revision(value);
        self.write_list(key, DocText::whole(value), revision)
    }

    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        self.docs.remove(key);
        self.docs.insert(key.to_string(), (value.clone(), revision));
        self.queue.push((key.to_string(), value));
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.docs.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.docs.keys().cloned().collect())
    }

    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.docs.get(key).map(|(_, revision)| *revision))
    }
}

/// What the page's report keeps of a finished check (app/import/report.rs).
struct Report {
    good: Vec<Customer>,
    problems: Vec<RowProblem>,
    disagreeing_revenue: Vec<usize>,
    held_totals: Vec<HeldTotal>,
}

impl From<Converter> for Report {
    fn from(c: Converter) -> Report {
        Report {
            good: c.good,
            problems: c.problems,
            disagreeing_revenue: c.disagreeing_revenue,
            held_totals: c.held_totals,
        }
    }
}

fn main() {
    println!(
        "{ROWS} customers imported as the page does (size_of::<Customer>() = {} bytes here)",
        std::mem::size_of::<Customer>()
    );
    let labels = choice_labels().clone();
    let mut persistence = Persistence::new(MirroredStore::default());
    let mut workspace: Workspace = persistence.load().workspace;
    let mut steps = Steps { overall: 0 };
    steps.start();
    let base = LIVE.load(Relaxed);
    println!("  (before: {} MB live)", mb(base));

    let bytes = customer_csv(ROWS);
    steps.done(&format!("file read ({} MB)", mb(bytes.len())));

    let session = ImportSession::new("customers.csv".into(), &bytes, CustomerImport::default());
    steps.done("session: decode, sniff, read rows, suggest");
    drop(bytes);
    steps.done("the read's bytes dropped");

    let input = CustomerCheckInput {
        taken_ids: HashSet::new(),
        labels,
    };
    let mut converter = session.start_check(input).expect("mapping ready");
    steps.done("check started");
    while !converter.next_chunk(CHUNK_ROWS).finished() {}
    steps.done("rows checked");
    let report = Report::from(converter);
    // The page's report view is drawn from copies of all but the good rows.
    let shown = (
        report.problems.clone(),
        report.disagreeing_revenue.clone(),
        report.held_totals.clone(),
    );
    steps.done("report kept and shown");

    // The import button (app/import/mod.rs, `import_good`): the session and the report are
    // taken out of their signals, the session dropped before the list is made.
    {
        let mut s = session;
        let r = report;
        let kept = HashSet::<usize>::new();
        let mut rows = r.good;
        rows.extend(
            r.held_totals
                .into_iter()
                .filter(|h| kept.contains(&h.line))
                .map(|h| h.customer),
        );
        let memory = std::mem::take(&mut s.kind.memory);
        drop(s);
        let mut list = CustomerList::new(String::new(), "customers".into());
        list.append(rows);
        list.choice_words = memory;
        let id = workspace.add(list);
        let list = workspace.get(&id).expect("just added");
        persistence.save_list(list).expect("saved");
        persistence
            .save_index(&workspace, "import")
            .expect("index saved");
        drop(shown);
    }
    steps.done("imported, saved, session and report dropped");
    persistence.store.queue.clear();
    steps.done("queued writes handed to IndexedDB");

    let list = workspace.current().expect("the imported list");
    let settings = list.settings.clone();
    // The engine's stages, each with the bytes live as it ends and the peak within it.
    let mut stages = Vec::new();
    let analysis = analyse_marked(&list.customers, &settings, &mut stage_marker(&mut stages));
    steps.done("analysis");
    print_stages(&stages);
    let rows = TableQuery::default().rows(&list.customers);
    let cohort = cohort_view(&settings.cohort, &analysis.list_figures);
    steps.done("views: table rows, cohort table");
    drop((rows, cohort));
    steps.done("views closed");

    // A revenue edited in the table (as the browser benchmark does five times): the list is
    // saved and analysed again, the previous analysis let go first as the page does.
    let id = workspace.current().expect("the imported list").id.clone();
    if let Some(list) = workspace.lists.iter_mut().find(|l| l.id == id) {
        if let Some(c) = list.customers.edit(0) {
            c.revenue_per_year = Figure::of(50_000.0);
        }
    }
    let list = workspace.current().expect("the imported list");
    persistence.save_list(list).expect("saved");
    persistence
        .save_index(&workspace, "customers")
        .expect("index saved");
    persistence.store.queue.clear();
    steps.done("a revenue edited and saved");
    // The page hands the previous analysis to the incremental update (app/state.rs).
    let mut stages = Vec::new();
    let analysis = {
        let mark = &mut stage_marker(&mut stages);
        reanalyse_changed_marked(analysis, &list.customers, &settings, &[0], mark)
    };
    steps.done("analysed again (the edit only)");
    print_stages(&stages);

    // A setting every customer's figures read (the pyramid's top-tier share): every stage is
    // redone from the order and rankings the analysis holds; then, for comparison, the
    // analysis let go and made anew under the same settings.
    let mut shares = settings.clone();
    shares.pyramid.cuts = TierCuts::RankShares {
        top: 0.25,
        middle: 0.35,
    };
    let mut stages = Vec::new();
    let analysis = {
        let mark = &mut stage_marker(&mut stages);
        reanalyse_changed_marked(analysis, &list.customers, &shares, &[], mark)
    };
    steps.done("the pyramid's tier shares changed (every stage, from the earlier order)");
    print_stages(&stages);
    drop(analysis);
    let mut stages = Vec::new();
    let analysis = analyse_marked(&list.customers, &shares, &mut stage_marker(&mut stages));
    steps.done("the same settings analysed anew, the earlier analysis let go first");
    print_stages(&stages);
    println!(
        "  peak {} MB above the start; {} MB live at the end ({} customers analysed)",
        mb(steps.overall - base),
        mb(LIVE.load(Relaxed) - base),
        analysis.customers.len()
    );
    analysis_by_part(analysis);
}

/// Each stage's name, the bytes live as it ends, the most live within it and the allocations
/// it made.
type Stage = (&'static str, usize, usize, usize);

/// Records each stage as the engine marks its end. The step's peak stays the highest seen:
/// each stage's own peak starts where the stage before ended.
fn stage_marker(stages: &mut Vec<Stage>) -> impl FnMut(&'static str) + '_ {
    ALLOCATIONS.store(0, Relaxed);
    move |name| {
        let (live, peak) = (LIVE.load(Relaxed), PEAK.load(Relaxed));
        stages.push((name, live, peak, ALLOCATIONS.swap(0, Relaxed)));
        let highest = stages.iter().map(|s| s.2).max().unwrap_or(0);
        PEAK.store(live, Relaxed);
        STEP_PEAK.fetch_max(highest, Relaxed);
    }
}

fn print_stages(stages: &[Stage]) {
    for (name, live, peak, allocations) in stages {
        println!(
            "    {name:<44} live {:>7} MB   peak in stage {:>7} MB   allocations {allocations:>7}",
            mb(*live),
            mb(*peak)
        );
    }
}

/// What the analysis holds, part by part: the bytes each part frees when it is let go.
fn analysis_by_part(mut analysis: Analysis) {
    println!(
        "  the analysis by part (size_of::<CustomerResult>() = {} bytes here)",
        std::mem::size_of::<CustomerResult>()
    );
    let mut live = LIVE.load(Relaxed);
    let mut freed = |part: &str| {
        let now = LIVE.load(Relaxed);
        println!("    {part:<44} {:>7} MB", mb(live.saturating_sub(now)));
        live = now;
    };
    println!(
        "    what an edit keeps ({} rankings):",
        analysis.kept_ranking_count()
    );
    for (part, bytes) in analysis.kept_bytes() {
        println!("      {part:<42} {:>7} MB", mb(bytes));
    }
    analysis.customers = Vec::new();
    freed("rows");
    for w in analysis.weighted_pyramids.iter_mut().flatten() {
        w.composites = Vec::new();
    }
    freed("weighted pyramids' composites");
    analysis.weighted_pyramids = Vec::new();
    analysis.scorecard = Err(TierError::BadShares);
    freed("weighted pyramids and scorecard");
    analysis.pyramid = Err(TierError::BadShares);
    analysis.rating = Err(TierError::BadShares);
    analysis.segmentation = Err(TierError::BadShares);
    freed("pyramid, rating, segmentation");
    analysis.prospects = Default::default();
    freed("prospects");
    drop(analysis);
    freed("the rest (what an edit keeps, list-level figures)");
}
