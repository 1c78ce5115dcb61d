//! Shared by the benchmarks: variants timed alternately, medians, and the quick mode
//! that `cargo test --benches` uses.

use std::time::Instant;

/// Whether this is a quick check run rather than a measurement: `cargo bench` passes
/// `--bench`; `cargo test --benches` runs the benchmarks too, briefly.
pub fn quick_mode() -> bool {
    let quick = !std::env::args().any(|a| a == "--bench");
    if quick {
        println!("(a quick run to check the bench works, not a measurement: use `cargo bench`)");
    }
    quick
}

/// Times `variants` alternately: `rounds` rounds, each timing `batch` calls of every
/// variant in turn (the order rotates every round). Returns the median ns per call of
/// each. `around(variant, true)` runs just before each batch and `around(variant, false)`
/// just after, outside the timing.
pub fn measure(
    rounds: usize,
    batch: u32,
    variants: &mut [&mut dyn FnMut()],
    mut around: impl FnMut(usize, bool),
) -> Vec<f64> {
    let count = variants.len();
    // Not `vec![…; count]`: a cloned Vec does not keep its capacity, and a push that
    // reallocates inside a timed window would count as an allocation of the variant.
    let mut samples: Vec<Vec<f64>> = (0..count).map(|_| Vec::with_capacity(rounds)).collect();
    for round in 0..rounds {
        for k in 0..count {
            let v = (round + k) % count;
            around(v, true);
            let started = Instant::now();
            for _ in 0..batch {
                (variants[v])();
            }
            let elapsed = started.elapsed();
            around(v, false);
            samples[v].push(elapsed.as_nanos() as f64 / f64::from(batch));
        }
    }
    samples.into_iter().map(median).collect()
}

pub fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}
