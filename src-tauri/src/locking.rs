//! The lock, as the app holds it: setting it up (the recovery code typed back
//! before anything is encrypted), locking (the plan closed and its key
//! dropped), unlocking with the password or the recovery code, changing the
//! password, and turning the lock off. The keys and the moves are the core's
//! (`waymark_core::store::keys`, `::encrypt`); this keeps the app's state.

use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;
use waymark_core::store::encrypt::LockMove;
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::{Error, Store};

use crate::state::lock_or_recover;
use crate::{ApiError, AppState};

/// How long unlocking should take on this laptop (Argon2id, calibrated once
/// when the lock is set up).
const UNLOCK_TAKES: Duration = Duration::from_secs(1);

/// A lock being set up: its key and recovery code exist in memory only, until
/// the student has typed the code back and chosen a password.
pub struct PendingLock {
    key: DataKey,
    code: RecoveryCode,
    params: KdfParams,
}

/// Whether the plan has a lock, and whether it is locked now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LockStatus {
    /// The plan has a lock (it is encrypted at rest).
    pub lock_on: bool,
    /// It is locked now: only the lock screen can be shown.
    pub locked: bool,
}

/// A wrong try noted, and answered with how long to wait before the next.
fn note_wrong_try(state: &AppState, error: Error) -> ApiError {
    let wait = match error {
        Error::WrongPassword | Error::WrongRecoveryCode => {
            lock_or_recover(&state.attempts).failed(Instant::now())
        }
        _ => 0,
    };
    let mut api = ApiError::from(error);
    api.wait_seconds = (wait > 0).then_some(wait);
    api
}

impl AppState {
    pub fn lock_status(&self) -> LockStatus {
        LockStatus {
            lock_on: lock_or_recover(&self.keys).is_some(),
            locked: self.is_locked_now(),
        }
    }

    /// The first step of setting up the lock: a new key and recovery code,
    /// and this laptop measured for the password's stretching. Returns the
    /// code's groups for the recovery sheet. Nothing is encrypted yet.
    pub fn begin_lock(&self) -> Result<Vec<String>, ApiError> {
        self.with_store(|store| {
            if store.is_locked() {
                Err(Error::PlanLocked)
            } else {
                Ok(())
            }
        })?;
        let pending = PendingLock {
            key: DataKey::random()?,
            code: RecoveryCode::random()?,
            params: KdfParams::calibrate(UNLOCK_TAKES),
        };
        let groups = pending.code.groups();
        *lock_or_recover(&self.pending_lock) = Some(pending);
        Ok(groups)
    }

    /// The code on the recovery sheet again, while the lock is being set up
    /// (to print or save the sheet).
    pub fn pending_recovery_code(&self) -> Result<Vec<String>, ApiError> {
        lock_or_recover(&self.pending_lock)
            .as_ref()
            .map(|pending| pending.code.groups())
            .ok_or_else(|| ApiError::from(Error::NotFound("lock")))
    }

    /// The recovery sheet as a PDF in `language`, while the lock is being set
    /// up (to print elsewhere, or keep on a USB stick).
    pub fn recovery_sheet_pdf(&self, language: &str) -> Result<Vec<u8>, ApiError> {
        let groups = self.pending_recovery_code()?;
        let today = chrono::Local::now().format("%Y-%m-%d").to_string();
        let words = waymark_core::export::words::Words::new(language);
        Ok(waymark_core::export::pdf::recovery_sheet(
            &groups, &today, &words,
        )?)
    }

