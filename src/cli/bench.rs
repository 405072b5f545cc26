//! `synthforge bench`: the paired throughput benchmark. It runs
//! `synthforge generate` (this very binary) and the naive Python + Jinja2
//! baseline side by side, interleaved run by run so that machine noise hits
//! both alike, as child processes so that wall time includes start-up and
//! peak RSS comes from the kernel (`wait4`). It prints medians.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Dataset sizes (examples) to generate
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    sizes: Vec<u64>,
    /// Thread counts to run synthforge with
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    threads: Vec<usize>,
    /// Runs per configuration; the table shows medians
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Directory of the naive baseline (naive_jinja.py); `none` to skip it
    #[arg(long, default_value = "../shared/bench/naive-baseline")]
    baseline: PathBuf,
    /// Python with jinja2 installed, for the baseline
    #[arg(long, default_value = "python3")]
    python: PathBuf,
    /// Scratch directory for the outputs (deleted after each run)
    #[arg(long, default_value = "bench-work")]
    work_dir: PathBuf,
}

/// One measured run.
#[derive(Clone, Copy)]
struct Run {
    seconds: f64,
    bytes: u64,
    max_rss_kib: u64,
}

/// Medians of a configuration's runs.
struct Row {
    name: String,
    size: u64,
    seconds: f64,
    mb_per_s: f64,
    max_rss_kib: u64,
}

pub fn run(args: BenchArgs) -> anyhow::Result<()> {
    if args.runs == 0 || args.sizes.is_empty() || args.threads.is_empty() {
        bail!("--runs, --sizes and --threads need at least one value each");
    }
    let me = std::env::current_exe().context("locating the synthforge binary")?;
    let script = args.baseline.join("naive_jinja.py");
    let with_baseline = args.baseline != Path::new("none");
    if with_baseline {
        check_baseline(&args.python, &script)?;
    }
    std::fs::create_dir_all(&args.work_dir)
        .with_context(|| format!("creating {}", args.work_dir.display()))?;
    eprintln!(
        "synthforge bench: sizes {:?}, threads {:?}, {} runs each{}",
        args.sizes,
        args.threads,
        args.runs,
        if with_baseline {
            ", with the naive baseline"
        } else {
            ""
        }
    );

    let mut rows = Vec::new();
    for &size in &args.sizes {
        let mut ours: Vec<Vec<Run>> = vec![Vec::new(); args.threads.len()];
        let mut naive = Vec::new();
        for r in 0..args.runs {
            for (i, &threads) in args.threads.iter().enumerate() {
                let out = args.work_dir.join("synthforge-out");
                let mut cmd = Command::new(&me);
                cmd.args([
                    "generate",
                    "--quiet",
                    "--force",
                    "--total",
                    &size.to_string(),
                    "--threads",
                    &threads.to_string(),
                    "--out",
                ])
                .arg(&out);
                let run = measure(cmd, &out)?;
                eprintln!(
                    "  {size:>9} examples  synthforge {threads} thread(s)  run {}: {:.2} s  {:.1} MB/s",
                    r + 1,
                    run.seconds,
                    mb_per_s(&run)
                );
                ours[i].push(run);
            }
            if with_baseline {
                let out = args.work_dir.join("naive.jsonl");
                let mut cmd = Command::new(&args.python);
                cmd.arg(&script).arg(size.to_string()).arg(&out);
                let run = measure(cmd, &out)?;
                eprintln!(
                    "  {size:>9} examples  naive baseline        run {}: {:.2} s  {:.1} MB/s",
                    r + 1,
                    run.seconds,
                    mb_per_s(&run)
                );
                naive.push(run);
            }
        }
        for (threads, runs) in args.threads.iter().zip(ours) {
            rows.push(row(
                format!(
                    "synthforge, {threads} thread{}",
                    if *threads == 1 { "" } else { "s" }
                ),
                size,
                &runs,
            ));
        }
        if with_baseline {
            rows.push(row("naive Python + Jinja2".into(), size, &naive));
        }
    }
    let _ = std::fs::remove_dir(&args.work_dir);
    super::print(&table(&rows, args.runs))
}

