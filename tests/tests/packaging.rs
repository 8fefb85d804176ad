//! The `.deb` a student or tutor installs. `tests/packaging.sh` builds it with
//! the Tauri bundler and runs this with `WAYMARK_DEB` naming it; without that
//! (no bundler on this machine), it says so and checks nothing.
//!
//! It reads the package's control data and file list, installs it into a
//! throwaway root, checks the desktop entry, the icons, the MIME type and the
//! AppStream metainfo (with `desktop-file-validate` and `appstreamcli` when
//! they are installed), then starts the installed binary the way a file
//! manager does with a `.waymark` file and sees tutor review mode; and starts
//! it on the plan a Waymark before this one wrote (a fixture), which opens
//! with all its goals after a backup made before the upgrade.

use std::path::{Path, PathBuf};
use std::process::Command;

use waymark_tests::{App, Result};

fn run(cmd: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(cmd).args(args).output()?;
    if !out.status.success() {
        return Err(format!("{cmd} {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_deb_installs_a_desktop_app_that_opens_waymark_files() -> Result<()> {
    let Some(deb) = std::env::var_os("WAYMARK_DEB").map(PathBuf::from) else {
        eprintln!("packaging: skipped (no WAYMARK_DEB; run tests/packaging.sh, which builds the .deb with the Tauri bundler)");
        return Ok(());
    };
    let deb = deb.to_str().ok_or("path")?.to_owned();

    // The control data: name, version, section and what it needs at run time.
    let info = run("dpkg-deb", &["-I", &deb])?;
    for field in [
        "Package: waymark",
        "Version: 0.1.0",
        "Architecture: amd64",
        "Section: education",
    ] {
        assert!(info.contains(field), "{field} in\n{info}");
    }
    let depends = info
        .lines()
        .find(|l| l.trim_start().starts_with("Depends:"))
        .ok_or("no Depends")?;
    // libssl3: the lock's SQLCipher uses the system's libcrypto (docs/LOCK.md).
    for library in ["libwebkit2gtk-4.1-0", "libgtk-3-0", "libssl3 | libssl3t64"] {
        assert!(depends.contains(library), "{library} in {depends}");
    }
    // "Read this to me" needs a voice: recommended, so Waymark installs
    // without one (and says what to install when asked to read).
    let recommends = info
        .lines()
        .find(|l| l.trim_start().starts_with("Recommends:"))
        .ok_or("no Recommends")?;
    for package in ["speech-dispatcher", "espeak-ng"] {
        assert!(recommends.contains(package), "{package} in {recommends}");
        assert!(!depends.contains(package), "{package} is not a must");
    }

    // The files: the binary, the desktop entry, icons at every size, the MIME
    // type and the metainfo.
    let files = run("dpkg-deb", &["-c", &deb])?;
    for file in [
        "usr/bin/waymark",
        "usr/share/applications/Waymark.desktop",
        "usr/share/icons/hicolor/32x32/apps/waymark.png",
        "usr/share/icons/hicolor/64x64/apps/waymark.png",
        "usr/share/icons/hicolor/128x128/apps/waymark.png",
        "usr/share/icons/hicolor/256x256@2/apps/waymark.png",
        "usr/share/icons/hicolor/512x512/apps/waymark.png",
        "usr/share/mime/packages/app.waymark.desktop.xml",
        "usr/share/metainfo/app.waymark.desktop.metainfo.xml",
        "usr/share/icons/hicolor/64x64/mimetypes/waymark-move.png",
        "usr/share/icons/hicolor/scalable/mimetypes/waymark-move.svg",
    ] {
        assert!(
            files
                .lines()
                .any(|l| l.ends_with(&format!(" {file}")) || l.ends_with(&format!(" ./{file}"))),
            "{file} in\n{files}"
        );
    }

    // Installed into a throwaway root.
    let root = tempfile::tempdir()?;
    let root_str = root.path().to_str().ok_or("path")?;
    run("dpkg-deb", &["-x", &deb, root_str])?;
    let share = root.path().join("usr/share");
    let desktop = std::fs::read_to_string(share.join("applications/Waymark.desktop"))?;
    for line in [
        "Name=Waymark",
        "Categories=Education;",
        "Comment=Your Individual Learning Plan",
        "Exec=waymark %f",
        "Icon=waymark",
    ] {
        assert!(desktop.lines().any(|l| l == line), "{line} in\n{desktop}");
    }
    let mime_line = desktop
        .lines()
        .find(|l| l.starts_with("MimeType="))
        .ok_or("no MimeType")?;
    assert!(
        mime_line.contains("application/x-waymark-plan;"),
        "{mime_line}"
    );
    assert!(
        mime_line.contains("application/x-waymark-feedback;"),
        "{mime_line}"
    );
    assert!(
        mime_line.contains("application/x-waymark-move;"),
        "{mime_line}"
    );
    let mime = std::fs::read_to_string(share.join("mime/packages/app.waymark.desktop.xml"))?;
    assert!(
        mime.contains(r#"<glob pattern="*.waymark"/>"#)
            && mime.contains(r#"<icon name="waymark"/>"#)
    );
    // The private move file: its own type, its own icon.
    assert!(
        mime.contains(r#"<mime-type type="application/x-waymark-move">"#)
            && mime.contains(r#"<glob pattern="*.waymark-move"/>"#)
            && mime.contains(r#"<icon name="waymark-move"/>"#),
        "{mime}"
    );
    let desktop_path = share.join("applications/Waymark.desktop");
    let metainfo = share.join("metainfo/app.waymark.desktop.metainfo.xml");
    if have("desktop-file-validate") {
        run(
            "desktop-file-validate",
            &[desktop_path.to_str().ok_or("path")?],
        )?;
    } else {
        eprintln!("packaging: desktop-file-validate is not installed; the desktop entry was checked line by line only");
    }
    if have("appstreamcli") {
        run(
            "appstreamcli",
            &[
                "validate",
                "--no-net",
                "--pedantic",
                metainfo.to_str().ok_or("path")?,
            ],
        )?;
    } else {
        eprintln!("packaging: appstreamcli is not installed; the metainfo was not validated");
    }
    if have("xmllint") {
        run(
            "xmllint",
            &[
                "--noout",
                share
                    .join("mime/packages/app.waymark.desktop.xml")
                    .to_str()
                    .ok_or("path")?,
            ],
        )?;
    }

    // The installed binary, started by a file manager with a plan file.
    let binary = root.path().join("usr/bin/waymark");
    // The tests' stand-ins for the native dialogs are not in a release build:
    // the debug binary names them, the installed one does not.
    let hooks = ["WAYMARK_TEST_OPEN_FILE", "WAYMARK_TEST_SAVE_FILE"];
    let installed = std::fs::read(&binary)?;
    let debug = std::fs::read(waymark_tests::app_binary())?;
    let names = |bytes: &[u8], hook: &str| bytes.windows(hook.len()).any(|w| w == hook.as_bytes());
    for hook in hooks {
        assert!(names(&debug, hook), "the debug build reads {hook}");
        assert!(
            !names(&installed, hook),
            "the release build must not read {hook}"
        );
    }
    std::env::set_var("WAYMARK_BIN", &binary);
    let usb = tempfile::tempdir()?;
    let plan_file = usb.path().join("sam.waymark");
    {
        let (store, _) = waymark_tests::sample::full_plan(&usb.path().join("student"))?;
        store.export_to(
            waymark_core::export::save::ExportFormat::Waymark,
            &waymark_core::share::choice::ShareChoice::default(),
            "",
            &plan_file,
            "en-GB",
            "test",
            None,
        )?;
    }
    let tutor = tempfile::tempdir()?;
    let app = App::launch_opening(tutor.path(), &plan_file).await?;
    let seen = async {
        app.find("#tutor-banner").await?;
        let heading = app.text("#tutor-heading").await?;
        assert!(heading.contains("learning plan"), "{heading}");
        app.screenshot("installed-tutor-review").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    seen?;

    // An upgrade keeps the plan: the plan the previous Waymark wrote opens in
    // the installed one, backed up first.
    let data = tempfile::tempdir()?;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let previous = waymark_core::SCHEMA_VERSION - 1;
    std::fs::copy(
        fixtures.join(format!("plan-v{previous}.sqlite3")),
        data.path().join(waymark_core::DB_FILE_NAME),
    )?;
    let app = App::launch(data.path()).await?;
    let seen = async {
        // That plan's text is at 150%: the menu is folded behind its button.
        app.go_to("goals").await?;
        app.wait_js(
            "return document.body.textContent.includes('Learn to cook for friends')",
            std::time::Duration::from_secs(10),
        )
        .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    seen?;
    let backups: Vec<String> = std::fs::read_dir(data.path().join("backups"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    assert!(
        backups
            .iter()
            .any(|b| b.contains("before-migration") || b.contains("before_migration")),
        "a backup made before the upgrade: {backups:?}"
    );
    std::env::remove_var("WAYMARK_BIN");
    Ok(())
}