    /// Turns the lock on, once the student has typed the recovery code back
    /// and chosen a password: the plan and its backups are moved into
    /// encrypted files.
    pub fn finish_lock(&self, typed_code: &str, password: String) -> Result<LockMove, ApiError> {
        let password = Password::new_one(password).map_err(Error::from)?;
        let mut pending_slot = self.pending_typed_back(typed_code)?;
        let pending = pending_slot
            .as_ref()
            .ok_or_else(|| ApiError::from(Error::NotFound("lock")))?;
        let keys = KeyFile::new(&pending.key, &password, &pending.code, pending.params)?;
        let key = pending.key.clone();
        let moved = {
            // No checkpoint runs while the plan file is replaced.
            let mut checkpointer = lock_or_recover(&self.checkpointer);
            *checkpointer = None;
            self.with_store_mut(|store| store.lock_with(key, &keys))
        };
        let moved = match moved {
            Ok(moved) => moved,
            Err(error) => {
                self.reopen_from_disk();
                return Err(error);
            }
        };
        *pending_slot = None;
        *lock_or_recover(&self.keys) = Some(keys);
        drop(pending_slot);
        self.start_checkpoints();
        Ok(moved)
    }

    /// Locks now: the plan is closed and its key dropped, with everything
    /// the page held from it. The page saves what is typed before asking.
    pub fn lock_now(&self) -> Result<(), ApiError> {
        if lock_or_recover(&self.keys).is_none() {
            return Err(Error::NotFound("lock").into());
        }
        // Locked, nothing of the plan is read aloud any more.
        self.speech.stop();
        *lock_or_recover(&self.checkpointer) = None;
        {
            // Dropped, the plan closes (its log folded in) and its key is wiped.
            *self.store() = Err(Error::PlanLocked.into());
        }
        *lock_or_recover(&self.reading) = None;
        *lock_or_recover(&self.pending_import) = None;
        *lock_or_recover(&self.last_saved) = None;
        *lock_or_recover(&self.pending_lock) = None;
        Ok(())
    }

    /// Unlocks with the password. A wrong one is answered calmly, with a
    /// growing wait after a few; nothing is ever wiped.
    pub fn unlock(&self, password: String) -> Result<(), ApiError> {
        let password = Password::typed(password);
        let keys = self.keys_for_unlock()?;
        let key = keys
            .unlock(&password)
            .map_err(|e| note_wrong_try(self, e))?;
        self.open_with(key)
    }

    /// "I forgot my password": the recovery code opens the plan, and the new
    /// password replaces the old one (the plan is not re-encrypted).
    pub fn recover(&self, typed_code: &str, new_password: String) -> Result<(), ApiError> {
        let password = Password::new_one(new_password).map_err(Error::from)?;
        let code = RecoveryCode::parse(typed_code)?;
        let keys = self.keys_for_unlock()?;
        let key = keys
            .unlock_with_recovery(&code)
            .map_err(|e| note_wrong_try(self, e))?;
        let changed = keys.with_new_password(&key, &password)?;
        changed.write(self.data_dir())?;
        *lock_or_recover(&self.keys) = Some(changed);
        self.open_with(key)
    }

    /// A new password, given the current one. Only the key file changes.
    pub fn change_password(&self, current: String, new: String) -> Result<(), ApiError> {
        let new = Password::new_one(new).map_err(Error::from)?;
        let keys = self.keys_for_unlock()?;
        let key = keys
            .unlock(&Password::typed(current))
            .map_err(|e| note_wrong_try(self, e))?;
        lock_or_recover(&self.attempts).succeeded();
        let changed = keys.with_new_password(&key, &new)?;
        changed.write(self.data_dir())?;
        *lock_or_recover(&self.keys) = Some(changed);
        Ok(())
    }

    /// Turns the lock off, given the password: the plan and its backups are
    /// moved back out of the lock, and the key file removed.
    pub fn turn_lock_off(&self, password: String) -> Result<LockMove, ApiError> {
        let keys = self.keys_for_unlock()?;
        keys.unlock(&Password::typed(password))
            .map_err(|e| note_wrong_try(self, e))?;
        lock_or_recover(&self.attempts).succeeded();
        let moved = {
            let mut checkpointer = lock_or_recover(&self.checkpointer);
            *checkpointer = None;
            self.with_store_mut(|store| store.unlock_for_good())
        };
        match moved {
            Ok(moved) => {
                *lock_or_recover(&self.keys) = None;
                self.start_checkpoints();
                Ok(moved)
            }
            Err(error) => {
                self.reopen_from_disk();
                Err(error)
            }
        }
    }

