//! Writes every chart over sample data to a folder, for looking at: `cargo run -p mend-core --example charts -- OUT_DIR`.

use mend_core::Store;
use serde_json::json;

fn main() -> mend_core::Result<()> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "artifacts/charts".into());
    std::fs::create_dir_all(&out).expect("output folder");
    let store = Store::open_in_memory()?;
    store.set_demo(true)?;
    let today = store.today();
    for (range, days) in [("2w", 13), ("3m", 90), ("1y", 364)] {
        let from = (today - chrono::Days::new(days)).to_string();
        for chart in ["pain", "exercise", "calcium"] {
            for theme in ["light", "dark"] {
                let request = json!({"chart": chart, "from": from, "to": today.to_string(), "theme": theme});
                let c = store.chart(&mend_core::chart::Request::from_input(&request, today)?)?;
                std::fs::write(format!("{out}/{chart}-{range}-{theme}.svg"), &c.svg).expect("write");
                if theme == "light" {
                    println!("{chart} {range}: {}", c.summary);
                }
            }
        }
    }
    Ok(())
}
