//! Office hours, holidays and time zone, edited in the desk: what reply-by times are counted in,
//! what the widget's after-hours notice says and what `/v1/config` reports. Saved in the
//! database, so they outlive a restart and take the place of the configured ones.

use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use minijinja::{context, Value};
use sportello_contract::{OfficeHours, Weekday};

use super::{agent, language, page, same, staff::Agent, to_sign_in, words};
use crate::{
    db,
    office::{Schedule, ScheduleSetting},
    words::{text, Arg},
    AppState,
};

const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];
/// Most holidays one list may hold.
const HOLIDAYS_MAX: usize = 100;

/// The form as typed: per weekday two opening intervals, the time zone, the holidays.
#[derive(Debug, Clone, Default, serde::Serialize)]
struct HoursForm {
    time_zone: String,
    /// Per weekday: [opens, closes, opens again, closes again].
    days: Vec<[String; 4]>,
    holidays: String,
    csrf: String,
}

impl HoursForm {
    fn from_setting(setting: &ScheduleSetting) -> HoursForm {
        let days = WEEK
            .iter()
            .map(|day| {
                let mut slots: Vec<(String, String)> = setting
                    .office_hours
                    .iter()
                    .filter(|h| h.days.contains(day))
                    .map(|h| (h.opens.clone(), h.closes.clone()))
                    .collect();
                slots.sort();
                let slot = |i: usize| slots.get(i).cloned().unwrap_or_default();
                let ((a, b), (c, d)) = (slot(0), slot(1));
                [a, b, c, d]
            })
            .collect();
        HoursForm {
            time_zone: setting.time_zone.clone(),
            days,
            holidays: setting.holidays.join("\n"),
            csrf: String::new(),
        }
    }

    fn parse(body: &[u8]) -> HoursForm {
        let mut form = HoursForm {
            days: vec![Default::default(); 7],
            ..HoursForm::default()
        };
        for (key, value) in url::form_urlencoded::parse(body) {
            let value = value.trim().to_owned();
            match key.as_ref() {
                "time_zone" => form.time_zone = value,
                "holidays" => form.holidays = value,
                "csrf" => form.csrf = value,
                other => {
                    // `d0_0` … `d6_3`: weekday, then the slot.
                    let Some((day, slot)) = other
                        .strip_prefix('d')
                        .and_then(|rest| rest.split_once('_'))
                    else {
                        continue;
                    };
                    if let (Ok(day), Ok(slot)) = (day.parse::<usize>(), slot.parse::<usize>()) {
                        if day < 7 && slot < 4 {
                            form.days[day][slot] = value;
                        }
                    }
                }
            }
        }
        form
    }

    /// The setting the form describes, or the message staff read.
    fn setting(&self, lang: &str) -> Result<ScheduleSetting, String> {
        let hhmm = |t: &str| {
            let ok = t.len() == 5
                && t.as_bytes()[2] == b':'
                && t[..2].parse::<u32>().is_ok_and(|h| h < 24)
                && t[3..].parse::<u32>().is_ok_and(|m| m < 60);
            ok || t == "24:00"
        };
        let mut office_hours = Vec::new();
        for (day, slots) in WEEK.iter().zip(&self.days) {
            let day_name = text(lang, "desk-weekday", &[("day", Arg::Text(&code(*day)))]);
            let mut last_close = String::new();
            for pair in slots.chunks(2) {
                let (opens, closes) = (pair[0].as_str(), pair[1].as_str());
                if opens.is_empty() && closes.is_empty() {
                    continue;
                }
                if !hhmm(opens) || !hhmm(closes) || opens == "24:00" {
                    return Err(text(
                        lang,
                        "desk-hours-incomplete",
                        &[("day", Arg::Text(&day_name))],
                    ));
                }
                if closes != "00:00" && closes <= opens || opens < last_close.as_str() {
                    return Err(text(
                        lang,
                        "desk-hours-order",
                        &[("day", Arg::Text(&day_name))],
                    ));
                }
                last_close = closes.to_owned();
                office_hours.push(OfficeHours {
                    days: vec![*day],
                    opens: opens.to_owned(),
                    closes: closes.to_owned(),
                });
            }
        }
        if office_hours.is_empty() {
            return Err(text(lang, "desk-hours-none", &[]));
        }
        if jiff::tz::TimeZone::get(&self.time_zone).is_err() {
            return Err(text(
                lang,
                "desk-hours-time-zone",
                &[("zone", Arg::Text(&self.time_zone))],
            ));
        }
        let mut holidays = Vec::new();
        for typed in self
            .holidays
            .split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            let Ok(date) = typed.parse::<jiff::civil::Date>() else {
                return Err(text(
                    lang,
                    "desk-hours-holiday",
                    &[("date", Arg::Text(typed))],
                ));
            };
            holidays.push(date.to_string());
        }
        holidays.sort();
        holidays.dedup();
        if holidays.len() > HOLIDAYS_MAX {
            return Err(text(
                lang,
                "desk-hours-holidays-many",
                &[("max", Arg::Number(HOLIDAYS_MAX as i64))],
            ));
        }
        Ok(ScheduleSetting {
            time_zone: self.time_zone.clone(),
            office_hours,
            holidays,
        })
    }
}

