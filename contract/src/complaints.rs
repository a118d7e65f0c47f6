//! Complaints, from first contact to resolution: topics and the shop's help answers, the
//! complaint itself, its acknowledgement with an honest reply-by time, and the follow-up.

use serde::{Deserialize, Serialize};

/// Shortest description a complaint may carry (characters, after trimming).
pub const DESCRIPTION_MIN_CHARS: usize = 20;
/// Longest description or follow-up message (characters).
pub const DESCRIPTION_MAX_CHARS: usize = 5000;
/// Most photos one complaint or one follow-up message may carry.
pub const MAX_PHOTOS: usize = 5;
/// Largest photo a backend must accept, in bytes after base64 decoding. The widget downscales
/// photos to at most 1600 px on the longer side before upload, which keeps them far below this.
pub const MAX_PHOTO_BYTES: usize = 2_000_000;
/// Media types of the photos a backend must accept.
pub const PHOTO_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];
/// Longest comment on a rating (characters).
pub const RATING_COMMENT_MAX_CHARS: usize = 1000;
/// Longest unverified order number a complaint may carry (characters, after trimming).
pub const COMPLAINT_ORDER_NUMBER_MAX_CHARS: usize = 40;
/// Longest e-mail address (characters; RFC 5321's limit on a path).
pub const EMAIL_MAX_CHARS: usize = 254;
/// Longest contact address: an e-mail address, or a phone number with its spaces.
pub const CONTACT_ADDRESS_MAX_CHARS: usize = EMAIL_MAX_CHARS;
/// Most order lines a complaint may name, and the longest name of one.
pub const MAX_ITEMS: usize = 50;
pub const ITEM_NAME_MAX_CHARS: usize = 200;
/// Longest photo file name (characters).
pub const PHOTO_NAME_MAX_CHARS: usize = 200;
/// Longest base64 text of a photo: [`MAX_PHOTO_BYTES`] encoded with padding.
pub const PHOTO_DATA_MAX_CHARS: usize = MAX_PHOTO_BYTES.div_ceil(3) * 4;
/// Longest language tag (BCP 47), order id or help answer id (characters).
pub const LOCALE_MAX_CHARS: usize = 35;
pub const ID_MAX_CHARS: usize = 64;

/// What a complaint is about. Chosen first: it selects the help answers shown before the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ComplaintTopic {
    LateDelivery,
    DamagedItem,
    WrongItem,
    MissingItem,
    RefundNotReceived,
    NotAsExpected,
    /// Rude or unhelpful contact with the shop's staff.
    PoorService,
    Other,
    /// Any value this client does not know. Never sent by a conforming backend.
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

impl ComplaintTopic {
    pub const ALL: [ComplaintTopic; 8] = [
        ComplaintTopic::LateDelivery,
        ComplaintTopic::DamagedItem,
        ComplaintTopic::WrongItem,
        ComplaintTopic::MissingItem,
        ComplaintTopic::RefundNotReceived,
        ComplaintTopic::NotAsExpected,
        ComplaintTopic::PoorService,
        ComplaintTopic::Other,
    ];

    /// The wire name (`late_delivery`…), also used in `GET /v1/help?topic=`.
    pub fn code(self) -> &'static str {
        match self {
            ComplaintTopic::LateDelivery => "late_delivery",
            ComplaintTopic::DamagedItem => "damaged_item",
            ComplaintTopic::WrongItem => "wrong_item",
            ComplaintTopic::MissingItem => "missing_item",
            ComplaintTopic::RefundNotReceived => "refund_not_received",
            ComplaintTopic::NotAsExpected => "not_as_expected",
            ComplaintTopic::PoorService => "poor_service",
            ComplaintTopic::Other => "other",
            ComplaintTopic::Unknown => "unknown",
        }
    }

    pub fn from_code(code: &str) -> ComplaintTopic {
        Self::ALL
            .into_iter()
            .find(|t| t.code() == code)
            .unwrap_or(ComplaintTopic::Unknown)
    }
}

/// One of the shop's help answers for a topic (`GET /v1/help?topic=…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HelpAnswer {
    /// Stable identifier, echoed in the feedback.
    pub id: String,
    pub title: String,
    /// Plain text (never HTML); blank lines separate paragraphs.
    pub body: String,
    /// An `https` page with more, if the shop has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// `GET /v1/help?topic=…&locale=…` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "topic": "late_delivery",
    "answers": [{"id": "late-1", "title": "Where is my parcel?",
                 "body": "Most parcels arrive within 3 working days of dispatch. Look the order up to see the carrier's latest scan."}]
})))]
pub struct HelpAnswers {
    pub topic: ComplaintTopic,
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub answers: Vec<HelpAnswer>,
}

/// `POST /v1/help/feedback` body: whether a help answer solved the customer's problem. The
/// backend counts deflections (`solved: true`); nothing personal is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HelpFeedback {
    pub topic: ComplaintTopic,
    /// The answer read; omitted when the customer went on without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 64))]
    pub answer_id: Option<String>,
    pub solved: bool,
}

