//! The app's state: the open plan, or why it could not be opened.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};

use waymark_core::files::prospectus::ProspectusPreview;
use waymark_core::store::encrypt::{plan_at_rest, PlanAtRest};
use waymark_core::store::keys::{Attempts, KeyFile};
use waymark_core::store::lock::PlanLock;
use waymark_core::{Checkpointer, ErrorCode, Store};

use crate::locking::PendingLock;

use crate::ApiError;

/// Where the plan lives: `$WAYMARK_DATA_DIR` if set, else the OS app data folder
/// for Waymark's identifier (on Linux `~/.local/share/app.waymark.desktop`).
pub fn data_dir(os_app_data_dir: Option<PathBuf>) -> PathBuf {
    match std::env::var_os(crate::DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => os_app_data_dir.unwrap_or_else(|| PathBuf::from("waymark-data")),
    }
}

/// How often the background checkpoint looks at the plan's log.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

pub struct AppState {
    data_dir: PathBuf,
    /// Held while the app runs, so no second process writes the same plan
    /// (even where the single-instance check cannot work, as without D-Bus).
    _lock: OnceLock<PlanLock>,
    /// The open plan, or why it could not be opened. Replaced when a damaged
    /// plan is put aside and a backup restored. Read through `store()`, which
    /// waits while the plan is still being opened.
    store: Mutex<Result<Store, ApiError>>,
    /// True once the plan has been opened (or found unopenable): see
    /// `opening` and `finish_open`.
    opened: (Mutex<bool>, Condvar),
    /// A prospectus read and shown to the student, waiting for their yes.
    pub pending_import: Mutex<Option<ProspectusPreview>>,
    /// A plan file Waymark was asked to open (started with it, or handed it
    /// by a second start), waiting for the page to show it.
    pub opened_file: Mutex<Option<PathBuf>>,
    /// Someone's plan being read in tutor review mode, kept in memory only:
    /// the tutor's feedback is written against it.
    pub reading: Mutex<Option<waymark_core::files::plan_file::OpenedPlan>>,
    /// The file the student saved last from Share, to show in its folder.
    /// Only a path Waymark itself wrote: the page never names one.
    pub last_saved: Mutex<Option<PathBuf>>,
    /// The printed plan the student saved last, to open for printing. Only
    /// a path Waymark itself wrote.
    pub last_printed: Mutex<Option<PathBuf>>,
    /// "Read this to me": the laptop's voice and the reading going now.
    pub speech: crate::speech::Speech,
    /// A sealed file someone chose, waiting for its passphrase: asked for
    /// again with it, it is opened from here (the page never names a path).
    pub sealed_waiting: Mutex<Option<PathBuf>>,
    /// The plan's lock, if it has one: its key file (no secret in it opens
    /// anything by itself).
    pub(crate) keys: Mutex<Option<KeyFile>>,
    /// A lock being set up, until the student has typed its recovery code back.
    pub(crate) pending_lock: Mutex<Option<PendingLock>>,
    /// Wrong passwords in a row, for the growing wait.
    pub(crate) attempts: Mutex<Attempts>,
    /// The background checkpointer of the open plan; `None` while locked (its
    /// copy of the key is dropped with it) or during a lock move.
    pub(crate) checkpointer: Arc<Mutex<Option<Checkpointer>>>,
    checkpoints_started: AtomicBool,
    /// Whether this run's daily backup was looked at (once the first screen
    /// of an open plan is shown).
    daily_backup_claimed: AtomicBool,
}

impl AppState {
    /// Opens the plan in `data_dir`. If that fails, the app still starts and
    /// every command answers with the reason, so the UI can explain it calmly.
    pub fn open(data_dir: PathBuf) -> Self {
        let state = Self::opening(data_dir);
        state.finish_open();
        state
    }

