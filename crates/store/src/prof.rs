//! TEMPORARY phase profiler.
#![allow(missing_docs, clippy::unwrap_used)]
use std::sync::Mutex;
use std::time::Instant;
static ACC: Mutex<([f64; 13], u32)> = Mutex::new(([0.0; 13], 0));
const NAMES: [&str; 13] = ["begin", "ingest_keys", "content_keys", "near_lookup", "ins_nearkeys", "states+authors", "plan", "ins_items", "upd_items", "keys+authors", "ins_posts", "-", "commit"];
pub(crate) struct Prof { last: Instant, t: [f64; 13] }
impl Prof {
    pub(crate) fn start() -> Self { Self { last: Instant::now(), t: [0.0; 13] } }
    pub(crate) fn mark(&mut self, i: usize) { let now = Instant::now(); self.t[i] += (now - self.last).as_secs_f64(); self.last = now; }
    pub(crate) fn done(&self) {
        if std::env::var("UPSTANDER_PROF").is_err() { return; }
        let mut acc = ACC.lock().unwrap();
        for i in 0..13 { acc.0[i] += self.t[i]; }
        acc.1 += 1;
        if acc.1 == 10 {
            let line: Vec<String> = (0..13).filter(|&i| acc.0[i] > 0.0).map(|i| format!("{}={:.1}ms", NAMES[i], acc.0[i] * 100.0)).collect();
            eprintln!("  per batch: {}", line.join(" "));
            *acc = ([0.0; 13], 0);
        }
    }
}
