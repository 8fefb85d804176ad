//! Helpers for the benchmarks (`cargo bench`): run something a number of
//! times and print its median, min and max. Benchmarks print figures; they
//! assert nothing about time.

use std::time::Instant;

/// Prints one line of figures for `name`.
pub fn report(name: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    println!(
        "{name:<58} median {:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms   ({} runs)",
        ms[ms.len() / 2],
        ms[0],
        ms[ms.len() - 1],
        ms.len()
    );
}

/// Runs `f` `runs` times; the time of each run in ms, and the last result.
pub fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Vec<f64>, T) {
    let mut out = None;
    let times = (0..runs)
        .map(|_| {
            let start = Instant::now();
            out = Some(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    (times, out.expect("at least one run"))
}
