//! Registers Waymark's own commands with Tauri's permission system, so the
//! window's capability (capabilities/main.json) grants each one by name and a
//! command not listed there cannot be called.

/// Every command the shell exposes. Keep in step with `invoke_handler` in lib.rs
/// and with capabilities/main.json (a test checks all three agree).
const COMMANDS: &[&str] = &[
    "app_status",
    "list_life_areas",
    "list_goals",
    "get_goal",
    "create_goal",
    "update_goal",
    "set_goal_status",
    "delete_goal",
    "add_step",
    "edit_step",
    "set_step_done",
    "move_step",
    "delete_step",
    "get_draft",
    "save_draft",
    "clear_draft",
    "get_display_settings",
    "set_display_settings",
    "preview_prospectus_file",
    "preview_sample_prospectus",
    "confirm_prospectus_import",
    "cancel_prospectus_import",
    "list_courses",
    "course_facets",
    "get_course",
    "add_own_course",
    "set_course_choice",
    "link_course",
    "unlink_course",
    "list_goal_courses",
    "record_attendance",
    "get_about_me",
    "save_about_me",
    "list_supports",
    "list_reflections",
    "get_reflection",
    "create_reflection",
    "update_reflection",
    "delete_reflection",
    "search_plan",
    "list_deleted",
    "restore_deleted",
    "delete_course",
    "plan_info",
    "list_backups",
    "preview_backup",
    "restore_backup",
    "back_up_now",
    "open_plan_folder",
    "check_plan",
    "replace_damaged_plan",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
