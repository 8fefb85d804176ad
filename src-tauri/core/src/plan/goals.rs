//! Life goals and their steps.

use rusqlite::{params, OptionalExtension, Row, Transaction};

use crate::error::{Error, Field, Invalid, Problem, Result};
use crate::plan::model::{Direction, Goal, GoalInput, GoalStatus, LifeArea, Step};
use crate::store::connection::{attach_sorted, now, Store};
use crate::validate;

/// A goal's fields after validation, ready to store.
struct CleanGoal {
    title: String,
    why: String,
    life_area: String,
    target_date: Option<String>,
}

const GOAL_COLUMNS: &str = "id, title, why, life_area, target_date, status, created_at, updated_at";
const STEP_COLUMNS: &str = "id, goal_id, text, position, done_at";
/// Room made for a goal's steps when the first is read (the list grows past it
/// if need be).
const STEPS_AT_ONCE: usize = 8;

fn goal_from_row(row: &Row<'_>) -> rusqlite::Result<Goal> {
    let status = row.get_ref(5)?.as_str()?;
    Ok(Goal {
        id: row.get(0)?,
        title: row.get(1)?,
        why: row.get(2)?,
        life_area: row.get(3)?,
        target_date: row.get(4)?,
        // The table's CHECK constraint admits only known statuses.
        status: GoalStatus::parse(status).unwrap_or(GoalStatus::Active),
        steps: Vec::new(),
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

fn step_from_row(row: &Row<'_>) -> rusqlite::Result<Step> {
    let done_at: Option<String> = row.get(4)?;
    Ok(Step {
        id: row.get(0)?,
        goal_id: row.get(1)?,
        text: row.get(2)?,
        position: row.get(3)?,
        done: done_at.is_some(),
        done_at,
    })
}

impl Store {
    /// The life areas a goal can belong to, in their order.
    pub fn life_areas(&self) -> Result<Vec<LifeArea>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, label FROM life_area ORDER BY position, key")?;
        let areas = stmt
            .query_map([], |row| {
                Ok(LifeArea {
                    key: row.get(0)?,
                    label: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(areas)
    }

    fn clean_goal(&self, input: &GoalInput) -> Result<CleanGoal> {
        let title = validate::line(&input.title, Field::Title, validate::TITLE_MAX)?;
        let why = validate::free_text(&input.why, Field::Why, validate::WHY_MAX)?;
        let known: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM life_area WHERE key = ?1)",
            [&input.life_area],
            |row| row.get(0),
        )?;
        if !known {
            return Err(Invalid::new(Field::LifeArea, Problem::Unknown).into());
        }
        let target_date = validate::optional_date(input.target_date.as_deref())?
            .map(|date| date.format("%Y-%m-%d").to_string());
        Ok(CleanGoal {
            title,
            why,
            life_area: input.life_area.clone(),
            target_date,
        })
    }

    /// Every goal with its steps, newest first. Two queries, however many goals.
    /// (Ties are broken by `rowid`, not `id`, so the date index gives the order
    /// without a sort.)
    pub fn goals(&self) -> Result<Vec<Goal>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {GOAL_COLUMNS} FROM goal ORDER BY created_at DESC, rowid DESC"
        ))?;
        let mut goals: Vec<Goal> = stmt
            .query_map([], goal_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {STEP_COLUMNS} FROM step ORDER BY goal_id, position"
        ))?;
        attach_sorted(
            &mut goals,
            |g| &g.id,
            stmt.query([])?,
            1,
            |goal, row| {
                if goal.steps.is_empty() {
                    // Most goals have a handful of steps: one allocation.
                    goal.steps.reserve(STEPS_AT_ONCE);
                }
                goal.steps.push(step_from_row(row)?);
                Ok(())
            },
        )?;
        Ok(goals)
    }

    /// One goal with its steps.
    pub fn goal(&self, id: &str) -> Result<Goal> {
        let mut goal = self
            .conn
            .prepare_cached(&format!("SELECT {GOAL_COLUMNS} FROM goal WHERE id = ?1"))?
            .query_row([id], goal_from_row)
            .optional()?
            .ok_or(Error::NotFound("goal"))?;
        goal.steps = self
            .conn
            .prepare_cached(&format!(
                "SELECT {STEP_COLUMNS} FROM step WHERE goal_id = ?1 ORDER BY position"
            ))?
            .query_map([id], step_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(goal)
    }

    pub fn create_goal(&self, input: &GoalInput) -> Result<Goal> {
        let goal = self.clean_goal(input)?;
        let id = uuid::Uuid::new_v4().to_string();
        let at = now();
        self.conn.execute(
            "INSERT INTO goal (id, title, why, life_area, target_date, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'active', ?6, ?6)",
            params![id, goal.title, goal.why, goal.life_area, goal.target_date, at],
        )?;
        self.goal(&id)
    }

    /// Replaces the goal's own words (title, why, life area, date). Steps and
    /// status are left as they are.
    pub fn update_goal(&self, id: &str, input: &GoalInput) -> Result<Goal> {
        let goal = self.clean_goal(input)?;
        let changed = self.conn.execute(
            "UPDATE goal SET title = ?2, why = ?3, life_area = ?4, target_date = ?5, updated_at = ?6
             WHERE id = ?1",
            params![id, goal.title, goal.why, goal.life_area, goal.target_date, now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("goal"));
        }
        self.goal(id)
    }

    pub fn set_goal_status(&self, id: &str, status: GoalStatus) -> Result<Goal> {
        let changed = self.conn.execute(
            "UPDATE goal SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), now()],
        )?;
        if changed == 0 {
            return Err(Error::NotFound("goal"));
        }
        self.goal(id)
    }

    /// Adds a step at the end of the goal's list.
    pub fn add_step(&self, goal_id: &str, text: &str) -> Result<Goal> {
        let text = validate::line(text, Field::StepText, validate::STEP_MAX)?;
        let tx = self.conn.unchecked_transaction()?;
        insert_step(&tx, goal_id, &text)?;
        tx.commit()?;
        self.goal(goal_id)
    }

    pub fn edit_step(&self, step_id: &str, text: &str) -> Result<Goal> {
        let text = validate::line(text, Field::StepText, validate::STEP_MAX)?;
        let tx = self.conn.unchecked_transaction()?;
        let goal_id = step_goal(&tx, step_id)?;
        tx.execute(
            "UPDATE step SET text = ?2, updated_at = ?3 WHERE id = ?1",
            params![step_id, text, now()],
        )?;
        touch_goal(&tx, &goal_id)?;
        tx.commit()?;
        self.goal(&goal_id)
    }

    /// Ticks a step done, or un-ticks it.
    pub fn set_step_done(&self, step_id: &str, done: bool) -> Result<Goal> {
        let tx = self.conn.unchecked_transaction()?;
        let goal_id = step_goal(&tx, step_id)?;
        let at = now();
        tx.execute(
            "UPDATE step SET done_at = CASE WHEN ?2 THEN COALESCE(done_at, ?3) END, updated_at = ?3
             WHERE id = ?1",
            params![step_id, done, at],
        )?;
        touch_goal(&tx, &goal_id)?;
        tx.commit()?;
        self.goal(&goal_id)
    }

    /// Moves a step one place up or down. At either end of the list it stays put.
    pub fn move_step(&self, step_id: &str, direction: Direction) -> Result<Goal> {
        let tx = self.conn.unchecked_transaction()?;
        let goal_id = step_goal(&tx, step_id)?;
        let order = step_order(&tx, &goal_id)?;
        let Some(from) = order.iter().position(|id| id == step_id) else {
            return Err(Error::NotFound("step"));
        };
        let to = match direction {
            Direction::Up => from.checked_sub(1),
            Direction::Down => Some(from + 1).filter(|&to| to < order.len()),
        };
        if let Some(to) = to {
            let mut order = order;
            order.swap(from, to);
            renumber(&tx, &order)?;
            touch_goal(&tx, &goal_id)?;
        }
        tx.commit()?;
        self.goal(&goal_id)
    }
}

/// Adds a checked step at the end of a goal's list, inside `tx`; returns its id.
pub(crate) fn insert_step(tx: &Transaction<'_>, goal_id: &str, text: &str) -> Result<String> {
    touch_goal(tx, goal_id)?;
    let next: u32 = tx.query_row(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM step WHERE goal_id = ?1",
        [goal_id],
        |row| row.get(0),
    )?;
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO step (id, goal_id, text, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, goal_id, text, next, now()],
    )?;
    Ok(id)
}

