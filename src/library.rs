//! The library page in the browser: drawn whole from the core's HTML (as at build time), then
//! kept in step with its search and filters by plain DOM updates, the reports' data read the
//! first time a search needs it. No Leptos view: the page is the core's markup.

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use gloo::utils::{document, window};
use report::html::contract::{LIBRARY_STATUS, class};
use report::html::{LIBRARY_SEARCH, Listing, Markup, library_listing, library_options, library_page};
use report::{Catalogue, LibraryFinder, LibraryQuery, LibrarySort, Report, Terms, in_report, with_lang};
use wasm_bindgen::JsCast;

use crate::browser;
use crate::data::{LoadedLibrary, fetch_report};
use crate::history::{self, Entry};
use crate::words::{named, switcher, texts};

/// The library as the reader has it: the query, and the reports read for searching.
struct Library {
    catalogue: &'static Catalogue,
    query: RefCell<LibraryQuery>,
    finder: RefCell<LibraryFinder<'static>>,
    /// Each report's name and data file, until the first search takes them to read.
    files: RefCell<Vec<(String, String)>>,
    read: Cell<usize>,
    failed: Cell<usize>,
}

impl Library {
    /// What the list says and shows now.
    fn listing(&self) -> Listing {
        library_listing(
            (texts(), named()),
            self.catalogue,
            &self.query.borrow(),
            &self.finder.borrow(),
            (self.read.get(), self.failed.get()),
            |listed| with_lang(in_report(&listed.name, ""), named()),
        )
    }

    /// Redraws the list and its status, and with `filters` the year and place counts.
    fn redraw(&self, filters: bool) {
        let Listing { status, html } = self.listing();
        let find = |selector: &str| document().query_selector(selector).ok().flatten();
        let set = |selector: &str, html: &Markup| {
            if let Some(element) = find(selector) {
                element.set_inner_html(&html.0);
            }
        };
        if let Some(element) = find(LIBRARY_STATUS) {
            element.set_text_content(Some(&status));
        }
        set(class::LIBRARY_RESULTS.selector, &html);
        if filters {
            // In place: the select the reader is on stays, with its focus and its "change" to come.
            for (name, options) in library_options(texts(), self.catalogue, &self.query.borrow()) {
                set(&format!("select[name=\"{name}\"]"), &options);
            }
        }
    }

    /// Follows a change of one of the library's fields, named `name`.
    fn change(&'static self, name: &str, value: String) {
        let value = (!value.is_empty()).then_some(value);
        {
            let mut query = self.query.borrow_mut();
            match name {
                "year" => query.year = value,
                "place" => query.place = value,
                "sort" if value.as_deref() == Some(LibrarySort::Title.keyword()) => {
                    query.sort = LibrarySort::Title
                }
                "sort" => query.sort = LibrarySort::Newest,
                LIBRARY_SEARCH => query.search = value.unwrap_or_default(),
                _ => return,
            }
        }
        self.start_reading();
        self.redraw(name != LIBRARY_SEARCH);
        let search = with_lang(report::to_library_search(&self.query.borrow()), named());
        let address = if search.is_empty() {
            window().location().pathname().unwrap_or_default()
        } else {
            search
        };
        history::write(Entry::Replace, address);
    }

    /// Starts reading every report's data, one after another, if a search needs it and it has
    /// not started; the list is redrawn as each arrives.
    fn start_reading(&'static self) {
        if Terms::parse(&self.query.borrow().search).is_empty() || self.files.borrow().is_empty() {
            return;
        }
        let files = self.files.take();
        wasm_bindgen_futures::spawn_local(async move {
            for (name, file) in files {
                match fetch_report(&file).await {
                    Ok(report) => {
                        let report: &'static Report = Box::leak(Box::new(report));
                        self.finder.borrow_mut().add(String::leak(name), report);
                        self.read.set(self.read.get() + 1);
                    }
                    Err(_) => self.failed.set(self.failed.get() + 1),
                }
                self.redraw(false);
            }
        });
    }
}

/// The name (a select's, or the search field's id) and value of the field an event came from.
fn field_of(event: &web_sys::Event) -> Option<(String, String)> {
    let target = event.target()?;
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some((select.name(), select.value()));
    }
    let input = target.dyn_ref::<web_sys::HtmlInputElement>()?;
    Some((input.id(), input.value()))
}

/// Replaces the loading placeholder in `#app` with the library for the address's query, with a
/// notice of what the address asked for that the site does not have, and follows its fields for
/// the page's life.
pub fn mount(loaded: LoadedLibrary) {
    let LoadedLibrary {
        catalogue,
        files,
        unknown,
        info,
    } = loaded;
    let root = browser::page_root();
    document().set_title(&catalogue.site.title);
    let state = report::parse_library_search(&window().location().search().unwrap_or_default(), catalogue);
    let notice = report::html::library_notice(texts(), unknown.as_deref(), &state.ignored);
    let footer = report::html::build_info(texts(), &info.version, &info.built);
    let footer = report::html::joined([footer, switcher()]);
    let library: &'static Library = Box::leak(Box::new(Library {
        catalogue,
        query: RefCell::new(state.query),
        finder: RefCell::new(LibraryFinder::new(&[])),
        files: RefCell::new(files),
        read: Cell::new(0),
        failed: Cell::new(0),
    }));
    let page = library_page(
        texts(),
        catalogue,
        &library.query.borrow(),
        &notice,
        &library.listing(),
        Some(&footer),
    );
    root.set_inner_html(&page.0);
    library.start_reading();
    // A field says "input" as it changes, and "change" as the reader is done with it (a select
    // at once, the search field when left for the address bar, say): the address is then
    // written at once.
    EventListener::new(&document(), "change", |_| history::write_now()).forget();
    EventListener::new(&document(), "input", move |event| {
        if let Some((name, value)) = field_of(event) {
            library.change(&name, value);
        }
    })
    .forget();
    browser::announce_ready();
}
