use std::io::Write;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let reports = report::parse_folder(std::path::Path::new(&path)).unwrap();
    let (_, r) = &reports[0];
    let out = std::path::Path::new("/tmp/parts");
    std::fs::create_dir_all(out).unwrap();
    let w = |name: &str, b: Vec<u8>| {
        std::fs::File::create(out.join(name))
            .unwrap()
            .write_all(&b)
            .unwrap();
    };
    w("all", postcard::to_allocvec(r).unwrap());
    w("narrative", postcard::to_allocvec(&r.narrative).unwrap());
    w(
        "speakers",
        postcard::to_allocvec(&(&r.speakers, &r.themes, &r.meta)).unwrap(),
    );
    let skel: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.kind, &f.themes, f.speaker))
        .collect();
    w("skel", postcard::to_allocvec(&skel).unwrap());
    let heads: Vec<_> = r.findings.iter().map(|f| &f.heading).collect();
    w("headings", postcard::to_allocvec(&heads).unwrap());
    let ids: Vec<_> = r.findings.iter().map(|f| &f.id).collect();
    w("ids", postcard::to_allocvec(&ids).unwrap());
    let sums: Vec<_> = r.findings.iter().map(|f| &f.summary).collect();
    w("summaries", postcard::to_allocvec(&sums).unwrap());
    let pas: Vec<_> = r.findings.iter().map(|f| &f.passage).collect();
    w("passages", postcard::to_allocvec(&pas).unwrap());
    let locs: Vec<_> = r.findings.iter().map(|f| &f.locations).collect();
    w("locations", postcard::to_allocvec(&locs).unwrap());
}
