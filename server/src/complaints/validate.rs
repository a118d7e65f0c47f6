//! What the complaint endpoints accept: the body as a JSON object decoded into the contract's
//! types, then every field checked, photos (type, size, content) and contacts included, so that
//! a 422 names all the rejected fields at once.

use axum::{body::Bytes, extract::rejection::BytesRejection, http::StatusCode};
use base64::Engine;
use serde_json::Value;
use sportello_contract::{
    is_plausible_email, is_plausible_phone, ComplaintMessage, ComplaintRequest, ComplaintStatus,
    ComplaintTopic, ContactChannel, ContactPreference, DesiredResolution, InvalidParam,
    PhotoUpload, Problem, ProblemType, Rating, TimeWindow, UpdateChannel,
    COMPLAINT_ORDER_NUMBER_MAX_CHARS, CONTACT_ADDRESS_MAX_CHARS, DESCRIPTION_MAX_CHARS,
    DESCRIPTION_MIN_CHARS, EMAIL_MAX_CHARS, ID_MAX_CHARS, ITEM_NAME_MAX_CHARS, LOCALE_MAX_CHARS,
    MAX_ITEMS, MAX_PHOTOS, MAX_PHOTO_BYTES, PHOTO_DATA_MAX_CHARS, PHOTO_NAME_MAX_CHARS,
    PHOTO_TYPES, RATING_COMMENT_MAX_CHARS,
};

use super::admin::ShopUpdate;
use crate::{
    problem::{invalid, param},
    ApiProblem,
};

/// The body as a JSON object; 413 and 400 as problems.
pub(crate) fn json_object(body: Result<Bytes, BytesRejection>) -> Result<Value, ApiProblem> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiProblem::from(
                Problem::new(ProblemType::PayloadTooLarge)
                    .with_detail("Send at most 5 photos of at most 2 MB each."),
            )
        } else {
            ApiProblem::from(Problem::new(ProblemType::MalformedRequest))
        }
    })?;
    match serde_json::from_slice::<Value>(&body) {
        Ok(value @ Value::Object(_)) => Ok(value),
        _ => Err(Problem::new(ProblemType::MalformedRequest)
            .with_detail("The body must be a JSON object.")
            .into()),
    }
}

/// Decodes the body into `T`, naming missing required fields.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    value: &Value,
    required: &[&str],
) -> Result<T, ApiProblem> {
    let missing: Vec<InvalidParam> = required
        .iter()
        .filter(|name| value.get(**name).is_none_or(Value::is_null))
        .map(|name| param(*name, "is required"))
        .collect();
    if !missing.is_empty() {
        return Err(invalid(missing));
    }
    T::deserialize(value).map_err(|error| {
        ApiProblem::from(Problem::new(ProblemType::InvalidRequest).with_detail(error.to_string()))
    })
}

fn chars(text: &str) -> usize {
    text.trim().chars().count()
}

/// Names the field when its text is longer than `max` characters (the schema's `maxLength`);
/// whether it was. Counting stops at `max + 1`, so a huge field costs no more than a short one.
pub(crate) fn too_long(
    name: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<InvalidParam>,
) -> bool {
    let long = text.chars().nth(max).is_some();
    if long {
        problems.push(param(name, format!("must be at most {max} characters")));
    }
    long
}

/// A checked photo, ready to store.
pub(super) struct Photo {
    pub(super) name: String,
    pub(super) content_type: String,
    pub(super) data: Vec<u8>,
}

/// The problems of a new complaint, in the order of its fields, and its checked photos. Whether
/// the items are lines of the order is checked by the handler, which loads the order.
pub(super) fn complaint(request: &ComplaintRequest) -> (Vec<InvalidParam>, Vec<Photo>) {
    let mut problems = Vec::new();
    if request.topic == ComplaintTopic::Unknown {
        problems.push(param("topic", "must be one of the complaint topics"));
    }
    let length = chars(&request.description);
    if !(DESCRIPTION_MIN_CHARS..=DESCRIPTION_MAX_CHARS).contains(&length) {
        problems.push(param(
            "description",
            format!("must be {DESCRIPTION_MIN_CHARS} to {DESCRIPTION_MAX_CHARS} characters"),
        ));
    }
    if request.resolution == DesiredResolution::Unknown {
        problems.push(param("resolution", "must be one of the resolutions"));
    }
    if !too_long("email", &request.email, EMAIL_MAX_CHARS, &mut problems)
        && !is_plausible_email(&request.email)
    {
        problems.push(param("email", "must be an e-mail address"));
    }
    check_contact(&request.contact, &mut problems);
    if !request.consent {
        problems.push(param("consent", "must be true"));
    }
    if request
        .order_number
        .as_deref()
        .is_some_and(|n| n.trim().chars().count() > COMPLAINT_ORDER_NUMBER_MAX_CHARS)
    {
        problems.push(param(
            "order_number",
            format!("at most {COMPLAINT_ORDER_NUMBER_MAX_CHARS} characters"),
        ));
    }
    if request.items.len() > MAX_ITEMS
        || request
            .items
            .iter()
            .any(|i| i.chars().nth(ITEM_NAME_MAX_CHARS).is_some())
    {
        problems.push(param(
            "items",
            format!("at most {MAX_ITEMS} names of order lines, of at most {ITEM_NAME_MAX_CHARS} characters"),
        ));
    }
    if let Some(locale) = &request.locale {
        too_long("locale", locale, LOCALE_MAX_CHARS, &mut problems);
    }
    if let Some(order_id) = &request.order_id {
        too_long("order_id", order_id, ID_MAX_CHARS, &mut problems);
    }
    let photos = check_photos(&request.photos, &mut problems);
    (problems, photos)
}

