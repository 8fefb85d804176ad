//! The tutor pack, checked by independent tools on a plan with every section
//! and hostile texts: the HTML passes the Nu HTML Checker (vnu.jar from the
//! UI's packages, Java); the PDF passes `qpdf --check`, is tagged, has a page
//! number and the student's name on every page, and `pdftotext` finds the
//! shared words in it. Neither holds the private reflection.

use std::path::{Path, PathBuf};

use waymark_core::export::save::ExportFormat;
use waymark_core::share::choice::ShareChoice;
use waymark_tests::sample::{full_plan, PRIVATE, SHARED};
use waymark_tests::{artifacts_dir, run_tool, workspace_root, Result};

fn run(program: &str, args: &[&std::ffi::OsStr]) -> Result<(bool, String)> {
    run_tool(program, &workspace_root(), args)
}

/// The pack in `format`, in English and German, written where tests look.
fn packs(format: ExportFormat, dir: &Path) -> Result<Vec<PathBuf>> {
    let plan_dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(plan_dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let mut files = Vec::new();
    for lang in ["en-GB", "de"] {
        let path = dir.join(format!("tutor-pack-{lang}.{}", format.extension()));
        store.export_to(format, &choice, "", &path, lang, "1.0.0", None)?;
        files.push(path);
    }
    // Kept for looking at: docs/screenshots/tutor-pack*.png are made from these.
    for file in &files {
        if let Some(name) = file.file_name() {
            std::fs::copy(file, artifacts_dir().join(name))?;
        }
    }
    Ok(files)
}

#[test]
fn the_html_pack_passes_the_nu_html_checker() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let files = packs(ExportFormat::Html, dir.path())?;
    for file in &files {
        let html = std::fs::read_to_string(file)?;
        assert!(!html.contains("<script") && !html.contains("<img"));
        assert!(
            html.contains("<figure class=\"progress\"")
                && html.contains("<svg class=\"bar\" aria-hidden=\"true\""),
            "the progress picture is there, its bars hidden from screen readers"
        );
        assert!(html.contains(SHARED) && !html.contains(PRIVATE));
    }
    let jar = workspace_root().join("ui/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.exists(),
        "vnu.jar comes with the UI's packages (npm ci)"
    );
    let mut args = vec![
        std::ffi::OsStr::new("-jar"),
        jar.as_os_str(),
        std::ffi::OsStr::new("--errors-only"),
    ];
    args.extend(files.iter().map(|f| f.as_os_str()));
    let (ok, report) = run("java", &args)?;
    assert!(ok, "the Nu HTML Checker found errors:\n{report}");
    Ok(())
}

#[test]
fn the_pdf_pack_is_valid_tagged_text_with_names_and_page_numbers() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let files = packs(ExportFormat::Pdf, dir.path())?;
    for (file, lang) in files.iter().zip(["en-GB", "de"]) {
        let (ok, report) = run("qpdf", &[std::ffi::OsStr::new("--check"), file.as_os_str()])?;
        assert!(ok, "qpdf --check:\n{report}");

        let (ok, info) = run("pdfinfo", &[file.as_os_str()])?;
        assert!(ok, "{info}");
        let field = |name: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(name))
                .map(str::trim)
                .unwrap_or_default()
                .to_string()
        };
        assert_eq!(
            field("Tagged:"),
            "yes",
            "tagged for screen readers:\n{info}"
        );
        let pages: usize = field("Pages:").parse()?;
        assert!(pages >= 2, "a full plan takes more than a page ({pages})");

        let (ok, text) = run(
            "pdftotext",
            &[
                std::ffi::OsStr::new("-layout"),
                file.as_os_str(),
                std::ffi::OsStr::new("-"),
            ],
        )?;
        assert!(ok, "{text}");
        assert!(
            text.contains("Swim a length & more <i>"),
            "texts are text, as typed"
        );
        assert!(text.contains(SHARED));
        assert!(text.contains("</style><script>alert(1)</script>"));
        assert!(!text.contains(PRIVATE), "a private reflection leaked");
        // The name and the day at the top of every page, its number at the bottom.
        let page_texts: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(page_texts.len(), pages);
        for (i, page) in page_texts.iter().enumerate() {
            let (shared_by, number) = if lang == "de" {
                (
                    "Geteilt von Sam <b>O'Neil</b> am",
                    format!("Seite {} von {pages}", i + 1),
                )
            } else {
                (
                    "Shared by Sam <b>O'Neil</b> on",
                    format!("Page {} of {pages}", i + 1),
                )
            };
            assert!(page.contains(shared_by), "page {}: {page}", i + 1);
            assert!(page.contains(&number), "page {}: {page}", i + 1);
        }
        // No script, link or action anywhere in the file.
        let bytes = std::fs::read(file)?;
        for marker in [
            b"/JavaScript".as_slice(),
            b"/JS",
            b"/URI",
            b"/Launch",
            b"/OpenAction",
        ] {
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker),
                "{:?}",
                String::from_utf8_lossy(marker)
            );
        }
    }
    Ok(())
}

