//! A long report's findings' texts and words, which ship apart (see `report::TextFiles`): the
//! part of each card being drawn, fetched as it is drawn; the word list and the shards of their
//! occurrences a search names, fetched as it is typed; and the whole, fetched when an export or a
//! view of every finding first needs it, or when a part, the words or a shard cannot come
//! (offline, the service worker keeps the whole, not the rest). Only the long-report app (the
//! `texts-apart` feature) fetches them: in the report app every text is in hand, and this code
//! folds away.

use std::cell::{Cell, RefCell};
use std::ops::Range;

use leptos::prelude::*;
use report::{Finder, Report, TextFiles, Wanted};

use crate::data::{self, Apart};

/// Where the whole of the texts stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Whole {
    /// Every finding's text is in hand.
    InHand,
    /// Not asked for yet.
    NotAsked,
    /// On its way.
    Coming,
    /// It could not come, and why (asked for again, it is fetched again).
    Failed(String),
}

/// A report's texts that ship apart, if they do, and where their whole stands (a signal: what
/// waits for it is drawn again when it comes, and when a file of the words comes; none when every
/// text is in hand).
#[derive(Clone, Copy)]
pub struct TextsApart {
    report: &'static Report,
    files: Option<&'static TextFiles>,
    whole: Option<RwSignal<Whole>>,
}

/// Whether this app fetches what ships apart, a long report's findings' words and narrative (the
/// long-report app); the report app is only loaded for reports whose data file holds them.
pub const APART: bool = cfg!(feature = "texts-apart");

/// What is waiting for the whole, each told whether it came.
type Waiting = Vec<Box<dyn FnOnce(Result<(), String>)>>;

