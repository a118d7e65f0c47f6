//! Tracking, delays, goodwill, refunds and notifications: what an order carries beyond its
//! summary. Every field here is optional or defaults to empty, so a backend that knows nothing
//! about parcels still conforms, and the widget shows what it is given.

use serde::{Deserialize, Serialize};

/// A time window (both ends RFC 3339 date-times). A single expected moment has `from == to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DateWindow {
    /// Start of the window.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub from: String,
    /// End of the window: "late" means after this.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub to: String,
}

/// The shipping address, masked so that the customer recognises it without it being readable by
/// whoever sees the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MaskedAddress {
    /// Recipient with the surname masked, e.g. `Marco B.`.
    #[serde(default)]
    pub name: Option<String>,
    /// Street line with the number masked, e.g. `Via T***, 1*`.
    #[serde(default)]
    pub line: Option<String>,
    /// Town or city.
    #[serde(default)]
    pub city: Option<String>,
    /// Postcode, possibly partly masked.
    #[serde(default)]
    pub postcode: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default)]
    pub country: Option<String>,
}

/// Order totals in minor units of the order's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Totals {
    /// Sum of the items.
    pub items: i64,
    /// Shipping cost.
    #[serde(default)]
    pub shipping: i64,
    /// Discounts, as a positive number to subtract.
    #[serde(default)]
    pub discount: i64,
    /// What the customer paid.
    pub total: i64,
}

/// Status of one parcel, aligned with AfterShip's shipment tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShipmentStatus {
    /// Label created, not yet with the carrier.
    Pending,
    /// The carrier has the shipment's data.
    InfoReceived,
    /// Moving through the carrier's network.
    InTransit,
    /// With the courier for delivery today.
    OutForDelivery,
    /// Waiting at a pickup point.
    AvailableForPickup,
    /// A delivery attempt failed.
    AttemptFail,
    /// Delivered.
    Delivered,
    /// Held, lost, damaged or returned to sender.
    Exception,
    /// Any value this client does not know. Never sent by a conforming backend.
    #[serde(other, skip_serializing)]
    Unknown,
}

impl ShipmentStatus {
    /// The usual order of a parcel's journey (exceptions and failed attempts are not steps).
    pub const JOURNEY: [ShipmentStatus; 5] = [
        ShipmentStatus::InfoReceived,
        ShipmentStatus::InTransit,
        ShipmentStatus::OutForDelivery,
        ShipmentStatus::AvailableForPickup,
        ShipmentStatus::Delivered,
    ];
}

/// One scan or update from the carrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CarrierEvent {
    /// When it happened (RFC 3339).
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    /// Where, as the carrier names it.
    #[serde(default)]
    pub location: Option<String>,
    /// The carrier's description.
    #[serde(default)]
    pub description: String,
    /// The parcel's status after this event.
    pub status: ShipmentStatus,
}

/// An item, or part of one, travelling in a parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShipmentItem {
    pub name: String,
    pub quantity: u32,
}

/// One parcel of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shipment {
    /// Stable identifier within the order.
    pub id: String,
    /// Carrier name as customers know it, e.g. `BRT`, `Poste Italiane`.
    pub carrier: String,
    #[serde(default)]
    pub tracking_number: Option<String>,
    /// The carrier's tracking page. Only `https` URLs are shown as links.
    #[serde(default)]
    pub tracking_url: Option<String>,
    pub status: ShipmentStatus,
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub items: Vec<ShipmentItem>,
    /// Carrier events, in any order (the widget sorts them).
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub events: Vec<CarrierEvent>,
    /// The current estimate of delivery.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub estimated_delivery: Option<DateWindow>,
    /// When the estimate last changed.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub estimate_revised_at: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub delivered_at: Option<String>,
    /// A delay of this parcel.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub delay: Option<Delay>,
    /// Where the parcel waits to be collected (with `available_for_pickup`). New in 1.3.
    #[serde(
        default,
        deserialize_with = "crate::lenient::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub pickup: Option<PickupPoint>,
    /// What the customer may ask for this parcel now, through `POST
    /// /v1/orders/{order_id}/shipments/{shipment_id}/requests` (capability `parcel_requests`).
    /// New in 1.3.
    #[serde(
        default,
        deserialize_with = "crate::lenient::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub actions: Vec<ParcelAction>,
    /// The days a new delivery may be asked for (`YYYY-MM-DD`, the carrier's), for
    /// `redeliver`. New in 1.3.
    #[serde(
        default,
        deserialize_with = "crate::lenient::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>, format = Date))]
    pub redelivery_dates: Vec<String>,
    /// What the customer already asked for this parcel, oldest first. New in 1.3.
    #[serde(
        default,
        deserialize_with = "crate::lenient::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub requests: Vec<ParcelRequestRecord>,
}

