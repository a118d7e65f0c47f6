//! Office hours and the honest reply-by time: "we usually reply within the median, by now plus
//! the 90th percentile counted in office hours at the latest".

use std::{
    collections::BTreeSet,
    sync::{Arc, RwLock},
};

use jiff::{civil, tz::TimeZone, Timestamp};
use serde::{Deserialize, Serialize};
use sportello_contract::{OfficeHours, ReplyBy, SupportInfo, Weekday};

/// The shop's office in its own time zone: its week and holidays (configured, or edited in the
/// desk) and the reply times it promises.
#[derive(Debug)]
pub struct Office {
    schedule: RwLock<Arc<Schedule>>,
    /// The reply times configured for the shop, promised until enough are measured.
    configured: Figures,
    /// The reply times promised now: measured from real answers, or the configured ones.
    current: RwLock<Figures>,
}

/// When the office is open, as staff set it: the week in a time zone, and closed days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleSetting {
    pub time_zone: String,
    pub office_hours: Vec<OfficeHours>,
    /// Days the office is closed all day, `YYYY-MM-DD`.
    #[serde(default)]
    pub holidays: Vec<String>,
}

/// A [`ScheduleSetting`] made ready to count with.
#[derive(Debug)]
pub struct Schedule {
    tz: TimeZone,
    /// Per ISO weekday (0 = Monday): opening intervals as minutes since midnight, sorted.
    days: [Vec<(u32, u32)>; 7],
    holidays: BTreeSet<civil::Date>,
    setting: ScheduleSetting,
}

/// The first-reply times the office promises, in minutes of office time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub median: u32,
    pub p90: u32,
    /// How many answered complaints they come from; 0 for the configured figures.
    pub answered: u32,
}

/// Fewer answered complaints than this in the window, and the configured figures stand: a
/// median of two answers says little.
pub const MEASURED_AT_LEAST: usize = 5;
/// The window the figures are measured over.
pub const MEASURED_DAYS: i64 = 30;

/// The median and the 90th percentile (nearest rank) of first-reply times, in office minutes;
/// `None` while there are fewer than [`MEASURED_AT_LEAST`].
pub fn measure(mut minutes: Vec<u32>) -> Option<Figures> {
    if minutes.len() < MEASURED_AT_LEAST {
        return None;
    }
    minutes.sort_unstable();
    let rank = |p: usize| minutes[(minutes.len() * p).div_ceil(100).max(1) - 1];
    Some(Figures {
        median: rank(50),
        p90: rank(90),
        answered: minutes.len() as u32,
    })
}

fn minutes(hhmm: &str) -> anyhow::Result<u32> {
    let (h, m) = hhmm
        .split_once(':')
        .ok_or_else(|| anyhow::anyhow!("{hhmm:?} is not HH:MM"))?;
    let (h, m): (u32, u32) = (h.parse()?, m.parse()?);
    anyhow::ensure!(
        h <= 24 && m < 60 && h * 60 + m <= 24 * 60,
        "{hhmm:?} is not a time"
    );
    Ok(h * 60 + m)
}

fn day_index(day: Weekday) -> Option<usize> {
    Some(match day {
        Weekday::Monday => 0,
        Weekday::Tuesday => 1,
        Weekday::Wednesday => 2,
        Weekday::Thursday => 3,
        Weekday::Friday => 4,
        Weekday::Saturday => 5,
        Weekday::Sunday => 6,
        Weekday::Unknown => return None,
    })
}

/// Longest search for office time: a shop closed for longer has no honest reply-by time.
const HORIZON_DAYS: i32 = 60;

