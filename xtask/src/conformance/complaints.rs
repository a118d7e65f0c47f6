//! Complaint checks of `cargo xtask conformance`, run when `GET /config` offers complaints: the
//! Idempotency-Key rules (required, replay, reuse with another body), validation problems, the
//! acknowledgement's shape, the help answers, and the follow-up (lookup enumeration safety,
//! token, messages, rating only at resolution). They file one test complaint.

use anyhow::Result;
use serde_json::{json, Value};
use sportello_contract::{
    Complaint, ComplaintStatus, ComplaintTopic, HelpAnswers, ProblemType, ShopConfig,
};

use super::{answer, clip, expect_json, expect_problem, is_rfc3339, Answer, Report};

/// The e-mail address of the test complaint (shops can recognise and discard it).
pub const TEST_EMAIL: &str = "conformance-check@example.com";

fn test_complaint() -> Value {
    json!({
        "topic": "other",
        "description": "Conformance check of the Sportello contract: please ignore this complaint.",
        "resolution": "explanation",
        "email": TEST_EMAIL,
        "contact": {"channel": "email", "address": TEST_EMAIL, "window": "anytime"},
        "consent": true,
        "locale": "en"
    })
}

pub(super) fn new_key() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("conformance-{nanos:x}-{:x}", std::process::id())
}

