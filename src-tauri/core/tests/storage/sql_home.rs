//! One home for SQL: no file of the core outside `src/repo/` writes SQL or calls rusqlite's
//! statement methods (unit tests at the end of a file aside). A statement added anywhere else
//! fails this test with the file and line.

use std::path::Path;

const KEYWORDS: &[&str] =
    &["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "DROP ", "ALTER ", "PRAGMA ", "VACUUM"];
const CALLS: &[&str] = &[
    ".execute(",
    ".execute_batch(",
    ".prepare(",
    ".prepare_cached(",
    ".query_row(",
    ".pragma_update(",
    ".pragma_query_value(",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn sql_lives_only_in_the_repo_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    let mut checked = 0;
    for file in files.iter().filter(|f| !f.starts_with(src.join("repo"))) {
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        checked += 1;
        for (n, line) in code.lines().enumerate() {
            let in_string = line.split('"').skip(1).step_by(2).collect::<Vec<_>>().join(" ");
            let sql = KEYWORDS.iter().any(|k| in_string.contains(k));
            let call = CALLS.iter().any(|c| line.contains(c));
            if (sql || call) && !line.trim_start().starts_with("//") {
                found.push(format!("{}:{}: {}", file.strip_prefix(&src).unwrap().display(), n + 1, line.trim()));
            }
        }
    }
    assert!(checked > 20, "the scan read the core's sources");
    assert!(found.is_empty(), "SQL outside src/repo/:\n{}", found.join("\n"));
}
