//! Every user-visible string of the widget, per language.
//!
//! A language is one `Messages` value (and its `TrackingMessages` and `ComplaintMessages`, which
//! travel in the chunks that use them). The structs below are the list of what the widget says;
//! the values are written by translators in `locales/<tag>.ftl` (Project Fluent), and
//! `cargo xtask i18n` turns each file into `<tag>.rs`. A field's parameters, named in its type,
//! are the `{ $names }` its message may use. Adding a string means adding a field here and a
//! message to every file; the generator and then the compiler refuse until every language has it. Dates, numbers and currencies are not
//! here: the browser's `Intl` formats them (see `crate::format`), so no locale data is compiled
//! into the wasm.

// Generated from locales/<tag>.ftl by `cargo xtask i18n`; rustfmt leaves them as written.
#[rustfmt::skip]
mod de;
#[rustfmt::skip]
mod en;
#[rustfmt::skip]
mod es;
#[rustfmt::skip]
mod fr;
#[rustfmt::skip]
mod it;

use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DelayReason, DelaySide, DesiredResolution,
    NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus, TimeWindow,
    UpdateChannel,
};

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    It,
    En,
    De,
    Fr,
    Es,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::It, Locale::En, Locale::De, Locale::Fr, Locale::Es];

    /// The BCP 47 tag handed to `Intl` and written to the widget root's `lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::It => "it",
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
        }
    }

    /// Reads a BCP 47 tag by its primary language (`it-CH` → Italian); `None` if unsupported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first supported language among the candidates, in order of preference.
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        candidates.into_iter().find_map(Locale::from_tag)
    }

    /// The language's name in itself, as language pickers show it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::It => "Italiano",
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
        }
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::It => &it::MESSAGES,
            Locale::En => &en::MESSAGES,
            Locale::De => &de::MESSAGES,
            Locale::Fr => &fr::MESSAGES,
            Locale::Es => &es::MESSAGES,
        }
    }
}

/// The catalogue of one language.
pub struct Messages {
    // Lookup form
    pub lookup_title: &'static str,
    pub lookup_title_at: fn(shop: &str) -> String,
    pub lookup_intro: &'static str,
    /// The intro of a shop that looks orders up by postcode.
    pub lookup_intro_postcode: &'static str,
    pub order_number_label: &'static str,
    pub order_number_hint: &'static str,
    /// With the shop's own example of an order number.
    pub order_number_hint_example: fn(example: &str) -> String,
    pub email_label: &'static str,
    pub email_hint: &'static str,
    pub postcode_label: &'static str,
    pub postcode_hint: &'static str,
    /// Switches between the two proofs when the shop accepts both.
    pub use_postcode: &'static str,
    pub use_email: &'static str,
    pub find_order: &'static str,
    pub searching: &'static str,

    // Validation (GOV.UK style: say what is wrong and how to fix it)
    pub error_summary_title: &'static str,
    pub order_number_required: &'static str,
    pub order_number_invalid: &'static str,
    /// A number typed without the beginning the shop's numbers have ("1001" for "SP-1001").
    pub order_number_prefix: fn(example: &str) -> String,
    pub email_required: &'static str,
    pub email_invalid: &'static str,
    pub postcode_required: &'static str,
    pub field_too_long: &'static str,
    /// A phone field's hint and error when the shop names its phones' country (national
    /// numbers are fine), for every phone field.
    pub phone_hint_national: &'static str,
    pub phone_invalid_national: &'static str,
    pub error_prefix: &'static str,

    // Outcomes of a lookup
    pub not_found: &'static str,
    pub not_found_postcode: &'static str,
    pub not_found_hint: &'static str,
    pub not_found_hint_postcode: &'static str,
    pub network_error: &'static str,
    pub timeout_error: &'static str,
    pub server_error: &'static str,
    pub rate_limited: &'static str,
    /// When the backend said when to try again, rounded up to whole minutes (at least 1).
    pub rate_limited_after: fn(minutes: u32) -> String,
    /// 503: the shop's backend is down for a moment (maintenance, overload).
    pub unavailable: &'static str,
    pub unavailable_after: fn(minutes: u32) -> String,
    pub unreadable_answer: &'static str,
    pub error_reference: fn(id: &str) -> String,
    /// Between a label and its value ("Status: "); French puts a no-break space before the colon.
    pub label_colon: &'static str,
    /// Between the parts of one line ("Received · 3 March").
    pub list_separator: &'static str,
    /// A day and a time as words ("tomorrow, Tuesday 1 December at 09:00").
    pub at_time: fn(day: &str, time: &str) -> String,
    /// Between the items of a list ("Mug, Saucer").
    pub comma: &'static str,
    pub try_again: &'static str,