pub(super) fn check(
    base: &str,
    agent: &ureq::Agent,
    config: &ShopConfig,
    report: &mut Report,
) -> Result<()> {
    let capabilities = config.capabilities;
    if capabilities.help {
        let url = format!("{base}/help?topic=late_delivery&locale=en");
        let help = answer("GET", agent.get(&url).call())?;
        report.check(
            "help answers come for a topic",
            &format!("GET {url}"),
            "(no body)",
            "200, application/json, HelpAnswers with topic late_delivery",
            expect_json::<HelpAnswers>(&help, 200).and_then(|h| {
                if h.topic == ComplaintTopic::LateDelivery {
                    Ok(())
                } else {
                    Err(format!("topic {:?}", h.topic))
                }
            }),
        );
    }
    if !capabilities.complaints {
        println!("  · complaints not offered (capabilities.complaints is false): not checked");
        return Ok(());
    }
    report.check(
        "a backend that takes complaints describes its support",
        &format!("GET {base}/config"),
        "(no body)",
        "support with time_zone, response_minutes_median ≤ response_minutes_p90",
        match &config.support {
            None => Err("no support object".to_owned()),
            Some(s) if s.time_zone.trim().is_empty() => Err("empty time_zone".to_owned()),
            Some(s) if s.response_minutes_median > s.response_minutes_p90 => Err(format!(
                "median {} above p90 {}",
                s.response_minutes_median, s.response_minutes_p90
            )),
            Some(_) => Ok(()),
        },
    );

    let url = format!("{base}/complaints");
    let endpoint = format!("POST {url}");
    let post = |key: Option<&str>, body: &Value| -> Result<Answer> {
        let mut request = agent.post(&url).set("Content-Type", "application/json");
        if let Some(key) = key {
            request = request.set("Idempotency-Key", key);
        }
        answer("POST", request.send_string(&body.to_string()))
    };
    let body = test_complaint();

    report.check(
        "filing without an Idempotency-Key is a 400 malformed-request problem",
        &endpoint,
        "(no Idempotency-Key header)",
        "400, application/problem+json, type …/malformed-request",
        expect_problem(&post(None, &body)?, ProblemType::MalformedRequest).map(|_| ()),
    );

    let mut invalid = body.clone();
    invalid["consent"] = json!(false);
    invalid["description"] = json!("Too short");
    report.check(
        "an invalid complaint is a 422 naming each field",
        &endpoint,
        &clip(&invalid.to_string()),
        "422, application/problem+json, type …/invalid-request, invalid_params naming consent and description",
        expect_problem(&post(Some(&new_key()), &invalid)?, ProblemType::InvalidRequest).and_then(
            |p| {
                let named = |n: &str| p.invalid_params.iter().any(|i| i.name == n);
                if named("consent") && named("description") {
                    Ok(())
                } else {
                    Err(format!("invalid_params {:?}", p.invalid_params))
                }
            },
        ),
    );

    // The limits 1.3 put in the schema: a description of 5001 characters, a phone contact
    // without its country code, six photos.
    let mut over = body.clone();
    over["description"] = json!("é".repeat(5001));
    over["contact"] = json!({"channel": "phone", "address": "333 123 4567", "window": "anytime"});
    let photo = json!({"name": "p.jpg", "content_type": "image/jpeg", "data": "/9j/4AAQ"});
    over["photos"] = json!(vec![photo; 6]);
    report.check(
        "a complaint over the schema's limits is a 422 naming each field",
        &endpoint,
        "description of 5001 characters, contact.address 333 123 4567 (phone), 6 photos",
        "422, application/problem+json, invalid_params naming description, contact.address and photos",
        expect_problem(&post(Some(&new_key()), &over)?, ProblemType::InvalidRequest).and_then(
            |p| {
                let missing: Vec<&str> = ["description", "contact.address", "photos"]
                    .into_iter()
                    .filter(|n| !p.invalid_params.iter().any(|i| i.name == *n))
                    .collect();
                if missing.is_empty() {
                    Ok(())
                } else {
                    Err(format!(
                        "{} not named in invalid_params {:?}",
                        missing.join(", "),
                        p.invalid_params
                    ))
                }
            },
        ),
    );

    let key = new_key();
    let first = post(Some(&key), &body)?;
    let filed = expect_json::<Complaint>(&first, 201).and_then(|c| {
        if c.reference.trim().is_empty() {
            Err("empty reference".to_owned())
        } else if c.status != ComplaintStatus::Received {
            Err(format!("status {:?}", c.status))
        } else if !is_rfc3339(&c.created_at) {
            Err(format!("created_at {:?}", c.created_at))
        } else if c
            .reply_by
            .as_ref()
            .is_none_or(|r| !is_rfc3339(&r.latest_at))
        {
            Err(format!("reply_by {:?}", c.reply_by))
        } else if capabilities.complaint_follow_up && c.access.is_none() {
            Err("no access token although complaint_follow_up is offered".to_owned())
        } else {
            Ok(c)
        }
    });
    report.check(
        "a complaint is acknowledged with a reference and an honest reply-by time",
        &endpoint,
        &format!("Idempotency-Key: {key}, {}", clip(&body.to_string())),
        "201, application/json, a Complaint: reference, status received, RFC 3339 created_at and reply_by.latest_at, access when follow-up is offered",
        filed.as_ref().map(|_| ()).map_err(Clone::clone),
    );
    let Ok(complaint) = filed else {
        return Ok(());
    };

    let again = post(Some(&key), &body)?;
    report.check(
        "a repeat with the same Idempotency-Key replays the answer",
        &endpoint,
        &format!("the same request again, Idempotency-Key: {key}"),
        "the same status and the same complaint (no second complaint)",
        if again.status == first.status
            && serde_json::from_str::<Complaint>(&again.body)
                .is_ok_and(|c| c.reference == complaint.reference)
        {
            Ok(())
        } else {
            Err(format!("{} {}", again.status, clip(&again.body)))
        },
    );
    let mut changed = body.clone();
    changed["resolution"] = json!("refund");
    report.check(
        "the same Idempotency-Key with another body is refused",
        &endpoint,
        &format!("Idempotency-Key: {key}, resolution changed to refund"),
        "422, application/problem+json, type …/idempotency-key-reused",
        expect_problem(
            &post(Some(&key), &changed)?,
            ProblemType::IdempotencyKeyReused,
        )
        .map(|_| ()),
    );

    if !capabilities.complaint_follow_up {
        println!("  · complaint follow-up not offered: not checked");
        return Ok(());
    }
    let lookup_url = format!("{base}/complaints/lookup");
    let lookup = |reference: &str, email: &str| -> Result<Answer> {
        answer(
            "POST",
            agent
                .post(&lookup_url)
                .set("Content-Type", "application/json")
                .send_string(&json!({"reference": reference, "email": email}).to_string()),
        )
    };
    let found = lookup(&complaint.reference, TEST_EMAIL)?;
    report.check(
        "the follow-up lookup opens the complaint",
        &format!("POST {lookup_url}"),
        &format!("reference {}, e-mail {TEST_EMAIL}", complaint.reference),
        "200, application/json, the Complaint with access",
        expect_json::<Complaint>(&found, 200).and_then(|c| {
            if c.reference != complaint.reference {
                Err(format!("reference {:?}", c.reference))
            } else if c.access.is_none() {
                Err("no access token".to_owned())
            } else {
                Ok(())
            }
        }),
    );
    let unknown = lookup("RC-0000-0000", TEST_EMAIL)?;
    let wrong = lookup(&complaint.reference, "not-the-customer@example.com")?;
    report.check(
        "a wrong e-mail is answered exactly like an unknown reference",
        &format!("POST {lookup_url}"),
        "an unknown reference; the right reference with another e-mail",
        "404 complaint-not-found problem, the same status, Content-Type and body for both",
        expect_problem(&unknown, ProblemType::ComplaintNotFound).and_then(|_| {
            if (wrong.status, &wrong.content_type, &wrong.body)
                == (unknown.status, &unknown.content_type, &unknown.body)
            {
                Ok(())
            } else {
                Err(format!("{} {}", wrong.status, clip(&wrong.body)))
            }
        }),
    );

    let token = complaint
        .access
        .as_ref()
        .map(|a| a.token.clone())
        .unwrap_or_default();
    let complaint_url = format!("{base}/complaints/{}", complaint.reference);
    let without = answer("GET", agent.get(&complaint_url).call())?;
    report.check(
        "a complaint needs its token",
        &format!("GET {complaint_url}"),
        "(no Authorization header)",
        "401, application/problem+json, type …/unauthorized",
        expect_problem(&without, ProblemType::Unauthorized).map(|_| ()),
    );
    let messages_url = format!("{complaint_url}/messages");
    let message = json!({"text": "More information from the conformance check.", "photos": []});
    let added = answer(
        "POST",
        agent
            .post(&messages_url)
            .set("Authorization", &format!("Bearer {token}"))
            .set("Idempotency-Key", &new_key())
            .set("Content-Type", "application/json")
            .send_string(&message.to_string()),
    )?;
    report.check(
        "a message is added to the timeline",
        &format!("POST {messages_url}"),
        &message.to_string(),
        "201, application/json, the Complaint with one more update",
        expect_json::<Complaint>(&added, 201).and_then(|c| {
            if c.updates.len() > complaint.updates.len() {
                Ok(())
            } else {
                Err(format!("{} updates", c.updates.len()))
            }
        }),
    );
    let rating_url = format!("{complaint_url}/rating");
    let early = answer(
        "POST",
        agent
            .post(&rating_url)
            .set("Authorization", &format!("Bearer {token}"))
            .set("Content-Type", "application/json")
            .send_string(r#"{"score": 5}"#),
    )?;
    report.check(
        "a complaint not yet resolved cannot be rated",
        &format!("POST {rating_url}"),
        r#"{"score": 5}"#,
        "409, application/problem+json, type …/conflict",
        expect_problem(&early, ProblemType::Conflict).map(|_| ()),
    );
    Ok(())
}