/// The problems of a follow-up message, and its checked photos.
pub(super) fn message(message: &ComplaintMessage) -> (Vec<InvalidParam>, Vec<Photo>) {
    let mut problems = Vec::new();
    if !(1..=DESCRIPTION_MAX_CHARS).contains(&chars(&message.text)) {
        problems.push(param(
            "text",
            format!("must be 1 to {DESCRIPTION_MAX_CHARS} characters"),
        ));
    }
    let photos = check_photos(&message.photos, &mut problems);
    (problems, photos)
}

/// Checks a rating; the comment comes back trimmed, and dropped when empty.
pub(super) fn rating(rating: Rating) -> Result<Rating, ApiProblem> {
    let mut problems = Vec::new();
    if !(1..=5).contains(&rating.score) {
        problems.push(param("score", "must be 1 to 5"));
    }
    if let Some(comment) = &rating.comment {
        too_long("comment", comment, RATING_COMMENT_MAX_CHARS, &mut problems);
    }
    if !problems.is_empty() {
        return Err(invalid(problems));
    }
    Ok(Rating {
        score: rating.score,
        comment: rating
            .comment
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty()),
    })
}

/// Checks an update from the shop; the status it leads to (default `in_progress`).
pub(super) fn shop_update(update: &ShopUpdate) -> Result<ComplaintStatus, ApiProblem> {
    if update.text.trim().is_empty() || update.channel == UpdateChannel::Unknown {
        return Err(invalid(vec![param(
            "text",
            "text and a known channel are required",
        )]));
    }
    let status = update.status.unwrap_or(ComplaintStatus::InProgress);
    if status == ComplaintStatus::Unknown {
        return Err(invalid(vec![param("status", "unknown status")]));
    }
    if let Some(moved) = &update.reply_by {
        if moved.latest_at.parse::<jiff::Timestamp>().is_err() || moved.reason.trim().is_empty() {
            return Err(invalid(vec![param(
                "reply_by",
                "latest_at (RFC 3339) and a reason are required",
            )]));
        }
    }
    Ok(status)
}

fn check_photos(photos: &[PhotoUpload], problems: &mut Vec<InvalidParam>) -> Vec<Photo> {
    if photos.len() > MAX_PHOTOS {
        problems.push(param("photos", format!("at most {MAX_PHOTOS} photos")));
        return Vec::new();
    }
    let mut checked = Vec::new();
    for (index, photo) in photos.iter().enumerate() {
        let name = format!("photos[{index}]");
        if !PHOTO_TYPES.contains(&photo.content_type.as_str()) {
            problems.push(param(name, "must be a JPEG, PNG or WebP image"));
            continue;
        }
        if too_long(
            &format!("{name}.name"),
            &photo.name,
            PHOTO_NAME_MAX_CHARS,
            problems,
        ) {
            continue;
        }
        // Refused before decoding: a photo's text is at most its largest size in base64.
        if photo.data.trim().len() > PHOTO_DATA_MAX_CHARS {
            problems.push(param(name, "must be at most 2,000,000 bytes"));
            continue;
        }
        let Ok(data) = base64::engine::general_purpose::STANDARD.decode(photo.data.trim()) else {
            problems.push(param(name, "data must be standard base64"));
            continue;
        };
        if data.len() > MAX_PHOTO_BYTES {
            problems.push(param(name, "must be at most 2,000,000 bytes"));
            continue;
        }
        let looks_right = match photo.content_type.as_str() {
            "image/jpeg" => data.starts_with(&[0xFF, 0xD8, 0xFF]),
            "image/png" => data.starts_with(b"\x89PNG\r\n\x1a\n"),
            _ => data.len() > 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP",
        };
        if !looks_right {
            problems.push(param(name, "the data is not an image of that type"));
            continue;
        }
        checked.push(Photo {
            name: photo.name.clone(),
            content_type: photo.content_type.clone(),
            data,
        });
    }
    checked
}

fn check_contact(contact: &ContactPreference, problems: &mut Vec<InvalidParam>) {
    if too_long(
        "contact.address",
        &contact.address,
        CONTACT_ADDRESS_MAX_CHARS,
        problems,
    ) {
        return;
    }
    match contact.channel {
        ContactChannel::Email if !is_plausible_email(&contact.address) => {
            problems.push(param("contact.address", "must be an e-mail address"))
        }
        ContactChannel::Phone | ContactChannel::Whatsapp | ContactChannel::Sms
            if !is_plausible_phone(&contact.address) =>
        {
            problems.push(param(
                "contact.address",
                "must be a phone number in international format, like +39 333 123 4567",
            ))
        }
        ContactChannel::Unknown => problems.push(param(
            "contact.channel",
            "must be email, phone, whatsapp or sms",
        )),
        _ => {}
    }
    if contact.window == TimeWindow::Unknown {
        problems.push(param(
            "contact.window",
            "must be anytime, morning, afternoon or evening",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_checked_by_type_size_and_content() {
        let jpeg = base64::engine::general_purpose::STANDARD.encode([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]);
        let mut problems = Vec::new();
        let photos = check_photos(
            &[
                PhotoUpload {
                    name: "ok.jpg".into(),
                    content_type: "image/jpeg".into(),
                    data: jpeg.clone(),
                },
                PhotoUpload {
                    name: "lie.png".into(),
                    content_type: "image/png".into(),
                    data: jpeg,
                },
                PhotoUpload {
                    name: "x.gif".into(),
                    content_type: "image/gif".into(),
                    data: String::new(),
                },
                PhotoUpload {
                    name: "bad.jpg".into(),
                    content_type: "image/jpeg".into(),
                    data: "not base64!".into(),
                },
            ],
            &mut problems,
        );
        assert_eq!(photos.len(), 1);
        let names: Vec<_> = problems.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["photos[1]", "photos[2]", "photos[3]"]);
    }
}