    // The order
    pub status_label: &'static str,
    pub order_found_announcement: fn(number: &str) -> String,

    pub language_label: &'static str,
    pub offline_notice: &'static str,
    pub back_online: &'static str,
    pub crash_message: &'static str,
    pub reload_page: &'static str,
    /// While a part of the widget fetched on demand (the order view, complaints) arrives.
    pub loading_part: &'static str,
    /// When that part could not be fetched; a "try again" button follows.
    pub part_failed: &'static str,
    /// The buttons under the lookup form that open the complaint views.
    pub complaint_start: &'static str,
    pub follow_start: &'static str,

    /// The language of this catalogue (its tracking and complaint strings are found by it).
    pub locale: Locale,
}

impl Messages {
    /// The strings of the order view. A separate catalogue, reached only from the code of the
    /// order view, so that they travel in its chunk rather than in the first open.
    pub fn tracking(&self) -> &'static TrackingMessages {
        match self.locale {
            Locale::It => &it::TRACKING,
            Locale::En => &en::TRACKING,
            Locale::De => &de::TRACKING,
            Locale::Fr => &fr::TRACKING,
            Locale::Es => &es::TRACKING,
        }
    }

    /// The strings of the complaint views, kept out of the first open the same way.
    pub fn complaints(&self) -> &'static ComplaintMessages {
        match self.locale {
            Locale::It => &it::COMPLAINTS,
            Locale::En => &en::COMPLAINTS,
            Locale::De => &de::COMPLAINTS,
            Locale::Fr => &fr::COMPLAINTS,
            Locale::Es => &es::COMPLAINTS,
        }
    }
}

/// Strings of the tracking view: delays, parcels, refunds, notifications.
pub struct TrackingMessages {
    // Order summary
    pub order_title: fn(number: &str) -> String,
    pub placed_on: fn(date: &str) -> String,
    pub items_title: &'static str,
    pub quantity_times_price: fn(quantity: u32, price: &str) -> String,
    /// An item of a parcel: "2 × Ceramic mug".
    pub quantity_of_item: fn(quantity: u32, item: &str) -> String,
    pub total: &'static str,
    pub no_items: &'static str,
    pub look_up_another: &'static str,
    pub status_name: fn(status: OrderStatus) -> &'static str,
    pub status_explanation: fn(status: OrderStatus) -> &'static str,

    // Refresh
    pub refresh: &'static str,
    pub refreshing: &'static str,
    pub updated_at: fn(time: &str) -> String,
    pub refresh_failed: &'static str,
    pub link_expired: &'static str,
    pub estimate_changed: fn(parcel: &str, date: &str) -> String,

    // Delay banner
    pub late_order_title: &'static str,
    pub late_parcel_title: fn(index: usize, total: usize) -> String,
    pub late_refund_title: &'static str,
    pub delivered_late_title: &'static str,
    pub others_arrived: fn(count: usize) -> String,
    pub sorry: &'static str,
    pub sorry_refund: &'static str,
    pub reason_explanation: fn(reason: DelayReason) -> &'static str,
    pub cause_estimate_after_promise: &'static str,
    pub cause_promise_passed: &'static str,
    pub cause_carrier_silent: fn(days: i64) -> String,
    pub cause_delivered_late: &'static str,
    pub cause_refund_overdue: &'static str,
    pub side_label: &'static str,
    pub side_name: fn(side: DelaySide) -> &'static str,
    pub shop_says: &'static str,
    pub what_we_do: &'static str,
    pub default_action: &'static str,
    pub new_estimate: fn(date: &str) -> String,
    pub estimate_passed: &'static str,
    pub no_new_date: &'static str,
    pub promised_by: fn(date: &str) -> String,

