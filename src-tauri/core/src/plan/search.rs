//! One search over the whole plan (goals, steps, reflections, chosen courses,
//! session notes), through SQLite FTS5. Accents are folded, so "ubung" finds
//! "Übung". The student's words are always searched as words: quotes,
//! operators (`AND`, `NEAR`, `*`) and SQL are never passed to FTS5 as syntax.
//! Matches come back as plain-text segments, so the page can highlight them
//! without ever treating text as HTML.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::connection::Store;

/// What kind of thing a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HitKind {
    Goal,
    Step,
    Reflection,
    Course,
    Note,
}

/// A piece of text; `hit` is true for the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub kind: HitKind,
    /// The thing that matched.
    pub id: String,
    /// What to open: the goal (for a goal or step), the reflection, or the
    /// course (for a course or a session note).
    pub open_id: String,
    /// A heading: the goal's or course's title (highlighted where it matched).
    /// Empty for a reflection, which is shown by its date.
    pub title: Vec<Segment>,
    /// The words around the match.
    pub snippet: Vec<Segment>,
    /// A date to show with it (`YYYY-MM-DD`), if it has one.
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    /// How many things match, in all.
    pub total: u32,
    /// Where the next page starts: pass it back as `offset`. It counts the
    /// index entries this page read, so an entry whose item has gone (and is
    /// left out of `hits`) never shifts a later page onto hits already shown.
    pub next_offset: u32,
}

pub const SEARCH_PAGE: u32 = 20;
/// Ranking costs time for every place a word appears: one to two milliseconds
/// per thousand, felt on each keystroke when a common word's first letters match
/// most of ten years of writing. So matches are ranked in chunks of this many,
/// the newest chunk first. A search that matches fewer places (nearly every
/// search a student makes) is ranked as a whole, exactly as before.
const RANK_WINDOW: u32 = 1_000;
const SEARCH_TEXT_MAX: usize = 500;
const START: char = '\u{2}';
const END: char = '\u{3}';

/// Turns what the student typed into an FTS5 query that can only ever mean
/// "these words, in any order": each space-separated piece becomes a quoted
/// string (quotes doubled inside), matched as a prefix so typing "walk" finds
/// "walking". A single letter is matched as a whole word: as a prefix it
/// would match most of ten years of writing, on every first keystroke.
/// Pieces with no letters or digits are left out. `None` when nothing is
/// left to search for.
pub fn fts_query(text: &str) -> Option<String> {
    let text: String = text.chars().take(SEARCH_TEXT_MAX).collect();
    let terms: Vec<String> = text
        .split_whitespace()
        .filter(|piece| piece.chars().any(char::is_alphanumeric))
        .take(20)
        .map(|piece| {
            let piece: String = piece.chars().filter(|c| !c.is_control()).collect();
            let prefix = if piece.chars().count() > 1 { "*" } else { "" };
            format!("\"{}\"{prefix}", piece.replace('"', "\"\""))
        })
        .collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

/// Splits FTS5 highlight output at Waymark's markers into plain segments.
/// The markers are removed from all indexed text, so only FTS5 places them.
fn segments(marked: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut hit = false;
    let mut current = String::new();
    for c in marked.chars() {
        if c == START || c == END {
            if !current.is_empty() {
                out.push(Segment {
                    text: std::mem::take(&mut current),
                    hit,
                });
            }
            hit = c == START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(Segment { text: current, hit });
    }
    out
}

fn plain(text: String) -> Vec<Segment> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Segment { text, hit: false }]
    }
}

impl Store {
    /// Finds the student's words across the plan, best matches first.
    pub fn search(&self, text: &str, offset: u32) -> Result<SearchPage> {
        self.search_ranked_in(text, offset, RANK_WINDOW)
    }

