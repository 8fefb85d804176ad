//! The tutor's term: My students, what changed between two versions of a
//! plan, the feedback sent to each student, the tutor's own phrases, and
//! forgetting. Thin adapters over `waymark_core::tutor`.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use waymark_core::files::plan_file::OpenedPlan;
use waymark_core::tutor::bring_in::{plan_files_in, BroughtIn};
use waymark_core::tutor::changes::PlanChanges;
use waymark_core::tutor::check_in::SheetFormat;
use waymark_core::tutor::phrases::{read_phrases_file, Phrase, PhrasesBroughtIn};
use waymark_core::tutor::students::{
    Forgotten, Kept, KeptVersion, SentItem, StudentSummary, StudentsSettings,
};

use crate::api_error::{Answer, ApiError};
use crate::{dialogs, AppState};

#[tauri::command(async)]
pub fn students_settings(state: State<'_, AppState>) -> Answer<StudentsSettings> {
    state.with_store(|store| store.students_settings())
}

/// On only in a locked Waymark; off forgets every student (the page asks).
#[tauri::command(async)]
pub fn set_keep_students(state: State<'_, AppState>, keep: bool) -> Answer<StudentsSettings> {
    state.with_store(|store| store.set_keep_students(keep))
}

#[tauri::command(async)]
pub fn set_forget_after(state: State<'_, AppState>, months: u32) -> Answer<StudentsSettings> {
    state.with_store(|store| store.set_forget_after(months))
}

#[tauri::command(async)]
pub fn list_students(state: State<'_, AppState>) -> Answer<Vec<StudentSummary>> {
    state.with_store(|store| store.students())
}

/// Students Waymark forgets on its own within a month: the tutor is told.
#[tauri::command(async)]
pub fn students_to_forget_soon(state: State<'_, AppState>) -> Answer<Vec<StudentSummary>> {
    state.with_store(|store| store.students_to_forget_soon(chrono::Utc::now()))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn student_versions(state: State<'_, AppState>, plan_id: String) -> Answer<Vec<KeptVersion>> {
    state.with_store(|store| store.student_versions(&plan_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn student_changes(
    state: State<'_, AppState>,
    plan_id: String,
    since: String,
    until: String,
) -> Answer<PlanChanges> {
    state.with_store(|store| store.student_changes(&plan_id, &since, &until))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn feedback_history(state: State<'_, AppState>, plan_id: String) -> Answer<Vec<SentItem>> {
    state.with_store(|store| store.feedback_history(&plan_id))
}

/// Saves one student's check-in sheet (a page to print, or a PDF) where the
/// tutor chooses, in their language. Its name, or `None` if the dialog was
/// closed.
#[tauri::command(async, rename_all = "snake_case")]
pub fn save_check_in_sheet<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: String,
    format: SheetFormat,
    language: String,
) -> Answer<Option<String>> {
    let sheet = state.with_store(|store| store.check_in(&plan_id))?;
    let words = waymark_core::export::words::Words::new(&language);
    let bytes = sheet.render(format, &words, &app.package_info().version.to_string())?;
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let kind = dialogs::for_export(match format {
        SheetFormat::Html => waymark_core::export::save::ExportFormat::Html,
        SheetFormat::Pdf => waymark_core::export::save::ExportFormat::Pdf,
    });
    let Some(path) = dialogs::save(&app, &sheet.suggested_name(format, &today), kind, &language)
    else {
        return Ok(None);
    };
    waymark_core::files::io::write_whole(&path, &bytes)?;
    Ok(path.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// Opens one kept version in tutor review mode, to read it and write
/// feedback beside it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn open_kept_plan(
    state: State<'_, AppState>,
    plan_id: String,
    exported_at: String,
) -> Answer<OpenedPlan> {
    let file = state.with_store(|store| store.kept_plan(&plan_id, &exported_at))?;
    let plan = file.opened("")?;
    Ok(super::share::reading(&state, plan))
}

/// Keeps the plan being read among My students.
#[tauri::command(async)]
pub fn keep_shared_plan(state: State<'_, AppState>) -> Answer<Kept> {
    let plan = super::feedback::reading(&state)?;
    state.with_store(|store| store.keep_plan(&plan.to_plan_file()))
}

/// No undo: the page asks first.
#[tauri::command(async, rename_all = "snake_case")]
pub fn forget_student(state: State<'_, AppState>, plan_id: String) -> Answer<Forgotten> {
    state.with_store(|store| store.forget_student(&plan_id))
}

/// What bringing in many plan files did, as the page shows it.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct BroughtInPlans {
    pub new_students: u32,
    pub new_versions: u32,
    pub already: u32,
    pub not_brought_in: Vec<NotBroughtIn>,
    pub left_over: u32,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct NotBroughtIn {
    pub file_name: String,
    pub error: ApiError,
}

impl From<BroughtIn> for BroughtInPlans {
    fn from(brought: BroughtIn) -> Self {
        BroughtInPlans {
            new_students: brought.new_students,
            new_versions: brought.new_versions,
            already: brought.already,
            not_brought_in: brought
                .not_brought_in
                .into_iter()
                .map(|(file_name, error)| NotBroughtIn {
                    file_name,
                    error: error.into(),
                })
                .collect(),
            left_over: brought.left_over,
        }
    }
}

/// Brings in several plan files chosen at once, or every plan file in a
/// chosen folder. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn bring_in_plans<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
    folder: bool,
) -> Answer<Option<BroughtInPlans>> {
    let paths = if folder {
        match dialogs::pick_folder(&app) {
            Some(folder) => plan_files_in(&folder)?,
            None => return Ok(None),
        }
    } else {
        match dialogs::pick_many(&app, dialogs::PLAN_FILE, &language) {
            Some(paths) => paths,
            None => return Ok(None),
        }
    };
    state
        .with_store(|store| store.bring_in_plans(&paths))
        .map(|brought| Some(brought.into()))
}

#[tauri::command(async)]
pub fn list_phrases(state: State<'_, AppState>) -> Answer<Vec<Phrase>> {
    state.with_store(|store| store.phrases())
}

#[tauri::command(async)]
pub fn add_phrase(state: State<'_, AppState>, text: String) -> Answer<Vec<Phrase>> {
    state.with_store(|store| store.add_phrase(&text))
}

#[tauri::command(async)]
pub fn edit_phrase(state: State<'_, AppState>, id: String, text: String) -> Answer<Vec<Phrase>> {
    state.with_store(|store| store.edit_phrase(&id, &text))
}

#[tauri::command(async)]
pub fn remove_phrase(state: State<'_, AppState>, id: String) -> Answer<Vec<Phrase>> {
    state.with_store(|store| store.remove_phrase(&id))
}

/// Saves the phrases as a small file a team can share. The file's name, or
/// `None` if the dialog was closed.
#[tauri::command(async)]
pub fn export_phrases<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Answer<Option<String>> {
    let file =
        state.with_store(|store| store.phrases_file(&app.package_info().version.to_string()))?;
    let Some(path) = dialogs::save(&app, "feedback-phrases", dialogs::PHRASES_FILE, &language)
    else {
        return Ok(None);
    };
    file.write_to(&path)?;
    Ok(path.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// Brings in a team's phrases file. `None` if the dialog was closed.
#[tauri::command(async)]
pub fn import_phrases<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Answer<Option<PhrasesBroughtIn>> {
    let Some(path) = dialogs::pick(&app, dialogs::PHRASES_FILE, &language) else {
        return Ok(None);
    };
    let file = read_phrases_file(&path)?;
    state
        .with_store(|store| store.bring_in_phrases(&file))
        .map(Some)
}
