//! Files from outside and files Waymark writes: reading a chosen file
//! calmly, the prospectus, the plan file and the feedback file formats, and the
//! rules for the rows of a whole plan.

pub mod everything;
pub mod feedback_file;
pub mod io;
pub mod plan_file;
pub mod prospectus;
pub mod sealed;