impl Schedule {
    pub fn new(setting: &ScheduleSetting) -> anyhow::Result<Schedule> {
        let tz = TimeZone::get(&setting.time_zone)?;
        let mut days: [Vec<(u32, u32)>; 7] = Default::default();
        // No office hours: the office never closes, and minutes are plain minutes.
        if setting.office_hours.is_empty() {
            for day in &mut days {
                day.push((0, 24 * 60));
            }
        }
        for hours in &setting.office_hours {
            let opens = minutes(&hours.opens)?;
            anyhow::ensure!(opens < 24 * 60, "office hours cannot open at 24:00");
            // Closing at or before the opening time is closing the next day (a night shift;
            // 00:00–00:00 is the whole day).
            let mut closes = minutes(&hours.closes)?;
            if closes <= opens {
                closes += 24 * 60;
            }
            for day in hours.days.iter().filter_map(|d| day_index(*d)) {
                days[day].push((opens, closes));
            }
        }
        for day in &mut days {
            day.sort_unstable();
        }
        let holidays = setting
            .holidays
            .iter()
            .map(|d| d.parse::<civil::Date>())
            .collect::<Result<_, _>>()?;
        Ok(Schedule {
            tz,
            days,
            holidays,
            setting: setting.clone(),
        })
    }

    /// The office intervals that start on one civil date, as timestamps (a night shift ends on
    /// the next date); none on a holiday.
    fn intervals(&self, date: civil::Date) -> Vec<(Timestamp, Timestamp)> {
        if self.holidays.contains(&date) {
            return Vec::new();
        }
        let weekday = date.weekday().to_monday_zero_offset() as usize;
        let at = |m: u32| -> Option<Timestamp> {
            let day = if m >= 24 * 60 {
                date.tomorrow().ok()?
            } else {
                date
            };
            let m = m % (24 * 60);
            day.to_datetime(civil::time((m / 60) as i8, (m % 60) as i8, 0, 0))
                .to_zoned(self.tz.clone())
                .ok()
                .map(|z| z.timestamp())
        };
        self.days[weekday]
            .iter()
            .filter_map(|&(opens, closes)| Some((at(opens)?, at(closes)?)))
            .collect()
    }

    /// The dates whose intervals may hold `now` or come after it: from yesterday (whose night
    /// shift may still run).
    fn dates_from(&self, now: Timestamp) -> impl Iterator<Item = civil::Date> {
        let first = now.to_zoned(self.tz.clone()).date();
        (-1..HORIZON_DAYS).filter_map(move |n| first.checked_add(jiff::Span::new().days(n)).ok())
    }
}

impl Office {
    pub fn new(info: &SupportInfo) -> anyhow::Result<Office> {
        let schedule = Schedule::new(&ScheduleSetting {
            time_zone: info.time_zone.clone(),
            office_hours: info.office_hours.clone(),
            holidays: Vec::new(),
        })?;
        let configured = Figures {
            median: info.response_minutes_median,
            p90: info.response_minutes_p90.max(info.response_minutes_median),
            answered: 0,
        };
        Ok(Office {
            schedule: RwLock::new(Arc::new(schedule)),
            configured,
            current: std::sync::RwLock::new(configured),
        })
    }

