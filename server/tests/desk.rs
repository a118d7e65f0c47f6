//! The staff desk over HTTP on a real SQLite file: nothing without a session, the sign-in form's
//! token, wrong passwords limited, a session that answers a complaint the customer then sees,
//! signs out and expires; and the customer API and the desk never take each other's credentials.

mod common;

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
};
use common::{admin, send, Answer, TestApp};
use serde_json::json;
use sportello_server::{db, desk::staff};

const AGENT: &str = "marta@bottega.example";
const PASSWORD: &str = "correct horse battery";

/// The app, with one staff member.
fn desk_app(public_url: Option<&str>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let app = common::test_app_with(|settings| {
        settings.db = path.clone();
        settings.public_url = public_url.map(str::to_owned);
    });
    let conn = db::open(&path, false).unwrap();
    staff::add(&conn, AGENT, "Marta", PASSWORD).unwrap();
    // The directory lives as long as the test: the app keeps its own connection open.
    std::mem::forget(dir);
    app
}

fn cookies(answer: &Answer) -> Vec<String> {
    answer
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

fn cookie_value(answer: &Answer, name: &str) -> Option<String> {
    cookies(answer).iter().find_map(|c| {
        c.strip_prefix(&format!("{name}="))
            .map(|rest| rest.split(';').next().unwrap().to_owned())
    })
}

/// The value of the hidden `csrf` field of a page.
fn csrf_in(answer: &Answer) -> String {
    let body = String::from_utf8_lossy(&answer.body);
    let at = body
        .find("name=\"csrf\" value=\"")
        .expect("a form with its token")
        + 19;
    body[at..at + 32].to_owned()
}

fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

async fn get(app: &TestApp, path: &str, cookie: Option<&str>) -> Answer {
    let mut request = Request::get(path).header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(app, request.body(Body::empty()).unwrap()).await
}

async fn post(app: &TestApp, path: &str, cookie: Option<&str>, body: String) -> Answer {
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT_LANGUAGE, "it-IT,it;q=0.9");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

fn redirected_to(answer: &Answer, to: &str) {
    assert!(answer.status.is_redirection(), "{}", answer.status);
    assert_eq!(answer.header("location"), Some(to));
}

/// Signs in with `password`: the answer to the form.
async fn sign_in_with(app: &TestApp, email: &str, password: &str) -> Answer {
    let page = get(app, "/desk/sign-in", None).await;
    let token = cookie_value(&page, "sportello_desk_csrf").unwrap();
    assert_eq!(csrf_in(&page), token);
    post(
        app,
        "/desk/sign-in",
        Some(&format!("sportello_desk_csrf={token}")),
        form(&[("email", email), ("password", password), ("csrf", &token)]),
    )
    .await
}

/// A signed-in session: its cookie, and the CSRF token of its forms.
async fn signed_in(app: &TestApp) -> (String, String) {
    let answer = sign_in_with(app, AGENT, PASSWORD).await;
    redirected_to(&answer, "/desk/");
    let session = format!(
        "sportello_desk={}",
        cookie_value(&answer, "sportello_desk").unwrap()
    );
    let inbox = get(app, "/desk/", Some(&session)).await;
    assert_eq!(inbox.status, StatusCode::OK);
    (session, csrf_in(&inbox))
}

#[tokio::test]
async fn nothing_of_the_desk_answers_without_a_session() {
    let app = desk_app(None);
    let order = common::looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let customer = order.access.unwrap().token;
    for cookie in [
        None,
        Some("sportello_desk=not-a-session".to_owned()),
        // A customer's order token is no desk session.
        Some(format!("sportello_desk={customer}")),
    ] {
        for path in [
            "/desk/",
            "/desk/complaints/RC-AAAA-BBBB",
            "/desk/complaints/RC-AAAA-BBBB/photos/1",
            "/desk/delays",
            "/desk/dashboard",
            "/desk/office-hours",
            "/desk/help",
        ] {
            redirected_to(&get(&app, path, cookie.as_deref()).await, "/desk/sign-in");
        }
        for path in [
            "/desk/complaints/RC-AAAA-BBBB/answer",
            "/desk/complaints/RC-AAAA-BBBB/voucher",
            "/desk/delays/explain",
            "/desk/office-hours",
            "/desk/help",
            "/desk/sign-out",
        ] {
            let acted = post(
                &app,
                path,
                cookie.as_deref(),
                form(&[("text", "hello"), ("csrf", "x")]),
            )
            .await;
            redirected_to(&acted, "/desk/sign-in");
        }
    }
    let bearer = send(
        &app,
        Request::get("/desk/")
            .header(header::AUTHORIZATION, format!("Bearer {customer}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    redirected_to(&bearer, "/desk/sign-in");
    // Nor is the shop's admin token.
    let admin_bearer = send(
        &app,
        Request::get("/desk/")
            .header(header::AUTHORIZATION, format!("Bearer {}", common::ADMIN))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    redirected_to(&admin_bearer, "/desk/sign-in");
}

#[tokio::test]
async fn the_sign_in_form_needs_its_token_and_wrong_passwords_are_limited() {
    let app = desk_app(Some("https://assistenza.bottega.example"));
    // Posted from elsewhere, without the form's cookie: refused, nothing checked.
    let forged = post(
        &app,
        "/desk/sign-in",
        None,
        form(&[("email", AGENT), ("password", PASSWORD), ("csrf", "x")]),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(String::from_utf8_lossy(&forged.body).contains("rimasto aperto troppo a lungo"));
    for _ in 0..5 {
        let wrong = sign_in_with(&app, AGENT, "not the password").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let body = String::from_utf8_lossy(&wrong.body);
        assert!(body.contains("non corrispondono"), "{body}");
        assert!(
            body.contains(&format!("value=\"{AGENT}\"")),
            "the address is kept"
        );
        assert!(cookie_value(&wrong, "sportello_desk").is_none());
    }
    // The sixth try waits, even with the right password.
    let limited = sign_in_with(&app, AGENT, PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.header("retry-after").is_some());
    assert!(String::from_utf8_lossy(&limited.body).contains("Troppi tentativi"));
    // An unknown address is told the same as a wrong password.
    let unknown = sign_in_with(&app, "nobody@bottega.example", PASSWORD).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_session_answers_a_complaint_the_customer_sees_then_signs_out() {
    let app = desk_app(Some("https://assistenza.bottega.example"));
    let answer = sign_in_with(&app, AGENT, PASSWORD).await;
    let set = cookies(&answer);
    let session_cookie = set
        .iter()
        .find(|c| c.starts_with("sportello_desk="))
        .unwrap();
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/desk", "Secure"] {
        assert!(session_cookie.contains(attribute), "{session_cookie}");
    }
    let (session, csrf) = signed_in(&app).await;

    let filed = common::post_json(
        &app,
        "/v1/complaints",
        Some("desk-1"),
        None,
        common::complaint_body(),
    )
    .await;
    let reference = filed.json()["reference"].as_str().unwrap().to_owned();
    let token = filed.json()["access"]["token"].as_str().unwrap().to_owned();
    let inbox = get(&app, "/desk/", Some(&session)).await;
    let body = String::from_utf8_lossy(&inbox.body);
    assert!(body.contains(&reference), "{body}");
    assert!(body.contains("1 open complaint, 0 overdue."), "{body}");
    assert!(body.contains("Damaged item"), "{body}");
    let page = get(
        &app,
        &format!("/desk/complaints/{reference}"),
        Some(&session),
    )
    .await;
    let body = String::from_utf8_lossy(&page.body);
    assert!(body.contains("One of the two cups arrived with a broken handle."));
    assert!(
        body.contains("giulia.rossi@example.com"),
        "staff see the address"
    );
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("frame-ancestors 'none'"));

    let path = format!("/desk/complaints/{reference}/answer");
    // Without the session's token: refused, nothing recorded.
    let forged = post(
        &app,
        &path,
        Some(&session),
        form(&[
            ("text", "Forged."),
            ("channel", "email"),
            ("csrf", "0".repeat(32).as_str()),
        ]),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // What the agent typed is still there to send again.
    let page = String::from_utf8_lossy(&forged.body);
    assert!(
        page.contains("maxlength=\"5000\">Forged.</textarea>"),
        "{page}"
    );
    let answered = post(
        &app,
        &path,
        Some(&session),
        form(&[
            ("text", "We are sending a new cup today."),
            ("channel", "email"),
            ("csrf", &csrf),
        ]),
    )
    .await;
    redirected_to(
        &answered,
        &format!("/desk/complaints/{reference}?done=answer-email"),
    );
    // The customer sees it in the follow-up, from Marta, on e-mail; and the e-mail is queued.
    let seen = send(
        &app,
        common::with_token(Request::get(format!("/v1/complaints/{reference}")), &token)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let complaint = seen.json();
    let last = complaint["updates"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["text"], "We are sending a new cup today.");
    assert_eq!(last["author_name"], "Marta");
    assert_eq!(last["channel"], "email");
    assert!(!String::from_utf8_lossy(&seen.body).contains("Forged."));
    let outbox = admin(&app, Method::GET, "/admin/outbox", json!(null)).await;
    assert!(outbox
        .json()
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "complaint_answer"));
    // Resolved with its outcome: it leaves the inbox.
    let resolved = post(
        &app,
        &format!("/desk/complaints/{reference}/resolve"),
        Some(&session),
        form(&[
            ("text", "The new cup arrived."),
            ("outcome", "replacement"),
            ("csrf", &csrf),
        ]),
    )
    .await;
    assert!(resolved.status.is_redirection());
    let inbox = get(&app, "/desk/", Some(&session)).await;
    assert!(!String::from_utf8_lossy(&inbox.body).contains(&reference));

    // The desk's session opens nothing of the customer's API.
    let order = common::looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let refused = send(
        &app,
        Request::get(format!("/v1/orders/{}", order.access.unwrap().order_id))
            .header(header::COOKIE, &session)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

    // Signing out ends the session for good.
    let out = post(
        &app,
        "/desk/sign-out",
        Some(&session),
        form(&[("csrf", &csrf)]),
    )
    .await;
    redirected_to(&out, "/desk/sign-in");
    assert!(cookies(&out)
        .iter()
        .any(|c| c.starts_with("sportello_desk=;") && c.contains("Max-Age=0")));
    redirected_to(&get(&app, "/desk/", Some(&session)).await, "/desk/sign-in");
}

#[tokio::test]
async fn a_session_left_idle_ends() {
    let app = desk_app(None);
    let (session, _) = signed_in(&app).await;
    // Two hours and a minute later (the backend's clock, moved).
    let later = time::OffsetDateTime::now_utc() + time::Duration::minutes(121);
    let moved = admin(
        &app,
        Method::PUT,
        "/admin/clock",
        json!({"now": later.format(&time::format_description::well_known::Rfc3339).unwrap()}),
    )
    .await;
    assert!(moved.status.is_success(), "{}", moved.status);
    redirected_to(&get(&app, "/desk/", Some(&session)).await, "/desk/sign-in");
}

#[test]
fn a_password_is_stored_only_as_its_argon2id_hash() {
    let dir = tempfile::tempdir().unwrap();
    let conn = db::open(&dir.path().join("s.db"), false).unwrap();
    assert!(staff::add(&conn, "Luca@Bottega.example", "Luca", "too short").is_err());
    assert!(staff::add(&conn, "Luca@Bottega.example", "Luca", PASSWORD).unwrap());
    let hash: String = conn
        .query_row("SELECT password_hash FROM staff", [], |r| r.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(PASSWORD));
    assert!(staff::verify(&conn, "luca@bottega.example", PASSWORD)
        .unwrap()
        .is_some());
    assert!(
        staff::verify(&conn, "luca@bottega.example", "wrong password!")
            .unwrap()
            .is_none()
    );
    let token = staff::open_session(&conn, 1, 1_000).unwrap();
    assert!(staff::session(&conn, &token, 1_001).unwrap().is_some());
    assert!(staff::remove(&conn, "luca@bottega.example").unwrap());
    assert!(
        staff::session(&conn, &token, 1_002).unwrap().is_none(),
        "removed staff have no session"
    );
}

/// The parcels the detector finds wait in the desk's queue; one explanation for several
/// (ticked, or named in a pasted list) is what each customer then reads, and takes them out.
#[tokio::test]
async fn the_detectors_findings_are_explained_from_the_desk_at_once() {
    let app = desk_app(None);
    let (session, csrf) = signed_in(&app).await;
    redirected_to(&get(&app, "/desk/delays", None).await, "/desk/sign-in");
    let empty = get(&app, "/desk/delays", Some(&session)).await;
    let body = String::from_utf8_lossy(&empty.body);
    assert!(body.contains("No parcel is waiting"), "{body}");

    let ran = admin(&app, Method::POST, "/admin/detector/run", json!({})).await;
    let flagged = ran.json()["flagged"].as_u64().unwrap();
    assert!(flagged >= 1);
    let queue = get(&app, "/desk/delays", Some(&session)).await;
    let body = String::from_utf8_lossy(&queue.body).into_owned();
    assert!(body.contains("SP-1015"), "{body}");
    assert!(body.contains("No news from the carrier for"), "{body}");
    // The parcel's key, as the browser sends it (the page escapes its slash).
    let key = {
        let at = body.find("name=\"parcel\" value=\"SP-1015").unwrap() + 21;
        body[at..at + body[at..].find('"').unwrap()].replace("&#x2f;", "/")
    };

    // A mistyped order number in the pasted list: nothing recorded, everything typed kept.
    let typed = [
        ("csrf", csrf.as_str()),
        ("parcel", key.as_str()),
        ("pasted", "SP-1001\nSP-9999"),
        ("reason", "carrier_capacity"),
        ("side", "carrier"),
        ("message", "Il deposito di Bologna è fermo per un guasto."),
        ("action", "Abbiamo chiesto a BRT di consegnare in priorità."),
        ("new_date", "2099-12-04"),
        ("voucher_code", "SCUSA5"),
        ("voucher_amount", "5"),
        ("voucher_percent", ""),
    ];
    let refused = post(&app, "/desk/delays/explain", Some(&session), form(&typed)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = String::from_utf8_lossy(&refused.body);
    assert!(
        body.contains("Nessun pacco in viaggio per: SP-9999"),
        "{body}"
    );
    assert!(body.contains("Il deposito di Bologna è fermo per un guasto."));
    assert!(body.contains("SCUSA5"));
    let escaped = key.replace('/', "&#x2f;");
    assert!(
        body.contains(&format!(
            "value=\"{escaped}\" aria-label=\"Spiega l&#x27;ordine SP-1015 ("
        )),
        "{body}"
    );
    assert!(body.contains(" checked>"), "the ticked parcel stays ticked");
    // Without the session's token: refused.
    let mut forged = typed;
    forged[0] = ("csrf", "forged");
    forged[2] = ("pasted", "SP-1001");
    let forged = post(&app, "/desk/delays/explain", Some(&session), form(&forged)).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let mut good = typed;
    good[2] = ("pasted", "SP-1001");
    let done = post(&app, "/desk/delays/explain", Some(&session), form(&good)).await;
    assert!(
        done.status.is_redirection(),
        "{}",
        String::from_utf8_lossy(&done.body)
    );
    let location = done.header("location").unwrap().to_owned();
    assert!(location.starts_with("/desk/delays?done="), "{location}");
    let count: usize = location["/desk/delays?done=".len()..].parse().unwrap();
    assert!(count >= 2, "SP-1015 and SP-1001's parcels: {count}");
    let after = get(&app, &location, Some(&session)).await;
    let body = String::from_utf8_lossy(&after.body);
    assert!(body.contains("parcels explained"), "{body}");
    assert!(
        !body.contains("name=\"parcel\" value=\"SP-1015"),
        "out of the queue"
    );

    // Each customer reads the shop's words, the new date and the voucher.
    for (number, email) in [
        ("SP-1015", "laura.moretti@example.com"),
        ("SP-1001", "giulia.rossi@example.com"),
    ] {
        let order = common::looked_up(&app, number, email).await;
        let delay = order
            .shipments
            .iter()
            .find_map(|s| s.delay.as_ref())
            .unwrap_or_else(|| panic!("{number} has its delay"));
        assert_eq!(
            delay.reason,
            sportello_contract::DelayReason::CarrierCapacity
        );
        assert_eq!(
            delay.message.as_deref(),
            Some("Il deposito di Bologna è fermo per un guasto.")
        );
        assert_eq!(delay.goodwill.as_ref().unwrap().amount, Some(500));
        assert_eq!(
            delay.new_estimate.as_ref().unwrap().from,
            "2099-12-03T23:00:00Z"
        );
    }
}

async fn config_figures(app: &TestApp) -> (u64, u64) {
    let config = get(app, "/v1/config", None).await.json();
    (
        config["support"]["response_minutes_median"]
            .as_u64()
            .unwrap(),
        config["support"]["response_minutes_p90"].as_u64().unwrap(),
    )
}

async fn set_clock(app: &TestApp, now: &str) {
    let moved = admin(app, Method::PUT, "/admin/clock", json!({ "now": now })).await;
    assert_eq!(moved.status, StatusCode::OK);
}

/// The reply times `/v1/config` reports come from the desk's real first answers, counted in
/// office time, once there are five of them; until then, the configured ones.
#[tokio::test]
async fn the_reply_times_the_widget_shows_are_measured_from_real_answers() {
    let app = desk_app(None);
    assert_eq!(config_figures(&app).await, (180, 600), "configured");
    // Tuesday 24 November 2026, 10:00 in Rome: the office is open.
    set_clock(&app, "2026-11-24T09:00:00Z").await;
    let mut references = Vec::new();
    for i in 0..5 {
        let key = format!("figures-{i}");
        let filed = common::post_json(
            &app,
            "/v1/complaints",
            Some(&key),
            None,
            common::complaint_body(),
        )
        .await;
        assert_eq!(filed.status, StatusCode::CREATED, "{:?}", filed.json());
        references.push(filed.json()["reference"].as_str().unwrap().to_owned());
    }
    let answer = |reference: &str, session: &str, csrf: &str| {
        let path = format!("/desk/complaints/{reference}/answer");
        let body = form(&[
            ("text", "We called you back."),
            ("channel", "phone"),
            ("csrf", csrf),
        ]);
        let session = session.to_owned();
        let app = &app;
        async move {
            let done = post(app, &path, Some(&session), body).await;
            assert!(done.status.is_redirection(), "{}", done.status);
        }
    };
    // Four answered within the hour: still too few to say.
    for (reference, at) in references.iter().zip(["09:10", "09:20", "09:30", "09:40"]) {
        set_clock(&app, &format!("2026-11-24T{at}:00Z")).await;
        let (session, csrf) = signed_in(&app).await;
        answer(reference, &session, &csrf).await;
    }
    assert_eq!(config_figures(&app).await, (180, 600), "four answers");
    let (session, _) = signed_in(&app).await;
    let board = get(&app, "/desk/dashboard", Some(&session)).await;
    let body = String::from_utf8_lossy(&board.body);
    assert!(
        body.contains(
            "We measure once 5 complaints have been answered in the last 30 days; so far 4."
        ),
        "{body}"
    );
    // The fifth the next morning at 10:00: 9 hours of office time, not 24.
    set_clock(&app, "2026-11-25T09:00:00Z").await;
    let (session, csrf) = signed_in(&app).await;
    answer(&references[4], &session, &csrf).await;
    assert_eq!(config_figures(&app).await, (30, 540));
    let board = get(&app, "/desk/dashboard", Some(&session)).await;
    let body = String::from_utf8_lossy(&board.body);
    assert!(
        body.contains("Half of our first answers came within 30 min of office time, nine in ten within 9 h: 5 complaints"),
        "{body}"
    );
    assert!(
        body.contains("Damaged item</th><td>0</td><td>5</td>"),
        "{body}"
    );
    // A complaint filed now is promised what the shop really does.
    let filed = common::post_json(
        &app,
        "/v1/complaints",
        Some("figures-after"),
        None,
        common::complaint_body(),
    )
    .await;
    let reply_by = &filed.json()["reply_by"];
    assert_eq!(reply_by["usually_within_minutes"], 30);
    assert_eq!(reply_by["latest_at"], "2026-11-26T09:00:00Z");
}

/// Office hours edited in the desk: refused with the reason and kept as typed when wrong; once
/// saved, `/v1/config` reports them, a holiday counts as closed in the reply-by time, and they
/// outlive a restart.
#[tokio::test]
async fn office_hours_and_holidays_are_edited_in_the_desk_and_promised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hours.db");
    let app = common::test_app_with(|settings| settings.db = path.clone());
    let conn = db::open(&path, false).unwrap();
    staff::add(&conn, AGENT, "Marta", PASSWORD).unwrap();
    let (session, csrf) = signed_in(&app).await;
    redirected_to(
        &get(&app, "/desk/office-hours", None).await,
        "/desk/sign-in",
    );
    let page = get(&app, "/desk/office-hours", Some(&session)).await;
    let body = String::from_utf8_lossy(&page.body);
    assert!(
        body.contains("name=\"d5_0\" value=\"09:00\""),
        "Saturday morning: {body}"
    );

    // Monday to Friday 9–13 and 14–18, closed at the weekend, 8 December a holiday.
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.clone()),
        ("time_zone".into(), "Europe/Rome".into()),
        ("holidays".into(), "2026-12-08\n2026-12-25".into()),
    ];
    for day in 0..5 {
        for (slot, at) in ["09:00", "13:00", "14:00", "18:00"].iter().enumerate() {
            fields.push((format!("d{day}_{slot}"), (*at).into()));
        }
    }
    let body_of = |fields: &[(String, String)]| {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish()
    };
    let mut wrong = fields.clone();
    wrong.push(("d6_0".into(), "10:00".into()));
    wrong[2].1 = "2026-12-08\n25 dicembre".into();
    let refused = post(&app, "/desk/office-hours", Some(&session), body_of(&wrong)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = String::from_utf8_lossy(&refused.body);
    assert!(
        text.contains("Domenica: indica sia l&#x27;apertura sia la chiusura"),
        "{text}"
    );
    assert!(text.contains("25 dicembre"), "kept as typed");
    wrong.pop();
    let refused = post(&app, "/desk/office-hours", Some(&session), body_of(&wrong)).await;
    let text = String::from_utf8_lossy(&refused.body);
    assert!(
        text.contains("&quot;25 dicembre&quot; non è una data"),
        "{text}"
    );

    let saved = post(&app, "/desk/office-hours", Some(&session), body_of(&fields)).await;
    redirected_to(&saved, "/desk/office-hours?saved=1");
    let config = get(&app, "/v1/config", None).await.json();
    let hours = &config["support"]["office_hours"];
    assert_eq!(hours.as_array().unwrap().len(), 10, "{hours}");
    assert!(!hours.to_string().contains("saturday"), "{hours}");

    // Monday 7 December, 17:00 in Rome: 1 hour today, Tuesday is a holiday, so the 10-hour
    // promise runs to Thursday 10:00.
    let moved = admin(
        &app,
        Method::PUT,
        "/admin/clock",
        json!({"now": "2026-12-07T16:00:00Z"}),
    )
    .await;
    assert_eq!(moved.status, StatusCode::OK);
    let filed = common::post_json(
        &app,
        "/v1/complaints",
        Some("hours-1"),
        None,
        common::complaint_body(),
    )
    .await;
    assert_eq!(
        filed.json()["reply_by"]["latest_at"],
        "2026-12-10T09:00:00Z"
    );

    // Another server on the same database keeps them.
    drop(app);
    let again = common::test_app_with(|settings| settings.db = path.clone());
    let config = get(&again, "/v1/config", None).await.json();
    assert_eq!(
        config["support"]["office_hours"].as_array().unwrap().len(),
        10
    );
    std::mem::forget(dir);
}

/// Staff see the customer's photos (and nobody else does), and give a goodwill voucher the
/// customer reads in their own language, with its value in the order's currency.
#[tokio::test]
async fn staff_see_the_photos_and_give_a_voucher_in_the_customers_language() {
    use base64::Engine;
    let app = desk_app(None);
    let (session, csrf) = signed_in(&app).await;
    let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];
    let mut body = common::complaint_body();
    body["locale"] = json!("de");
    body["photos"] = json!([{"name": "tasse.jpg", "content_type": "image/jpeg",
        "data": base64::engine::general_purpose::STANDARD.encode(jpeg)}]);
    let filed = common::post_json(&app, "/v1/complaints", Some("voucher-1"), None, body).await;
    assert_eq!(filed.status, StatusCode::CREATED, "{:?}", filed.json());
    let reference = filed.json()["reference"].as_str().unwrap().to_owned();
    let token = filed.json()["access"]["token"].as_str().unwrap().to_owned();

    let page = get(
        &app,
        &format!("/desk/complaints/{reference}"),
        Some(&session),
    )
    .await;
    let html = String::from_utf8_lossy(&page.body);
    let at = html.find("<img src=\"").expect("the photo is shown") + 10;
    let src = html[at..at + html[at..].find('"').unwrap()].replace("&#x2f;", "/");
    assert!(html.contains("alt=\"Photo 1 the customer sent"), "{html}");
    let photo = get(&app, &src, Some(&session)).await;
    assert_eq!(photo.status, StatusCode::OK);
    assert_eq!(photo.header("content-type"), Some("image/jpeg"));
    assert_eq!(photo.body.as_slice(), jpeg.as_slice());
    redirected_to(&get(&app, &src, None).await, "/desk/sign-in");

    // A voucher without a value is refused; with one, the customer reads it in German.
    let path = format!("/desk/complaints/{reference}/voucher");
    let refused = post(
        &app,
        &path,
        Some(&session),
        form(&[("csrf", &csrf), ("voucher_code", "SORRY10")]),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(String::from_utf8_lossy(&refused.body).contains("value=\"SORRY10\""));
    let given = post(
        &app,
        &path,
        Some(&session),
        form(&[
            ("csrf", &csrf),
            ("voucher_code", "SORRY10"),
            ("voucher_percent", "10"),
            ("text", "Die neue Tasse ist unterwegs."),
        ]),
    )
    .await;
    redirected_to(
        &given,
        &format!("/desk/complaints/{reference}?done=voucher"),
    );
    let seen = send(
        &app,
        Request::get(format!("/v1/complaints/{reference}"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let last = seen.json()["updates"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["text"],
        "Als Entschuldigung ein Gutschein für Ihre nächste Bestellung: SORRY10, 10% Rabatt.\n\nDie neue Tasse ist unterwegs."
    );
}

/// Help answers are edited per topic and language in the desk, and the widget's `/v1/help`
/// serves them: changed, removed, added, and a language the shop had none in.
#[tokio::test]
async fn help_answers_are_edited_per_topic_and_language() {
    let app = desk_app(None);
    let (session, csrf) = signed_in(&app).await;
    let help = |locale: &'static str| {
        let app = &app;
        async move {
            get(
                app,
                &format!("/v1/help?topic=late_delivery&locale={locale}"),
                None,
            )
            .await
            .json()["answers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["title"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    let before = help("en").await;
    assert_eq!(before[0], "Where is my parcel?");
    assert_eq!(
        help("de").await[0],
        "Dov'è il mio pacco?",
        "the shop's language"
    );

    let page = get(
        &app,
        "/desk/help?topic=late_delivery&language=en",
        Some(&session),
    )
    .await;
    let html = String::from_utf8_lossy(&page.body);
    assert!(html.contains("Where is my parcel?"), "{html}");
    let first_id = {
        let at = html.find("name=\"id_0\" value=\"").unwrap() + 19;
        html[at..at + html[at..].find('"').unwrap()].to_owned()
    };
    let count = before.len().to_string();
    // The first answer reworded, every other removed, one added; a half-written one refused.
    let mut fields = vec![
        ("csrf".to_owned(), csrf.clone()),
        ("topic".into(), "late_delivery".into()),
        ("language".into(), "en".into()),
        ("id_0".into(), first_id),
        ("title_0".into(), "Where is my parcel now?".into()),
        ("body_0".into(), "Look it up above.".into()),
    ];
    for (i, title) in before.iter().enumerate().skip(1) {
        fields.push((format!("remove_{i}"), "on".into()));
        fields.push((format!("title_{i}"), title.clone()));
        fields.push((format!("body_{i}"), "x".into()));
    }
    fields.push((format!("title_{count}"), "Can I change the address?".into()));
    let encode = |fields: &[(String, String)]| {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish()
    };
    let refused = post(&app, "/desk/help", Some(&session), encode(&fields)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = String::from_utf8_lossy(&refused.body);
    assert!(html.contains("Risposta 2: indica sia la domanda"), "{html}");
    assert!(html.contains("Can I change the address?"), "kept as typed");
    fields.push((format!("body_{count}"), "Yes, until it ships.".into()));
    let saved = post(&app, "/desk/help", Some(&session), encode(&fields)).await;
    redirected_to(&saved, "/desk/help?topic=late_delivery&language=en&saved=1");
    assert_eq!(
        help("en").await,
        ["Where is my parcel now?", "Can I change the address?"]
    );

    // German answers of its own.
    let german = [
        ("csrf", csrf.as_str()),
        ("topic", "late_delivery"),
        ("language", "de"),
        ("title_0", "Wo ist mein Paket?"),
        ("body_0", "Suchen Sie Ihre Bestellung oben."),
    ];
    let saved = post(&app, "/desk/help", Some(&session), form(&german)).await;
    assert!(saved.status.is_redirection());
    assert_eq!(help("de-AT").await, ["Wo ist mein Paket?"]);
}
