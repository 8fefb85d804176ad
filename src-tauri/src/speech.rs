//! "Read this to me": the laptop's own offline voice reads a screen's
//! sentences aloud, one at a time, so the page can mark the one being read.
//! Nothing leaves the laptop.
//!
//! The voice is the first of these that is there:
//! - speech-dispatcher (`spd-say`), the desktop's speech service, with the
//!   voices the laptop has set up (espeak-ng, Piper, RHVoice...);
//! - espeak-ng on its own, where speech-dispatcher is missing or cannot speak.
//!
//! The programs are looked for in `$WAYMARK_SPEECH_PATH` if set (tests:
//! an empty folder is a laptop without a voice), else in `$PATH`. With
//! `$WAYMARK_TEST_SPEECH_DIR` set, the voice is espeak-ng writing each
//! sentence to a WAV file in that folder (with a line in `said.jsonl` of what
//! it said, in which language, voice and speed), then waiting as long as the
//! sentence lasts, as a voice would: the test run's ears.
//!
//! One reading at a time: a new one, "Stop", Escape, locking the plan and
//! closing the window each stop the one going at once (its program is ended).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;
use waymark_core::export::reading::Reading;
use waymark_core::store::settings::ReadAloudSettings;
use waymark_core::ErrorCode;

use crate::ApiError;

/// Where the voice programs are looked for instead of `$PATH`.
pub const SPEECH_PATH_ENV: &str = "WAYMARK_SPEECH_PATH";
/// Where the test run's voice writes what it says.
pub const TEST_SPEECH_DIR_ENV: &str = "WAYMARK_TEST_SPEECH_DIR";

/// The longest a voice program may take to list its voices or say it works.
const ASK_AT_MOST: Duration = Duration::from_secs(5);
/// How often a sentence being said is looked at (to stop it at once).
const POLL: Duration = Duration::from_millis(20);

/// One of the laptop's voices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Voice {
    /// The name the voice program knows it by.
    pub id: String,
    /// Its name for people.
    pub label: String,
}

/// Whether this laptop can read aloud, and its voices for English and German.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SpeechStatus {
    pub available: bool,
    pub voices_en: Vec<Voice>,
    pub voices_de: Vec<Voice>,
}

/// What a reading tells the page as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ReadingEvent {
    /// This sentence (by its place in the reading's list) is being read now.
    Sentence { index: u32 },
    /// Read to the end.
    Finished,
    /// Stopped before the end.
    Stopped,
    /// The voice program failed; nothing more is read.
    Failed,
}

#[derive(Debug, Clone)]
enum Engine {
    Dispatcher(PathBuf),
    Espeak(PathBuf),
    Recorder { espeak: PathBuf, dir: PathBuf },
    None,
}

/// The program `name` in the folders of `path` (as `$PATH` lists them).
fn find_program(name: &str, path: &std::ffi::OsStr) -> Option<PathBuf> {
    std::env::split_paths(path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|file| is_program(file))
}

fn is_program(file: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(file).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        file.is_file()
    }
}

/// Runs a voice program to its end (at most [`ASK_AT_MOST`]) and gives its
/// output when it succeeded.
fn ask(program: &Path, args: &[&str]) -> Option<String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // Read while it runs: a long list would fill the pipe and stall it.
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut out).map(|_| out)
    });
    let deadline = Instant::now() + ASK_AT_MOST;
    let succeeded = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status.success(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(POLL),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break false;
            }
        }
    };
    let out = reader.join().ok()?.ok()?;
    succeeded.then_some(out)
}