impl Shipment {
    /// The parcel waits for something from the customer: a missed delivery, a pickup point,
    /// an address the carrier could not find.
    pub fn needs_customer(&self) -> bool {
        matches!(
            self.status,
            ShipmentStatus::AttemptFail | ShipmentStatus::AvailableForPickup
        ) || self
            .delay
            .as_ref()
            .is_some_and(|d| d.reason == DelayReason::AddressIssue)
    }
}

/// Where a parcel waits to be collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PickupPoint {
    /// The point's name as the carrier gives it, e.g. `Tabaccheria Centrale`.
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub name: String,
    /// Its address on one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub address: Option<String>,
    /// Opening hours in the carrier's or shop's words (plain text, the shop's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub hours: Option<String>,
    /// The last moment it is held there before going back (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub until: Option<String>,
}

/// Something the customer may ask for a parcel that needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParcelAction {
    /// Deliver it again, on one of the parcel's `redelivery_dates`.
    Redeliver,
    /// Complete or correct the delivery address.
    CorrectAddress,
    /// Any value this client does not know. Never sent by a conforming backend.
    #[serde(other, skip_serializing)]
    Unknown,
}

/// The corrected or completed delivery address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressCorrection {
    /// Street and number, 1 to 200 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub line: String,
    /// 1 to 20 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20))]
    pub postcode: String,
    /// 1 to 100 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub city: String,
    /// For the courier (the name on the bell, a floor, a gate code), at most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub note: Option<String>,
}

/// Longest address line, postcode, city and note of an [`AddressCorrection`], in characters.
pub const ADDRESS_LIMITS: [usize; 4] = [200, 20, 100, 200];

/// `POST /v1/orders/{order_id}/shipments/{shipment_id}/requests` body: a request about a parcel
/// that needs the customer. The shop handles it (with the carrier); the answer only says it
/// was received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"kind": "redeliver", "date": "2026-12-03"})))]
pub struct ParcelRequest {
    /// One of the parcel's `actions`.
    pub kind: ParcelAction,
    /// For `redeliver`: one of the parcel's `redelivery_dates`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub date: Option<String>,
    /// For `correct_address`: the address to deliver to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<AddressCorrection>,
}

/// A request the customer made about a parcel (the answer to the request, and in the parcel's
/// `requests`). The address itself is never sent back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"kind": "redeliver", "date": "2026-12-03", "created_at": "2026-12-01T09:12:00Z"})))]
pub struct ParcelRequestRecord {
    pub kind: ParcelAction,
    /// The day asked for, for `redeliver`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub date: Option<String>,
    /// When it was received (RFC 3339).
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// Why something is late. Each has a localised explanation in the widget that never blames the
/// customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DelayReason {
    CarrierCapacity,
    Weather,
    Customs,
    Strike,
    AddressIssue,
    RecipientUnavailable,
    StockShortage,
    PaymentReview,
    BankProcessing,
    Other,
    #[serde(other, skip_serializing)]
    Unknown,
}

impl DelayReason {
    pub const ALL: [DelayReason; 10] = [
        DelayReason::CarrierCapacity,
        DelayReason::Weather,
        DelayReason::Customs,
        DelayReason::Strike,
        DelayReason::AddressIssue,
        DelayReason::RecipientUnavailable,
        DelayReason::StockShortage,
        DelayReason::PaymentReview,
        DelayReason::BankProcessing,
        DelayReason::Other,
    ];
}

/// Whose side the cause is on (not whose fault: the shop stays responsible).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DelaySide {
    Shop,
    Carrier,
    Bank,
    Customs,
    Customer,
    Other,
    #[serde(other, skip_serializing)]
    Unknown,
}

