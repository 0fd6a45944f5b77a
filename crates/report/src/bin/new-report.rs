//! Starts a report from its published text: `new-report SOURCE.txt|SOURCE.md [--out DIR]` writes
//! `DIR/NAME.md` (default `reports/`, NAME made from the guessed title or the file's name) with
//! the metadata guessed where it can be, the sections to fill and the text under `# Report`.
//! It never overwrites a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(args: &[String]) -> Result<PathBuf, String> {
    let (source, out) = match args {
        [source] => (source, "reports"),
        [source, flag, out] | [flag, out, source] if flag == "--out" => (source, out.as_str()),
        _ => return Err(String::from("usage: new-report SOURCE.txt|SOURCE.md [--out DIR]")),
    };
    let source = Path::new(source);
    let text = std::fs::read_to_string(source).map_err(|e| format!("{}: {e}", source.display()))?;
    let markdown = source.extension().is_some_and(|ext| ext == "md");
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let name = report::draft::guess(&text)
        .title
        .map(|title| report::slug(&title))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| report::slug(&stem));
    let name = if name.is_empty() {
        String::from("new-report")
    } else {
        name
    };
    let path = Path::new(out).join(format!("{name}.md"));
    std::fs::create_dir_all(out).map_err(|e| format!("{out}: {e}"))?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => format!(
                "{}: already exists; it is left as it is (move it away, or use --out DIR)",
                path.display()
            ),
            _ => format!("{}: {e}", path.display()),
        })?;
    file.write_all(report::draft::draft(&text, markdown).as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(path) => {
            println!(
                "{}: written; fill in what `check-reports {}` lists",
                path.display(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
