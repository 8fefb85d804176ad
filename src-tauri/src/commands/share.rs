//! Sharing with a tutor, and tutor review mode: thin adapters over
//! `waymark_core::share` and `waymark_core::export`. Files are chosen in
//! native dialogs opened from Rust (see `crate::dialogs`).

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use waymark_core::export::save::{ExportFormat, MOVE_FILE_EXTENSION};
use waymark_core::files::plan_file::{self, OpenedPlan, SharedPlan};
use waymark_core::share::choice::ShareChoice;
use waymark_core::share::log::ShareLogEntry;
use waymark_core::share::recent::RecentShared;

use waymark_core::files::sealed::Passphrase;

use super::sealed;
use crate::api_error::Answer;
use crate::{dialogs, AppState};

#[tauri::command(async)]
pub fn get_share_choice(state: State<'_, AppState>) -> Answer<ShareChoice> {
    state.with_store(|store| store.share_choice())
}

#[tauri::command(async)]
pub fn set_share_choice(state: State<'_, AppState>, choice: ShareChoice) -> Answer<ShareChoice> {
    state.with_store(|store| store.set_share_choice(&choice))
}

/// Exactly what the tutor will see, before anything is written.
#[tauri::command(async)]
pub fn share_preview(state: State<'_, AppState>, choice: ShareChoice) -> Answer<SharedPlan> {
    state.with_store(|store| store.shared_plan(&choice))
}

#[tauri::command(async)]
pub fn share_log(state: State<'_, AppState>) -> Answer<Vec<ShareLogEntry>> {
    state.with_store(|store| store.share_log())
}

/// Saves the tutor pack or a plan file where the student chooses. `None` if
/// the dialog was closed.
#[tauri::command(async, rename_all = "snake_case")]
pub fn export_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ExportFormat,
    choice: ShareChoice,
    tutor_name: String,
    language: String,
    passphrase: Option<String>,
) -> Answer<Option<ShareLogEntry>> {
    let seal = sealed::typed(passphrase.as_deref())?;
    format.may_be_sealed(seal.as_ref())?;
    let name = state.with_store(|store| Ok(store.about_me()?.preferred_name))?;
    let suggested =
        format.suggested_name(&name, &chrono::Local::now().format("%Y-%m-%d").to_string());
    let Some(path) = dialogs::save(&app, &suggested, dialogs::for_export(format), &language) else {
        return Ok(None);
    };
    let version = app.package_info().version.to_string();
    let entry = state.with_store(|store| {
        store.export_to(
            format,
            &choice,
            &tutor_name,
            &path,
            &language,
            &version,
            seal.as_ref(),
        )
    })?;
    if let Ok(mut last) = state.last_saved.lock() {
        *last = Some(path);
    }
    Ok(Some(entry))
}

/// Shows the file saved last from Share in the file manager, selected, so
/// the student can attach it to an email or copy it to a USB stick.
#[tauri::command(async)]
pub fn show_saved_file<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Answer<()> {
    use tauri_plugin_opener::OpenerExt;
    let path = state
        .last_saved
        .lock()
        .ok()
        .and_then(|last| last.clone())
        .ok_or_else(|| crate::ApiError::from(waymark_core::Error::NotFound("file")))?;
    app.opener()
        .reveal_item_in_dir(&path)
        .map_err(|_| crate::ApiError::from(waymark_core::Error::NotFound("folder")))
}

/// Opens someone's `.waymark` file to read, in tutor review mode. It is
/// never mixed into this Waymark's own plan. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn open_shared_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
    passphrase: Option<String>,
) -> Answer<Option<OpenedPlan>> {
    let passphrase = sealed::typed(passphrase.as_deref())?;
    let Some(path) = sealed::to_open(&state, &passphrase, || {
        dialogs::pick(&app, dialogs::PLAN_FILE, &language)
    }) else {
        return Ok(None);
    };
    opened(&state, &path, passphrase.as_ref()).map(Some)
}

/// The plan file Waymark was started with or handed, once; `None` if none
/// (or if the file is a tutor's feedback, which `take_opened_feedback` takes).
/// A private move file handed this way is refused, as tutor review mode
/// refuses it, with the words that say where it does go.
#[tauri::command(async)]
pub fn take_opened_plan(state: State<'_, AppState>) -> Answer<Option<OpenedPlan>> {
    let Some(path) = take_opened(&state, &[plan_file::EXTENSION, MOVE_FILE_EXTENSION]) else {
        return Ok(None);
    };
    opened(&state, &path, None).map(Some)
}

/// The file Waymark was started with or handed, once, if it has one of
/// `extensions`.
pub(super) fn take_opened(state: &AppState, extensions: &[&str]) -> Option<PathBuf> {
    let mut file = state.opened_file.lock().ok()?;
    let wanted = file
        .as_ref()?
        .extension()
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)));
    if wanted {
        file.take()
    } else {
        None
    }
}