thread_local! {
    /// Whether each part has been asked for (and not failed).
    static ASKED: RefCell<Vec<bool>> = const { RefCell::new(Vec::new()) };
    /// Whether each shard of the words' occurrences has been asked for (and not failed), after
    /// the word list (shard `k` at `k + 1`).
    static WORDS_ASKED: RefCell<Vec<bool>> = const { RefCell::new(Vec::new()) };
    /// What waits for the whole (see [`TextsApart::when_whole`]).
    static WAITING: RefCell<Waiting> = const { RefCell::new(Vec::new()) };
    /// How many fetches (of parts or of the whole) are on their way.
    static COMING: Cell<usize> = const { Cell::new(0) };
    /// What waits for every fetch on its way to be done (see [`TextsApart::when_settled`]).
    static SETTLED: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

impl TextsApart {
    /// The texts of `report`, apart in `files` if they ship apart.
    pub fn new(report: &'static Report, files: Option<&'static TextFiles>) -> Self {
        Self {
            report,
            files,
            whole: (APART && files.is_some()).then(|| RwSignal::new(Whole::NotAsked)),
        }
    }

    /// Where the whole stands.
    pub fn whole(&self) -> Whole {
        self.signal().map_or(Whole::InHand, |whole| whole.get_untracked())
    }

    /// The signal of where the whole stands, if the texts ship apart (never in the report app).
    fn signal(&self) -> Option<RwSignal<Whole>> {
        self.whole.filter(|_| APART)
    }

    /// Makes the effect or memo running now run again when the whole's state changes, or a file
    /// of the words comes.
    pub fn track(&self) {
        if let Some(whole) = self.signal() {
            whole.track();
        }
    }

    /// Fetches what a search wants (see `report::Finder::wanted`) for `finder`, this report's:
    /// the word list, shards of the words' occurrences, each once, or every finding's text; the
    /// whole offline, or when a file of the words cannot come. What waits for a search is drawn
    /// again as each comes.
    pub fn fetch_wanted(self, finder: &'static Finder<'static>, wanted: Wanted) {
        let (Some(files), Some(whole)) = (self.files.filter(|_| APART), self.signal()) else {
            return;
        };
        let asked: Vec<(Apart, String)> = match wanted {
            Wanted::Nothing => return,
            _ if !gloo::utils::window().navigator().on_line() => return self.fetch_whole(),
            Wanted::Texts => return self.fetch_whole(),
            Wanted::Words => vec![(Apart::Words(finder), files.words_file())],
            Wanted::Shards(shards) => shards
                .into_iter()
                .map(|shard| (Apart::Shard(finder, shard), files.shard_file(shard)))
                .collect(),
        };
        let asked: Vec<(usize, Apart, String)> = asked
            .into_iter()
            .map(|(what, path)| match what {
                Apart::Shard(_, shard) => (shard + 1, what, path),
                _ => (0, what, path),
            })
            .filter(|&(file, _, _)| !ask_words(file, true))
            .collect();
        // What waits for the search is drawn again once, when the last of these has come.
        let left = std::rc::Rc::new(Cell::new(asked.len()));
        for (file, what, path) in asked {
            let left = left.clone();
            self.fetch(what, path, move |fetched| {
                left.set(left.get() - 1);
                match fetched {
                    // What waits for the whole waits for the words too (see `Self::track`).
                    Ok(()) if left.get() == 0 => whole.update(|_| ()),
                    Ok(()) => {}
                    Err(_) => {
                        ask_words(file, false);
                        self.fetch_whole();
                    }
                }
            });
        }
    }

    /// Whether every finding's text is in hand, untracked.
    pub fn in_hand(&self) -> bool {
        self.signal()
            .is_none_or(|whole| whole.with_untracked(|w| *w == Whole::InHand))
    }

    /// Runs `then` once every finding's text is in hand (now, if it is), fetching the whole if
    /// it is not on its way; `then` is told why if it cannot come.
    pub fn when_whole(self, then: impl FnOnce(Result<(), String>) + 'static) {
        if self.in_hand() {
            return then(Ok(()));
        }
        WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(then)));
        self.fetch_whole();
    }

    /// Fetches the whole, unless it is in hand or on its way.
    pub fn fetch_whole(self) {
        let (Some(files), Some(whole)) = (self.files, self.signal()) else {
            return;
        };
        if whole.with_untracked(|w| matches!(w, Whole::InHand | Whole::Coming)) {
            return;
        }
        whole.set(Whole::Coming);
        let count = self.report.findings.len();
        self.fetch(Apart::Texts(0..count), files.whole(), move |came| {
            whole.set(match &came {
                Ok(()) => Whole::InHand,
                Err(why) => Whole::Failed(why.clone()),
            });
            for then in WAITING.take() {
                then(came.clone());
            }
        });
    }

    /// Fetches the parts holding the texts of `findings` that are not in hand, each once, in
    /// the order given; `came` is called with the findings whose words came, as each part comes
    /// (or every finding, when the whole does). A part that cannot come is left to the
    /// whole, and so is every part offline.
    pub fn fetch_parts(self, findings: &[usize], came: impl Fn(Range<usize>) + Copy + 'static) {
        let Some(files) = self.files.filter(|_| !self.in_hand()) else {
            return;
        };
        let count = self.report.findings.len();
        // Offline, the parts are not to be had (the worker saves the whole, not the parts).
        if !gloo::utils::window().navigator().on_line() {
            return self.when_whole(move |_| came(0..count));
        }
        for &finding in findings {
            let part = TextFiles::part_of(finding);
            if self.report.findings[finding].text().is_some() || ask(part, true) {
                continue;
            }
            let range = TextFiles::part_range(part, count);
            self.fetch(
                Apart::Texts(range.clone()),
                files.part_file(part),
                move |fetched| match fetched {
                    Ok(()) => came(range),
                    Err(_) => {
                        ask(part, false);
                        self.when_whole(move |_| came(0..count));
                    }
                },
            );
        }
    }

    /// Fetches `what` in the data file `path`, gives it to the findings or the finder, then
    /// tells `done` whether it came (one fetch for every file apart: each shape of future would
    /// cost the wasm its own copy).
    fn fetch(self, what: Apart, path: String, done: impl FnOnce(Result<(), String>) + 'static) {
        let done: Box<dyn FnOnce(Result<(), String>)> = Box::new(done);
        COMING.set(COMING.get() + 1);
        wasm_bindgen_futures::spawn_local(async move {
            let came = data::fetch_apart(self.report, what, &path).await;
            // What `done` starts (the whole, for a part that failed) is on its way before this ends.
            done(came.map_err(|problem| problem.why().to_owned()));
            COMING.set(COMING.get() - 1);
            // Settled only once what this fetch's arrival draws has asked for what it needs in
            // turn (the shards a search names once its word list has come).
            crate::browser::after_paint(|| {
                if COMING.get() == 0 {
                    for then in SETTLED.take() {
                        then();
                    }
                }
            });
        });
    }

    /// Runs `then` once the words the page has asked for have come, or could not: the parts of
    /// the cards drawn, and the whole if a search asked for it (at once in the report app, and
    /// when nothing is on its way). The page says it is ready then, so that the service worker's
    /// saving for offline does not compete with its first answer.
    pub fn when_settled(self, then: impl FnOnce() + 'static) {
        if !APART || COMING.get() == 0 {
            return then();
        }
        SETTLED.with_borrow_mut(|settled| settled.push(Box::new(then)));
    }
}

/// Marks part `part` as asked for, or not; says whether it was.
fn ask(part: usize, asked: bool) -> bool {
    mark(&ASKED, part, asked)
}

/// Marks file `file` of the words (0 for the list, then the shards) as asked for, or not; says
/// whether it was.
fn ask_words(file: usize, asked: bool) -> bool {
    mark(&WORDS_ASKED, file, asked)
}

/// Marks `at` in `marks` as `asked`; says whether it was.
fn mark(marks: &'static std::thread::LocalKey<RefCell<Vec<bool>>>, at: usize, asked: bool) -> bool {
    marks.with_borrow_mut(|marks| {
        if marks.len() <= at {
            marks.resize(at + 1, false);
        }
        std::mem::replace(&mut marks[at], asked)
    })
}