    fn schedule(&self) -> Arc<Schedule> {
        self.schedule
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The week, holidays and time zone counted in now.
    pub fn setting(&self) -> ScheduleSetting {
        self.schedule().setting.clone()
    }

    /// Counts in `schedule` from now on (the desk's office hours).
    pub fn set_schedule(&self, schedule: Schedule) {
        *self.schedule.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(schedule);
    }

    /// The reply times promised now.
    pub fn figures(&self) -> Figures {
        *self.current.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Promises the measured figures from now on, or the configured ones when `None`.
    pub fn set_measured(&self, measured: Option<Figures>) {
        let figures = measured.unwrap_or(self.configured);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = figures;
    }

    /// The office time between `from` and `to`, in whole minutes (rounded up: a reply 20
    /// seconds into the day took a minute).
    pub fn office_minutes(&self, from: Timestamp, to: Timestamp) -> u32 {
        if to <= from {
            return 0;
        }
        let s = self.schedule();
        let last = to.to_zoned(s.tz.clone()).date();
        let (mut counted, mut seconds) = (from, 0i64);
        for date in s.dates_from(from).take_while(|d| *d <= last) {
            for (opens, closes) in s.intervals(date) {
                let (start, end) = (opens.max(counted), closes.min(to));
                if end > start {
                    seconds += end.as_second() - start.as_second();
                    counted = end;
                }
            }
        }
        u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX)
    }

    pub fn is_open(&self, now: Timestamp) -> bool {
        let s = self.schedule();
        s.dates_from(now)
            .take(2)
            .flat_map(|date| s.intervals(date))
            .any(|(opens, closes)| opens <= now && now < closes)
    }

    /// When the office next opens after `now` (`None` if never within the horizon).
    pub fn next_opening(&self, now: Timestamp) -> Option<Timestamp> {
        let s = self.schedule();
        s.dates_from(now)
            .flat_map(|date| s.intervals(date))
            .map(|(opens, _)| opens)
            .find(|opens| *opens > now)
    }

    /// `now` plus `minutes` of office time.
    pub fn add_office_minutes(&self, now: Timestamp, minutes: u32) -> Option<Timestamp> {
        let mut left = i64::from(minutes) * 60;
        // Time already counted: overlapping intervals (a night shift running into the next
        // morning's) count once.
        let mut counted = now;
        let s = self.schedule();
        for date in s.dates_from(now) {
            for (opens, closes) in s.intervals(date) {
                if closes <= counted {
                    continue;
                }
                let start = opens.max(counted);
                let available = closes.as_second() - start.as_second();
                if left <= available {
                    return Timestamp::from_second(start.as_second() + left).ok();
                }
                left -= available;
                counted = closes;
            }
        }
        None
    }

    /// The reply-by promise for a complaint received at `now`.
    pub fn reply_by(&self, now: Timestamp) -> ReplyBy {
        let Figures { median, p90, .. } = self.figures();
        let latest = self
            .add_office_minutes(now, p90)
            // No office time in sight: promise the plain p90 rather than nothing.
            .unwrap_or_else(|| {
                Timestamp::from_second(now.as_second() + i64::from(p90) * 60).unwrap_or(now)
            });
        let mut reply_by = ReplyBy {
            usually_within_minutes: median,
            latest_at: rfc3339(latest),
            office_open: false,
            opens_at: None,
            moved_reason: None,
        };
        self.refresh(&mut reply_by, now);
        reply_by
    }

    /// Brings the "open now / opens at" part of a stored promise up to `now`.
    pub fn refresh(&self, reply_by: &mut ReplyBy, now: Timestamp) {
        reply_by.office_open = self.is_open(now);
        reply_by.opens_at = if reply_by.office_open {
            None
        } else {
            self.next_opening(now).map(rfc3339)
        };
    }
}

/// RFC 3339 in UTC, whole seconds.
pub fn rfc3339(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rome() -> Office {
        Office::new(&SupportInfo {
            time_zone: "Europe/Rome".into(),
            office_hours: vec![
                OfficeHours {
                    days: vec![
                        Weekday::Monday,
                        Weekday::Tuesday,
                        Weekday::Wednesday,
                        Weekday::Thursday,
                        Weekday::Friday,
                    ],
                    opens: "09:00".into(),
                    closes: "18:00".into(),
                },
                OfficeHours {
                    days: vec![Weekday::Saturday],
                    opens: "09:00".into(),
                    closes: "13:00".into(),
                },
            ],
            response_minutes_median: 120,
            response_minutes_p90: 480,
            privacy_url: None,
        })
        .unwrap()
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn office_minutes_count_only_open_time_and_measured_figures_take_over() {
        let office = rome();
        // Friday 17:00 to Monday 10:00 in Rome: one hour Friday, four Saturday, one Monday.
        let (friday, monday) = (at("2026-11-27T16:00:00Z"), at("2026-11-30T09:00:00Z"));
        assert_eq!(office.office_minutes(friday, monday), 6 * 60);
        // A reply at night counts nothing; twenty seconds count a minute.
        assert_eq!(
            office.office_minutes(at("2026-11-24T20:00:00Z"), at("2026-11-24T22:00:00Z")),
            0
        );
        assert_eq!(
            office.office_minutes(at("2026-11-24T09:00:00Z"), at("2026-11-24T09:00:20Z")),
            1
        );
        assert_eq!(office.office_minutes(monday, friday), 0);

        assert_eq!(measure(vec![10, 20, 30, 40]), None, "too few to say");
        let measured = measure(vec![50, 10, 40, 20, 30, 600, 70, 80, 90, 60]).unwrap();
        assert_eq!(
            (measured.median, measured.p90, measured.answered),
            (50, 90, 10)
        );
        office.set_measured(Some(measured));
        let reply = office.reply_by(at("2026-11-24T08:30:00Z"));
        assert_eq!(reply.usually_within_minutes, 50);
        assert_eq!(reply.latest_at, "2026-11-24T10:00:00Z");
        office.set_measured(None);
        assert_eq!(
            office.figures().median,
            120,
            "back to the configured figures"
        );
    }

    #[test]
    fn a_holiday_is_closed_all_day_and_a_new_schedule_counts_at_once() {
        let office = rome();
        let mut setting = office.setting();
        // Tuesday 8 December 2026 closed: a complaint on Monday the 7th at 17:00 waits.
        setting.holidays = vec!["2026-12-08".into()];
        office.set_schedule(Schedule::new(&setting).unwrap());
        let reply = office.reply_by(at("2026-12-07T16:00:00Z"));
        // 1 hour on Monday, none on Tuesday, 7 on Wednesday: 16:00 local.
        assert_eq!(reply.latest_at, "2026-12-09T15:00:00Z");
        assert!(!office.is_open(at("2026-12-08T10:00:00Z")));
        assert_eq!(
            office.next_opening(at("2026-12-08T10:00:00Z")),
            Some(at("2026-12-09T08:00:00Z"))
        );
        assert!(Schedule::new(&ScheduleSetting {
            holidays: vec!["8 dicembre".into()],
            ..setting
        })
        .is_err());
    }

    #[test]
    fn within_office_hours_the_promise_is_plain_time() {
        // Tuesday 2026-11-24 09:30 in Rome (UTC+1) = 08:30Z; 8 office hours later = 17:30 local.
        let office = rome();
        let reply = office.reply_by(at("2026-11-24T08:30:00Z"));
        assert!(reply.office_open);
        assert_eq!(reply.latest_at, "2026-11-24T16:30:00Z");
        assert_eq!(reply.usually_within_minutes, 120);
        assert_eq!(reply.opens_at, None);
    }

    #[test]
    fn friday_evening_carries_over_the_weekend_hours() {
        // Friday 2026-11-27 17:00 local: 1 h on Friday, 4 h on Saturday, 3 h on Monday.
        let office = rome();
        let reply = office.reply_by(at("2026-11-27T16:00:00Z"));
        assert_eq!(reply.latest_at, "2026-11-30T11:00:00Z"); // Monday 12:00 local
    }

    #[test]
    fn after_hours_says_when_the_office_opens() {
        // Saturday 2026-11-28 15:00 local: closed until Monday 09:00 local.
        let office = rome();
        let reply = office.reply_by(at("2026-11-28T14:00:00Z"));
        assert!(!reply.office_open);
        assert_eq!(reply.opens_at.as_deref(), Some("2026-11-30T08:00:00Z"));
        assert_eq!(reply.latest_at, "2026-11-30T16:00:00Z"); // Monday 17:00 local
    }

    #[test]
    fn daylight_saving_is_respected() {
        // Saturday 2026-03-28 12:00 local (UTC+1); clocks go forward that night. One hour
        // left on Saturday, then Monday 30 March opens at 09:00 CEST = 07:00Z.
        let office = rome();
        let reply = office.reply_by(at("2026-03-28T11:00:00Z"));
        assert_eq!(reply.latest_at, "2026-03-30T14:00:00Z"); // 1 h Sat + 7 h Mon → 16:00 CEST
    }

    #[test]
    fn a_shop_without_hours_is_always_open() {
        let office = Office::new(&SupportInfo {
            time_zone: "UTC".into(),
            office_hours: vec![],
            response_minutes_median: 60,
            response_minutes_p90: 120,
            privacy_url: None,
        })
        .unwrap();
        let reply = office.reply_by(at("2026-11-28T23:00:00Z"));
        assert_eq!(reply.latest_at, "2026-11-29T01:00:00Z");
        assert!(reply.office_open);
        assert_eq!(reply.opens_at, None);
    }

    fn hours(days: Vec<Weekday>, opens: &str, closes: &str) -> OfficeHours {
        OfficeHours {
            days,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    fn office(office_hours: Vec<OfficeHours>) -> Office {
        Office::new(&SupportInfo {
            time_zone: "Europe/Berlin".into(),
            office_hours,
            response_minutes_median: 60,
            response_minutes_p90: 240,
            privacy_url: None,
        })
        .unwrap()
    }

    #[test]
    fn a_night_shift_runs_into_the_next_day() {
        // Monday 22:00 to Tuesday 06:00 Berlin (UTC+1).
        let night = office(vec![hours(vec![Weekday::Monday], "22:00", "06:00")]);
        // Tuesday 2026-11-24 03:00 local: still Monday's shift.
        assert!(night.is_open(at("2026-11-24T02:00:00Z")));
        let reply = night.reply_by(at("2026-11-24T02:00:00Z"));
        // 3 hours left tonight, then the next Monday's shift: 22:00 + 1 h.
        assert_eq!(reply.latest_at, "2026-11-30T22:00:00Z");
        // Tuesday 07:00 local: closed, opens next Monday 22:00.
        let closed = night.reply_by(at("2026-11-24T06:00:00Z"));
        assert!(!closed.office_open);
        assert_eq!(closed.opens_at.as_deref(), Some("2026-11-30T21:00:00Z"));
    }

    #[test]
    fn a_whole_day_and_overlapping_hours_count_once() {
        let whole = office(vec![
            hours(vec![Weekday::Saturday], "00:00", "24:00"),
            hours(vec![Weekday::Sunday], "00:00", "00:00"),
            // Overlaps Saturday's whole day: not counted twice.
            hours(vec![Weekday::Friday], "20:00", "02:00"),
        ]);
        // Friday 2026-11-27 23:00 local: 4 hours of office time later is Saturday 03:00.
        assert_eq!(
            whole.reply_by(at("2026-11-27T22:00:00Z")).latest_at,
            "2026-11-28T02:00:00Z"
        );
        // Sunday 23:30 local is open; Monday 00:30 is not.
        assert!(whole.is_open(at("2026-11-29T22:30:00Z")));
        assert!(!whole.is_open(at("2026-11-29T23:30:00Z")));
    }

    #[test]
    fn bad_configuration_is_refused() {
        let mut info = SupportInfo {
            time_zone: "Mars/Olympus".into(),
            office_hours: vec![],
            response_minutes_median: 60,
            response_minutes_p90: 120,
            privacy_url: None,
        };
        assert!(Office::new(&info).is_err());
        info.time_zone = "Europe/Rome".into();
        info.office_hours = vec![hours(vec![Weekday::Monday], "24:00", "09:00")];
        assert!(Office::new(&info).is_err());
        info.office_hours = vec![hours(vec![Weekday::Monday], "09:00", "9 pm")];
        assert!(Office::new(&info).is_err());
    }
}