/// Moves a whole plan in from an "everything, for myself" file the student
/// picks, into this empty Waymark. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn move_plan_in<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
    passphrase: Option<String>,
) -> Answer<Option<waymark_core::store::backup::PlanCounts>> {
    let passphrase = sealed::typed(passphrase.as_deref())?;
    let Some(path) = sealed::to_open(&state, &passphrase, || {
        dialogs::pick(&app, dialogs::MOVE_FILE, &language)
    }) else {
        return Ok(None);
    };
    let file = sealed::read_chosen(
        &state,
        &path,
        passphrase.as_ref(),
        plan_file::read_plan_file,
    )?;
    state
        .with_store_mut(|store| {
            store.import_everything(&file)?;
            store.counts()
        })
        .map(Some)
}

#[tauri::command(async)]
pub fn get_recent_shared(state: State<'_, AppState>) -> Answer<RecentShared> {
    state.with_store(|store| store.recent_shared())
}

#[tauri::command(async)]
pub fn set_keep_recent_shared(state: State<'_, AppState>, keep: bool) -> Answer<RecentShared> {
    state.with_store(|store| store.set_keep_recent_shared(keep))
}

#[tauri::command(async)]
pub fn open_recent_shared(
    state: State<'_, AppState>,
    path: String,
    passphrase: Option<String>,
) -> Answer<OpenedPlan> {
    let passphrase = sealed::typed(passphrase.as_deref())?;
    let plan = state.with_store(|store| store.open_recent_shared(&path, passphrase.as_ref()))?;
    Ok(reading(&state, plan))
}

/// Keeps the plan being read, for the tutor's feedback, and hands it on.
pub(super) fn reading(state: &AppState, plan: OpenedPlan) -> OpenedPlan {
    if let Ok(mut reading) = state.reading.lock() {
        *reading = Some(plan.clone());
    }
    plan
}

/// Reads someone's plan file for tutor review mode, and notes it in the list
/// of recently opened plans if the tutor keeps one.
fn opened(
    state: &AppState,
    path: &std::path::Path,
    passphrase: Option<&Passphrase>,
) -> Answer<OpenedPlan> {
    let name = waymark_core::files::io::shown_name(path);
    let plan =
        sealed::read_chosen(state, path, passphrase, plan_file::read_plan_file)?.opened(&name)?;
    state.with_store(|store| store.note_opened_shared(path, &plan))?;
    Ok(reading(state, plan))
}

/// The first argument that names a plan file (`.waymark`), a tutor's
/// feedback (`.waymark-feedback`) or a private move file (`.waymark-move`),
/// made absolute against `cwd` when it is relative (a second start's own
/// folder).
pub fn plan_file_arg(
    args: impl Iterator<Item = String>,
    cwd: Option<&std::path::Path>,
) -> Option<PathBuf> {
    args.map(|arg| PathBuf::from(arg.strip_prefix("file://").unwrap_or(&arg)))
        .find(|path| {
            path.extension().is_some_and(|e| {
                [
                    plan_file::EXTENSION,
                    waymark_core::files::feedback_file::EXTENSION,
                    MOVE_FILE_EXTENSION,
                ]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
            })
        })
        .map(|path| match cwd {
            Some(cwd) if path.is_relative() => cwd.join(path),
            _ => path,
        })
}

#[cfg(test)]
mod tests {
    use super::plan_file_arg;
    use std::path::{Path, PathBuf};

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn a_plan_file_argument_is_found_and_made_absolute() {
        assert_eq!(
            plan_file_arg(args(&["--flag", "/usb/Sam.WAYMARK"]), None),
            Some(PathBuf::from("/usb/Sam.WAYMARK"))
        );
        assert_eq!(
            plan_file_arg(args(&["file:///usb/sam.waymark"]), None),
            Some(PathBuf::from("/usb/sam.waymark"))
        );
        assert_eq!(
            plan_file_arg(args(&["sam.waymark"]), Some(Path::new("/home/alex"))),
            Some(PathBuf::from("/home/alex/sam.waymark"))
        );
        assert_eq!(
            plan_file_arg(args(&["/home/sam/from-alex.waymark-feedback"]), None),
            Some(PathBuf::from("/home/sam/from-alex.waymark-feedback"))
        );
        assert_eq!(
            plan_file_arg(
                args(&["Sam-private-whole-plan.waymark-move"]),
                Some(Path::new("/media/usb"))
            ),
            Some(PathBuf::from(
                "/media/usb/Sam-private-whole-plan.waymark-move"
            ))
        );
        assert_eq!(
            plan_file_arg(args(&["notes.txt", "plan.sqlite3"]), None),
            None
        );
    }
}