    /// A new spare key sheet, given the password: a new code for the sheet,
    /// kept in memory until it is typed back ([`AppState::finish_new_sheet`]).
    pub fn begin_new_sheet(&self, password: String) -> Result<Vec<String>, ApiError> {
        let keys = self.keys_for_unlock()?;
        let key = keys
            .unlock(&Password::typed(password))
            .map_err(|e| note_wrong_try(self, e))?;
        lock_or_recover(&self.attempts).succeeded();
        let pending = PendingLock {
            key,
            code: RecoveryCode::random()?,
            params: keys.params(),
        };
        let groups = pending.code.groups();
        *lock_or_recover(&self.pending_lock) = Some(pending);
        Ok(groups)
    }

    /// The new sheet's code typed back right: it replaces the old one.
    pub fn finish_new_sheet(&self, typed_code: &str) -> Result<(), ApiError> {
        let mut pending_slot = self.pending_typed_back(typed_code)?;
        let pending = pending_slot
            .as_ref()
            .ok_or_else(|| ApiError::from(Error::NotFound("lock")))?;
        let keys = lock_or_recover(&self.keys)
            .clone()
            .ok_or_else(|| ApiError::from(Error::NotFound("lock")))?;
        let changed = keys.with_new_recovery(&pending.key, &pending.code)?;
        changed.write(self.data_dir())?;
        *lock_or_recover(&self.keys) = Some(changed);
        *pending_slot = None;
        Ok(())
    }

    /// The lock (or new sheet) being set up, if `typed_code` is its code
    /// typed back right; held locked while it is used.
    fn pending_typed_back(
        &self,
        typed_code: &str,
    ) -> Result<std::sync::MutexGuard<'_, Option<PendingLock>>, ApiError> {
        let typed = RecoveryCode::parse(typed_code)?;
        let slot = lock_or_recover(&self.pending_lock);
        match slot.as_ref() {
            None => Err(Error::NotFound("lock").into()),
            Some(pending) if pending.code != typed => Err(Error::WrongRecoveryCode.into()),
            Some(_) => Ok(slot),
        }
    }

    /// The key file, if a try may be made now.
    fn keys_for_unlock(&self) -> Result<KeyFile, ApiError> {
        lock_or_recover(&self.attempts).may_try(Instant::now())?;
        lock_or_recover(&self.keys)
            .clone()
            .ok_or_else(|| ApiError::from(Error::NotFound("lock")))
    }

    /// Opens the locked plan with its key (the password or code was right).
    fn open_with(&self, key: DataKey) -> Result<(), ApiError> {
        lock_or_recover(&self.attempts).succeeded();
        {
            let mut store = self.store();
            if store.is_ok() {
                return Ok(());
            }
            let opened = Store::open_in_dir_with_key(self.data_dir(), Some(key))?;
            *store = Ok(opened);
        }
        self.start_checkpoints();
        Ok(())
    }

    /// After a lock move failed part way: the plan as it is on disk now (the
    /// old one or the new one, never a mix), opened afresh; locked if it is
    /// encrypted, so the student unlocks it again.
    fn reopen_from_disk(&self) {
        use waymark_core::store::encrypt::{plan_at_rest, PlanAtRest};
        let mut store = self.store();
        // The placeholder left by a move that stopped part way holds no plan.
        let still_open = store.as_ref().is_ok_and(|s| s.counts().is_ok());
        if still_open {
            drop(store);
            self.start_checkpoints();
            return;
        }
        *store = match plan_at_rest(self.data_dir()) {
            Ok(PlanAtRest::Locked(keys)) => {
                *lock_or_recover(&self.keys) = Some(*keys);
                Err(Error::PlanLocked.into())
            }
            Ok(PlanAtRest::Open) => Store::open_in_dir(self.data_dir()).map_err(ApiError::from),
            Err(error) => Err(error.into()),
        };
        drop(store);
        self.start_checkpoints();
    }
}
