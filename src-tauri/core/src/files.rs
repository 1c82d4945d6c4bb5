//! Mend's files and folders: where the data lives, and how its files are made private (0600
//! files, 0700 folders on Unix) and durable. The bottom layer: everything that writes a file
//! goes through here.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Environment variable that moves Mend's data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "MEND_DATA_DIR";
/// The database file's name inside the data folder.
pub const DB_FILE: &str = "mend.sqlite3";

/// The data folder: `$MEND_DATA_DIR` when set and not empty, else the OS data directory
/// (`~/.local/share/mend` on Linux, `~/Library/Application Support/org.mend.Mend` on macOS,
/// `%APPDATA%\mend\Mend\data` on Windows).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "mend", "Mend").map(|dirs| dirs.data_dir().to_path_buf()).ok_or_else(|| {
        Error::Io {
            path: PathBuf::from("~"),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("no home directory was found; set {DATA_DIR_ENV} to choose a folder"),
            ),
        }
    })
}

/// Creates a folder (0700 on Unix) if it is missing; an existing one is left as it is (a
/// folder she chose for an export or a backup is hers to set).
pub fn create_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })
}

/// Makes sure one of Mend's own folders (the data folder, its backups) exists and is private:
/// created 0700 if missing; an existing one that others can read is tightened to 0700; one
/// owned by another user is refused, since her diary must not live where someone else
/// controls it. Never used on a folder she picked for an export.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    create_dir(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = std::fs::metadata(dir).map_err(io)?;
        if meta.uid() != rustix::process::getuid().as_raw() {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the folder belongs to another user; choose a folder of your own (MEND_DATA_DIR)",
            )));
        }
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            // Take away what others may do; what she may do (even read-only) stays as it is.
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700)).map_err(io)?;
        }
    }
    Ok(())
}

/// Creates `path` new (never reusing what is there), readable and writable by the user only.
pub fn create_private(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

/// A new private file in `dir` with a random name `.{prefix}-<random>{suffix}` (the random
/// part from `tempfile`'s generator), created new and 0600 on Unix (tempfile's default).
pub fn temp_file(dir: &Path, prefix: &str, suffix: &str) -> Result<PathBuf> {
    let file = tempfile::Builder::new()
        .prefix(&format!(".{prefix}-"))
        .suffix(suffix)
        .rand_bytes(16)
        .tempfile_in(dir)
        .map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let (_, path) = file.keep().map_err(|e| Error::Io { path: dir.to_path_buf(), source: e.error })?;
    Ok(path)
}

/// Makes sure what `path` holds is on disk, and (on Unix) that the folder entry naming it is too.
pub fn sync(path: &Path) -> Result<()> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    // Windows flushes only through a handle that may write.
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(windows)]
    options.write(true);
    options.open(path).and_then(|f| f.sync_all()).map_err(io)?;
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        std::fs::File::open(parent).and_then(|f| f.sync_all()).map_err(io)?;
    }
    Ok(())
}

/// Makes sure a folder's entries (a file removed or renamed in it) are on disk (Unix; Windows
/// has no handle for it and commits them with the change).
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Makes a file readable and writable by its owner only (Unix).
pub fn private_file(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
