//! Layers, not knots: no top-level module of the core (`core/src`) or of the shell
//! (`src-tauri/src`) reaches, through `crate::` paths, a module that reaches back to it. A
//! cycle fails this test with the path round it, e.g. `store -> transfer -> store`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for e in std::fs::read_dir(path).unwrap() {
            rust_files(&e.unwrap().path(), out);
        }
    } else if path.is_file() && path.extension().is_some_and(|x| x == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The top-level modules under `src` (a `name.rs` or a `name/` folder), crate roots aside.
fn modules(src: &Path) -> BTreeSet<String> {
    std::fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_stem()?.to_str()?.to_owned();
            let module = p.is_dir() || (p.extension()? == "rs" && name != "lib" && name != "main");
            module.then_some(name)
        })
        .collect()
}

/// The names a `crate::` path starts with: `crate::a::b` gives `a`, `crate::{a, b::c}` gives
/// `a` and `b`. Comments are not code.
fn crate_paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `mend_core::`, `some_crate::`
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group, at bracket depth 0.
            let (mut depth, mut item, mut first) = (0, String::new(), true);
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if first && !item.is_empty() {
                            found.push(std::mem::take(&mut item));
                        }
                        first = true;
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && first {
                    if c.is_alphanumeric() || c == '_' {
                        item.push(c);
                    } else if !item.is_empty() {
                        found.push(std::mem::take(&mut item));
                        first = false;
                    }
                }
            }
            if first && !item.is_empty() {
                found.push(item);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.push(name);
        }
    }
    found
}

/// Who uses whom among the top-level modules of `src`.
fn graph(src: &Path) -> Graph {
    let names = modules(src);
    let mut graph = Graph::new();
    for name in &names {
        let mut files = Vec::new();
        rust_files(&src.join(name), &mut files);
        rust_files(&src.join(format!("{name}.rs")), &mut files);
        let uses = graph.entry(name.clone()).or_default();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            uses.extend(crate_paths(&text).into_iter().filter(|n| n != name && names.contains(n)));
        }
    }
    graph
}

/// A cycle in `graph`, as the path round it, if there is one.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(node: &str, graph: &Graph, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut round = path[at..].to_vec();
            round.push(node.to_owned());
            return Some(round);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(round) = visit(next, graph, path, done) {
                return Some(round);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn assert_acyclic(src: &Path, at_least: usize) {
    let graph = graph(src);
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(
        graph.len() >= at_least && edges > 0,
        "the scan read {} ({} modules, {edges} uses)",
        src.display(),
        graph.len()
    );
    if let Some(round) = cycle(&graph) {
        panic!("an import cycle in {}: {}", src.display(), round.join(" -> "));
    }
}

#[test]
fn the_cores_modules_form_layers_without_cycles() {
    assert_acyclic(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), 25);
}

#[test]
fn the_shells_modules_form_layers_without_cycles() {
    assert_acyclic(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"), 5);
}

#[test]
fn the_scan_sees_paths_groups_and_macros_and_finds_a_cycle() {
    let text = "use crate::{db::{open, x}, i18n, model::Lang as L};\n\
                // crate::commented\n\
                let x = $crate::vocab::Named; let y = mend_core::store::Store; crate::text::clip(s);";
    assert_eq!(crate_paths(text), ["db", "i18n", "model", "vocab", "text"]);
    let graph: Graph = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
        .collect();
    assert_eq!(cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
}