    /// `search`, ranking the matches in chunks of `window` (newest chunk
    /// first): every match is on exactly one page.
    fn search_ranked_in(&self, text: &str, offset: u32, window: u32) -> Result<SearchPage> {
        let Some(query) = fts_query(text) else {
            return Ok(SearchPage {
                hits: Vec::new(),
                total: 0,
                next_offset: 0,
            });
        };
        let total: u32 = self
            .conn
            .prepare_cached("SELECT COUNT(*) FROM plan_search WHERE plan_search MATCH ?1")?
            .query_row([&query], |row| row.get(0))?;
        // The chunk this page is in, as a range of the index's row ids.
        let chunk_start = offset / window * window;
        let (newest, oldest) = if total <= window {
            (i64::MAX, i64::MIN)
        } else {
            let (newest, oldest): (Option<i64>, Option<i64>) = self
                .conn
                .prepare_cached(
                    "SELECT max(rowid), min(rowid) FROM (SELECT rowid FROM plan_search
                     WHERE plan_search MATCH ?1 ORDER BY rowid DESC LIMIT ?2 OFFSET ?3)",
                )?
                .query_row(params![query, window, chunk_start], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?;
            (newest.unwrap_or(i64::MIN), oldest.unwrap_or(i64::MIN))
        };
        let in_chunk = offset - chunk_start;
        let mut stmt = self.conn.prepare_cached(
            "SELECT k.kind, k.item_id,
                    highlight(plan_search, 0, char(2), char(3)),
                    snippet(plan_search, 1, char(2), char(3), '…', 24)
             FROM plan_search JOIN search_key k ON k.id = plan_search.rowid
             WHERE plan_search MATCH ?1 AND plan_search.rowid BETWEEN ?4 AND ?5
             ORDER BY rank, k.id
             LIMIT ?2 OFFSET ?3",
        )?;
        let rows: Vec<(String, String, String, String)> = stmt
            .query_map(
                params![
                    query,
                    SEARCH_PAGE.min(window - in_chunk),
                    in_chunk,
                    oldest,
                    newest
                ],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )?
            .collect::<rusqlite::Result<_>>()?;
        let next_offset = offset + rows.len() as u32;
        let mut hits = Vec::with_capacity(rows.len());
        for (kind, id, title, snippet) in rows {
            if let Some(hit) = self.hit(&kind, id, &title, &snippet)? {
                hits.push(hit);
            }
        }
        Ok(SearchPage {
            hits,
            total,
            next_offset,
        })
    }

    /// How many rows the search index holds (for checks and measurements).
    pub fn search_index_size(&self) -> Result<i64> {
        let keys: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM search_key", [], |row| row.get(0))?;
        let rows: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM plan_search", [], |row| row.get(0))?;
        Ok(keys.max(rows))
    }

