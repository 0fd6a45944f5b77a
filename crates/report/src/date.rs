//! Calendar dates as reports write them (`YYYY-MM-DD`) and as readers read them.

use std::fmt;

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Of the right form, but no such day exists.
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format => f.write_str("write dates as YYYY-MM-DD, for example 2014-11-27"),
            Self::NoSuchDay => f.write_str("there is no such day in the calendar"),
        }
    }
}

impl fmt::Display for IsoDate {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl IsoDate {
    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Self {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The year, month (1 to 12) and day of the month.
    pub fn parts(self) -> (i32, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        let date = Self {
            year: i32::from(year),
            month: u8::try_from(month).unwrap_or(0),
            day: u8::try_from(day).unwrap_or(0),
        };
        if date.month == 0 || date.month > 12 || date.day == 0 || date.day > date.days_in_month() {
            return Err(DateError::NoSuchDay);
        }
        Ok(date)
    }

    fn is_leap_year(self) -> bool {
        (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            2 if self.is_leap_year() => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// 1 for Monday through 7 for Sunday (Sakamoto's method).
    pub fn weekday(self) -> usize {
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let year = if self.month < 3 { self.year - 1 } else { self.year };
        let sunday_based = (year + year / 4 - year / 100
            + year / 400
            + OFFSETS[usize::from(self.month - 1)]
            + i32::from(self.day))
            % 7;
        usize::try_from((sunday_based + 6) % 7).unwrap_or(0) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_seed_date_with_its_weekday() {
        let date = IsoDate::parse("2014-11-27").unwrap();
        assert_eq!((date.parts(), date.weekday()), ((2014, 11, 27), 4));
    }

    #[test]
    fn knows_leap_days() {
        assert_eq!(IsoDate::parse("2024-02-29").unwrap().weekday(), 4);
        assert_eq!(IsoDate::parse("2023-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(IsoDate::parse("1900-02-29"), Err(DateError::NoSuchDay));
        assert!(IsoDate::parse("2000-02-29").is_ok());
    }

    #[test]
    fn rejects_other_shapes() {
        for text in [
            "27/11/2014",
            "2014-11-7",
            "2014-1-27",
            "",
            "2014-11-27 ",
            "２０１４-11-27",
        ] {
            assert_eq!(IsoDate::parse(text), Err(DateError::Format), "{text:?}");
        }
        assert_eq!(IsoDate::parse("2014-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(IsoDate::parse("2014-04-31"), Err(DateError::NoSuchDay));
        assert_eq!(IsoDate::parse("2014-00-10"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        let cases = [
            (0, "1970-01-01"),
            (-1, "1969-12-31"),
            (16_401, "2014-11-27"),
            (11_016, "2000-02-29"),
            (20_786, "2026-11-29"),
        ];
        for (days, iso) in cases {
            let date = IsoDate::from_unix_days(days);
            assert_eq!(date.to_string(), iso, "{days}");
            assert_eq!(IsoDate::parse(iso), Ok(date));
        }
        assert_eq!(IsoDate::from_unix_days(16_401).parts(), (2014, 11, 27));
    }

    #[test]
    fn weekdays_across_a_week() {
        let days: Vec<usize> = (1..=7)
            .map(|d| IsoDate::parse(&format!("2026-11-{d:02}")).unwrap().weekday())
            .collect();
        assert_eq!(days, [7, 1, 2, 3, 4, 5, 6]);
    }
}
