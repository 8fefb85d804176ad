//! Recently deleted: a deleted goal, step, course or reflection is kept, with
//! what it was linked to, for [`KEEP_DAYS`](crate::store::open::KEEP_DAYS) days, and can be put back as it was.
//! Then it is purged for good.

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::model::Goal;
use crate::store::connection::{now, Store};
use crate::store::open::KEEP_DAYS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DeletedKind {
    Goal,
    Step,
    Course,
    Reflection,
}

impl DeletedKind {
    fn as_str(self) -> &'static str {
        match self {
            DeletedKind::Goal => "goal",
            DeletedKind::Step => "step",
            DeletedKind::Course => "course",
            DeletedKind::Reflection => "reflection",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            DeletedKind::Goal,
            DeletedKind::Step,
            DeletedKind::Course,
            DeletedKind::Reflection,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// One thing in Recently deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DeletedItem {
    /// What to pass to [`Store::restore_deleted`].
    pub id: String,
    pub kind: DeletedKind,
    pub item_id: String,
    /// Its title, or its first words.
    pub label: String,
    /// For a goal, how many steps went with it.
    pub steps: u32,
    pub deleted_at: String,
    /// The day after which it is gone for good, `YYYY-MM-DD`.
    pub kept_until: String,
}

/// What a restore put back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Restored {
    pub kind: DeletedKind,
    pub item_id: String,
    /// For a step: its goal.
    pub goal_id: Option<String>,
}

/// A step was removed: the goal as it is now, and how to undo it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StepRemoved {
    pub goal: Goal,
    pub undo: String,
}

/// The rows of one table, as they were.
#[derive(Debug, Serialize, Deserialize)]
struct TableRows {
    table: String,
    rows: Vec<Map<String, Value>>,
}

/// Reflections that pointed at the deleted thing, to point at it again.
#[derive(Debug, Serialize, Deserialize)]
struct Relink {
    column: String,
    value: String,
    reflections: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, Default)]
struct Payload {
    tables: Vec<TableRows>,
    relinks: Vec<Relink>,
}

/// Tables a payload may write to, and the links a restore may put back.
const TABLES: &[&str] = &[
    "goal",
    "step",
    "goal_course",
    "goal_history",
    "goal_status_change",
    "review_goal",
    "course",
    "attendance",
    "reflection",
];
const LINK_TABLES: &[&str] = &["goal_course", "review_goal"];
const RELINK_COLUMNS: &[&str] = &["goal_id", "course_id"];

fn json_of(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null | ValueRef::Blob(_) => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(r) => Value::from(r),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
    }
}

