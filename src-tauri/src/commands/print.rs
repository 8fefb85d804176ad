//! "Print my plan": the student's own plan in large print, saved as a PDF
//! where they choose, then opened in their PDF viewer to print
//! (`export::print` makes it).

use tauri::{AppHandle, Runtime, State};
use waymark_core::export::print::PrintChoice;
use waymark_core::export::words::Words;

use crate::api_error::Answer;
use crate::{dialogs, AppState};

/// Saves my plan in large print, with the parts I chose, as a PDF; `None`
/// when the dialog is closed. Never written anywhere but where I chose
/// (a plan with private reflections in it has no copy in a temporary folder).
#[tauri::command(async)]
pub fn save_printed_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    choice: PrintChoice,
    language: String,
) -> Answer<Option<String>> {
    let words = Words::new(&language);
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let version = app.package_info().version.to_string();
    let pdf = state.with_store(|store| store.print_plan(choice, &words, &today, &version))?;
    let suggested = format!("{}.pdf", words.get("print-file-name", &[]));
    let kind = dialogs::for_export(waymark_core::export::save::ExportFormat::Pdf);
    let Some(path) = dialogs::save(&app, &suggested, kind, &language) else {
        return Ok(None);
    };
    waymark_core::files::io::write_whole(&path, &pdf)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if let Ok(mut last) = state.last_printed.lock() {
        *last = Some(path);
    }
    Ok(name)
}

/// Opens the printed plan saved last in the laptop's PDF viewer, whose
/// Print is the system's print dialog.
#[tauri::command(async)]
pub fn open_printed_plan<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Answer<()> {
    use tauri_plugin_opener::OpenerExt;
    let path = state
        .last_printed
        .lock()
        .ok()
        .and_then(|last| last.clone())
        .ok_or_else(|| crate::ApiError::from(waymark_core::Error::NotFound("file")))?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|_| crate::ApiError::from(waymark_core::Error::NotFound("file")))
}