impl Engine {
    fn find() -> Engine {
        // The test switches are in debug builds only: a release build never
        // writes what it reads to a file, whatever its environment says.
        let test_var = |name: &str| {
            if cfg!(debug_assertions) {
                std::env::var_os(name)
            } else {
                None
            }
        };
        let path = test_var(SPEECH_PATH_ENV)
            .or_else(|| std::env::var_os("PATH"))
            .unwrap_or_default();
        let espeak = find_program("espeak-ng", &path).or_else(|| find_program("espeak", &path));
        if let Some(dir) = test_var(TEST_SPEECH_DIR_ENV) {
            return match espeak {
                Some(espeak) => Engine::Recorder {
                    espeak,
                    dir: dir.into(),
                },
                None => Engine::None,
            };
        }
        // speech-dispatcher speaks when it lists an output module (it starts
        // itself for that, and fails where it has no voice or no sound).
        if let Some(spd) = find_program("spd-say", &path) {
            if ask(&spd, &["-O"])
                .is_some_and(|out| out.lines().skip(1).any(|l| !l.trim().is_empty()))
            {
                return Engine::Dispatcher(spd);
            }
        }
        espeak.map_or(Engine::None, Engine::Espeak)
    }

    /// The engine's voices whose language is `language` (`en`, `de`).
    fn voices(&self, language: &str) -> Vec<Voice> {
        let mut voices = match self {
            Engine::Dispatcher(spd) => ask(spd, &["-L"])
                .map(|out| dispatcher_voices(&out, language))
                .unwrap_or_default(),
            Engine::Espeak(espeak) | Engine::Recorder { espeak, .. } => {
                ask(espeak, &[&format!("--voices={language}")])
                    .map(|out| espeak_voices(&out, language))
                    .unwrap_or_default()
            }
            Engine::None => Vec::new(),
        };
        voices.sort_by(|a, b| a.id.cmp(&b.id));
        voices.dedup_by(|a, b| a.id == b.id);
        voices.sort_by(|a, b| a.label.cmp(&b.label));
        voices
    }

    /// Says one sentence, returning when it has been said or `turn` was
    /// stopped.
    fn say(&self, turn: &Turn, said: Said<'_>) -> std::io::Result<()> {
        match self {
            Engine::Dispatcher(spd) => {
                let mut command = Command::new(spd);
                command.args(["-w", "-N", "waymark", "-l", said.language]);
                command.args(["-r", &said.rate.to_string()]);
                if let Some(voice) = said.voice {
                    command.args(["-y", voice]);
                }
                command.arg("--").arg(said.text);
                turn.run(command, None)
            }
            Engine::Espeak(espeak) => {
                turn.run(espeak_command(espeak, &said, None), Some(said.text))
            }
            Engine::Recorder { espeak, dir } => record(turn, espeak, dir, &said),
            Engine::None => Err(std::io::Error::other("no voice")),
        }
    }
}

/// One sentence as the voice gets it.
struct Said<'a> {
    index: usize,
    text: &'a str,
    /// `en-GB`, `de` or `ar`.
    language: &'a str,
    /// One of the engine's voices, or `None` for its usual one.
    voice: Option<&'a str>,
    /// -100 to 100, as speech-dispatcher takes it.
    rate: i32,
}

/// espeak-ng's words per minute for a speech-dispatcher rate (175 is its own).
fn words_per_minute(rate: i32) -> u32 {
    (175.0 * 2f64.powf(f64::from(rate) / 100.0)).round() as u32
}

/// espeak-ng saying the sentence, or writing it to `wav`.
fn espeak_command(espeak: &Path, said: &Said<'_>, wav: Option<&Path>) -> Command {
    let mut command = Command::new(espeak);
    let voice = said
        .voice
        .map_or_else(|| said.language.to_lowercase(), str::to_owned);
    command.args(["-v", &voice, "-s", &words_per_minute(said.rate).to_string()]);
    if let Some(wav) = wav {
        command.arg("-w").arg(wav);
    }
    // The text comes on its standard input: never read as an option, and not
    // on a command line other accounts on the laptop can list.
    command.arg("--stdin");
    command
}

