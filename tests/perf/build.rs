//! The bare app's Tauri context, from its own config under bare/.
fn main() {
    println!("cargo:rerun-if-changed=bare");
    tauri_build::try_build(tauri_build::Attributes::new().config_path("bare/tauri.conf.json"))
        .expect("failed to build the bare app's Tauri context");
}