    /// The state of a plan not opened yet: every use of the plan waits until
    /// `finish_open` has run. The app opens the plan on another thread while
    /// its window starts, so neither waits for the other.
    pub fn opening(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            _lock: OnceLock::new(),
            store: Mutex::new(Err(ApiError::internal())),
            opened: (Mutex::new(false), Condvar::new()),
            pending_import: Mutex::new(None),
            opened_file: Mutex::new(None),
            last_saved: Mutex::new(None),
            last_printed: Mutex::new(None),
            speech: crate::speech::Speech::default(),
            sealed_waiting: Mutex::new(None),
            reading: Mutex::new(None),
            keys: Mutex::new(None),
            pending_lock: Mutex::new(None),
            attempts: Mutex::new(Attempts::default()),
            checkpointer: Arc::new(Mutex::new(None)),
            checkpoints_started: AtomicBool::new(false),
            daily_backup_claimed: AtomicBool::new(false),
        }
    }

    /// Opens the plan (see `opening`) and lets everything waiting for it go on.
    pub fn finish_open(&self) {
        let opened = catch_unwind(AssertUnwindSafe(|| {
            // A lock that cannot be taken for any reason but another Waymark
            // means the plan could not be opened.
            let lock = PlanLock::take(&self.data_dir).map_err(|error| {
                let mut api = ApiError::from(error);
                if api.code != ErrorCode::AlreadyOpen {
                    api.code = ErrorCode::StoreUnavailable;
                }
                api
            })?;
            let _ = self._lock.set(lock);
            // A locked plan waits for its password: nothing is opened yet.
            match plan_at_rest(&self.data_dir).map_err(ApiError::from)? {
                PlanAtRest::Locked(keys) => {
                    *lock_or_recover(&self.keys) = Some(*keys);
                    Err(ApiError::from(waymark_core::Error::PlanLocked))
                }
                PlanAtRest::Open => Store::open_in_dir(&self.data_dir).map_err(unavailable),
            }
        }))
        .unwrap_or_else(|_| Err(ApiError::internal()));
        *self.store.lock().unwrap_or_else(PoisonError::into_inner) = opened;
        let (done, wake) = &self.opened;
        *done.lock().unwrap_or_else(PoisonError::into_inner) = true;
        wake.notify_all();
    }

    /// The plan, once it has been opened.
    pub(crate) fn store(&self) -> MutexGuard<'_, Result<Store, ApiError>> {
        let (done, wake) = &self.opened;
        let mut opened = done.lock().unwrap_or_else(PoisonError::into_inner);
        while !*opened {
            opened = wake.wait(opened).unwrap_or_else(PoisonError::into_inner);
        }
        drop(opened);
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// True the first time only: this run's daily backup is the caller's.
    pub fn claim_daily_backup(&self) -> bool {
        !self.daily_backup_claimed.swap(true, Ordering::SeqCst)
    }

    /// Whether the plan is locked now (its lock screen is showing).
    pub fn is_locked_now(&self) -> bool {
        matches!(self.store().as_ref(), Err(e) if e.code == ErrorCode::PlanLocked)
    }

    pub fn data_dir(&self) -> &PathBuf {
        &self.data_dir
    }

    /// Why the plan could not be opened, if it could not.
    pub fn startup_problem(&self) -> Option<ApiError> {
        self.store().as_ref().err().cloned()
    }

    /// Runs `f` on the open plan, able to change it as a whole (a restore).
    pub fn with_store_mut<T>(
        &self,
        f: impl FnOnce(&mut Store) -> waymark_core::Result<T>,
    ) -> Result<T, ApiError> {
        let mut guard = self.store();
        let store = guard.as_mut().map_err(|e| e.clone())?;
        match catch_unwind(AssertUnwindSafe(|| f(store))) {
            Ok(result) => result.map_err(ApiError::from),
            Err(_) => Err(ApiError::internal()),
        }
    }

    /// When the plan was found damaged: moves it aside untouched (renamed, with
    /// its log files) and puts the newest good backup in its place.
    pub fn replace_damaged_plan(&self) -> Result<String, ApiError> {
        let mut guard = self.store();
        match guard.as_ref() {
            Err(problem) if problem.code == ErrorCode::PlanDamaged => {}
            _ => {
                return Err(ApiError::from(waymark_core::Error::NotFound(
                    "damaged plan",
                )))
            }
        }
        let restored = waymark_core::store::backup::replace_damaged_plan(&self.data_dir, None)?;
        *guard = Ok(Store::open_in_dir(&self.data_dir)?);
        drop(guard);
        // The plan could not open at start, so nothing checkpoints it yet.
        self.start_checkpoints();
        Ok(restored)
    }

    /// Starts the background thread that copies the plan's write-ahead log
    /// into the plan file every few seconds after it was written, so that no
    /// save the student waits for has to (see `waymark_core::Checkpointer`).
    ///
    /// Called again after an unlock or a lock move: the one thread then works
    /// on the new plan file and key.
    pub fn start_checkpoints(&self) {
        let checkpointer = self.store().as_ref().ok().and_then(Store::checkpointer);
        *lock_or_recover(&self.checkpointer) = checkpointer;
        if self.checkpoints_started.swap(true, Ordering::SeqCst) {
            return;
        }
        let shared = self.checkpointer.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(CHECKPOINT_EVERY);
            // A failed checkpoint is tried again next time; the backstop
            // inside SQLite still bounds the log.
            if let Some(checkpointer) = lock_or_recover(&shared).as_mut() {
                let _ = checkpointer.run();
            }
        });
    }

    /// Runs `f` on the open plan. Core errors become `{code, message}`; a panic
    /// inside becomes a calm "internal" error instead of reaching the student.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&Store) -> waymark_core::Result<T>,
    ) -> Result<T, ApiError> {
        let guard = self.store();
        let store = guard.as_ref().map_err(Clone::clone)?;
        match catch_unwind(AssertUnwindSafe(|| f(store))) {
            Ok(result) => result.map_err(ApiError::from),
            Err(_) => Err(ApiError::internal()),
        }
    }
}