/// What would make it right, in the customer's view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DesiredResolution {
    Refund,
    Replacement,
    Voucher,
    Repair,
    /// Just an explanation.
    Explanation,
    Other,
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

impl DesiredResolution {
    pub const ALL: [DesiredResolution; 6] = [
        DesiredResolution::Refund,
        DesiredResolution::Replacement,
        DesiredResolution::Voucher,
        DesiredResolution::Repair,
        DesiredResolution::Explanation,
        DesiredResolution::Other,
    ];
}

/// How the customer wants the shop to get back to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    #[default]
    Email,
    Phone,
    Whatsapp,
    Sms,
    #[serde(other, skip_serializing)]
    Unknown,
}

impl ContactChannel {
    pub const ALL: [ContactChannel; 4] = [
        ContactChannel::Email,
        ContactChannel::Phone,
        ContactChannel::Whatsapp,
        ContactChannel::Sms,
    ];
}

/// When the customer prefers to be contacted (the shop's time zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TimeWindow {
    #[default]
    Anytime,
    /// 9:00–12:00.
    Morning,
    /// 12:00–17:00.
    Afternoon,
    /// 17:00–20:00.
    Evening,
    #[serde(other, skip_serializing)]
    Unknown,
}

impl TimeWindow {
    pub const ALL: [TimeWindow; 4] = [
        TimeWindow::Anytime,
        TimeWindow::Morning,
        TimeWindow::Afternoon,
        TimeWindow::Evening,
    ];
}

/// The follow-up channel, its address and a preferred time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactPreference {
    pub channel: ContactChannel,
    /// The e-mail address for `email`, the phone number in international format (`+39 …`)
    /// for `phone`, `whatsapp` and `sms`.
    #[cfg_attr(feature = "openapi", schema(max_length = 254))]
    pub address: String,
    #[serde(default)]
    pub window: TimeWindow,
}

/// A photo sent with a complaint or a follow-up message. Photos travel base64-encoded inside
/// the JSON body (one request, replayable with its Idempotency-Key, no multipart parser needed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhotoUpload {
    /// The file name the customer chose (shown back to them; never used as a path).
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub name: String,
    /// One of `image/jpeg`, `image/png`, `image/webp`.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 40, pattern = "^image/(jpeg|png|webp)$")
    )]
    pub content_type: String,
    /// The image bytes, standard base64 with padding; at most 2,000,000 bytes decoded.
    #[cfg_attr(feature = "openapi", schema(max_length = 2_666_668))]
    pub data: String,
}

/// `POST /v1/complaints` body (with an `Idempotency-Key` header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "topic": "damaged_item",
    "order_id": "ord_5f2a9c01b7e4d3a8c6f0e1b2",
    "items": ["Tazza in ceramica di Deruta"],
    "description": "One of the two cups arrived with a broken handle.",
    "resolution": "replacement",
    "photos": [],
    "email": "giulia.rossi@example.com",
    "contact": {"channel": "phone", "address": "+39 333 123 4567", "window": "morning"},
    "consent": true,
    "locale": "it"
})))]
pub struct ComplaintRequest {
    pub topic: ComplaintTopic,
    /// `access.order_id` of the order concerned; then the order token must be sent as
    /// `Authorization: Bearer …`. Omitted for a complaint that concerns no order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 64))]
    pub order_id: Option<String>,
    /// The order number as the customer gave it, when no order token proves the order (for
    /// example after a reload, or when they start from the shop's help page). Unverified: the
    /// shop checks it by hand. Up to 40 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 40))]
    pub order_number: Option<String>,
    /// Names of the order lines concerned (as in `items[].name` of the order), at most 50 of
    /// at most 200 characters each.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub items: Vec<String>,
    /// What happened, 20 to 5000 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 20, max_length = 5000))]
    pub description: String,
    pub resolution: DesiredResolution,
    /// 0 to 5 photos.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 5))]
    pub photos: Vec<PhotoUpload>,
    /// The customer's e-mail address: the acknowledgement goes there, and with the reference
    /// it opens the follow-up.
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = r"^[^@\s\x85]+@[^@\s\x85.][^@\s\x85]*\.[^@\s\x85]*[^@\s\x85.]$",
            max_length = 254
        )
    )]
    pub email: String,
    pub contact: ContactPreference,
    /// Consent to the processing of these data for handling the complaint. Must be `true`.
    pub consent: bool,
    /// The language the customer used (BCP 47), for the shop's replies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 35))]
    pub locale: Option<String>,
}

/// Where a complaint stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ComplaintStatus {
    Received,
    InProgress,
    /// The shop asked the customer something.
    WaitingForCustomer,
    Resolved,
    Closed,
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

/// When the customer will hear back, computed by the backend from its office hours and its
/// real response times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyBy {
    /// The shop's median time to a first reply, in minutes of office time.
    pub usually_within_minutes: u32,
    /// The latest time the customer should expect a reply (RFC 3339): now plus the shop's
    /// 90th-percentile response time, counted in office hours.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub latest_at: String,
    /// Whether the office is open right now.
    pub office_open: bool,
    /// When the office next opens, if it is closed now (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub opens_at: Option<String>,
    /// Why the shop moved the reply-by time, if it did (the shop's words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_reason: Option<String>,
}

