fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let report = report::parse_report(&path, &text).unwrap_or_else(|_| panic!());
    let out = std::path::Path::new("/tmp/sizes");
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).unwrap();
    let w = |name: &str, b: Vec<u8>| std::fs::write(out.join(name), b).unwrap();
    let split = report::ReportData::split(&report).unwrap();
    w("main.bin", postcard::to_allocvec(&split.report).unwrap());
    let (whole, _) = split.texts.unwrap();
    w("whole.bin", whole);
    let texts: Vec<_> = report.findings.iter().map(|f| f.text().unwrap()).collect();
    for per in [4usize, 8, 16, 32, 64] {
        for (k, c) in texts.chunks(per).take(20).enumerate() {
            w(&format!("p{per}-{k}.bin"), postcard::to_allocvec(c).unwrap());
        }
    }
}