    // Goodwill
    pub voucher_title: &'static str,
    pub voucher_percent: fn(percent: u8) -> String,
    pub voucher_amount: fn(amount: &str) -> String,
    pub voucher_code_label: &'static str,
    pub voucher_expires: fn(date: &str) -> String,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub copy_failed: &'static str,

    // Notification opt-in
    pub notify_title: &'static str,
    pub notify_intro: &'static str,
    pub notify_intro_refund: &'static str,
    pub channel_legend: &'static str,
    pub channel_name: fn(channel: NotifyChannel) -> &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    pub consent_label: &'static str,
    pub notify_submit: &'static str,
    pub notify_sending: &'static str,
    pub notify_done: fn(channel: NotifyChannel) -> String,
    /// Said on looking the order up again, for each channel already asked for.
    pub notify_on: fn(channel: NotifyChannel) -> String,
    pub notify_another_way: &'static str,
    pub phone_required: &'static str,
    pub phone_invalid: &'static str,
    pub consent_required: &'static str,
    pub notify_failed: &'static str,

    // Parcels
    pub parcels_title: fn(count: usize) -> String,
    // A parcel that needs the customer: a missed delivery, a pickup point, an address not found.
    pub needs_pickup: &'static str,
    pub needs_missed: &'static str,
    pub needs_address: &'static str,
    pub needs_tried: fn(carrier: &str, day: &str) -> String,
    pub pickup_hours: &'static str,
    pub pickup_until: fn(day: &str) -> String,
    pub ask_another_day: &'static str,
    pub ask_address: &'static str,
    pub day_legend: &'static str,
    pub day_submit: &'static str,
    pub day_required: &'static str,
    pub address_line: &'static str,
    pub address_postcode: &'static str,
    pub address_city: &'static str,
    pub address_note: &'static str,
    pub address_note_hint: &'static str,
    pub address_submit: &'static str,
    pub address_line_required: &'static str,
    pub address_postcode_required: &'static str,
    pub address_city_required: &'static str,
    pub asked_day: fn(day: &str) -> String,
    pub asked_address: &'static str,
    pub request_done_day: fn(carrier: &str, day: &str) -> String,
    pub request_done_address: fn(carrier: &str) -> String,
    pub request_sending: &'static str,
    pub parcel_settled: &'static str,
    pub parcel_title: fn(index: usize, total: usize, carrier: &str) -> String,
    pub tracking_number: fn(number: &str) -> String,
    pub track_on_carrier: fn(carrier: &str) -> String,
    pub opens_new_tab: &'static str,
    pub in_this_parcel: &'static str,
    pub estimated_delivery: fn(date: &str) -> String,
    pub delivered_on: fn(date: &str) -> String,
    pub journey_label: &'static str,
    pub shipment_status_name: fn(status: ShipmentStatus) -> &'static str,
    pub updates_title: &'static str,
    pub no_updates: &'static str,
    pub show_all_updates: fn(count: usize) -> String,
    pub show_fewer_updates: &'static str,
    pub delivery_address: fn(address: &str) -> String,

    // Refunds
    pub refunds_title: &'static str,
    pub refund_summary: fn(amount: &str, method: &str) -> String,
    pub refund_method_name: fn(method: RefundMethod) -> &'static str,
    pub refund_status_name: fn(status: RefundStatus) -> &'static str,
    pub refund_steps_label: &'static str,
    pub refund_issued_on: fn(date: &str) -> String,
    pub refund_expected_by: fn(date: &str) -> String,
    pub refund_completed_on: fn(date: &str) -> String,
    pub refund_failed: &'static str,

    pub promotions_title: &'static str,
    pub date_range: fn(from: &str, to: &str) -> String,
}

/// Strings of the complaint flow: topic, help answers, form, check, acknowledgement.
pub struct ComplaintMessages {
    pub start_about_order: &'static str,
    pub back: &'static str,

    // Topic
    pub topic_title: &'static str,
    pub topic_intro: &'static str,
    pub topic_name: fn(topic: ComplaintTopic) -> &'static str,

    // Help answers
    pub help_title: &'static str,
    pub help_intro: &'static str,
    pub help_loading: &'static str,
    pub help_solved: &'static str,
    pub help_still_write: &'static str,
    pub help_glad: &'static str,

