//! The OpenAPI 3.1 document of the contract, generated from the types in this crate.
//!
//! The operations below are declarations only: they exist so that utoipa can describe each
//! endpoint. The reference backend implements them in `server/`; any other backend may too.
//! `contract/openapi.json` is this document, pretty-printed; a test fails when it is stale
//! (regenerate with `cargo xtask openapi`).
#![allow(dead_code)]

use crate::{
    Capabilities, Complaint, ComplaintLookup, ComplaintMessage, ComplaintRequest, ComplaintSummary,
    ComplaintTopic, HelpAnswers, HelpFeedback, InvalidParam, LookupProof, LookupRequest,
    LookupSettings, OrderItem, OrderStatus, OrderSummary, ParcelRequest, ParcelRequestRecord,
    Problem, Rating, ShopConfig, Subscription, SubscriptionRequest, SupportInfo,
};
use utoipa::{
    openapi::{
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
        RefOr,
    },
    Modify, OpenApi,
};

/// `GET /v1/config`
#[utoipa::path(
    get,
    path = "/v1/config",
    tag = "shop",
    operation_id = "getConfig",
    summary = "What the widget needs to know about the shop",
    responses(
        (status = 200, description = "The shop's configuration", body = ShopConfig),
        (status = 500, description = "The backend failed", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_config() {}

/// `POST /v1/orders/lookup`
///
/// Finds an order by its number and one proof of ownership (e-mail or postcode). The proof is
/// in the body so that personal data never appears in a URL or an access log. A backend must
/// answer "no such order" and "wrong e-mail or postcode" identically (same status, same body,
/// similar timing) so that order numbers cannot be enumerated, and should rate-limit attempts.
/// Responses carry `Cache-Control: no-store`.
#[utoipa::path(
    post,
    path = "/v1/orders/lookup",
    tag = "orders",
    operation_id = "lookupOrder",
    summary = "Guest order lookup by order number plus e-mail or postcode",
    request_body(content = LookupRequest, content_type = "application/json"),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 200, description = "The order", body = OrderSummary,
            headers(("Cache-Control" = String, description = "Always `no-store`"))),
        (status = 400, description = "The body is not JSON (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No order matches this number and proof (`order-not-found`); identical for an unknown order and a wrong proof", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "A field is missing or invalid (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 500, description = "The backend failed (`internal`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn lookup_order() {}

/// `GET /v1/orders/{order_id}`
///
/// The order again, for a refresh, with the order-scoped token the lookup granted. Neither the
/// e-mail nor the order number travels again.
#[utoipa::path(
    get,
    path = "/v1/orders/{order_id}",
    tag = "orders",
    operation_id = "getOrder",
    summary = "Refresh an order with its order token",
    params(("order_id" = String, Path, description = "`access.order_id` from the lookup")),
    security(("order_token" = [])),
    responses(
        (status = 200, description = "The order (without `access`)", body = OrderSummary,
            headers(("Cache-Control" = String, description = "Always `no-store`"))),
        (status = 401, description = "Token missing, wrong, expired or for another order (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 500, description = "The backend failed (`internal`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_order() {}

/// `POST /v1/orders/{order_id}/subscriptions`
///
/// Opt in to notifications about this order on the channel the customer chooses. `consent` must
/// be `true`; `sms` and `whatsapp` need a phone number in `address`, `email` uses the order's.
#[utoipa::path(
    post,
    path = "/v1/orders/{order_id}/subscriptions",
    tag = "orders",
    operation_id = "subscribeToOrder",
    summary = "Be told when the order changes",
    params(("order_id" = String, Path, description = "`access.order_id` from the lookup")),
    security(("order_token" = [])),
    request_body(content = SubscriptionRequest, content_type = "application/json"),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client, too many messages to this complaint, or too many photo bytes this hour (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 201, description = "Subscribed (repeating the same subscription answers 201 again)", body = Subscription),
        (status = 400, description = "The body is not JSON (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "No consent, unknown channel or missing phone number (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn subscribe() {}

/// `POST /v1/orders/{order_id}/shipments/{shipment_id}/requests`
///
/// A request about a parcel that needs the customer (capability `parcel_requests`, new in 1.3):
/// a new delivery on one of the parcel's `redelivery_dates`, or a corrected address. Only the
/// parcel's `actions` may be asked for. The shop handles it with the carrier; the answer says it
/// was received, and the parcel lists it in `requests` from then on. Idempotent like a complaint:
/// the same Idempotency-Key replays the answer, another body with it is refused, a request
/// refused for invalid fields leaves the key unused.
#[utoipa::path(
    post,
    path = "/v1/orders/{order_id}/shipments/{shipment_id}/requests",
    tag = "orders",
    operation_id = "requestForParcel",
    summary = "Ask for a new delivery day or correct the address (idempotent)",
    params(
        ("order_id" = String, Path, description = "`access.order_id` from the lookup"),
        ("shipment_id" = String, Path, description = "The parcel's `id`"),
        ("Idempotency-Key" = IdempotencyKey, Header, description = "A UUID v4, the same on every retry of this request")
    ),
    security(("order_token" = [])),
    request_body(content = ParcelRequest, content_type = "application/json"),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 201, description = "Received: what was asked, without the address", body = ParcelRequestRecord,
            headers(("Cache-Control" = String, description = "Always `no-store`"),
                    ("Idempotent-Replayed" = String, description = "`true` when this is the stored answer of an earlier attempt"))),
        (status = 400, description = "Not JSON, or no Idempotency-Key (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "The order has no parcel with this id (`order-not-found`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "The parcel no longer offers this (`conflict`: delivered or collected meanwhile), or the first request with this key is still being processed (`request-in-progress`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "An action or a day the parcel does not offer, or a missing or too long address field (`invalid-request`), or the key was used with another body (`idempotency-key-reused`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn request_for_parcel() {}

/// `GET /v1/help`
///
/// The shop's help answers for a complaint topic, shown before the complaint form: many
/// problems are solved by the right answer at the right moment. Capability `help`.
#[utoipa::path(
    get,
    path = "/v1/help",
    tag = "complaints",
    operation_id = "getHelp",
    summary = "Help answers for a complaint topic",
    params(
        ("topic" = ComplaintTopic, Query, description = "What the complaint is about, e.g. `damaged_item`"),
        ("locale" = Option<String>, Query, description = "BCP 47 language of the answers; the shop's default otherwise"),
    ),
    responses(
        (status = 200, description = "The answers (possibly none)", body = HelpAnswers),
        (status = 400, description = "A malformed query, e.g. a repeated parameter (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "Unknown or missing topic (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_help() {}

/// `POST /v1/help/feedback`
///
/// Whether a help answer solved the problem; the shop counts deflections. Nothing personal.
#[utoipa::path(
    post,
    path = "/v1/help/feedback",
    tag = "complaints",
    operation_id = "sendHelpFeedback",
    summary = "Count a help answer as solving the problem, or not",
    request_body(content = HelpFeedback, content_type = "application/json",
        example = json!({"topic": "damaged_item", "answer_id": "damaged-photos", "solved": true})),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client, too many messages to this complaint, or too many photo bytes this hour (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 204, description = "Counted"),
        (status = 400, description = "The body is not JSON (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "Unknown topic (`invalid-request`); an unknown `answer_id` counts for the topic alone", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn help_feedback() {}

/// `POST /v1/complaints`
///
/// Files a complaint and answers with its reference, status and reply-by promise at once. The
/// `Idempotency-Key` header is required: the client creates one UUID v4 on the first attempt and
/// sends the same on every retry. The backend stores the answer per key: a repeat gets the same
/// answer again (with `Idempotent-Replayed: true`), a repeat while the first is still processed
/// gets 409 `request-in-progress`, the same key with another body gets 422
/// `idempotency-key-reused`. A request refused for invalid fields does not consume its key.
/// With `order_id`, the order token is required (`Authorization: Bearer`). Photos travel as
/// base64 in the JSON body (capability `complaint_photos`); bodies up to 14 MB must be accepted.
#[utoipa::path(
    post,
    path = "/v1/complaints",
    tag = "complaints",
    operation_id = "fileComplaint",
    summary = "File a complaint (idempotent with Idempotency-Key)",
    params(("Idempotency-Key" = IdempotencyKey, Header, description = "A UUID v4, the same on every retry of this submission")),
    request_body(content = ComplaintRequest, content_type = "application/json"),
    security((), ("order_token" = [])),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client, too many messages to this complaint, or too many photo bytes this hour (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 201, description = "Filed: the complaint with `access` for the follow-up", body = Complaint,
            headers(("Cache-Control" = String, description = "Always `no-store`"),
                    ("Idempotent-Replayed" = String, description = "`true` when this is the stored answer of an earlier attempt"))),
        (status = 400, description = "Not JSON, or no Idempotency-Key (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 401, description = "`order_id` without a valid order token (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "The first request with this key is still being processed (`request-in-progress`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 413, description = "Body too large (`payload-too-large`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields (`invalid-request`, see `invalid_params`), or the key was used with another body (`idempotency-key-reused`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn file_complaint() {}

/// `POST /v1/complaints/lookup`
///
/// Opens a complaint by its reference and e-mail address (in the body, never in a URL). Like the
/// order lookup, "no such complaint" and "wrong e-mail" answer identically.
#[utoipa::path(
    post,
    path = "/v1/complaints/lookup",
    tag = "complaints",
    operation_id = "lookupComplaint",
    summary = "Open a complaint by reference and e-mail",
    request_body(content = ComplaintLookup, content_type = "application/json",
        example = json!({"reference": "RC-4Q7K-2M9P", "email": "giulia.rossi@example.com"})),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 200, description = "The complaint with `access`", body = Complaint),
        (status = 400, description = "The body is not a JSON object (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No complaint matches this reference and e-mail (`complaint-not-found`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "A field is missing or invalid (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts (`rate-limited`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn lookup_complaint() {}

/// `GET /v1/complaints/{reference}`
///
/// The complaint again, with the complaint token or the token of its order.
#[utoipa::path(
    get,
    path = "/v1/complaints/{reference}",
    tag = "complaints",
    operation_id = "getComplaint",
    summary = "Refresh a complaint",
    params(("reference" = String, Path, description = "The complaint's reference")),
    security(("order_token" = [])),
    responses(
        (status = 200, description = "The complaint", body = Complaint),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_complaint() {}

/// `POST /v1/complaints/{reference}/messages`
///
/// More information from the customer (text and photos), idempotent like the filing. A complaint
/// waiting for the customer goes back to `in_progress` with a fresh reply-by time; a resolved or
/// closed one answers 409 `conflict`.
#[utoipa::path(
    post,
    path = "/v1/complaints/{reference}/messages",
    tag = "complaints",
    operation_id = "addComplaintMessage",
    summary = "Add information to a complaint",
    params(("reference" = String, Path, description = "The complaint's reference"),
           ("Idempotency-Key" = IdempotencyKey, Header, description = "A UUID v4, the same on every retry")),
    request_body(content = ComplaintMessage, content_type = "application/json"),
    security(("order_token" = [])),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client, too many messages to this complaint, or too many photo bytes this hour (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 201, description = "Added: the complaint", body = Complaint),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "Closed (`conflict`) or in progress (`request-in-progress`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields or reused key", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn add_complaint_message() {}

/// `POST /v1/complaints/{reference}/rating`
///
/// The customer's satisfaction once the complaint is resolved (`can_rate`), sent once.
#[utoipa::path(
    post,
    path = "/v1/complaints/{reference}/rating",
    tag = "complaints",
    operation_id = "rateComplaint",
    summary = "Rate the handling of a resolved complaint",
    params(("reference" = String, Path, description = "The complaint's reference")),
    request_body(content = Rating, content_type = "application/json",
        example = json!({"score": 4, "comment": "Quick and kind."})),
    security(("order_token" = [])),
    responses(
        (status = 415, description = "The body is not sent as JSON (`Content-Type` other than `application/json`), refused before it is read", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Too many writes from this client, too many messages to this complaint, or too many photo bytes this hour (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 201, description = "Rated: the complaint", body = Complaint),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "Not resolved yet, or already rated (`conflict`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "Score outside 1–5 or comment too long (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn rate_complaint() {}

/// `GET /v1/orders/{order_id}/complaints`
///
/// The complaints filed about an order, newest first, with the order token.
#[utoipa::path(
    get,
    path = "/v1/orders/{order_id}/complaints",
    tag = "complaints",
    operation_id = "listOrderComplaints",
    summary = "Complaints about an order",
    params(("order_id" = String, Path, description = "`access.order_id` from the lookup")),
    security(("order_token" = [])),
    responses(
        (status = 200, description = "The complaints", body = [ComplaintSummary]),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn list_order_complaints() {}

/// The bearer scheme of the order-scoped token.
struct OrderToken;

impl Modify for OrderToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "order_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("`access.token` from the order lookup (valid for that order and its complaints) or from a complaint's filing or lookup (valid for that complaint), until `access.expires_at`"))
                    .build(),
            ),
        );
    }
}

/// A contact address as customers give it: a phone number with its country code (a plus, then
/// 8 to 15 digits, spaces or dashes between them, as `is_plausible_phone`) or an e-mail address
/// (as `is_plausible_email`, and the lookup's `email`).
const CONTACT_ADDRESS_PATTERN: &str = r"^(?:\+[0-9](?:[ -]*[0-9]){7,14}[ -]*|[^@\s\x85]+@[^@\s\x85.][^@\s\x85]*\.[^@\s\x85]*[^@\s\x85.])$";

/// What the schema says that the derives cannot: a lookup carries exactly one proof (each
/// branch allows the other proof's field only as `null`, so a body with both, or with a
/// mistyped one beside the right one, is invalid), and each name in a complaint's `items` is at
/// most 200 characters.
struct Refine;

impl Modify for Refine {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{ArrayItems, Object, Schema, Type};
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        if let Some(RefOr::T(Schema::OneOf(lookup))) = components.schemas.get_mut("LookupRequest") {
            for branch in &mut lookup.items {
                let RefOr::T(Schema::Object(branch)) = branch else {
                    continue;
                };
                let other = if branch.required.iter().any(|f| f == "email") {
                    "postcode"
                } else {
                    "email"
                };
                let null = Object::builder()
                    .schema_type(Type::Null)
                    .description(Some("Absent (or `null`) in a lookup by the other proof: a lookup carries one proof."))
                    .build();
                branch.properties.insert(other.to_owned(), null.into());
            }
        }
        // The contact a customer gives: an e-mail address, or a phone number in international
        // format (the answer's contact is masked, "+39 333 ••• •567", so it keeps the plain
        // schema).
        if let Some(RefOr::T(Schema::Object(contact))) = components.schemas.get("ContactPreference")
        {
            let mut given = contact.clone();
            if let Some(RefOr::T(Schema::Object(address))) = given.properties.get_mut("address") {
                address.pattern = Some(CONTACT_ADDRESS_PATTERN.to_owned());
            }
            given.description = Some(
                "The follow-up channel and its address, as the customer gives it: an e-mail \
address for `email`, a phone number with its country code for `phone`, `sms` and `whatsapp`."
                    .to_owned(),
            );
            components
                .schemas
                .insert("ContactRequest".to_owned(), RefOr::T(Schema::Object(given)));
            if let Some(RefOr::T(Schema::Object(complaint))) =
                components.schemas.get_mut("ComplaintRequest")
            {
                complaint.properties.insert(
                    "contact".to_owned(),
                    RefOr::Ref(utoipa::openapi::Ref::from_schema_name("ContactRequest")),
                );
            }
        }
        if let Some(RefOr::T(Schema::Object(complaint))) =
            components.schemas.get_mut("ComplaintRequest")
        {
            if let Some(RefOr::T(Schema::Array(items))) = complaint.properties.get_mut("items") {
                if let ArrayItems::RefOrSchema(item) = &mut items.items {
                    if let RefOr::T(Schema::Object(item)) = item.as_mut() {
                        item.max_length = Some(200);
                    }
                }
            }
        }
    }
}

/// Every operation may answer `503` with `Retry-After` when the backend is down for a moment
/// (maintenance, overload) and did not act on the request (new in 1.3).
struct Unavailable;

impl Modify for Unavailable {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{
            header::HeaderBuilder, schema::Type, ContentBuilder, ObjectBuilder, Ref,
            ResponseBuilder,
        };
        let response = ResponseBuilder::new()
            .description(
                "Down for a moment (maintenance, overload), and the request was not acted on \
(`unavailable`, or any type): come back after `Retry-After`",
            )
            .header(
                "Retry-After",
                HeaderBuilder::new()
                    .schema(
                        ObjectBuilder::new()
                            .schema_type(Type::Integer)
                            .minimum(Some(0)),
                    )
                    .description(Some("Seconds to wait before trying again"))
                    .build(),
            )
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            for operation in [item.get.as_mut(), item.post.as_mut()]
                .into_iter()
                .flatten()
            {
                operation
                    .responses
                    .responses
                    .insert("503".to_owned(), RefOr::T(response.clone()));
            }
        }
    }
}

/// An example for every response with a body (`examples.rs`); a test fails if one is missing.
struct Examples;

impl Modify for Examples {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        // A response without an example of its own shows its schema's (e.g. `ShopConfig`'s).
        let schema_examples: std::collections::BTreeMap<String, serde_json::Value> = openapi
            .components
            .iter()
            .flat_map(|c| &c.schemas)
            .filter_map(|(name, schema)| match schema {
                RefOr::T(utoipa::openapi::schema::Schema::Object(object)) => Some((
                    format!("#/components/schemas/{name}"),
                    object.example.clone()?,
                )),
                _ => None,
            })
            .collect();
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [("get", item.get.as_mut()), ("post", item.post.as_mut())];
            for (method, operation) in operations {
                let Some(operation) = operation else { continue };
                for (status, response) in operation.responses.responses.iter_mut() {
                    let RefOr::T(response) = response else {
                        continue;
                    };
                    for content in response.content.values_mut() {
                        let of_schema = match &content.schema {
                            Some(RefOr::Ref(r)) => schema_examples.get(&r.ref_location).cloned(),
                            _ => None,
                        };
                        content.example =
                            crate::examples::response(path, method, status).or(of_schema);
                    }
                }
            }
        }
    }
}

/// The `Idempotency-Key` header: a UUID v4 in practice; any 1 to 255 visible ASCII characters
/// are accepted.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, pattern = r"^[!-~]{1,255}$", example = "6d0f7a39-1b2c-4d5e-8f90-123456789abc")]
#[allow(dead_code)]
struct IdempotencyKey(String);

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sportello shop contract",
        version = "1.3.0",
        description = "The JSON contract between the Sportello customer self-service widget and a shop backend. \
Every error is RFC 9457 `application/problem+json`; problem `type` URIs live under \
`https://sportello.dev/problems/`. `/v1` only ever grows additively: clients ignore unknown fields \
and map unknown enum values to `unknown`.",
        license(name = "MIT OR Apache-2.0")
    ),
    paths(
        get_config,
        lookup_order,
        get_order,
        subscribe,
        request_for_parcel,
        get_help,
        help_feedback,
        file_complaint,
        lookup_complaint,
        get_complaint,
        add_complaint_message,
        rate_complaint,
        list_order_complaints
    ),
    modifiers(&OrderToken, &Unavailable, &Examples, &Refine),
    components(schemas(
        ShopConfig,
        LookupSettings,
        LookupProof,
        LookupRequest,
        OrderSummary,
        ParcelRequest,
        ParcelRequestRecord,
        OrderItem,
        OrderStatus,
        Problem,
        InvalidParam,
        SubscriptionRequest,
        Subscription,
        Capabilities,
        SupportInfo,
        HelpAnswers,
        HelpFeedback,
        ComplaintRequest,
        Complaint,
        ComplaintLookup,
        ComplaintMessage,
        ComplaintSummary,
        IdempotencyKey,
        Rating
    )),
    tags(
        (name = "shop", description = "The shop's configuration"),
        (name = "orders", description = "Order lookup and tracking"),
        (name = "complaints", description = "Help answers, complaints and their follow-up")
    )
)]
pub struct ApiDoc;

/// The document as a value.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document exactly as committed in `contract/openapi.json`.
pub fn to_pretty_json() -> String {
    let mut text =
        serde_json::to_string_pretty(&document()).expect("the OpenAPI document serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMITTED: &str = include_str!("../openapi.json");

    #[test]
    fn committed_openapi_json_is_fresh() {
        let fresh = to_pretty_json();
        if std::env::var_os("SPORTELLO_UPDATE_OPENAPI").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json"), &fresh).unwrap();
            return;
        }
        assert!(
            fresh == COMMITTED,
            "contract/openapi.json is stale: run `cargo xtask openapi` and commit the result"
        );
    }

    #[test]
    fn document_is_openapi_3_1_with_every_operation_the_widget_calls() {
        let value: serde_json::Value = serde_json::from_str(&to_pretty_json()).unwrap();
        assert!(value["openapi"].as_str().unwrap().starts_with("3.1"));
        assert!(value["paths"]["/v1/config"]["get"].is_object());
        assert!(value["paths"]["/v1/orders/lookup"]["post"].is_object());
        assert!(value["paths"]["/v1/orders/{order_id}"]["get"].is_object());
        assert!(value["paths"]["/v1/orders/{order_id}/subscriptions"]["post"].is_object());
        assert!(value["paths"]["/v1/complaints"]["post"].is_object());
        assert!(value["paths"]["/v1/complaints/{reference}/rating"]["post"].is_object());
        assert!(value["components"]["schemas"]["Complaint"].is_object());
        assert!(value["components"]["schemas"]["Shipment"].is_object());
        assert!(value["components"]["securitySchemes"]["order_token"].is_object());
        // Unknown is a client-side fallback: the spec only lists what backends may send.
        let statuses = &value["components"]["schemas"]["OrderStatus"];
        assert!(!statuses.to_string().contains("unknown"), "{statuses}");
    }

    /// Every response with a body has an example; each success example decodes into its contract
    /// type and encodes back unchanged (no misspelt or ignored field), each problem decodes into
    /// the problem type its status means.
    #[test]
    fn every_response_has_an_example_true_to_its_type() {
        // An absent optional member and a null one mean the same.
        fn without_nulls(value: serde_json::Value) -> serde_json::Value {
            match value {
                serde_json::Value::Object(members) => members
                    .into_iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k, without_nulls(v)))
                    .collect(),
                serde_json::Value::Array(items) => items.into_iter().map(without_nulls).collect(),
                other => other,
            }
        }
        fn round_trips<T: serde::Serialize + serde::de::DeserializeOwned>(
            example: &serde_json::Value,
        ) {
            let decoded: T = serde_json::from_value(example.clone()).expect("the example decodes");
            assert_eq!(
                without_nulls(serde_json::to_value(decoded).unwrap()),
                *example
            );
        }
        let value: serde_json::Value = serde_json::from_str(&to_pretty_json()).unwrap();
        let mut checked = 0;
        for answer in crate::spec::described_answers(&value) {
            let (method, path, status) = (answer.method, answer.path, answer.status);
            let example = answer
                .example
                .unwrap_or_else(|| panic!("{method} {path} {status} has no example"));
            let schema = answer.schema["$ref"].as_str().unwrap_or("array");
            match schema.rsplit('/').next().unwrap() {
                "Problem" => {
                    assert_eq!(answer.media_type, "application/problem+json");
                    let problem: Problem = serde_json::from_value(example.clone()).unwrap();
                    assert_eq!(
                        problem.kind().status(),
                        answer.status_code(),
                        "{method} {path}"
                    );
                    round_trips::<Problem>(example);
                }
                "ShopConfig" => round_trips::<ShopConfig>(example),
                "OrderSummary" => round_trips::<OrderSummary>(example),
                "Subscription" => round_trips::<Subscription>(example),
                "ParcelRequestRecord" => round_trips::<ParcelRequestRecord>(example),
                "HelpAnswers" => round_trips::<HelpAnswers>(example),
                "Complaint" => round_trips::<Complaint>(example),
                "array" => round_trips::<Vec<ComplaintSummary>>(example),
                other => panic!("{method} {path} {status}: no check for {other}"),
            }
            checked += 1;
        }
        assert!(checked >= 40, "{checked} examples");
    }
}