fn sql_of(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .or_else(|| n.as_f64().map(SqlValue::Real))
            .unwrap_or(SqlValue::Null),
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// Every row of `table` where `column = value`, as column → value maps.
fn rows(tx: &Transaction<'_>, table: &str, column: &str, value: &str) -> Result<TableRows> {
    let mut stmt = tx.prepare(&format!(
        "SELECT * FROM {table} WHERE {column} = ?1 ORDER BY rowid"
    ))?;
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let rows = stmt
        .query_map([value], |row| {
            let mut map = Map::new();
            for (i, name) in names.iter().enumerate() {
                map.insert(name.clone(), json_of(row.get_ref(i)?));
            }
            Ok(map)
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(TableRows {
        table: table.to_owned(),
        rows,
    })
}

fn ids(tx: &Transaction<'_>, sql: &str, value: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(sql)?;
    let ids = stmt
        .query_map([value], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// The table's real columns: a payload can only name these.
fn columns(tx: &Transaction<'_>, table: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let names = stmt
        .query_map([table], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

fn exists(tx: &Transaction<'_>, table: &str, id: &Value) -> Result<bool> {
    let Some(id) = id.as_str() else {
        return Ok(false);
    };
    Ok(tx.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
        [id],
        |row| row.get(0),
    )?)
}

fn insert(tx: &Transaction<'_>, table: &str, row: &Map<String, Value>) -> Result<()> {
    let known = columns(tx, table)?;
    let names: Vec<&String> = row.keys().filter(|k| known.contains(k)).collect();
    if names.is_empty() {
        return Err(Error::NotFound("deleted item"));
    }
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        names
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        (1..=names.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let values: Vec<SqlValue> = names.iter().map(|n| sql_of(&row[*n])).collect();
    tx.execute(&sql, rusqlite::params_from_iter(values))?;
    Ok(())
}

fn first_words(text: &str, max: usize) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        folded
    } else {
        let cut: String = folded.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

fn keep(
    tx: &Transaction<'_>,
    kind: DeletedKind,
    item_id: &str,
    label: &str,
    payload: &Payload,
) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    let payload = serde_json::to_string(payload).map_err(|_| Error::NotFound("deleted item"))?;
    tx.execute(
        "INSERT INTO trash (id, kind, item_id, label, payload, deleted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, kind.as_str(), item_id, label, payload, now()],
    )?;
    Ok(id)
}

impl Store {
    /// Deletes a goal (its steps and course links with it) into Recently deleted.
    /// Reflections about it stay in the journal. Returns the id to undo with.
    pub fn delete_goal(&self, id: &str) -> Result<String> {
        let tx = self.conn.unchecked_transaction()?;
        let goal = rows(&tx, "goal", "id", id)?;
        let Some(title) = goal.rows.first().and_then(|r| r["title"].as_str()) else {
            return Err(Error::NotFound("goal"));
        };
        let title = title.to_owned();
        let payload = Payload {
            tables: vec![
                goal,
                rows(&tx, "step", "goal_id", id)?,
                rows(&tx, "goal_course", "goal_id", id)?,
                rows(&tx, "goal_history", "goal_id", id)?,
                rows(&tx, "goal_status_change", "goal_id", id)?,
                rows(&tx, "review_goal", "goal_id", id)?,
            ],
            relinks: vec![Relink {
                column: "goal_id".into(),
                value: id.into(),
                reflections: ids(&tx, "SELECT id FROM reflection WHERE goal_id = ?1", id)?,
            }],
        };
        let undo = keep(&tx, DeletedKind::Goal, id, &title, &payload)?;
        tx.execute("DELETE FROM goal WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(undo)
    }

    /// Deletes one step into Recently deleted.
    pub fn delete_step(&self, step_id: &str) -> Result<StepRemoved> {
        let tx = self.conn.unchecked_transaction()?;
        let step = rows(&tx, "step", "id", step_id)?;
        let Some(row) = step.rows.first() else {
            return Err(Error::NotFound("step"));
        };
        let text = row["text"].as_str().unwrap_or_default().to_owned();
        let goal_id = row["goal_id"].as_str().unwrap_or_default().to_owned();
        let payload = Payload {
            tables: vec![step],
            relinks: Vec::new(),
        };
        let undo = keep(&tx, DeletedKind::Step, step_id, &text, &payload)?;
        tx.execute("DELETE FROM step WHERE id = ?1", [step_id])?;
        crate::plan::goals::renumber_steps(&tx, &goal_id)?;
        tx.commit()?;
        Ok(StepRemoved {
            goal: self.goal(&goal_id)?,
            undo,
        })
    }

    /// Deletes a reflection into Recently deleted.
    pub fn delete_reflection(&self, id: &str) -> Result<String> {
        let tx = self.conn.unchecked_transaction()?;
        let reflection = rows(&tx, "reflection", "id", id)?;
        let Some(row) = reflection.rows.first() else {
            return Err(Error::NotFound("reflection"));
        };
        let words = ["body", "learned", "how_it_went", "try_next"]
            .iter()
            .filter_map(|c| row[*c].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let label = first_words(&words, 80);
        let payload = Payload {
            tables: vec![reflection],
            relinks: Vec::new(),
        };
        let undo = keep(&tx, DeletedKind::Reflection, id, &label, &payload)?;
        tx.execute("DELETE FROM reflection WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(undo)
    }

    /// Deletes a course from the plan (with its sessions and goal links) into
    /// Recently deleted. Reflections about it stay in the journal.
    pub fn delete_course(&self, id: &str) -> Result<String> {
        let tx = self.conn.unchecked_transaction()?;
        let course = rows(&tx, "course", "id", id)?;
        let Some(title) = course.rows.first().and_then(|r| r["title"].as_str()) else {
            return Err(Error::NotFound("course"));
        };
        let title = title.to_owned();
        let payload = Payload {
            tables: vec![
                course,
                rows(&tx, "attendance", "course_id", id)?,
                rows(&tx, "goal_course", "course_id", id)?,
            ],
            relinks: vec![Relink {
                column: "course_id".into(),
                value: id.into(),
                reflections: ids(&tx, "SELECT id FROM reflection WHERE course_id = ?1", id)?,
            }],
        };
        let undo = keep(&tx, DeletedKind::Course, id, &title, &payload)?;
        tx.execute("DELETE FROM course WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(undo)
    }

    /// Everything in Recently deleted, newest first.
    pub fn deleted_items(&self) -> Result<Vec<DeletedItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, item_id, label, payload, deleted_at FROM trash ORDER BY deleted_at DESC, id",
        )?;
        let rows: Vec<(String, String, String, String, String, String)> = stmt
            .query_map([], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, kind, item_id, label, payload, deleted_at)| {
                let kind = DeletedKind::parse(&kind)?;
                let steps = serde_json::from_str::<Payload>(&payload)
                    .ok()
                    .and_then(|p| {
                        p.tables
                            .into_iter()
                            .find(|t| t.table == "step")
                            .map(|t| t.rows.len() as u32)
                    })
                    .filter(|_| kind == DeletedKind::Goal)
                    .unwrap_or(0);
                let kept_until = chrono::DateTime::parse_from_rfc3339(&deleted_at)
                    .map(|at| {
                        (at + chrono::Duration::days(KEEP_DAYS))
                            .format("%Y-%m-%d")
                            .to_string()
                    })
                    .unwrap_or_default();
                Some(DeletedItem {
                    id,
                    kind,
                    item_id,
                    label,
                    steps,
                    deleted_at,
                    kept_until,
                })
            })
            .collect())
    }

    /// Puts a deleted thing back as it was, with the links that still make
    /// sense (a link to something deleted since is left out). All or nothing.
    pub fn restore_deleted(&self, trash_id: &str) -> Result<Restored> {
        let tx = self.conn.unchecked_transaction()?;
        let (kind, item_id, payload): (String, String, String) = tx
            .query_row(
                "SELECT kind, item_id, payload FROM trash WHERE id = ?1",
                [trash_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?
            .ok_or(Error::NotFound("deleted item"))?;
        let kind = DeletedKind::parse(&kind).ok_or(Error::NotFound("deleted item"))?;
        let payload: Payload =
            serde_json::from_str(&payload).map_err(|_| Error::NotFound("deleted item"))?;
        let mut goal_id = None;
        for table in &payload.tables {
            if !TABLES.contains(&table.table.as_str()) {
                return Err(Error::NotFound("deleted item"));
            }
            for row in &table.rows {
                let mut row = row.clone();
                match table.table.as_str() {
                    // A step goes back into its goal, at its old place.
                    "step" => {
                        let goal = row.get("goal_id").cloned().unwrap_or(Value::Null);
                        if !exists(&tx, "goal", &goal)? {
                            return Err(Error::NotFound("goal"));
                        }
                        let position = row.get("position").and_then(Value::as_i64).unwrap_or(0);
                        tx.execute(
                            "UPDATE step SET position = position + 1 WHERE goal_id = ?1 AND position >= ?2",
                            params![goal.as_str(), position],
                        )?;
                        goal_id = goal.as_str().map(str::to_owned);
                    }
                    // A reflection keeps the links whose goal or course is still there.
                    "reflection" => {
                        for (column, target) in [("goal_id", "goal"), ("course_id", "course")] {
                            let linked = row.get(column).cloned().unwrap_or(Value::Null);
                            if !linked.is_null() && !exists(&tx, target, &linked)? {
                                row.insert(column.into(), Value::Null);
                            }
                        }
                    }
                    _ => {}
                }
                if LINK_TABLES.contains(&table.table.as_str()) {
                    // A link comes back only if both its ends are there.
                    let mut whole = true;
                    for (column, target) in [
                        ("goal_id", "goal"),
                        ("course_id", "course"),
                        ("review_id", "review"),
                    ] {
                        if let Some(end) = row.get(column) {
                            whole &= exists(&tx, target, end)?;
                        }
                    }
                    if !whole {
                        continue;
                    }
                }
                if table.table == "goal_history" {
                    let review = row.get("review_id").cloned().unwrap_or(Value::Null);
                    if !review.is_null() && !exists(&tx, "review", &review)? {
                        row.insert("review_id".into(), Value::Null);
                    }
                }
                insert(&tx, &table.table, &row)?;
            }
        }
        for relink in &payload.relinks {
            if !RELINK_COLUMNS.contains(&relink.column.as_str()) {
                continue;
            }
            let mut stmt = tx.prepare(&format!(
                "UPDATE reflection SET {0} = ?2 WHERE id = ?1 AND {0} IS NULL",
                relink.column
            ))?;
            for reflection in &relink.reflections {
                stmt.execute(params![reflection, relink.value])?;
            }
        }
        tx.execute("DELETE FROM trash WHERE id = ?1", [trash_id])?;
        tx.commit()?;
        Ok(Restored {
            kind,
            item_id,
            goal_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_the_first_words() {
        assert_eq!(first_words("  a   short\nnote ", 80), "a short note");
        assert_eq!(first_words(&"word ".repeat(40), 12), "word word wo…");
    }
}