fn code<T: serde::Serialize>(value: T) -> String {
    crate::complaints::store::code(value)
}

#[derive(serde::Deserialize)]
pub(super) struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /desk/office-hours`
pub(super) async fn hours_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(saved): Query<Saved>,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let form = HoursForm::from_setting(&state.office.setting());
    let done = saved.saved.map(|_| text(lang, "desk-hours-saved", &[]));
    render(&state, &agent, lang, StatusCode::OK, form, done, None)
}

fn render(
    state: &AppState,
    agent: &Agent,
    lang: &'static str,
    status: StatusCode,
    form: HoursForm,
    done: Option<String>,
    error: Option<String>,
) -> Response {
    let days: Vec<serde_json::Value> = WEEK
        .iter()
        .zip(&form.days)
        .enumerate()
        .map(|(i, (day, slots))| {
            serde_json::json!({
                "index": i,
                "name": text(lang, "desk-weekday", &[("day", Arg::Text(&code(*day)))]),
                "slots": slots,
            })
        })
        .collect();
    page(
        status,
        "desk/hours.html",
        context! {
            lang, shop => &state.config.shop_name, w => words(lang),
            title => text(lang, "desk-hours-title", &[]),
            agent => &agent.email, csrf => &agent.csrf,
            days => Value::from_serialize(&days), form => Value::from_serialize(&form),
            done, error,
        },
    )
}

/// `POST /desk/office-hours`: saves the week, the holidays and the time zone; reply-by times
/// of complaints filed from now on are counted in them.
pub(super) async fn save_hours(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(agent) = agent(&state, &headers).await else {
        return to_sign_in();
    };
    let lang = language(&headers);
    let form = HoursForm::parse(&body);
    if !same(&agent.csrf, &form.csrf) {
        let error = Some(text(lang, "desk-form-expired", &[]));
        return render(
            &state,
            &agent,
            lang,
            StatusCode::FORBIDDEN,
            form,
            None,
            error,
        );
    }
    let setting = match form.setting(lang).and_then(|s| {
        Schedule::new(&s)
            .map(|schedule| (s, schedule))
            .map_err(|_| text(lang, "desk-hours-none", &[]))
    }) {
        Ok(found) => found,
        Err(error) => {
            return render(
                &state,
                &agent,
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                None,
                Some(error),
            )
        }
    };
    let (saved, schedule) = setting;
    let stored = saved.clone();
    if state
        .with_db(move |conn| db::save_schedule(conn, &stored))
        .await
        .is_err()
    {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    state.office.set_schedule(schedule);
    // The measured reply times are counted in the new hours.
    let (office, now) = (state.office.clone(), state.now());
    let _ = state
        .read(move |conn| crate::complaints::refresh_figures(conn, &office, now))
        .await;
    tracing::info!("office hours changed from the desk");
    Redirect::to("/desk/office-hours?saved=1").into_response()
}
