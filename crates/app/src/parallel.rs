//! Order-preserving parallel map over scoped threads, for the CPU-bound detection work.

use std::thread;

/// A worker thread panicked; its share of the work has no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WorkerPanicked;

/// Applies `work` to every item on up to `workers` threads and returns the results in input
/// order. Small inputs (under `min_chunk` items per thread) stay on the calling thread, where
/// spawning would cost more than it saves.
///
/// # Errors
/// [`WorkerPanicked`] if any worker panicked: the caller decides what that batch means, since
/// a silently shorter result would misalign outputs with inputs.
pub(crate) fn map_in_order<T, U, F>(
    items: Vec<T>,
    workers: usize,
    min_chunk: usize,
    work: F,
) -> Result<Vec<U>, WorkerPanicked>
where
    T: Send,
    U: Send,
    F: Fn(T) -> U + Sync,
{
    let chunk = items.len().div_ceil(workers.max(1)).max(min_chunk.max(1));
    if items.len() <= chunk {
        return Ok(items.into_iter().map(work).collect());
    }
    let mut pieces = Vec::new();
    let mut rest = items;
    while rest.len() > chunk {
        let tail = rest.split_off(chunk);
        pieces.push(rest);
        rest = tail;
    }
    pieces.push(rest);
    let work = &work;
    thread::scope(|scope| {
        let handles: Vec<_> = pieces
            .into_iter()
            .map(|piece| scope.spawn(move || piece.into_iter().map(work).collect::<Vec<U>>()))
            .collect();
        let mut out = Vec::new();
        for handle in handles {
            out.extend(handle.join().map_err(|_| WorkerPanicked)?);
        }
        Ok(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order_across_threads() {
        let input: Vec<u32> = (0..10_000).collect();
        let output = map_in_order(input.clone(), 4, 16, |x| x * 2).unwrap();
        assert_eq!(output, input.iter().map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_panicking_worker_is_reported_not_hidden() {
        let input: Vec<u32> = (0..1000).collect();
        let result = map_in_order(input, 4, 8, |x| {
            assert!(x != 777, "boom");
            x
        });
        assert_eq!(result, Err(WorkerPanicked));
    }
}
