//! The last line of defence: a readable message with a way on, instead of a blank or frozen page.

use gloo::utils::document;

/// Replaces the page's content with `message` and a reload button.
pub fn show(message: &str) {
    let body = document().body();
    let Some(body) = body else { return };
    body.set_text_content(None);
    let Ok(main) = document().create_element("main") else {
        return;
    };
    main.set_class_name("fatal");
    main.set_attribute("role", "alert").ok();
    let heading = document().create_element("h1").ok();
    let text = document().create_element("p").ok();
    let button = document().create_element("a").ok();
    if let (Some(heading), Some(text), Some(button)) = (heading, text, button) {
        heading.set_text_content(Some("Something went wrong"));
        text.set_text_content(Some(&format!("{message} Reloading the page usually helps.")));
        button.set_text_content(Some("Reload the page"));
        button.set_attribute("href", "").ok();
        button.set_class_name("button");
        main.append_child(&heading).ok();
        main.append_child(&text).ok();
        main.append_child(&button).ok();
    }
    body.append_child(&main).ok();
}

/// Logs panics to the console and shows them to the reader as [`show`] does.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show("The viewer met an error it could not recover from.");
    }));
}
