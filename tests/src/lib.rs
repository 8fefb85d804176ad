//! Helpers for driving the real Waymark app through `tauri-driver` and
//! WebKitWebDriver. The app under test is the built binary, started with an
//! empty temporary data folder so a real user's plan is never touched.

pub mod bench;
pub mod friendly;
pub mod sample;
pub mod ten_year;
pub mod term;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How many top-level windows titled `title` belong to a Waymark running on
/// the plan in `dir`. Another test's app that is still closing on the same
/// display is not counted.
pub fn window_count(title: &str, dir: &Path) -> Result<usize> {
    x11::window_count(title, dir)
}

/// Runs an independent tool; whether it succeeded, and all it printed.
pub fn run_tool<S: AsRef<std::ffi::OsStr>>(
    program: &str,
    dir: &Path,
    args: &[S],
) -> Result<(bool, String)> {
    let out = Command::new(program).current_dir(dir).args(args).output()?;
    Ok((
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    ))
}

/// The main window's title (tauri.conf.json).
pub const APP_TITLE: &str = "Waymark";

pub type Result<T, E = Box<dyn std::error::Error + Send + Sync>> = std::result::Result<T, E>;

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The app binary under test: `$WAYMARK_BIN`, else `target/debug/waymark`.
pub fn app_binary() -> PathBuf {
    std::env::var_os("WAYMARK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/waymark"))
}

/// Where tests put screenshots to look at.
pub fn artifacts_dir() -> PathBuf {
    let dir = workspace_root().join("target/e2e-artifacts");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// A port nothing listens on, never one already handed out by this process.
/// The tests of one file run side by side: the OS may hand a port just freed
/// by one test's check to the next test before the first test's driver binds
/// it, and one WebKitWebDriver then fails ("Unable to listen") while another
/// test talks to the wrong app.
fn free_port() -> Result<u16> {
    static HANDED_OUT: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut handed_out = HANDED_OUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        if !handed_out.contains(&port) {
            handed_out.push(port);
            return Ok(port);
        }
    }
}

/// Checks what a real-app test needs, with a message that says how to get it.
pub fn preflight() -> Result<()> {
    let bin = app_binary();
    if !bin.exists() {
        return Err(format!(
            "The app binary {} is missing. Build it first (cargo build -p waymark), or run the README's test command.",
            bin.display()
        )
        .into());
    }
    if std::env::var_os("DISPLAY").is_none() {
        return Err("No X display. Run real-app tests under Xvfb (the README's test command does: xvfb-run ...).".into());
    }
    if Command::new("tauri-driver")
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        return Err("tauri-driver is not installed: cargo install tauri-driver --locked".into());
    }
    Ok(())
}

/// A running Waymark, driven through WebDriver.
pub struct App {
    pub client: Client,
    driver: Child,
    /// Every key the test pressed, in order, for the keyboard-path report.
    keylog: std::sync::Mutex<Vec<String>>,
    /// The app's plan folder: how its window is told apart from any other.
    data_dir: PathBuf,
}

impl App {
    /// Starts tauri-driver and, through it, the app with `data_dir` as its plan folder.
    pub async fn launch(data_dir: &Path) -> Result<App> {
        App::launch_with(data_dir, &[]).await
    }

    /// Like [`App::launch`], with extra environment variables for the app (for
    /// example `WAYMARK_TEST_OPEN_FILE`, which stands in for the native dialog).
    pub async fn launch_with(data_dir: &Path, env: &[(&str, &Path)]) -> Result<App> {
        App::start(data_dir, env, &[]).await
    }

    /// Starts the app the way a file manager does when someone opens `file`
    /// with Waymark: the file's path is its argument.
    pub async fn launch_opening(data_dir: &Path, file: &Path) -> Result<App> {
        App::start(data_dir, &[], &[file]).await
    }