    /// Fills in what a hit needs to be shown and opened.
    fn hit(&self, kind: &str, id: String, title: &str, snippet: &str) -> Result<Option<SearchHit>> {
        let hit = match kind {
            "goal" => SearchHit {
                kind: HitKind::Goal,
                open_id: id.clone(),
                id,
                title: segments(title),
                snippet: segments(snippet),
                date: None,
            },
            "step" => {
                let Some((goal_id, goal_title)) = self
                    .conn
                    .prepare_cached(
                        "SELECT g.id, g.title FROM step s JOIN goal g ON g.id = s.goal_id WHERE s.id = ?1",
                    )?
                    .query_row(
                        [&id],
                        |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
                    )
                    .optional()?
                else {
                    return Ok(None);
                };
                SearchHit {
                    kind: HitKind::Step,
                    id,
                    open_id: goal_id,
                    title: plain(goal_title),
                    snippet: segments(snippet),
                    date: None,
                }
            }
            "reflection" => {
                let date: Option<String> = self
                    .conn
                    .prepare_cached("SELECT written_on FROM reflection WHERE id = ?1")?
                    .query_row([&id], |row| row.get(0))
                    .optional()?;
                SearchHit {
                    kind: HitKind::Reflection,
                    open_id: id.clone(),
                    id,
                    title: Vec::new(),
                    snippet: segments(snippet),
                    date,
                }
            }
            "course" => SearchHit {
                kind: HitKind::Course,
                open_id: id.clone(),
                id,
                title: segments(title),
                snippet: Vec::new(),
                date: None,
            },
            _ => {
                let Some((course_id, course_title, date)) = self
                    .conn
                    .prepare_cached(
                        "SELECT c.id, c.title, a.session_date FROM attendance a
                         JOIN course c ON c.id = a.course_id WHERE a.id = ?1",
                    )?
                    .query_row([&id], |row| {
                        Ok((
                            row.get::<_, String>(0)?,
                            row.get::<_, String>(1)?,
                            row.get::<_, String>(2)?,
                        ))
                    })
                    .optional()?
                else {
                    return Ok(None);
                };
                SearchHit {
                    kind: HitKind::Note,
                    id,
                    open_id: course_id,
                    title: plain(course_title),
                    snippet: segments(snippet),
                    date: Some(date),
                }
            }
        };
        Ok(Some(hit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_becomes_a_quoted_prefix() {
        assert_eq!(
            fts_query("walk group").as_deref(),
            Some("\"walk\"* \"group\"*")
        );
        assert_eq!(
            fts_query("t").as_deref(),
            Some("\"t\""),
            "one letter: a word"
        );
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("!!! ---"), None);
        assert_eq!(
            fts_query("say \"hi\" AND NEAR(").as_deref(),
            Some("\"say\"* \"\"\"hi\"\"\"* \"AND\"* \"NEAR(\"*")
        );
    }

    #[test]
    fn markers_split_into_segments() {
        assert_eq!(
            segments("a \u{2}walk\u{3} today"),
            vec![
                Segment {
                    text: "a ".into(),
                    hit: false
                },
                Segment {
                    text: "walk".into(),
                    hit: true
                },
                Segment {
                    text: " today".into(),
                    hit: false
                },
            ]
        );
        assert_eq!(segments(""), vec![]);
    }

    #[test]
    fn many_matches_are_ranked_in_chunks_and_each_is_on_one_page() {
        use crate::plan::journal::ReflectionInput;
        let store = Store::open_in_memory().expect("store");
        // Twelve reflections; the n-th says "walk" n times, so later ones rank higher.
        let mut ids = Vec::new();
        for n in 1..=12 {
            let body = format!("{}and then home", "a walk ".repeat(n));
            let r = store
                .create_reflection(&ReflectionInput {
                    written_on: "2027-01-10".into(),
                    body,
                    ..ReflectionInput::default()
                })
                .expect("reflection");
            ids.push(r.id);
        }
        let window = 5;
        let mut seen = Vec::new();
        let mut pages = Vec::new();
        loop {
            let page = store
                .search_ranked_in("walk", seen.len() as u32, window)
                .expect("page");
            assert_eq!(page.next_offset as usize, seen.len() + page.hits.len());
            assert_eq!(page.total, 12);
            if page.hits.is_empty() {
                break;
            }
            let page: Vec<String> = page.hits.into_iter().map(|h| h.id).collect();
            seen.extend(page.iter().cloned());
            pages.push(page);
        }
        // Every match exactly once, in chunks of five, newest chunk first, each
        // chunk best match first.
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 12, "{seen:?}");
        let newest_first: Vec<String> = ids.iter().rev().cloned().collect();
        assert_eq!(pages.len(), 3);
        assert_eq!(pages[0], newest_first[0..5]);
        assert_eq!(pages[1], newest_first[5..10]);
        assert_eq!(pages[2], newest_first[10..12]);
        // With room for all, the same search is one ranked list, as before.
        let whole = store.search("walk", 0).expect("search");
        let whole: Vec<String> = whole.hits.into_iter().map(|h| h.id).collect();
        assert_eq!(whole, newest_first);
    }

    #[test]
    fn a_hit_whose_item_has_gone_never_makes_a_later_page_repeat_one() {
        use crate::GoalInput;
        let store = Store::open_in_memory().expect("store");
        let mut steps = Vec::new();
        for n in 0..30 {
            let goal = store
                .create_goal(&GoalInput {
                    title: format!("Goal {n}"),
                    why: String::new(),
                    life_area: "learning".into(),
                    target_date: None,
                })
                .expect("goal");
            let goal = store
                .add_step(&goal.id, &format!("walk {}", "far ".repeat(n)))
                .expect("step");
            steps.push((goal.id.clone(), goal.steps[0].id.clone()));
        }
        // Three goals go without their steps' index entries (as in a plan
        // damaged and mended by hand): those steps' hits are left out.
        store
            .conn
            .execute_batch("PRAGMA foreign_keys = OFF")
            .expect("fk off");
        for (goal_id, _) in &steps[27..30] {
            store
                .conn
                .execute("DELETE FROM goal WHERE id = ?1", [goal_id])
                .expect("delete goal");
        }
        let mut seen = Vec::new();
        let mut offset = 0;
        loop {
            let page = store.search("walk", offset).expect("page");
            assert_eq!(page.total, 30);
            seen.extend(page.hits.into_iter().map(|h| h.id));
            if page.next_offset == offset {
                break;
            }
            offset = page.next_offset;
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "a hit was shown twice: {seen:?}");
        assert_eq!(seen.len(), 27);
    }
}