/// The test run's voice: the sentence as a WAV file and a line in
/// `said.jsonl`, then a wait as long as the sentence lasts.
fn record(turn: &Turn, espeak: &Path, dir: &Path, said: &Said<'_>) -> std::io::Result<()> {
    let wav = dir.join(format!("{:04}.wav", said.index));
    let mut line = serde_json::json!({
        "index": said.index,
        "text": said.text,
        "language": said.language,
        "voice": said.voice,
        "rate": said.rate,
        "wav": wav,
    })
    .to_string();
    line.push('\n');
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("said.jsonl"))?
        .write_all(line.as_bytes())?;
    turn.run(espeak_command(espeak, said, Some(&wav)), Some(said.text))?;
    turn.wait(wav_length(&wav).unwrap_or_default());
    if turn.stopped() {
        let line = format!("{}\n", serde_json::json!({ "stopped": said.index }));
        std::fs::OpenOptions::new()
            .append(true)
            .open(dir.join("said.jsonl"))?
            .write_all(line.as_bytes())?;
    }
    Ok(())
}

/// How long a PCM WAV file plays.
fn wav_length(wav: &Path) -> Option<Duration> {
    let bytes = std::fs::read(wav).ok()?;
    let byte_rate = u32::from_le_bytes(bytes.get(28..32)?.try_into().ok()?);
    let data = bytes.len().checked_sub(44)?;
    (byte_rate > 0).then(|| Duration::from_secs_f64(data as f64 / f64::from(byte_rate)))
}

/// `spd-say -L`'s lines (`NAME LANGUAGE VARIANT`) for `language`.
fn dispatcher_voices(out: &str, language: &str) -> Vec<Voice> {
    out.lines()
        .skip(1)
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [name @ .., tag, _variant] = words.as_slice() else {
                return None;
            };
            let name = name.join(" ");
            (!name.is_empty() && speaks(tag, language)).then(|| Voice {
                id: name.clone(),
                label: name.replace('_', " "),
            })
        })
        .collect()
}

/// `espeak-ng --voices=xx`'s lines (`Pty Language Age/Gender VoiceName File
/// ...`) for `language`, without MBROLA's voices (they need packages of
/// their own, seldom there).
fn espeak_voices(out: &str, language: &str) -> Vec<Voice> {
    out.lines()
        .skip(1)
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [_, tag, _, name, file, ..] = words.as_slice() else {
                return None;
            };
            (speaks(tag, language) && !file.starts_with("mb/")).then(|| Voice {
                id: (*tag).to_owned(),
                label: name.replace('_', " "),
            })
        })
        .collect()
}

/// Whether a voice's language tag (`en-GB`, `en-gb-scotland`, `de`) is of
/// `language` (`en`, `de`).
fn speaks(tag: &str, language: &str) -> bool {
    tag.split(['-', '_'])
        .next()
        .is_some_and(|t| t.eq_ignore_ascii_case(language))
}

/// One reading, while it goes.
struct Turn {
    stopped: AtomicBool,
    /// The program saying the sentence now.
    child: Mutex<Option<Child>>,
    /// Woken when the turn is stopped (the test voice's wait).
    woken: (Mutex<()>, Condvar),
    /// speech-dispatcher's `spd-say`, when it is the voice: ending it does
    /// not end what the service is saying, which is stopped apart.
    service: Option<PathBuf>,
}

impl Turn {
    fn stopped(&self) -> bool {
        self.stopped.load(Ordering::SeqCst)
    }

    /// Stops the turn, and what it is saying, before it returns.
    fn stop(&self) {
        if self.stopped.swap(true, Ordering::SeqCst) {
            return;
        }
        self.end_child();
        if let Some(spd) = &self.service {
            // The service's `-S` stops the message it is saying now.
            let _ = ask(spd, &["-N", "waymark", "-S"]);
        }
        let _guard = self.woken.0.lock();
        self.woken.1.notify_all();
    }

    fn end_child(&self) {
        if let Ok(mut child) = self.child.lock() {
            if let Some(child) = child.as_mut() {
                let _ = child.kill();
            }
        }
    }