    async fn start(data_dir: &Path, env: &[(&str, &Path)], args: &[&Path]) -> Result<App> {
        preflight()?;
        let port = free_port()?;
        let native_port = free_port()?;
        let driver = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("WAYMARK_DATA_DIR", data_dir)
            .envs(env.iter().map(|(k, v)| (*k, *v)))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()?;
        let mut app_guard = DriverGuard(Some(driver), data_dir.to_owned());

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert(
            "tauri:options".into(),
            json!({ "application": app_binary(), "args": args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() < deadline => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(error) => {
                    return Err(
                        format!("could not start the app through tauri-driver: {error}").into(),
                    )
                }
            }
        };
        let driver = app_guard.0.take().ok_or("driver gone")?;
        let app = App {
            client,
            driver,
            keylog: std::sync::Mutex::new(Vec::new()),
            data_dir: data_dir.to_owned(),
        };
        app.wait_js(
            "return document.body.dataset.ready === 'true'",
            Duration::from_secs(30),
        )
        .await
        .map_err(|e| format!("the app did not become ready: {e}"))?;
        // The window starts hidden and the page shows it before it says it is
        // ready (no empty or white window first): it must be showing now.
        let visibility = app.js("return document.visibilityState").await?;
        if visibility != "visible" {
            return Err(format!("ready, but the window is not showing ({visibility})").into());
        }
        Ok(app)
    }

    /// Ends the session (which closes the app) and stops tauri-driver
    /// politely, once the app has gone: stopped while the app is still
    /// closing, the driver would leave it running on its own, and the next
    /// test's app would find it and wait for it (one instance at a time).
    pub async fn quit(mut self) -> Result<()> {
        let closed = self.client.clone().close().await;
        let dir = self.data_dir.clone();
        tokio::task::spawn_blocking(move || wait_for_apps_to_go(&dir, Duration::from_secs(30)))
            .await?;
        stop_driver(&mut self.driver);
        end_apps_on(&self.data_dir);
        closed?;
        Ok(())
    }

    /// Closes the window the way a student does, with the title bar's close
    /// button: the window gets WM_DELETE_WINDOW, as a window manager sends it.
    /// Returns once the app has saved what was waiting and its window is gone.
    pub async fn close_window(mut self) -> Result<()> {
        let dir = self.data_dir.clone();
        let mine =
            tokio::task::spawn_blocking(move || x11::close_window(APP_TITLE, &dir)).await??;
        let deadline = Instant::now() + Duration::from_secs(30);
        while x11::any_alive(&mine)? {
            if Instant::now() > deadline {
                stop_driver(&mut self.driver);
                return Err("the window did not close within 30 s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // The window has gone; the app and the WebDriver session go with it.
        let _ = self.client.clone().close().await;
        let dir = self.data_dir.clone();
        tokio::task::spawn_blocking(move || wait_for_apps_to_go(&dir, Duration::from_secs(30)))
            .await?;
        stop_driver(&mut self.driver);
        Ok(())
    }

    /// Runs `script` until it returns `true`.
    pub async fn wait_js(&self, script: &str, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            // An error (the page going away under a reload) counts as "not yet".
            match self.client.execute(script, vec![]).await {
                Ok(Value::Bool(true)) => return Ok(()),
                Err(error) if Instant::now() > deadline => {
                    return Err(format!("timed out waiting for: {script}: {error}").into())
                }
                _ if Instant::now() > deadline => {
                    return Err(format!("timed out waiting for: {script}").into())
                }
                _ => {}
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the focused element matches `selector`.
    pub async fn wait_focus(&self, selector: &str) -> Result<()> {
        self.wait_js(
            &format!(
                "return !!document.activeElement && document.activeElement.matches({})",
                serde_json::to_string(selector)?
            ),
            Duration::from_secs(10),
        )
        .await
    }

    pub async fn js(&self, script: &str) -> Result<Value> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Types keys into whatever has focus, as a keyboard would.
    pub async fn keys(&self, text: &str) -> Result<()> {
        self.log(format!("type \"{text}\""));
        self.send(text).await
    }

    /// Sends keys to what has focus *now*: when the page replaces the focused
    /// element between finding it and typing (a screen still drawing), the
    /// new one is found again, as a keyboard would simply go on typing.
    async fn send(&self, text: &str) -> Result<()> {
        let mut tries = 0;
        loop {
            let sent = async { self.client.active_element().await?.send_keys(text).await }.await;
            match sent {
                Err(fantoccini::error::CmdError::Standard(e))
                    if e.error == fantoccini::error::ErrorStatus::StaleElementReference
                        && tries < 3 =>
                {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                other => return Ok(other?),
            }
        }
    }

    pub async fn press(&self, key: Key) -> Result<()> {
        self.log(format!("{key:?}"));
        self.send(&char::from(key).to_string()).await
    }

    fn log(&self, entry: String) {
        if let Ok(mut log) = self.keylog.lock() {
            log.push(entry);
        }
    }

    /// The keys pressed so far, with runs of Tab folded ("Tab ×3").
    pub fn keyboard_path(&self) -> Vec<String> {
        let log = self.keylog.lock().map(|l| l.clone()).unwrap_or_default();
        let mut folded: Vec<(String, usize)> = Vec::new();
        for entry in log {
            match folded.last_mut() {
                Some((last, n)) if *last == entry && entry == "Tab" => *n += 1,
                _ => folded.push((entry, 1)),
            }
        }
        folded
            .into_iter()
            .map(|(e, n)| if n > 1 { format!("{e} ×{n}") } else { e })
            .collect()
    }

    /// Writes the keyboard path to `target/a11y/keyboard-<name>.json`.
    pub fn save_keyboard_path(&self, name: &str, task: &str) -> Result<()> {
        let dir = workspace_root().join("target/a11y");
        std::fs::create_dir_all(&dir)?;
        let json = serde_json::json!({ "task": task, "keys": self.keyboard_path() });
        std::fs::write(
            dir.join(format!("keyboard-{name}.json")),
            serde_json::to_string_pretty(&json)?,
        )?;
        Ok(())
    }

    /// Presses Tab until the focused element matches `selector`, proving it can be
    /// reached by keyboard. Fails after `max` presses.
    pub async fn tab_to(&self, selector: &str, max: usize) -> Result<()> {
        let check = format!(
            "return !!document.activeElement && document.activeElement.matches({})",
            serde_json::to_string(selector)?
        );
        for presses in 0..=max {
            if self.js(&check).await? == Value::Bool(true) {
                self.log(format!("(focus on {selector})"));
                return Ok(());
            }
            if presses < max {
                self.press(Key::Tab).await?;
            }
        }
        let _ = self.screenshot("tab-to-failed").await;
        let focused = self
            .js("const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'nothing'")
            .await?;
        Err(
            format!("could not reach {selector} with {max} presses of Tab; focus is on {focused}")
                .into(),
        )
    }

    /// Goes to a screen of the main menu (`#nav-{screen}`), opening the menu
    /// first where large text or a narrow window has folded it.
    pub async fn go_to(&self, screen: &str) -> Result<()> {
        self.js("const b = document.querySelector('#menu-button'); if (b && b.getAttribute('aria-expanded') === 'false') b.click(); return true")
            .await?;
        self.click(&format!("#nav-{screen}")).await
    }

    /// Sets the look in Settings: a theme, a language and, if given, a text
    /// size (per cent); opens the folded menu first if large text folded it.
    pub async fn set_look(&self, theme: &str, lang: &str, size: Option<u16>) -> Result<()> {
        self.go_to("settings").await?;
        self.find("#setting-language")
            .await?
            .select_by_value(lang)
            .await?;
        self.click(&format!("input[name=theme][value={theme}]"))
            .await?;
        if let Some(size) = size {
            self.js(&format!("const r = document.querySelector(\"input[name=text-size][value='{size}']\"); if (!r.checked) r.click(); return true"))
                .await?;
        }
        self.wait_js(
            &format!("return document.documentElement.dataset.theme === '{theme}' && document.documentElement.lang === '{lang}'"),
            Duration::from_secs(5),
        )
        .await?;
        self.wait_saved().await
    }

    /// Waits until the "Saved" status shows and nothing is still being saved.
    pub async fn wait_saved(&self) -> Result<()> {
        self.wait_js(
            "return document.querySelector('.save-status').dataset.state === 'saved'",
            Duration::from_secs(10),
        )
        .await
    }

    /// Finds an element (waiting for it) and clicks it.
    /// Presses Enter on `css` (a button or a link): the keyboard, not a click.
    pub async fn press_on(&self, css: &str) -> Result<()> {
        self.find(css)
            .await?
            .send_keys(&char::from(Key::Enter).to_string())
            .await?;
        Ok(())
    }

    /// The three words a sealing choice suggests in `#{id}-words`, once they
    /// are there.
    pub async fn suggested_words(&self, id: &str) -> Result<String> {
        self.wait_js(
            &format!("return document.querySelector('#{id}-words')?.value.split(' ').length === 3"),
            Duration::from_secs(10),
        )
        .await?;
        Ok(self
            .js(&format!(
                "return document.querySelector('#{id}-words').value"
            ))
            .await?
            .as_str()
            .unwrap_or_default()
            .to_owned())
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        self.find(css).await?.click().await?;
        Ok(())
    }

    /// Waits up to 10 s for an element; the error names the selector and a
    /// screenshot is saved as `find-failed.png`.
    pub async fn find(&self, css: &str) -> Result<Element> {
        // Polled by hand rather than with fantoccini's `wait().for_element`,
        // which gives up on the first error that is not "no such element".
        // A screen that reloads the page (locking does, to drop everything
        // the plan put in memory) makes WebKitWebDriver answer "Callback was
        // not called before the unload event" while the old page goes; that
        // is a moment to wait through, not a missing element.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => return Ok(element),
                Err(error) if Instant::now() >= deadline => {
                    let _ = self.screenshot("find-failed").await;
                    return Err(format!("could not find {css}: {error}").into());
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// The text of an element (waiting for it).
    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// Saves a screenshot of the screen the app is on, taken at X level with
    /// ImageMagick's `import`. (WebKitWebDriver's own screenshot command can hang
    /// on an idle page and then wedge the session, so it is not used.)
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        // The tests of a file run side by side, each with its window on the
        // same screen: this one's goes on top first, or the picture may be
        // another test's. Then the last change paints.
        let dir = self.data_dir.clone();
        tokio::task::spawn_blocking(move || x11::raise(APP_TITLE, &dir)).await??;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let path = artifacts_dir().join(format!("{name}.png"));
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .status()
            .map_err(|e| format!("ImageMagick's import is needed for screenshots: {e}"))?;
        if !status.success() {
            return Err(format!("import could not take the screenshot {name}: {status}").into());
        }
        Ok(path)
    }
}

/// A test that panics midway never reaches `quit`: tauri-driver is stopped
/// here too, or it would outlive the test and hold the test run's output open.
impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.driver.try_wait() {
            stop_driver(&mut self.driver);
        }
        end_apps_on(&self.data_dir);
    }
}

/// tauri-driver while the app is starting, and the app's plan folder.
struct DriverGuard(Option<Child>, PathBuf);

impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            stop_driver(child);
            end_apps_on(&self.1);
        }
    }
}

/// The processes of the app started on the plan in `dir` (each test has a
/// plan folder of its own, so these are this test's and no other's).
fn apps_on(dir: &Path) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let is_app = std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| exe.file_name().is_some_and(|n| n == "waymark"));
            is_app && runs_with_plan(*pid, dir)
        })
        .collect()
}

