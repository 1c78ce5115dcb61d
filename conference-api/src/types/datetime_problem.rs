//! Why a string is not a date-time: the problem a `DateTime` check finds, worded for
//! run-time errors and for compile errors of `datetime!` literals.

use std::fmt;

#[cfg(doc)]
use crate::DateTime;

/// The forms a date-time may take, quoted by every problem report.
macro_rules! expected_forms {
    () => {
        "an RFC 3339 date-time like 2022-01-01T10:00:00Z, or a date like 2022-01-01"
    };
}

/// The compile-time message of a bad `datetime!` literal with `reason`.
macro_rules! literal_message {
    ($reason:literal) => {
        concat!(
            "invalid DateTime literal: ",
            $reason,
            "; expected ",
            expected_forms!()
        )
    };
}
pub(crate) use expected_forms;

/// Why a string is not a [`DateTime`], found by [`DateTime::check`] and
/// [`DateTime::parse_const`].
///
/// [`Display`](fmt::Display) says what is wrong with the numbers involved ("day 30 is
/// out of range for February 2022, which has 28 days"); [`message`](Self::message)
/// is a fixed text for compile errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTimeProblem(pub(crate) Kind);

impl DateTimeProblem {
    /// The message of a compile error for a bad `datetime!` literal, naming the type,
    /// the problem and the expected forms: "invalid DateTime literal: the day is out of
    /// range for the month; expected an RFC 3339 date-time like 2022-01-01T10:00:00Z, or
    /// a date like 2022-01-01".
    pub const fn message(&self) -> &'static str {
        match self.0 {
            Kind::Empty => literal_message!("the literal is empty"),
            Kind::Date => literal_message!("it does not start with a date written as YYYY-MM-DD"),
            Kind::Month { .. } => literal_message!("the month is out of range (01 to 12)"),
            Kind::Day { .. } => literal_message!("the day is out of range for the month"),
            Kind::AfterDate => {
                literal_message!("the date must be followed by T and a time, or by nothing")
            }
            Kind::Time => literal_message!("the time must be written as hh:mm:ss after the T"),
            Kind::Hour { .. } => literal_message!("the hour is out of range (00 to 23)"),
            Kind::Minute { .. } => literal_message!("the minute is out of range (00 to 59)"),
            Kind::Second { .. } => {
                literal_message!("the second is out of range (00 to 59, or 60 for a leap second)")
            }
            Kind::Fraction => {
                literal_message!("the decimal point after the seconds must be followed by digits")
            }
            Kind::MissingOffset => {
                literal_message!("the time zone is missing (Z or an offset like +01:00)")
            }
            Kind::Offset => literal_message!("the time zone must be Z or an offset like +01:00"),
            Kind::OffsetHour { .. } => {
                literal_message!("the offset's hour is out of range (00 to 23)")
            }
            Kind::OffsetMinute { .. } => {
                literal_message!("the offset's minute is out of range (00 to 59)")
            }
            Kind::Trailing => literal_message!("characters follow the time zone"),
            Kind::LeapSecond { .. } => {
                literal_message!("a leap second (second 60) is only valid at 23:59:60 UTC")
            }
        }
    }
}

impl fmt::Display for DateTimeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Kind::Empty => write!(f, "the value is empty; expected {}", expected_forms!()),
            Kind::Date => write!(
                f,
                "it does not start with a date written as YYYY-MM-DD in ASCII digits; \
                 expected {}",
                expected_forms!()
            ),
            Kind::Month { month } => {
                write!(f, "month {month:02} is out of range; months are 01 to 12")
            }
            Kind::Day { day: 0, .. } => f.write_str("day 00 is out of range; days start at 01"),
            Kind::Day {
                year,
                month,
                day,
                days,
            } => write!(
                f,
                "day {day:02} is out of range for {} {year:04}, which has {days} days",
                MONTH_NAMES[(month as usize + 11) % 12],
            ),
            Kind::AfterDate => f.write_str(
                "the date must be followed by \"T\" and a time, like 2022-01-01T10:00:00Z, \
                 or by nothing, like 2022-01-01",
            ),
            Kind::Time => f.write_str(
                "the time after the \"T\" must be written as hh:mm:ss in ASCII digits, \
                 like 2022-01-01T10:00:00Z",
            ),
            Kind::Hour { hour } => write!(
                f,
                "hour {hour:02} is out of range; hours are 00 to 23 (the midnight that ends \
                 a day is 00:00:00 of the next day)"
            ),
            Kind::Minute { minute } => write!(
                f,
                "minute {minute:02} is out of range; minutes are 00 to 59"
            ),
            Kind::Second { second } => write!(
                f,
                "second {second:02} is out of range; seconds are 00 to 59, or 60 for a \
                 leap second at 23:59:60 UTC"
            ),
            Kind::Fraction => f.write_str(
                "the decimal point after the seconds must be followed by digits, \
                 like 10:00:00.5Z",
            ),
            Kind::MissingOffset => f.write_str(
                "the time zone is missing; end the date-time with \"Z\" for UTC or with an \
                 offset like \"+01:00\"",
            ),
            Kind::Offset => f.write_str(
                "the time zone must be \"Z\" or an offset written as +hh:mm or -hh:mm, \
                 like \"+01:00\"",
            ),
            Kind::OffsetHour { hour } => write!(
                f,
                "the offset's hour {hour:02} is out of range; offsets are at most 23:59"
            ),
            Kind::OffsetMinute { minute } => write!(
                f,
                "the offset's minute {minute:02} is out of range; minutes are 00 to 59"
            ),
            Kind::Trailing => f.write_str(
                "characters follow the time zone; the date-time must end after \"Z\" or \
                 the offset",
            ),
            Kind::LeapSecond {
                utc_hour,
                utc_minute,
            } => write!(
                f,
                "second 60 (a leap second) is only valid at 23:59:60 UTC, but this time is \
                 {utc_hour:02}:{utc_minute:02}:60 UTC"
            ),
        }
    }
}

impl std::error::Error for DateTimeProblem {}

/// What is wrong, with the numbers the report quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Empty,
    Date,
    Month {
        month: u8,
    },
    /// `days`: how many the month has.
    Day {
        year: u16,
        month: u8,
        day: u8,
        days: u8,
    },
    AfterDate,
    Time,
    Hour {
        hour: u8,
    },
    Minute {
        minute: u8,
    },
    Second {
        second: u8,
    },
    Fraction,
    MissingOffset,
    Offset,
    OffsetHour {
        hour: u8,
    },
    OffsetMinute {
        minute: u8,
    },
    Trailing,
    LeapSecond {
        utc_hour: u8,
        utc_minute: u8,
    },
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