    /// Runs `command` to its end, or until the turn is stopped; `text`, if
    /// any, is written to its standard input.
    fn run(&self, mut command: Command, text: Option<&str>) -> std::io::Result<()> {
        command
            .stdin(if text.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = command.spawn()?;
        if let (Some(text), Some(mut stdin)) = (text, child.stdin.take()) {
            // A sentence is at most a few hundred bytes: it fits the pipe.
            let written = stdin.write_all(text.as_bytes());
            drop(stdin);
            if let Err(error) = written {
                let _ = child.kill();
                let _ = child.wait();
                return Err(error);
            }
        }
        {
            let mut slot = self
                .child
                .lock()
                .map_err(|_| std::io::Error::other("lock"))?;
            *slot = Some(child);
        }
        if self.stopped() {
            self.end_child();
        }
        let status = loop {
            let mut slot = self
                .child
                .lock()
                .map_err(|_| std::io::Error::other("lock"))?;
            let Some(child) = slot.as_mut() else {
                return Ok(());
            };
            match child.try_wait() {
                Ok(Some(status)) => {
                    *slot = None;
                    break status;
                }
                Ok(None) => {}
                Err(error) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    *slot = None;
                    return Err(error);
                }
            }
            drop(slot);
            std::thread::sleep(POLL);
        };
        if status.success() || self.stopped() {
            Ok(())
        } else {
            Err(std::io::Error::other("the voice program failed"))
        }
    }

    /// Waits `length`, or until the turn is stopped.
    fn wait(&self, length: Duration) {
        let deadline = Instant::now() + length;
        let Ok(mut guard) = self.woken.0.lock() else {
            return;
        };
        while !self.stopped() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.woken.1.wait_timeout(guard, left) {
                Ok((next, _)) => guard = next,
                Err(_) => return,
            }
        }
    }
}

/// The app's reader: its voice (found once, when first asked for) and the
/// reading going now.
#[derive(Default)]
pub struct Speech {
    engine: OnceLock<Engine>,
    status: OnceLock<SpeechStatus>,
    now: Mutex<Option<Arc<Turn>>>,
}

impl Speech {
    fn engine(&self) -> &Engine {
        self.engine.get_or_init(Engine::find)
    }

    /// Whether the laptop has a voice, and its voices.
    pub fn status(&self) -> SpeechStatus {
        self.status
            .get_or_init(|| {
                let engine = self.engine();
                SpeechStatus {
                    available: !matches!(engine, Engine::None),
                    voices_en: engine.voices("en"),
                    voices_de: engine.voices("de"),
                }
            })
            .clone()
    }

    /// Starts reading `reading` aloud, stopping any reading going; `tell`
    /// hears each sentence begin and how the reading ended.
    pub fn read(
        &self,
        reading: Reading,
        settings: &ReadAloudSettings,
        tell: impl Fn(ReadingEvent) + Send + 'static,
    ) -> Result<(), ApiError> {
        // Asking for the voices first (it can take a moment the first
        // time), so nothing can start in between the stop and the start.
        let status = self.status();
        if !status.available {
            self.stop();
            return Err(ApiError::new(ErrorCode::NoVoice, "no voice on this laptop"));
        }
        let engine = self.engine().clone();
        // Only a voice the laptop has is handed to its program.
        let voice = |language: &str| -> Option<String> {
            let chosen = settings.voice_for(language)?;
            let voices = match language.split('-').next() {
                Some("en") => &status.voices_en,
                Some("de") => &status.voices_de,
                _ => return None,
            };
            voices
                .iter()
                .any(|v| v.id == chosen)
                .then(|| chosen.to_owned())
        };
        let voices: Vec<Option<String>> = reading
            .sentences
            .iter()
            .map(|s| voice(s.language))
            .collect();
        let rate = settings.speed.rate();
        let turn = Arc::new(Turn {
            stopped: AtomicBool::new(false),
            child: Mutex::new(None),
            woken: (Mutex::new(()), Condvar::new()),
            service: match &engine {
                Engine::Dispatcher(spd) => Some(spd.clone()),
                _ => None,
            },
        });
        // The new reading takes the old one's place and stops it, under one
        // lock: two readings asked for at once never both go on.
        let old = match self.now.lock() {
            Ok(mut now) => now.replace(turn.clone()),
            Err(_) => return Err(ApiError::internal()),
        };
        if let Some(old) = old {
            old.stop();
        }
        std::thread::spawn(move || {
            for (index, sentence) in reading.sentences.iter().enumerate() {
                if turn.stopped() {
                    break;
                }
                tell(ReadingEvent::Sentence {
                    index: index as u32,
                });
                let said = Said {
                    index,
                    text: &sentence.text,
                    language: sentence.language,
                    voice: voices[index].as_deref(),
                    rate,
                };
                if engine.say(&turn, said).is_err() {
                    tell(ReadingEvent::Failed);
                    return;
                }
            }
            tell(if turn.stopped() {
                ReadingEvent::Stopped
            } else {
                ReadingEvent::Finished
            });
        });
        Ok(())
    }