/// Whether process `pid` runs with `WAYMARK_DATA_DIR` set to `dir`.
fn runs_with_plan(pid: u32, dir: &Path) -> bool {
    let wanted = format!("WAYMARK_DATA_DIR={}", dir.display());
    std::fs::read(format!("/proc/{pid}/environ"))
        .map(|env| env.split(|b| *b == 0).any(|var| var == wanted.as_bytes()))
        .unwrap_or(false)
}

/// Waits until the app on the plan in `dir` has gone, at most `wait`.
fn wait_for_apps_to_go(dir: &Path, wait: Duration) {
    let deadline = Instant::now() + wait;
    while !apps_on(dir).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Ends an app of this test that outlived its session (SIGTERM, then after
/// 10 s SIGKILL), and says so: it is a test's leftover, never a next test's
/// business. tauri-driver itself is only ever sent SIGTERM (`stop_driver`).
fn end_apps_on(dir: &Path) {
    let left = apps_on(dir);
    if left.is_empty() {
        return;
    }
    eprintln!(
        "the app on {} outlived its session; ending it",
        dir.display()
    );
    for (signal, wait) in [("-TERM", 10), ("-KILL", 5)] {
        for pid in apps_on(dir) {
            let _ = Command::new("kill")
                .args([signal, &pid.to_string()])
                .status();
        }
        wait_for_apps_to_go(dir, Duration::from_secs(wait));
        if apps_on(dir).is_empty() {
            return;
        }
    }
}

/// SIGTERM, never SIGKILL: tauri-driver then stops its WebKitWebDriver too, and
/// no stale driver keeps a port for the next run.
fn stop_driver(child: &mut Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Talking to the X server directly, as a window manager would.
mod x11 {
    use std::path::Path;

    use super::runs_with_plan;

    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{
        AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window, CLIENT_MESSAGE_EVENT,
    };

    type Result<T> = super::Result<T>;
    /// A window, and the process id it says it belongs to.
    type Titled = (Window, Option<u32>);

    /// Top-level windows whose title is `title`, with the process id each
    /// window says it belongs to (`_NET_WM_PID`), if it says.
    fn windows_titled(
        title: &str,
    ) -> Result<(x11rb::rust_connection::RustConnection, Vec<Titled>)> {
        let (conn, screen) = x11rb::connect(None)?;
        let root = conn.setup().roots[screen].root;
        let utf8 = conn.intern_atom(false, b"UTF8_STRING")?.reply()?.atom;
        let net_name = conn.intern_atom(false, b"_NET_WM_NAME")?.reply()?.atom;
        let net_pid = conn.intern_atom(false, b"_NET_WM_PID")?.reply()?.atom;
        let mut found = Vec::new();
        for window in conn.query_tree(root)?.reply()?.children {
            let name = conn
                .get_property(false, window, net_name, utf8, 0, 256)?
                .reply()?
                .value;
            let name = if name.is_empty() {
                conn.get_property(false, window, AtomEnum::WM_NAME, AtomEnum::STRING, 0, 256)?
                    .reply()?
                    .value
            } else {
                name
            };
            if name == title.as_bytes() {
                let pid = conn
                    .get_property(false, window, net_pid, AtomEnum::CARDINAL, 0, 1)?
                    .reply()?
                    .value32()
                    .and_then(|mut values| values.next());
                found.push((window, pid));
            }
        }
        Ok((conn, found))
    }

    pub fn window_count(title: &str, dir: &Path) -> Result<usize> {
        Ok(windows_titled(title)?
            .1
            .into_iter()
            .filter(|(_, pid)| pid.is_some_and(|pid| runs_with_plan(pid, dir)))
            .count())
    }

    /// Whether any of these windows is still on the screen.
    pub fn any_alive(windows: &[Window]) -> Result<bool> {
        let (conn, screen) = x11rb::connect(None)?;
        let root = conn.setup().roots[screen].root;
        let now = conn.query_tree(root)?.reply()?.children;
        Ok(windows.iter().any(|w| now.contains(w)))
    }

    /// Puts the window titled `title` of the app on the plan in `dir` above
    /// every other window (there is no window manager to do it).
    pub fn raise(title: &str, dir: &Path) -> Result<()> {
        use x11rb::protocol::xproto::{ConfigureWindowAux, StackMode};
        let (conn, windows) = windows_titled(title)?;
        for (window, pid) in windows {
            if pid.is_some_and(|pid| runs_with_plan(pid, dir)) {
                conn.configure_window(
                    window,
                    &ConfigureWindowAux::new().stack_mode(StackMode::ABOVE),
                )?;
            }
        }
        // Carried out before the connection goes (see `close_window`).
        conn.get_input_focus()?.reply()?;
        Ok(())
    }

    /// Sends WM_DELETE_WINDOW to the window titled `title` of the app that
    /// runs on the plan in `dir` (never to another Waymark on the display).
    /// Returns the windows it asked to close.
    pub fn close_window(title: &str, dir: &Path) -> Result<Vec<Window>> {
        let (conn, windows) = windows_titled(title)?;
        let mine: Vec<Window> = windows
            .into_iter()
            .filter(|(_, pid)| pid.is_some_and(|pid| runs_with_plan(pid, dir)))
            .map(|(window, _)| window)
            .collect();
        if mine.is_empty() {
            return Err(format!(
                "no window titled {title:?} for the plan in {}",
                dir.display()
            )
            .into());
        }
        let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
        let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
        for &window in &mine {
            let event = ClientMessageEvent {
                response_type: CLIENT_MESSAGE_EVENT,
                format: 32,
                sequence: 0,
                window,
                type_: protocols,
                data: [delete, x11rb::CURRENT_TIME, 0, 0, 0].into(),
            };
            conn.send_event(false, window, EventMask::NO_EVENT, event)?;
        }
        // A round trip before the connection goes (as XSync does): the server
        // has then carried out the requests above. Flushing only writes them,
        // and a connection closed straight after may lose them: under load,
        // one close in three never reached the window.
        conn.get_input_focus()?.reply()?;
        Ok(mine)
    }
}
