//! Builds the Tauri context from the root tauri.conf.json and generates one permission per
//! Mend command, so capabilities/main.json can grant exactly those and nothing else. The
//! commands come from `commands.list`, the one list (a test checks the others against it).

fn main() {
    println!("cargo:rerun-if-changed=../ui");
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    println!("cargo:rerun-if-changed=commands.list");
    let list = std::fs::read_to_string("commands.list").expect("src-tauri/commands.list");
    let commands: Vec<&'static str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| &*Box::leak(l.to_owned().into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .config_path("../tauri.conf.json")
            .app_manifest(tauri_build::AppManifest::new().commands(Box::leak(commands.into_boxed_slice()))),
    )
    .expect("failed to build the Tauri context");
}
