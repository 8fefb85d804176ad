//! `cargo bench -p waymark-tests --bench largest_file`: the largest plan file
//! Waymark's limits allow (just under 64 MB, tens of thousands of goals with
//! long words), opened as a tutor opens it and exported as both tutor packs.
//! Prints each step's time and the process's peak memory (VmHWM); asserts
//! nothing about either. Each step runs in a process of its own, so its peak
//! is its own: `largest_file <step>`.

use std::time::Instant;

use serde_json::json;
use waymark_core::export::words::Words;
use waymark_core::files::plan_file::{read_plan_file, FILE_MAX};
use waymark_tests::Result;

/// The process's peak resident memory so far, in MB.
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A plan file as large as the limit allows: goals of ~1 KB, each with steps.
fn largest(path: &std::path::Path) -> Result<usize> {
    let why = "I would like to feel at home in the pool again, and to swim with my \
               sister on Sundays when the water is quiet. "
        .repeat(7);
    let goal = |i: usize| {
        json!({
            "id": format!("{i:08x}-0000-4000-8000-000000000000"),
            "title": format!("Goal number {i}: swim a length, then two"),
            "why": why,
            "life_area": "learning",
            "target_date": "2027-06-30",
            "status": "active",
            "steps": [
                {"id": format!("{i:08x}-0001-4000-8000-000000000000"), "text": "Go with my sister", "done": false},
                {"id": format!("{i:08x}-0002-4000-8000-000000000000"), "text": "Ask about Tuesdays", "done": true}
            ]
        })
    };
    let one = serde_json::to_vec(&goal(999_999))?.len() + 1;
    let count = (FILE_MAX as usize - 4096) / one;
    let file = json!({
        "format": "waymark-plan",
        "format_version": 1,
        "app_version": "1.0.0",
        "exported_at": "2026-12-01T10:00:00.000Z",
        "plan_id": "largest",
        "sections": ["goals", "steps"],
        "plan": {
            "name": "Sam",
            "life_areas": [{"key": "learning", "label": "Learning and skills"}],
            "goals": (0..count).map(goal).collect::<Vec<_>>(),
            "reflections": []
        }
    });
    let bytes = serde_json::to_vec(&file)?;
    assert!(bytes.len() as u64 <= FILE_MAX);
    std::fs::write(path, &bytes)?;
    Ok(count)
}

fn main() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("largest.waymark");
    let step = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let Some(step) = step else {
        // Each step in a process of its own.
        let count = largest(&path)?;
        let size = std::fs::metadata(&path)?.len() as f64 / (1024.0 * 1024.0);
        println!(
            "the largest plan file: {size:.1} MB, {count} goals, {} steps",
            count * 2
        );
        let me = std::env::current_exe()?;
        for step in ["open", "html", "pdf"] {
            let out = std::process::Command::new(&me)
                .arg(step)
                .arg(&path)
                .output()?;
            print!("{}", String::from_utf8_lossy(&out.stdout));
            eprint!("{}", String::from_utf8_lossy(&out.stderr));
            if !out.status.success() {
                println!("{step}: failed\n{}", String::from_utf8_lossy(&out.stderr));
            }
        }
        return Ok(());
    };
    let path = std::env::args().nth(2).ok_or("a file")?;
    let start = Instant::now();
    let file = read_plan_file(std::path::Path::new(&path), None)?;
    let opened = start.elapsed();
    let words = Words::new("en-GB");
    let (what, bytes) = match step.as_str() {
        "open" => ("opened", 0),
        "html" => (
            "HTML pack",
            waymark_core::export::html::html(&file.plan, &words, &file.exported_at, "1.0.0").len(),
        ),
        _ => (
            "PDF pack",
            waymark_core::export::pdf::pdf(&file.plan, &words, &file.exported_at, "1.0.0")?.len(),
        ),
    };
    println!(
        "{what}: read in {:.2} s, all in {:.2} s, {:.1} MB written, peak memory {:.0} MB",
        opened.as_secs_f64(),
        start.elapsed().as_secs_f64(),
        bytes as f64 / (1024.0 * 1024.0),
        peak_mb()
    );
    Ok(())
}