    // Form
    pub form_title: &'static str,
    pub about_order: fn(number: &str) -> String,
    pub items_legend: &'static str,
    pub items_hint: &'static str,
    pub description_label: &'static str,
    pub description_hint: &'static str,
    pub characters_left: fn(count: usize) -> String,
    pub characters_too_many: fn(count: usize) -> String,
    pub resolution_legend: &'static str,
    pub resolution_name: fn(resolution: DesiredResolution) -> &'static str,
    pub email_label: &'static str,
    pub email_hint: &'static str,
    pub channel_legend: &'static str,
    pub channel_name: fn(channel: ContactChannel) -> &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    pub window_label: &'static str,
    pub window_name: fn(window: TimeWindow) -> &'static str,
    pub consent_label: &'static str,
    pub privacy_link: &'static str,
    pub continue_to_check: &'static str,
    pub draft_restored: &'static str,
    pub start_over: &'static str,

    // Validation
    pub topic_required: &'static str,
    pub description_required: &'static str,
    pub description_too_short: fn(min: usize) -> String,
    pub description_too_long: fn(max: usize) -> String,
    pub resolution_required: &'static str,
    pub phone_required: &'static str,
    pub phone_invalid: &'static str,
    pub consent_required: &'static str,

    // Check answers
    pub check_title: &'static str,
    pub check_intro: &'static str,
    pub change: &'static str,
    pub topic_label: &'static str,
    pub order_label: &'static str,
    pub items_label: &'static str,
    pub contact_label: &'static str,
    pub send: &'static str,
    pub sending: &'static str,
    pub send_failed: &'static str,
    pub send_unconfirmed: &'static str,
    pub queued_notice: &'static str,
    pub send_retry_safe: &'static str,
    pub topic_suggested: &'static str,
    pub reconfirm_title: &'static str,
    pub reconfirm_intro: &'static str,
    pub reconfirm_send: &'static str,

    // Acknowledgement
    pub done_title: &'static str,
    pub reference_label: &'static str,
    pub copy_reference: &'static str,
    pub reference_copied: &'static str,
    pub status_name: fn(status: ComplaintStatus) -> &'static str,
    pub usually_within: fn(duration: &str) -> String,
    pub latest_by: fn(time: &str) -> String,
    pub office_closed: fn(time: &str) -> String,
    pub minutes: fn(count: u32) -> String,
    pub hours: fn(count: u32) -> String,
    pub days: fn(count: u32) -> String,
    pub what_you_sent: &'static str,
    pub next_steps_title: &'static str,
    pub next_steps: fn(channel: ContactChannel) -> String,
    pub keep_reference: &'static str,
    pub filed_announcement: fn(reference: &str) -> String,

    // Order number typed by the customer, photos
    pub order_number_optional_label: &'static str,
    pub order_number_optional_hint: &'static str,
    pub order_number_optional_hint_example: fn(example: &str) -> String,
    pub order_number_too_long: &'static str,
    pub photos_label: &'static str,
    pub photos_hint: &'static str,
    pub photos_preparing: &'static str,
    pub photos_none: &'static str,
    pub photos_count: fn(count: usize) -> String,
    pub photo_remove: &'static str,
    pub photo_not_a_photo: fn(name: &str) -> String,
    pub photo_too_large: fn(name: &str) -> String,
    pub photo_unreadable: fn(name: &str) -> String,
    pub photos_too_many: fn(max: usize) -> String,