/// Gives a goal's steps positions 0, 1, 2... in their present order (after
/// one was taken out).
pub(crate) fn renumber_steps(tx: &Transaction<'_>, goal_id: &str) -> Result<()> {
    renumber(tx, &step_order(tx, goal_id)?)?;
    touch_goal(tx, goal_id)
}

/// Marks a goal as changed now; `NotFound` if there is no such goal.
fn touch_goal(tx: &Transaction<'_>, goal_id: &str) -> Result<()> {
    let changed = tx.execute(
        "UPDATE goal SET updated_at = ?2 WHERE id = ?1",
        params![goal_id, now()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound("goal"));
    }
    Ok(())
}

fn step_goal(tx: &Transaction<'_>, step_id: &str) -> Result<String> {
    tx.query_row("SELECT goal_id FROM step WHERE id = ?1", [step_id], |row| {
        row.get(0)
    })
    .optional()?
    .ok_or(Error::NotFound("step"))
}

fn step_order(tx: &Transaction<'_>, goal_id: &str) -> Result<Vec<String>> {
    let mut stmt =
        tx.prepare_cached("SELECT id FROM step WHERE goal_id = ?1 ORDER BY position, created_at")?;
    let ids = stmt
        .query_map([goal_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Gives the steps positions 0, 1, 2... in the order given.
fn renumber(tx: &Transaction<'_>, order: &[String]) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("UPDATE step SET position = ?2 WHERE id = ?1 AND position IS NOT ?2")?;
    for (position, id) in order.iter().enumerate() {
        stmt.execute(params![id, position as i64])?;
    }
    Ok(())
}