/// A mutex's value, even if a thread panicked while holding it.
pub(crate) fn lock_or_recover<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A plan that could not be opened at start: its folder's storage faults are
/// reported as "the plan could not be opened" (another Waymark holding it
/// stays itself).
fn unavailable(error: waymark_core::Error) -> ApiError {
    let mut api = ApiError::from(error);
    if api.code == ErrorCode::Storage {
        api.code = ErrorCode::StoreUnavailable;
    }
    api
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_command_becomes_an_internal_error() {
        let dir = std::env::temp_dir().join(format!("waymark-state-{}", std::process::id()));
        let state = AppState::open(dir.clone());
        let result: Result<(), ApiError> = state.with_store(|_| panic!("boom"));
        assert_eq!(result.map_err(|e| e.code), Err(ErrorCode::Internal));
        // The store still works afterwards.
        assert!(state.with_store(|store| store.goals()).is_ok());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn commands_wait_while_the_plan_is_opened() {
        let dir = std::env::temp_dir().join(format!("waymark-state-wait-{}", std::process::id()));
        let state = std::sync::Arc::new(AppState::opening(dir.clone()));
        let reader = {
            let state = state.clone();
            std::thread::spawn(move || state.with_store(|store| store.goals()))
        };
        // The reader is asked before the plan is open: it waits for it rather
        // than answering with an error.
        std::thread::sleep(std::time::Duration::from_millis(50));
        state.finish_open();
        let read = reader.join().expect("the reader thread");
        assert_eq!(read.map(|goals| goals.len()), Ok(0));
        assert!(state.startup_problem().is_none());
        drop(state);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_second_app_on_the_same_plan_is_refused_calmly() {
        let dir = std::env::temp_dir().join(format!("waymark-state-lock-{}", std::process::id()));
        let first = AppState::open(dir.clone());
        assert!(first.startup_problem().is_none());
        let second = AppState::open(dir.clone());
        assert_eq!(
            second.startup_problem().map(|p| p.code),
            Some(ErrorCode::AlreadyOpen)
        );
        assert!(first.with_store(|store| store.goals()).is_ok());
        drop(first);
        let third = AppState::open(dir.clone());
        assert!(third.startup_problem().is_none(), "free again once closed");
        drop(third);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_plan_that_cannot_be_opened_is_reported_not_fatal() {
        let dir = std::env::temp_dir().join(format!("waymark-state-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(
            dir.join(waymark_core::DB_FILE_NAME),
            b"this is not a database, just text ".repeat(200),
        )
        .expect("write");
        let state = AppState::open(dir.clone());
        let problem = state.startup_problem().expect("a problem");
        assert_eq!(problem.code, ErrorCode::NotAPlan);
        let result = state.with_store(|store| store.goals());
        assert_eq!(result.map_err(|e| e.code), Err(ErrorCode::NotAPlan));
        let _ = std::fs::remove_dir_all(dir);
    }
}