/// The full plan as a plan file, to change before it is read back.
fn full_plan_file() -> Result<serde_json::Value> {
    let plan_dir = tempfile::tempdir()?;
    let (store, _) = full_plan(plan_dir.path())?;
    let bytes = store.export(
        ExportFormat::Waymark,
        &ShareChoice::default(),
        "en-GB",
        "1.0.0",
    )?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// A name with a right-to-left override, an Arabic name and an Arabic life
/// area: in the PDF, as `pdftotext` reads it, Waymark's own words around them
/// stay in their order, the Arabic reads as Arabic, and no control is drawn.
#[test]
fn bidi_controls_and_arabic_in_the_pdf_turn_nothing_around_them() -> Result<()> {
    use waymark_core::export::words::Words;
    use waymark_core::files::plan_file::PlanFile;
    let mut value = full_plan_file()?;
    let dir = tempfile::tempdir()?;
    for (i, (name, shown)) in [("\u{202E}Sam", "maS"), ("سارة", "سارة")]
        .into_iter()
        .enumerate()
    {
        value["plan"]["name"] = name.into();
        value["plan"]["goals"][0]["title"] = "مرحبا Swim".into();
        let file = PlanFile::parse(&serde_json::to_vec(&value)?)?;
        let pdf = waymark_core::export::pdf::pdf(
            &file.plan,
            &Words::new("en-GB"),
            &file.exported_at,
            "1.0.0",
        )?;
        let path = dir.path().join("bidi.pdf");
        std::fs::write(&path, pdf)?;
        std::fs::copy(
            &path,
            artifacts_dir().join(format!("tutor-pack-bidi-{i}.pdf")),
        )?;
        let (ok, text) = run("pdftotext", &[path.as_os_str(), std::ffi::OsStr::new("-")])?;
        assert!(ok, "{text}");
        for c in ['\u{202E}', '\u{2068}', '\u{2069}'] {
            assert!(!text.contains(c), "a control was drawn: {c:?}");
        }
        // pdftotext marks the right-to-left text it finds with embeddings of
        // its own (RLE … PDF) and guesses the spaces: set those aside.
        let first: String = text
            .lines()
            .next()
            .unwrap_or_default()
            .replace(['\u{202A}', '\u{202B}', '\u{202C}'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            first.starts_with(&format!("Shared by {shown} on ")),
            "the words around the name keep their order: {first:?}"
        );
        assert!(text.contains("learning plan"), "{text}");
    }
    Ok(())
}

/// The PDF's tags are drawn page by page as the pack is laid out: a
/// paragraph that runs over three pages is still one paragraph for a screen
/// reader, whole and in order, and every heading is where it is read (qpdf
/// and poppler's `pdfinfo -struct-text` read the tag tree).
#[test]
fn a_paragraph_over_several_pages_is_one_tagged_paragraph_in_reading_order() -> Result<()> {
    use waymark_core::export::words::Words;
    use waymark_core::files::plan_file::PlanFile;
    let mut value = full_plan_file()?;
    let why: Vec<String> = (0..1500).map(|i| format!("w{i}")).collect();
    let why = why.join(" ");
    value["plan"]["goals"][0]["why"] = why.clone().into();
    let titles: Vec<String> = value["plan"]["goals"]
        .as_array()
        .ok_or("goals")?
        .iter()
        .filter_map(|g| g["title"].as_str().map(str::to_string))
        .collect();
    let file = PlanFile::parse(&serde_json::to_vec(&value)?)?;
    let pdf = waymark_core::export::pdf::pdf(
        &file.plan,
        &Words::new("en-GB"),
        &file.exported_at,
        "1.0.0",
    )?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, pdf)?;
    std::fs::copy(&path, artifacts_dir().join("tutor-pack-long.pdf"))?;

    let (ok, info) = run("pdfinfo", &[path.as_os_str()])?;
    assert!(ok, "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .ok_or("pages")?
        .trim()
        .parse()?;
    assert!(pages >= 4, "the long why runs over pages ({pages})");

    // The tag tree as qpdf reads it: every marked piece of every page is in
    // it once, in the order it is read, and the page's map back to the tags
    // (the parent tree) agrees.
    let (ok, json) = run(
        "qpdf",
        &[
            std::ffi::OsStr::new("--json"),
            std::ffi::OsStr::new("--json-key=pages"),
            std::ffi::OsStr::new("--json-key=qpdf"),
            path.as_os_str(),
        ],
    )?;
    assert!(ok, "{json}");
    let json: serde_json::Value = serde_json::from_str(&json)?;
    let objects = &json["qpdf"][1];
    let object =
        |r: &serde_json::Value| &objects[format!("obj:{}", r.as_str().unwrap_or(""))]["value"];
    let page_refs: Vec<&str> = json["pages"]
        .as_array()
        .ok_or("pages")?
        .iter()
        .filter_map(|p| p["object"].as_str())
        .collect();
    let page_of = |r: &serde_json::Value| page_refs.iter().position(|p| Some(*p) == r.as_str());
    let root = object(&objects["trailer"]["value"]["/Root"]);
    let tree_root = object(&root["/StructTreeRoot"]);
    let document = object(&tree_root["/K"][0]);
    assert_eq!(document["/S"], "/Document");
    // (tag, [(page, mcid)]) for each element, in tree order.
    let mut elements = Vec::new();
    for kid in document["/K"].as_array().ok_or("kids")? {
        let element = object(kid);
        let mut marks = Vec::new();
        for k in element["/K"].as_array().ok_or("marks")? {
            match k.as_i64() {
                Some(mcid) => marks.push((page_of(&element["/Pg"]).ok_or("pg")?, mcid)),
                None => marks.push((
                    page_of(&k["/Pg"]).ok_or("pg")?,
                    k["/MCID"].as_i64().ok_or("mcid")?,
                )),
            }
        }
        elements.push((
            kid.as_str().unwrap_or("").to_string(),
            element["/S"].as_str().unwrap_or("").to_string(),
            marks,
        ));
    }
    let read: Vec<(usize, i64)> = elements.iter().flat_map(|(_, _, m)| m.clone()).collect();
    let nums = tree_root["/ParentTree"]["/Nums"].as_array().ok_or("nums")?;
    let mut expected = Vec::new();
    for (page, r) in page_refs.iter().enumerate() {
        let key = &objects[format!("obj:{r}")]["value"]["/StructParents"];
        let at = nums
            .iter()
            .step_by(2)
            .position(|n| n == key)
            .ok_or("parent tree")?;
        let parents = object(&nums[at * 2 + 1]).as_array().ok_or("parents")?;
        for (mcid, parent) in parents.iter().enumerate() {
            expected.push((page, mcid as i64));
            let holder = elements
                .iter()
                .find(|(_, _, m)| m.contains(&(page, mcid as i64)));
            assert_eq!(
                holder.map(|(r, ..)| r.as_str()),
                parent.as_str(),
                "page {page} mark {mcid}"
            );
        }
    }
    assert_eq!(read, expected, "every mark once, in reading order");

    // The why's paragraph runs over pages and pdfinfo finds it one paragraph.
    let (_, tree) = run(
        "pdfinfo",
        &[std::ffi::OsStr::new("-struct-text"), path.as_os_str()],
    )?;
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let lines: Vec<&str> = tree.lines().filter(|l| l.starts_with("  ")).collect();
    let at = lines
        .iter()
        .position(|l| squeeze(l).starts_with("\"w0w1w2"))
        .ok_or("the why")?;
    assert!(
        lines[at - 1].trim_start().starts_with("P "),
        "{}",
        lines[at - 1]
    );
    let index = lines[..at].iter().filter(|l| !l.starts_with("   ")).count() - 1;
    let pages_of_why: std::collections::BTreeSet<usize> =
        elements[index].2.iter().map(|(page, _)| *page).collect();
    assert!(
        pages_of_why.len() >= 3,
        "one paragraph over pages {pages_of_why:?}"
    );
    let headings: Vec<String> = lines
        .iter()
        .filter_map(|l| l.trim_start().strip_prefix("H3 \""))
        .filter_map(|l| l.strip_suffix("\" (block)"))
        .map(str::to_string)
        .collect();
    assert_eq!(
        headings.get(..titles.len()),
        Some(titles.as_slice()),
        "the goals' headings first, in order: {headings:?}"
    );
    Ok(())
}

/// The recovery sheet's PDF, in both languages: valid (`qpdf --check`),
/// tagged, one page, and `pdftotext` reads the plain line and the code as
/// the screen shows it, with nothing else from the plan.
#[test]
fn the_recovery_sheet_pdf_is_one_plain_tagged_page_with_the_code() -> Result<()> {
    use waymark_core::export::words::Words;
    use waymark_core::store::keys::RecoveryCode;
    let dir = tempfile::tempdir()?;
    let code = RecoveryCode::random()?;
    let groups = code.groups();
    for (lang, line) in [
        ("en-GB", "This code opens the Waymark plan on this laptop"),
        (
            "de",
            "Dieser Code öffnet den Waymark-Plan auf diesem Laptop",
        ),
    ] {
        let bytes =
            waymark_core::export::pdf::recovery_sheet(&groups, "2026-12-01", &Words::new(lang))?;
        let file = dir.path().join(format!("sheet-{lang}.pdf"));
        std::fs::write(&file, bytes)?;
        let (ok, report) = run("qpdf", &[std::ffi::OsStr::new("--check"), file.as_os_str()])?;
        assert!(ok, "qpdf --check:\n{report}");
        let (ok, info) = run("pdfinfo", &[file.as_os_str()])?;
        assert!(
            ok && info.contains("Tagged:          yes") && info.contains("Pages:           1"),
            "{info}"
        );
        let (ok, text) = run("pdftotext", &[file.as_os_str(), std::ffi::OsStr::new("-")])?;
        assert!(ok, "{text}");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(line), "{flat}");
        assert!(
            flat.contains(&groups.join(" - ")),
            "the code, in its groups: {flat}"
        );
        // Typed back from the paper, it is the same code.
        assert_eq!(RecoveryCode::parse(&groups.join(" "))?, code);
    }
    Ok(())
}
