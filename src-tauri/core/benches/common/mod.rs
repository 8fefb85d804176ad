//! Shared by the benchmarks: one way to print a figure.

use std::time::Duration;

/// Prints the median, min and max of `times` under `name`.
pub fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<52} median {:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms   ({} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}