    /// Stops the reading going, at once; nothing when none is.
    pub fn stop(&self) {
        let turn = self.now.lock().ok().and_then(|mut now| now.take());
        if let Some(turn) = turn {
            turn.stop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_are_read_from_the_programs_lists() {
        let spd = "NAME                   LANGUAGE   VARIANT\n\
                   english_rp             en-GB-x-rp none\n\
                   German Voice           de         none\n\
                   french                 fr         none\n";
        let en = dispatcher_voices(spd, "en");
        assert_eq!(
            en,
            [Voice {
                id: "english_rp".into(),
                label: "english rp".into()
            }]
        );
        assert_eq!(dispatcher_voices(spd, "de")[0].id, "German Voice");
        let espeak = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n \
                      5  de              --/M      German             gmw/de               \n \
                      6  de              --/F      german-mbrola-1    mb/mb-de1            \n";
        assert_eq!(
            espeak_voices(espeak, "de"),
            [Voice {
                id: "de".into(),
                label: "German".into()
            }]
        );
    }

    #[test]
    fn an_empty_folder_is_a_laptop_without_a_voice() {
        let nowhere = std::ffi::OsStr::new("/nonexistent/waymark-voices");
        assert_eq!(find_program("spd-say", nowhere), None);
        assert_eq!(find_program("espeak-ng", nowhere), None);
        assert!(find_program("sh", std::ffi::OsStr::new("/nonexistent:/bin")).is_some());
    }

    /// The test voice (espeak-ng, real) in `dir`, and what it hears.
    fn recorder(dir: &Path) -> Speech {
        let espeak = find_program(
            "espeak-ng",
            &std::env::var_os("PATH").expect("in this test"),
        )
        .expect("espeak-ng is installed (.ci/dev.sh installs it)");
        let engine = Engine::Recorder {
            espeak,
            dir: dir.to_owned(),
        };
        Speech {
            engine: OnceLock::from(engine),
            ..Speech::default()
        }
    }

    fn said(dir: &Path) -> Vec<serde_json::Value> {
        std::fs::read_to_string(dir.join("said.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("in this test"))
            .collect()
    }

    fn listen(
        speech: &Speech,
        blocks: &[&str],
        settings: &ReadAloudSettings,
    ) -> std::sync::mpsc::Receiver<ReadingEvent> {
        let blocks: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
        let reading = Reading::of(&blocks, "en-GB").expect("in this test");
        let (send, hear) = std::sync::mpsc::channel();
        speech
            .read(reading, settings, move |e| {
                let _ = send.send(e);
            })
            .expect("in this test");
        hear
    }

    #[test]
    fn the_test_voice_says_each_sentence_in_its_language_and_speed() {
        let dir = tempfile::tempdir().expect("in this test");
        let speech = recorder(dir.path());
        let settings = ReadAloudSettings {
            speed: waymark_core::store::settings::SpeechSpeed::Slower,
            voice_en: Some("en-gb-scotland".into()),
            voice_de: Some("not-a-voice-here".into()),
        };
        let hear = listen(
            &speech,
            &[
                "Walk by the river.",
                "-Ich möchte wieder mit dem Rad fahren.",
            ],
            &settings,
        );
        let events: Vec<_> = hear.iter().collect();
        assert_eq!(
            events,
            [
                ReadingEvent::Sentence { index: 0 },
                ReadingEvent::Sentence { index: 1 },
                ReadingEvent::Finished
            ]
        );
        let said = said(dir.path());
        assert_eq!(said[0]["text"], "Walk by the river.");
        assert_eq!(said[0]["language"], "en-GB");
        assert_eq!(said[0]["voice"], "en-gb-scotland");
        assert_eq!(said[0]["rate"], -25);
        // A dash first is said, not taken as an option; a voice the laptop
        // does not have is never handed over.
        assert_eq!(said[1]["text"], "-Ich möchte wieder mit dem Rad fahren.");
        assert_eq!(said[1]["language"], "de");
        assert!(said[1]["voice"].is_null());
        for line in &said {
            let wav = Path::new(line["wav"].as_str().expect("in this test"));
            assert!(wav_length(wav).expect("in this test") > Duration::from_millis(500));
        }
    }

    #[test]
    fn stop_ends_a_reading_at_once() {
        let dir = tempfile::tempdir().expect("in this test");
        let speech = recorder(dir.path());
        let long: Vec<String> = (1..=20)
            .map(|n| format!("This is sentence number {n} of a long page."))
            .collect();
        let blocks: Vec<&str> = long.iter().map(String::as_str).collect();
        let hear = listen(&speech, &blocks, &ReadAloudSettings::default());
        assert_eq!(
            hear.recv().expect("in this test"),
            ReadingEvent::Sentence { index: 0 }
        );
        std::thread::sleep(Duration::from_millis(300));
        speech.stop();
        let rest: Vec<_> = hear.iter().collect();
        assert_eq!(rest.last(), Some(&ReadingEvent::Stopped));
        let said = said(dir.path());
        assert!(said.len() <= 3, "{said:?}");
        assert_eq!(said.last().expect("in this test")["stopped"], 0);
    }

    #[test]
    fn a_new_reading_stops_the_one_going_even_when_asked_for_at_once() {
        let dir = tempfile::tempdir().expect("in this test");
        let speech = std::sync::Arc::new(recorder(dir.path()));
        let long: Vec<String> = (1..=20)
            .map(|n| format!("This is sentence number {n} of a long page."))
            .collect();
        // Two readings asked for from two threads at the same moment.
        let hearing: Vec<_> = (0..2)
            .map(|_| {
                let speech = speech.clone();
                let long = long.clone();
                std::thread::spawn(move || {
                    let blocks: Vec<&str> = long.iter().map(String::as_str).collect();
                    listen(&speech, &blocks, &ReadAloudSettings::default())
                })
            })
            .collect();
        let hearing: Vec<_> = hearing
            .into_iter()
            .map(|h| h.join().expect("in this test"))
            .collect();
        std::thread::sleep(Duration::from_millis(300));
        speech.stop();
        // Both end, stopped: neither goes on reading on its own.
        for hear in hearing {
            let events: Vec<_> = hear.iter().collect();
            assert_eq!(events.last(), Some(&ReadingEvent::Stopped), "{events:?}");
        }
    }

    #[test]
    fn speeds_give_espeak_its_words_per_minute() {
        assert_eq!(words_per_minute(0), 175);
        assert!(words_per_minute(-50) < words_per_minute(-25));
        assert!(words_per_minute(25) > 175);
    }
}
