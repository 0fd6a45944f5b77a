//! `new-report` on the seed report's published text: the draft's problems are exactly the
//! checklist of what to fill, once filled it is a report, and an existing file is never replaced.

use std::path::Path;
use std::process::Command;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/seed/000_10c4372e090bb8ea.txt"
);

fn draft() -> String {
    report::draft::draft(&std::fs::read_to_string(SEED).unwrap(), false)
}

#[test]
fn an_unfilled_draft_lists_exactly_what_to_fill() {
    let problems: Vec<String> = report::parse_report("new.md", &draft())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "new.md:5:1: `Author:` has no value",
            "new.md:6:1: `Publisher:` has no value",
            "new.md:13:1: the section `# Themes` is empty",
            "new.md:22:1: the section `# Speakers` is empty",
            "new.md:34:1: the section `# Findings` is empty",
        ]
    );
}

#[test]
fn a_filled_draft_is_a_report_with_the_guessed_metadata() {
    let filled = draft()
        .replace("Author:\n", "Author: Anne Kelleher\n")
        .replace("Publisher:\n", "Publisher: RENATE\n")
        .replace("# Themes\n", "# Themes\n\n## Cooperation {#cooperation}\n")
        .replace(
            "# Speakers\n",
            "# Speakers\n\n## Symposium delegates {#delegates}\n\n- Kind: group\n",
        )
        .replace(
            "# Findings\n",
            "# Findings\n\n## Cooperation is needed {#cooperation-needed}\n\n- Themes: cooperation\n\
             - Speaker: delegates\n- Kind: consensus\n\nAll agreed.\n\n> all present agreed the need for, \
             and the value of, greater cooperation\n",
        );
    let report = report::parse_report("new.md", &filled).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(
        report.meta.title,
        "5th Annual International Symposium on Preventing Human Trafficking"
    );
    assert_eq!(
        (report.meta.date.as_str(), report.meta.place.as_str()),
        ("2014-11-27", "Brussels")
    );
    assert_eq!(report.findings.len(), 1);
}

#[test]
fn the_command_names_the_file_from_the_title_and_never_overwrites() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("new-report");
    let _ = std::fs::remove_dir_all(&out);
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_new-report"))
            .args([SEED, "--out"])
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{first:?}");
    let written = out.join("5th-annual-international-symposium-on-preventing-human-trafficking.md");
    assert_eq!(std::fs::read_to_string(&written).unwrap(), draft());
    std::fs::write(&written, "kept").unwrap();
    let second = run();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("already exists; it is left as it is"));
    assert_eq!(std::fs::read_to_string(&written).unwrap(), "kept");
}