    // Follow-up
    pub order_complaints_title: &'static str,
    pub open_failed: &'static str,
    pub follow_this: &'static str,
    pub follow_title: &'static str,
    pub follow_intro: &'static str,
    pub reference_field_label: &'static str,
    pub reference_field_hint: &'static str,
    pub follow_email_hint: &'static str,
    pub reference_required: &'static str,
    pub find_complaint: &'static str,
    pub finding_complaint: &'static str,
    pub complaint_not_found: &'static str,
    pub complaint_title: fn(reference: &str) -> String,
    pub refreshed: &'static str,
    pub timeline_title: &'static str,
    pub update_by_you: &'static str,
    pub update_by_shop: &'static str,
    pub update_by_named: fn(name: &str) -> String,
    pub channel_via: fn(channel: UpdateChannel) -> &'static str,
    pub photos_attached: fn(count: u32) -> String,
    pub reply_moved: fn(reason: &str) -> String,
    pub add_info_title: &'static str,
    pub add_info_label: &'static str,
    pub add_info_hint: &'static str,
    pub send_message: &'static str,
    pub message_required: &'static str,
    pub message_too_long: fn(max: usize) -> String,
    pub message_sent: &'static str,
    pub message_failed: &'static str,
    pub message_unconfirmed: &'static str,
    pub closed_notice: &'static str,
    pub write_again: &'static str,
    pub message_not_added: &'static str,
    pub rate_legend: &'static str,
    pub rate_intro: &'static str,
    pub score_name: fn(score: u8) -> &'static str,
    pub comment_label: &'static str,
    pub send_rating: &'static str,
    pub rating_required: &'static str,
    pub rated: fn(score: u8) -> String,
    pub rating_failed: &'static str,
    pub rating_not_recorded: &'static str,
    pub session_expired: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_uses_primary_language_in_order() {
        assert_eq!(Locale::from_tag("it-CH"), Some(Locale::It));
        assert_eq!(Locale::from_tag("EN_gb"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de-AT"), Some(Locale::De));
        assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("es-419"), Some(Locale::Es));
        assert_eq!(Locale::from_tag("pt-BR"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(
            Locale::negotiate(["pt-PT", "en-US", "it"]),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate(["nl", "fr"]), Some(Locale::Fr));
        assert_eq!(Locale::negotiate(["nl", "pt"]), None);
    }

    #[test]
    fn every_status_has_a_name_and_explanation_in_every_language() {
        let statuses = [
            OrderStatus::Processing,
            OrderStatus::PaymentDue,
            OrderStatus::InTransit,
            OrderStatus::PickupAvailable,
            OrderStatus::Delivered,
            OrderStatus::Problem,
            OrderStatus::Cancelled,
            OrderStatus::Returned,
            OrderStatus::Unknown,
        ];
        for locale in Locale::ALL {
            let m = locale.messages().tracking();
            let mut names = std::collections::HashSet::new();
            for status in statuses {
                assert!(!(m.status_name)(status).is_empty());
                assert!(!(m.status_explanation)(status).is_empty());
                assert!(
                    names.insert((m.status_name)(status)),
                    "duplicate name in {locale:?}"
                );
            }
        }
    }

    #[test]
    fn every_delay_reason_is_explained_without_blaming_the_customer() {
        for locale in Locale::ALL {
            let t = locale.messages().tracking();
            let mut seen = std::collections::HashSet::new();
            for reason in DelayReason::ALL.into_iter().chain([DelayReason::Unknown]) {
                let text = (t.reason_explanation)(reason);
                assert!(text.len() > 20, "{locale:?} {reason:?}");
                assert!(seen.insert(text), "{locale:?} repeats an explanation");
                let lower = text.to_lowercase();
                for blame in [
                    "your fault",
                    "you failed",
                    "colpa tua",
                    "hai sbagliato",
                    "you forgot",
                    "ihre schuld",
                    "votre faute",
                    "tu culpa",
                ] {
                    assert!(
                        !lower.contains(blame),
                        "{locale:?} {reason:?} blames: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn each_catalogue_finds_its_own_tracking_and_complaint_strings() {
        for locale in Locale::ALL {
            let m = locale.messages();
            assert_eq!(m.locale, locale);
        }
        // Each language's order and complaint strings are its own, not another's.
        for (a, b) in [
            (Locale::It, Locale::En),
            (Locale::De, Locale::Fr),
            (Locale::Es, Locale::It),
        ] {
            assert_ne!(a.messages().tracking().total, b.messages().tracking().total);
        }
        assert_ne!(
            Locale::It.messages().complaints().topic_title,
            Locale::En.messages().complaints().topic_title
        );
        assert_ne!(
            Locale::It.messages().tracking().refresh,
            Locale::En.messages().tracking().refresh
        );
    }

    #[test]
    fn languages_differ() {
        let (it, en) = (Locale::It.messages(), Locale::En.messages());
        assert_ne!(it.find_order, en.find_order);
        assert_ne!(it.not_found, en.not_found);
        assert_eq!((en.tracking().order_title)("SP-1"), "Order SP-1");
        assert_eq!((it.tracking().order_title)("SP-1"), "Ordine SP-1");
    }
}