/// A delay the shop knows about, and what it does about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delay {
    pub reason: DelayReason,
    #[serde(default = "other_side")]
    pub side: DelaySide,
    /// The shop's own words to the customer (plain text).
    #[serde(default)]
    pub message: Option<String>,
    /// What the shop is doing about it (plain text).
    #[serde(default)]
    pub action: Option<String>,
    /// When the shop learnt of it.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub reported_at: Option<String>,
    /// The new estimate, if there is one.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub new_estimate: Option<DateWindow>,
    /// A gesture for the trouble.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub goodwill: Option<Goodwill>,
}

fn other_side() -> DelaySide {
    DelaySide::Other
}

/// A voucher offered for the trouble: an amount or a percentage off a next order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Goodwill {
    /// The code to type at checkout.
    pub code: String,
    /// Amount off, in minor units of the order's currency.
    #[serde(default)]
    pub amount: Option<i64>,
    /// Percentage off (1–100). Send `amount` or `percent`: with both, the widget shows the
    /// percentage; with neither, the code alone ("a voucher for your next order").
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub percent: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expires_at: Option<String>,
    /// Conditions in the shop's words, e.g. "on orders over €30".
    #[serde(default)]
    pub conditions: Option<String>,
}

/// How a refund reaches the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundMethod {
    BankTransfer,
    Card,
    StoreCredit,
    OriginalPayment,
    #[serde(other, skip_serializing)]
    Unknown,
}

/// Where a refund is: the steps the customer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundStatus {
    /// The return or refund was asked for.
    Requested,
    /// The shop accepted it (e.g. the return arrived and was checked).
    Approved,
    /// The shop sent the money; the bank or card network is processing it.
    Issued,
    /// The money reached the customer.
    Completed,
    /// It could not be paid (e.g. a closed account); the shop will be in touch.
    Failed,
    #[serde(other, skip_serializing)]
    Unknown,
}

impl RefundStatus {
    pub const STEPS: [RefundStatus; 4] = [
        RefundStatus::Requested,
        RefundStatus::Approved,
        RefundStatus::Issued,
        RefundStatus::Completed,
    ];
}

/// A refund of all or part of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Refund {
    pub id: String,
    /// Amount in minor units of the order's currency.
    pub amount: i64,
    pub method: RefundMethod,
    pub status: RefundStatus,
    /// When the shop sent the money.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub issued_at: Option<String>,
    /// When the money should arrive at the latest.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expected_by: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub completed_at: Option<String>,
    /// A delay of this refund (e.g. `bank_processing` on the bank's side).
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub delay: Option<Delay>,
}

/// A promotion the shop would like to show. The widget never shows one while an order is
/// delayed or a complaint is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Promotion {
    pub title: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
}

/// What the lookup grants: an order-scoped token for the calls that follow, so the e-mail is not
/// sent again and nothing personal goes into a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderAccess {
    /// Opaque order identifier for the follow-up URLs (not the order number, not personal).
    pub order_id: String,
    /// Sent as `Authorization: Bearer <token>` on follow-up calls.
    pub token: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expires_at: String,
}

/// Channel for notifications about an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotifyChannel {
    Email,
    Sms,
    Whatsapp,
    #[serde(other, skip_serializing)]
    Unknown,
}

/// `POST /v1/orders/{order_id}/subscriptions` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionRequest {
    pub channel: NotifyChannel,
    /// Phone number for `sms` and `whatsapp`, in international format (a `+`, then 8 to 15
    /// digits, spaces or dashes between them); omitted for `email` (the order's address is
    /// used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 254, pattern = "^\\+[0-9](?:[ -]*[0-9]){7,14}[ -]*$")
    )]
    pub address: Option<String>,
    /// The customer agreed to be contacted on this channel about this order. Must be `true`.
    pub consent: bool,
    /// The language the customer reads (BCP 47, e.g. `it`, `en-GB`): the messages are written
    /// in it. Optional (since 1.3); without it, the shop's default language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 35))]
    pub locale: Option<String>,
}

/// A confirmed subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subscription {
    pub channel: NotifyChannel,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}
