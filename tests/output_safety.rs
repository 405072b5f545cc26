//! Output safety under fire: a run that is interrupted, killed, or cannot
//! write never leaves a manifest claiming a complete dataset, and never
//! touches the dataset already in the target directory.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::workdir::Workdir;

/// A workdir whose `ds` holds a complete (small) dataset.
fn with_previous_dataset() -> Workdir {
    let wd = Workdir::with_fixture("mini");
    wd.ok(&["generate", "--dictionary", "mini", "--out", "ds", "--quiet"]);
    wd
}

/// A large run replacing `ds`: long enough to be caught in the middle.
const BIG_RUN: &[&str] = &[
    "generate", "--total", "200000", "--out", "ds", "--force", "--quiet",
];

fn spawn_big_run(wd: &Workdir) -> Child {
    wd.command(BIG_RUN)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The staging directory of `child`, once its first shard is being written.
fn staging_with_a_shard(wd: &Workdir, child: &mut Child) -> PathBuf {
    let staging = wd.path(&format!(".ds.synthforge-partial-{}", child.id()));
    let started = Instant::now();
    loop {
        let writing = std::fs::read_dir(staging.join("data"))
            .map(|entries| entries.count() > 0)
            .unwrap_or(false);
        if writing {
            return staging;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the run ended ({status}) before it wrote a shard");
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no shard after 2 minutes"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn send(child: &Child, signal: i32) {
    let pid = i32::try_from(child.id()).unwrap();
    // SAFETY: kill(2) with a live child's pid and a valid signal number.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill {pid}");
}

#[test]
fn sigkill_mid_run_leaves_no_manifest_and_the_previous_dataset_intact() {
    let wd = with_previous_dataset();
    let before = wd.snapshot("ds");
    let mut child = spawn_big_run(&wd);
    let staging = staging_with_a_shard(&wd, &mut child);
    send(&child, libc::SIGKILL);
    child.wait().unwrap();
    assert!(
        !staging.join("manifest.json").exists(),
        "the killed run wrote a manifest"
    );
    assert_eq!(wd.snapshot("ds"), before, "the previous dataset changed");
    wd.ok(&["verify", "ds"]);

    // The next run into `ds` tidies the killed run's staging directory
    // away, but not one whose process still runs (this test's own pid) nor
    // a complete one that only missed its swap (it has a manifest).
    assert!(staging.exists(), "the killed run could not clean up");
    let live = wd.path(&format!(".ds.synthforge-partial-{}", std::process::id()));
    std::fs::create_dir(&live).unwrap();
    let complete = wd.path(".ds.synthforge-partial-4000000");
    std::fs::create_dir(&complete).unwrap();
    std::fs::write(complete.join("manifest.json"), "{}").unwrap();
    wd.ok(&[
        "generate",
        "--dictionary",
        "mini",
        "--out",
        "ds",
        "--force",
        "--quiet",
    ]);
    assert!(
        !staging.exists(),
        "the abandoned staging directory is still there"
    );
    assert!(live.exists() && complete.exists());
}

#[test]
fn sigint_or_sigterm_stops_the_run_removes_its_files_and_exits_130() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        let wd = with_previous_dataset();
        let before = wd.snapshot("ds");
        let mut child = spawn_big_run(&wd);
        staging_with_a_shard(&wd, &mut child);
        send(&child, signal);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(130), "signal {signal}: {stderr}");
        assert!(stderr.contains("interrupted"), "{stderr}");
        assert_eq!(wd.entries(), ["ds", "mini"], "signal {signal}: leftovers");
        assert_eq!(wd.snapshot("ds"), before, "signal {signal}: ds changed");
    }
}

#[test]
fn a_full_disk_is_a_clear_error_with_no_manifest_and_the_previous_dataset_intact() {
    let wd = with_previous_dataset();
    let before = wd.snapshot("ds");
    // RLIMIT_FSIZE makes any write past 1 MB fail (EFBIG), as a full disk
    // would (ENOSPC); the first 17 MB shard hits it.
    let mut command = wd.command(&["generate", "--out", "ds", "--force"]);
    // SAFETY: setrlimit is async-signal-safe and touches only the child.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 1 << 20,
                rlim_max: 1 << 20,
            };
            match libc::setrlimit(libc::RLIMIT_FSIZE, &limit) {
                0 => Ok(()),
                _ => Err(std::io::Error::last_os_error()),
            }
        });
    }
    let stderr = fails_with(command, 1);
    assert!(
        stderr.contains("data/.train-00000.jsonl.partial: File too large"),
        "{stderr}"
    );
    assert_eq!(wd.entries(), ["ds", "mini"], "leftovers");
    assert_eq!(wd.snapshot("ds"), before, "the previous dataset changed");
}

#[test]
fn a_directory_it_may_not_write_is_a_clear_error_naming_it() {
    let wd = with_previous_dataset();
    let before = wd.snapshot("ds");
    std::fs::rename(wd.path("ds"), wd.path("locked")).unwrap();
    std::fs::create_dir(wd.path("ds")).unwrap();
    std::fs::rename(wd.path("locked"), wd.path("ds/ds")).unwrap();
    set_mode(&wd.path("ds"), 0o555);
    let mut command = wd.command(&["generate", "--out", "ds/ds", "--force"]);
    // root may write anywhere, so as root the run drops to `nobody`.
    // SAFETY: getuid, setgid and setuid are async-signal-safe.
    if unsafe { libc::getuid() } == 0 {
        set_mode(&wd.path(""), 0o777);
        unsafe {
            command.pre_exec(
                || match libc::setgid(65534) == 0 && libc::setuid(65534) == 0 {
                    true => Ok(()),
                    false => Err(std::io::Error::last_os_error()),
                },
            );
        }
    }
    let stderr = fails_with(command, 1);
    assert!(
        stderr.contains("ds/.ds.synthforge-partial-") && stderr.contains("Permission denied"),
        "{stderr}"
    );
    set_mode(&wd.path("ds"), 0o755);
    assert_eq!(wd.snapshot("ds/ds"), before, "the previous dataset changed");
    assert_eq!(wd.entries(), ["ds", "mini"]);
}

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs `command`, asserts the exit code and no panic; returns stderr.
fn fails_with(mut command: Command, code: i32) -> String {
    let out = command.output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}