fn check_baseline(python: &Path, script: &Path) -> anyhow::Result<()> {
    if !script.is_file() {
        bail!(
            "no baseline at {}; pass --baseline DIR (the directory of naive_jinja.py) or --baseline none",
            script.display()
        );
    }
    let ok = Command::new(python)
        .args(["-c", "import jinja2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !matches!(ok, Ok(s) if s.success()) {
        bail!(
            "`{} -c 'import jinja2'` failed; the baseline needs jinja2:\n  python3 -m venv /tmp/nb && /tmp/nb/bin/pip install jinja2\nthen pass --python /tmp/nb/bin/python",
            python.display()
        );
    }
    Ok(())
}

/// Runs `cmd` to completion; its output (a file or a directory) is measured
/// and deleted.
fn measure(mut cmd: Command, out: &Path) -> anyhow::Result<Run> {
    let started = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {cmd:?}"))?;
    let (status, max_rss_kib) = wait_with_rusage(child.id())?;
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr {
            use std::io::Read;
            let _ = pipe.read_to_string(&mut stderr);
        }
        bail!("{cmd:?} failed ({status}): {stderr}");
    }
    let bytes = size_of(out)?;
    if out.is_dir() {
        std::fs::remove_dir_all(out)?;
    } else {
        std::fs::remove_file(out)?;
    }
    Ok(Run {
        seconds,
        bytes,
        max_rss_kib,
    })
}

/// Waits for the child and returns its exit status and peak RSS in KiB.
fn wait_with_rusage(pid: u32) -> anyhow::Result<(std::process::ExitStatus, u64)> {
    use std::os::unix::process::ExitStatusExt;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to be overwritten.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped; the pointers are valid.
    let reaped = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    if reaped < 0 {
        return Err(std::io::Error::last_os_error()).context("waiting for a benchmark run");
    }
    // Linux reports ru_maxrss in KiB.
    Ok((
        std::process::ExitStatus::from_raw(status),
        usage.ru_maxrss as u64,
    ))
}

fn size_of(path: &Path) -> anyhow::Result<u64> {
    let meta = std::fs::metadata(path).with_context(|| format!("measuring {}", path.display()))?;
    if !meta.is_dir() {
        return Ok(meta.len());
    }
    let mut total = 0;
    for entry in std::fs::read_dir(path)? {
        total += size_of(&entry?.path())?;
    }
    Ok(total)
}

fn mb_per_s(run: &Run) -> f64 {
    run.bytes as f64 / 1e6 / run.seconds
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn row(name: String, size: u64, runs: &[Run]) -> Row {
    Row {
        name,
        size,
        seconds: median(runs.iter().map(|r| r.seconds).collect()),
        mb_per_s: median(runs.iter().map(mb_per_s).collect()),
        max_rss_kib: median(runs.iter().map(|r| r.max_rss_kib as f64).collect()) as u64,
    }
}

/// The result table; ratios compare MB/s with the baseline of the same size
/// and with synthforge's first thread count.
fn table(rows: &[Row], runs: usize) -> String {
    let mut s = format!(
        "\nmedians of {runs} runs; MB/s of output written; ratios against the baseline and against synthforge's first thread count, same size\n\n"
    );
    s += &format!(
        "| {:<24} | {:>9} | {:>8} | {:>10} | {:>7} | {:>9} | {:>11} | {:>10} |\n",
        "generator",
        "examples",
        "seconds",
        "examples/s",
        "MB/s",
        "peak RSS",
        "vs baseline",
        "vs 1st thr"
    );
    s += &format!(
        "|{:-<26}|{:->11}|{:->10}|{:->12}|{:->9}|{:->11}|{:->13}|{:->12}|\n",
        "", "", "", "", "", "", "", ""
    );
    for r in rows {
        let baseline = rows
            .iter()
            .find(|b| b.size == r.size && b.name.starts_with("naive"));
        let first = rows
            .iter()
            .find(|b| b.size == r.size && b.name.starts_with("synthforge"));
        let ratio = |other: Option<&Row>| match other {
            Some(o) if !r.name.starts_with("naive") => format!("{:.2}x", r.mb_per_s / o.mb_per_s),
            _ => "-".into(),
        };
        s += &format!(
            "| {:<24} | {:>9} | {:>8.2} | {:>10.0} | {:>7.1} | {:>5} MiB | {:>11} | {:>10} |\n",
            r.name,
            r.size,
            r.seconds,
            r.size as f64 / r.seconds,
            r.mb_per_s,
            r.max_rss_kib / 1024,
            ratio(baseline),
            ratio(first),
        );
    }
    s
}
