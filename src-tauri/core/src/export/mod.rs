//! What leaves Waymark for people: the tutor pack as a web page or a PDF, in
//! the student's language, and the save that writes it (or a plan file).

pub mod calendar;
pub mod document;
pub mod html;
pub mod pdf;
pub mod print;
pub mod protected_pdf;
pub mod reading;
pub mod save;
pub mod words;
