//! A temporary working directory with fixtures, and a runner for the built
//! binary inside it. Paths in messages stay relative, so snapshots are stable.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's fixture directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("create a temp dir"),
        }
    }

    /// A workdir holding a copy of `tests/fixtures/<name>` as `./<name>`.
    pub fn with_fixture(name: &str) -> Workdir {
        let wd = Workdir::new();
        wd.copy_dir(&fixtures().join(name), name);
        wd
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn copy_dir(&self, from: &Path, to: &str) {
        let dest = self.path(to);
        std::fs::create_dir_all(&dest).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = format!("{to}/{}", entry.file_name().to_string_lossy());
            if entry.file_type().unwrap().is_dir() {
                self.copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), self.path(&target)).unwrap();
            }
        }
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Edits a JSON file in place.
    pub fn edit_json(&self, rel: &str, edit: impl FnOnce(&mut serde_json::Value)) {
        let mut v: serde_json::Value = serde_json::from_str(&self.read(rel)).unwrap();
        edit(&mut v);
        self.write(rel, serde_json::to_string_pretty(&v).unwrap());
    }

    /// The binary with `args`, to run in the working directory.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_synthforge"));
        command.args(args).current_dir(self.dir.path());
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run synthforge")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "synthforge {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and asserts failure with `code`; returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "synthforge {args:?}: expected exit {code}; stderr: {stderr}"
        );
        assert!(
            !stderr.contains("panicked"),
            "synthforge {args:?} panicked: {stderr}"
        );
        stderr
    }

    /// All shard lines of a dataset directory, in shard order.
    pub fn lines(&self, out: &str) -> Vec<String> {
        let mut shards: Vec<PathBuf> = std::fs::read_dir(self.path(&format!("{out}/data")))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        shards.sort();
        shards
            .iter()
            .flat_map(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    pub fn manifest(&self, out: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(&format!("{out}/manifest.json"))).unwrap()
    }

    /// Every file under `rel` (path relative to it) with its bytes, to
    /// compare a dataset before and after something that must not touch it.
    pub fn snapshot(&self, rel: &str) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(root: &Path, dir: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(root, &path, files);
                } else {
                    let bytes = std::fs::read(&path).unwrap();
                    files.push((path.strip_prefix(root).unwrap().to_path_buf(), bytes));
                }
            }
        }
        let root = self.path(rel);
        let mut files = Vec::new();
        walk(&root, &root, &mut files);
        files.sort();
        files
    }

    /// Whether anything but the inputs exists under `rel`.
    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// Names in the working directory (to check that nothing was left over).
    pub fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

/// io lines `Question {i}` → `Answer {i}` for `i` in `range`, as one JSONL text.
pub fn io_pairs(range: std::ops::Range<usize>) -> String {
    range
        .map(|i| format!("{{\"input\":\"Question {i}\",\"output\":\"Answer {i}\"}}\n"))
        .collect()
}

/// `n` OpenAI chat lines, `Question {i}` → `answer(i)`, as one JSONL text.
pub fn chat_lines(n: usize, answer: impl Fn(usize) -> String) -> String {
    (0..n)
        .map(|i| {
            serde_json::json!({"messages": [
                {"role": "user", "content": format!("Question {i}")},
                {"role": "assistant", "content": answer(i)}
            ]})
            .to_string()
                + "\n"
        })
        .collect()
}