/// Where an update on a complaint came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UpdateChannel {
    Web,
    Email,
    Phone,
    Chat,
    Store,
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

/// Who wrote an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UpdateAuthor {
    Customer,
    Shop,
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

/// One entry of a complaint's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintUpdate {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    #[serde(default)]
    pub channel: UpdateChannel,
    #[serde(default)]
    pub author: UpdateAuthor,
    /// The first name of the shop's person who wrote, if the shop shares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// Plain text (never HTML).
    pub text: String,
    /// How many photos came with it.
    #[serde(default)]
    pub photos: u32,
}

/// The customer's rating once the complaint is resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rating {
    /// 1 (very dissatisfied) to 5 (very satisfied).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub score: u8,
    /// At most 1000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 1000))]
    pub comment: Option<String>,
}

/// Access to one complaint for the calls that follow (like [`crate::OrderAccess`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintAccess {
    /// Sent as `Authorization: Bearer <token>` to `/v1/complaints/{reference}…`.
    pub token: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expires_at: String,
}

/// A complaint as the customer sees it: the answer of `POST /v1/complaints` (the
/// acknowledgement), of the follow-up lookup and of every follow-up call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "reference": "RC-4Q7K-2M9P",
    "status": "received",
    "topic": "damaged_item",
    "created_at": "2026-11-23T10:02:00Z",
    "order_number": "SP-1001",
    "items": ["Tazza in ceramica di Deruta"],
    "description": "One of the two cups arrived with a broken handle.",
    "resolution": "replacement",
    "contact": {"channel": "phone", "address": "+39 333 ••• •567", "window": "morning"},
    "photos": 1,
    "reply_by": {"usually_within_minutes": 180, "latest_at": "2026-11-24T12:00:00Z", "office_open": true},
    "updates": [],
    "can_rate": false
})))]
pub struct Complaint {
    /// The reference to quote, e.g. `RC-4Q7K-2M9P`.
    pub reference: String,
    pub status: ComplaintStatus,
    #[serde(default)]
    pub topic: ComplaintTopic,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub resolution: DesiredResolution,
    /// The follow-up channel, its address masked.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub contact: Option<ContactPreference>,
    /// How many photos were sent with the complaint.
    #[serde(default)]
    pub photos: u32,
    /// The current reply-by time while the shop owes the customer an answer.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub reply_by: Option<ReplyBy>,
    /// The timeline, oldest first.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub updates: Vec<ComplaintUpdate>,
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub rating: Option<Rating>,
    /// Whether a rating can be sent now (resolved and not yet rated).
    #[serde(default)]
    pub can_rate: bool,
    /// Granted by the submission and the follow-up lookup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<ComplaintAccess>,
}

/// `POST /v1/complaints/lookup` body: the reference and the e-mail address of the complaint,
/// in a body so that neither appears in a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintLookup {
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S", max_length = 40))]
    pub reference: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = r"^[^@\s\x85]+@[^@\s\x85.][^@\s\x85]*\.[^@\s\x85]*[^@\s\x85.]$",
            max_length = 254
        )
    )]
    pub email: String,
}

/// `POST /v1/complaints/{reference}/messages` body: more information from the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintMessage {
    /// 1 to 5000 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 5000))]
    pub text: String,
    /// 0 to 5 photos.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 5))]
    pub photos: Vec<PhotoUpload>,
}

/// A complaint in a list (`GET /v1/orders/{order_id}/complaints`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintSummary {
    pub reference: String,
    pub status: ComplaintStatus,
    #[serde(default)]
    pub topic: ComplaintTopic,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// A day of the week (ISO 8601 order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    #[serde(other, skip_serializing)]
    Unknown,
}

/// Opening hours on some days of the week, in the shop's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfficeHours {
    pub days: Vec<Weekday>,
    /// `HH:MM`, 24-hour clock, from `00:00` to `23:59`.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "09:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")
    )]
    pub opens: String,
    /// `HH:MM`, 24-hour clock, up to `24:00`. Later than `opens`: the same day. Not
    /// later (a night shift, `22:00`–`06:00`): the next day. `00:00`–`24:00` (or `00:00`–
    /// `00:00`) is the whole day.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "18:00", pattern = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")
    )]
    pub closes: String,
}

/// The shop's customer service: when it works and how fast it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportInfo {
    /// IANA time zone of the office hours, e.g. `Europe/Rome`.
    pub time_zone: String,
    #[serde(default)]
    pub office_hours: Vec<OfficeHours>,
    /// Median time to a first reply over recent complaints, in minutes of office time.
    pub response_minutes_median: u32,
    /// 90th percentile of the same, in minutes of office time.
    pub response_minutes_p90: u32,
    /// The shop's privacy notice (`https`), linked from the consent question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
}
