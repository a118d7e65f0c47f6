use super::{ComplaintMessages, Locale, Messages, TrackingMessages};
use sportello_contract::{
    ComplaintStatus, ComplaintTopic, ContactChannel, DelayReason, DelaySide, DesiredResolution,
    NotifyChannel, OrderStatus, RefundMethod, RefundStatus, ShipmentStatus, TimeWindow,
    UpdateChannel,
};

pub static MESSAGES: Messages = Messages {
    lookup_title: "Track your order",
    lookup_title_at: |shop| format!("Track your order from {shop}"),
    lookup_intro: "Enter your order number and the e-mail address you ordered with.",
    order_number_label: "Order number",
    order_number_hint: "You'll find it in your order confirmation e-mail, for example SP-1001.",
    email_label: "E-mail address",
    email_hint: "The address you used when you placed the order.",
    find_order: "Find my order",
    searching: "Looking for your order…",

    error_summary_title: "There is a problem",
    order_number_required: "Enter your order number",
    order_number_invalid: "Enter the order number as it appears in your confirmation e-mail, like SP-1001",
    email_required: "Enter your e-mail address",
    email_invalid: "Enter an e-mail address in the correct format, like name@example.com",
    field_too_long: "This is too long: check what you entered",
    error_prefix: "Error:",

    not_found: "We couldn't find an order with that number and e-mail address.",
    not_found_hint: "Check the order number in your confirmation e-mail and use the e-mail address you ordered with.",
    network_error: "We couldn't reach the shop. Check your internet connection and try again.",
    timeout_error: "The shop is taking too long to answer. Please try again.",
    server_error: "Something went wrong on the shop's side. Please try again in a few minutes.",
    rate_limited: "Too many attempts in a short time. Please wait a few minutes, then try again.",
    rate_limited_after: |seconds| {
        let minutes = seconds.div_ceil(60).max(1);
        if minutes == 1 {
            "Too many attempts in a short time. Please try again in a minute.".to_owned()
        } else {
            format!("Too many attempts in a short time. Please try again in {minutes} minutes.")
        }
    },
    unreadable_answer: "The shop sent an answer we couldn't read. Please try again in a few minutes.",
    error_reference: |id| format!("If you contact the shop, quote this reference: {id}"),
    try_again: "Try again",

    status_label: "Status",
    order_found_announcement: |number| format!("Order {number} found."),

    language_label: "Language",
    offline_notice: "You're offline. Nothing you typed is lost: you can try again when the connection is back.",
    back_online: "You're back online.",
    crash_message: "Sorry, this help panel stopped working. Reloading the page usually fixes it; nothing you did caused it.",
    reload_page: "Reload the page",
    loading_part: "Loading…",
    part_failed: "This part of the help panel didn't load. Check your internet connection, then try again.",
    complaint_start: "Something wrong? Write to us",
    follow_start: "Follow a complaint",

    locale: Locale::En,
};

pub static TRACKING: TrackingMessages = TrackingMessages {
    order_title: |number| format!("Order {number}"),
    placed_on: |date| format!("Placed on {date}"),
    items_title: "What you ordered",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Total",
    no_items: "The shop has not listed the items of this order.",
    look_up_another: "Look up another order",
    status_name: |status| match status {
        OrderStatus::Processing => "Being prepared",
        OrderStatus::PaymentDue => "Waiting for payment",
        OrderStatus::InTransit => "On its way",
        OrderStatus::PickupAvailable => "Ready for pickup",
        OrderStatus::Delivered => "Delivered",
        OrderStatus::Problem => "Needs attention",
        OrderStatus::Cancelled => "Cancelled",
        OrderStatus::Returned => "Returned",
        OrderStatus::Unknown => "Status being updated",
    },
    status_explanation: |status| match status {
        OrderStatus::Processing => "We have your order and are getting it ready to ship.",
        OrderStatus::PaymentDue => {
            "We are waiting for your payment to be confirmed before we ship."
        }
        OrderStatus::InTransit => "Your order has left us and is with the carrier.",
        OrderStatus::PickupAvailable => "Your order is waiting for you at the pickup point.",
        OrderStatus::Delivered => "Your order has been delivered.",
        OrderStatus::Problem => "Something needs attention on this order. We are looking into it.",
        OrderStatus::Cancelled => "This order has been cancelled.",
        OrderStatus::Returned => "Your return has reached us.",
        OrderStatus::Unknown => "The shop is updating the status of this order. Check again soon.",
    },

    refresh: "Check for updates",
    refreshing: "Checking for updates…",
    updated_at: |time| format!("Updated at {time}"),
    refresh_failed:
        "We couldn't check for updates just now. What you see is still the latest we had.",
    link_expired: "For your security this view has expired. Please look up your order again.",
    estimate_changed: |parcel, date| format!("New estimated delivery for {parcel}: {date}."),

    late_order_title: "Your order is running late",
    late_parcel_title: |index, total| {
        if total > 1 {
            format!("Parcel {index} of {total} is running late")
        } else {
            "Your parcel is running late".to_owned()
        }
    },
    late_refund_title: "Your refund is taking longer than it should",
    delivered_late_title: "Your parcel arrived later than we promised",
    sorry: "We're sorry. You were counting on it, and it's our job to keep you informed.",
    reason_explanation: |reason| {
        match reason {
        DelayReason::CarrierCapacity => "The carrier has more parcels than it can handle right now, so deliveries are taking longer than usual.",
        DelayReason::Weather => "Bad weather has stopped or slowed the carrier's vehicles on the way to you.",
        DelayReason::Customs => "Your parcel is being checked at customs. Customs decides how long this takes; we have sent them everything they need.",
        DelayReason::Strike => "A strike has stopped part of the carrier's network for a while.",
        DelayReason::AddressIssue => "The carrier couldn't match the delivery address on the way. This happens with new or hard-to-find addresses.",
        DelayReason::RecipientUnavailable => "The carrier came by when nobody could take the parcel, so it needs another try or a pickup.",
        DelayReason::StockShortage => "One of your items wasn't in stock when we expected it to be. That's on us.",
        DelayReason::PaymentReview => "The payment provider is running a routine security check before the order can ship.",
        DelayReason::BankProcessing => "We've sent the money; the banks are taking longer than usual to complete the transfer.",
        DelayReason::Other => "Something outside the usual schedule has held things up.",
        DelayReason::Unknown => "Something has held things up, and the shop is looking into it.",
    }
    },
    cause_estimate_after_promise:
        "The carrier now expects to deliver after the date we promised you.",
    cause_promise_passed: "The date we promised has passed and your order hasn't arrived yet.",
    cause_carrier_silent: |days| {
        format!("The carrier hasn't updated its tracking for {days} days.")
    },
    cause_delivered_late: "It reached you after the date we promised.",
    cause_refund_overdue: "The date by which your money should have arrived has passed.",
    side_label: "Where the hold-up is",
    side_name: |side| match side {
        DelaySide::Shop => "with us, the shop",
        DelaySide::Carrier => "with the carrier",
        DelaySide::Bank => "with the banks",
        DelaySide::Customs => "at customs",
        DelaySide::Customer => "we need a detail to complete the delivery",
        DelaySide::Other | DelaySide::Unknown => "outside the usual schedule",
    },
    shop_says: "In the shop's words",
    what_we_do: "What we're doing",
    default_action: "We are following it up and will update this page as soon as we know more.",
    new_estimate: |date| format!("New estimated date: {date}"),
    estimate_passed:
        "The last estimate has passed. We're checking with the carrier and will update you here.",
    promised_by: |date| format!("We promised: {date}"),

    voucher_title: "For the trouble",
    voucher_percent: |percent| format!("{percent}% off your next order"),
    voucher_amount: |amount| format!("{amount} off your next order"),
    voucher_code_label: "Code",
    voucher_expires: |date| format!("Valid until {date}"),
    copy_code: "Copy code",
    code_copied: "Code copied",
    copy_failed: "Copying didn't work here: select the code and copy it yourself.",

    notify_title: "Tell me if anything changes",
    notify_intro: "We'll write as soon as the date moves or your order arrives. Nothing else.",
    channel_legend: "How should we tell you?",
    channel_name: |channel| match channel {
        NotifyChannel::Email => "E-mail (the address of this order)",
        NotifyChannel::Sms => "Text message (SMS)",
        NotifyChannel::Whatsapp => "WhatsApp",
        NotifyChannel::Unknown => "Other",
    },
    phone_label: "Mobile number",
    phone_hint: "With the country code, for example +39 333 123 4567.",
    consent_label: "I agree to be contacted about this order on the channel I chose.",
    notify_submit: "Notify me",
    notify_sending: "Saving…",
    notify_done: |channel| match channel {
        NotifyChannel::Sms => "Done: we'll send you a text message if anything changes.".to_owned(),
        NotifyChannel::Whatsapp => {
            "Done: we'll message you on WhatsApp if anything changes.".to_owned()
        }
        _ => "Done: we'll e-mail you if anything changes.".to_owned(),
    },
    phone_required: "Enter your mobile number",
    phone_invalid: "Enter a mobile number with its country code, like +39 333 123 4567",
    consent_required: "Tick the box to agree to be contacted about this order",
    notify_failed: "We couldn't save that just now. Please try again.",

    parcels_title: |count| {
        if count > 1 {
            format!("Your {count} parcels")
        } else {
            "Your parcel".to_owned()
        }
    },
    parcel_title: |index, total, carrier| {
        if total > 1 {
            format!("Parcel {index} of {total} · {carrier}")
        } else {
            format!("Parcel · {carrier}")
        }
    },
    tracking_number: |number| format!("Tracking number {number}"),
    track_on_carrier: |carrier| format!("Follow it on the {carrier} website"),
    opens_new_tab: "(opens in a new tab)",
    in_this_parcel: "In this parcel",
    estimated_delivery: |date| format!("Estimated delivery: {date}"),
    delivered_on: |date| format!("Delivered on {date}"),
    journey_label: "Where it is",
    shipment_status_name: |status| match status {
        ShipmentStatus::Pending => "Being packed",
        ShipmentStatus::InfoReceived => "Label created",
        ShipmentStatus::InTransit => "On its way",
        ShipmentStatus::OutForDelivery => "Out for delivery",
        ShipmentStatus::AvailableForPickup => "Ready for pickup",
        ShipmentStatus::AttemptFail => "Delivery attempted",
        ShipmentStatus::Delivered => "Delivered",
        ShipmentStatus::Exception => "Held up",
        ShipmentStatus::Unknown => "Being updated",
    },
    updates_title: "Updates from the carrier",
    no_updates: "No updates from the carrier yet.",
    show_all_updates: |count| format!("Show all {count} updates"),
    show_fewer_updates: "Show fewer updates",
    delivery_address: |address| format!("Delivering to {address}"),

    refunds_title: "Your refund",
    refund_summary: |amount, method| format!("{amount} by {method}"),
    refund_method_name: |method| match method {
        RefundMethod::BankTransfer => "bank transfer",
        RefundMethod::Card => "refund to your card",
        RefundMethod::StoreCredit => "store credit",
        RefundMethod::OriginalPayment => "your original payment method",
        RefundMethod::Unknown => "the agreed method",
    },
    refund_status_name: |status| match status {
        RefundStatus::Requested => "Requested",
        RefundStatus::Approved => "Approved",
        RefundStatus::Issued => "Sent by us",
        RefundStatus::Completed => "Received",
        RefundStatus::Failed => "Not completed",
        RefundStatus::Unknown => "Being updated",
    },
    refund_steps_label: "Refund progress",
    refund_issued_on: |date| format!("We sent it on {date}."),
    refund_expected_by: |date| format!("It should reach you by {date}."),
    refund_completed_on: |date| format!("It reached you on {date}."),
    refund_failed:
        "The payment couldn't be completed. We'll contact you to arrange it another way.",

    promotions_title: "For your next order",
    date_range: |from, to| format!("{from} – {to}"),
};

pub static COMPLAINTS: ComplaintMessages = ComplaintMessages {
    start_about_order: "Report a problem with this order",
    back: "Back",

    topic_title: "What is it about?",
    topic_intro: "Choose what fits best: we'll show you the quickest way to sort it out.",
    topic_name: |topic| match topic {
        ComplaintTopic::LateDelivery => "My order is late",
        ComplaintTopic::DamagedItem => "Something arrived damaged",
        ComplaintTopic::WrongItem => "I received the wrong item",
        ComplaintTopic::MissingItem => "Something is missing",
        ComplaintTopic::RefundNotReceived => "I haven't received my refund",
        ComplaintTopic::NotAsExpected => "The product isn't as described",
        ComplaintTopic::PoorService => "I was treated rudely or unhelpfully",
        ComplaintTopic::Other | ComplaintTopic::Unknown => "Something else",
    },

    help_title: "This may solve it right away",
    help_intro: "Answers to what customers ask most about this. If none fits, write to us.",
    help_loading: "Loading answers…",
    help_solved: "This solved it",
    help_still_write: "I still want to write to you",
    help_glad: "We're glad that helped. Thank you for letting us know.",

    form_title: "Tell us what happened",
    about_order: |number| format!("About order {number}"),
    items_legend: "Which items is it about?",
    items_hint: "Select all that apply, or none if it's about the whole order.",
    description_label: "What happened?",
    description_hint: "Say what you noticed and when. The more we know, the faster we can fix it.",
    characters_left: |n| if n >= 0 { format!("{n} characters left") } else { format!("{} characters too many", -n) },
    resolution_legend: "What would make it right for you?",
    resolution_name: |r| match r {
        DesiredResolution::Refund => "A refund",
        DesiredResolution::Replacement => "A replacement",
        DesiredResolution::Voucher => "A voucher",
        DesiredResolution::Repair => "A repair",
        DesiredResolution::Explanation => "Just an explanation",
        DesiredResolution::Other | DesiredResolution::Unknown => "Something else",
    },
    email_label: "Your e-mail address",
    email_hint: "We send the confirmation here. With the reference, it lets you follow your complaint.",
    channel_legend: "How should we get back to you?",
    channel_name: |c| match c {
        ContactChannel::Email => "E-mail",
        ContactChannel::Phone => "Phone call",
        ContactChannel::Whatsapp => "WhatsApp",
        ContactChannel::Sms => "Text message (SMS)",
        ContactChannel::Unknown => "Another way",
    },
    phone_label: "Phone number",
    phone_hint: "With the country code, for example +39 333 123 4567.",
    window_label: "When is best to reach you?",
    window_name: |w| match w {
        TimeWindow::Anytime | TimeWindow::Unknown => "Any time",
        TimeWindow::Morning => "Morning (9–12)",
        TimeWindow::Afternoon => "Afternoon (12–17)",
        TimeWindow::Evening => "Evening (17–20)",
    },
    consent_label: "I agree that the shop uses these details to handle my complaint.",
    privacy_link: "How the shop uses your data (opens in a new tab)",
    continue_to_check: "Continue",
    draft_restored: "We kept what you wrote last time. You can carry on where you left off.",

    topic_required: "Choose what your complaint is about",
    description_required: "Tell us what happened",
    description_too_short: |min| format!("Tell us a little more: at least {min} characters"),
    description_too_long: |max| format!("Keep it to {max} characters or fewer"),
    resolution_required: "Choose what would make it right for you",
    phone_required: "Enter your phone number",
    phone_invalid: "Enter the phone number with its country code, like +39 333 123 4567",
    consent_required: "Tick the box to agree that the shop can use these details for your complaint",

    check_title: "Check your complaint before sending it",
    check_intro: "You can change anything you like before it goes to the shop.",
    change: "Change",
    topic_label: "About",
    order_label: "Order",
    items_label: "Items",
    contact_label: "Reply by",
    send: "Send my complaint",
    sending: "Sending…",
    send_failed: "Your complaint hasn't reached the shop yet. Nothing is lost.",
    queued_notice: "You're offline. Your complaint is saved on this device and goes to the shop by itself as soon as you're back online (if you close the page, the next time you open it).",
    send_retry_safe: "Trying again is safe: it will never be sent twice.",

    done_title: "We've received your complaint",
    reference_label: "Your reference",
    copy_reference: "Copy reference",
    reference_copied: "Reference copied",
    status_name: |s| match s {
        ComplaintStatus::Received => "Received",
        ComplaintStatus::InProgress => "Being handled",
        ComplaintStatus::WaitingForCustomer => "Waiting for your answer",
        ComplaintStatus::Resolved => "Resolved",
        ComplaintStatus::Closed => "Closed",
        ComplaintStatus::Unknown => "Being updated",
    },
    usually_within: |d| format!("We usually reply within {d}, counting office hours only."),
    latest_by: |t| format!("You'll hear from us by {t} at the latest."),
    office_closed: |t| format!("Our team is away right now. We're back {t}, and your complaint is first in line."),
    minutes: |n| format!("{n} minutes"),
    hours: |n| if n == 1 { "1 hour".to_owned() } else { format!("{n} hours") },
    days: |n| if n == 1 { "1 working day".to_owned() } else { format!("{n} working days") },
    what_you_sent: "What you sent",
    next_steps_title: "What happens next",
    next_steps: |channel| {
        let by = match channel {
            ContactChannel::Phone => "phone",
            ContactChannel::Whatsapp => "WhatsApp",
            ContactChannel::Sms => "text message",
            ContactChannel::Email | ContactChannel::Unknown => "e-mail",
        };
        format!("A person from our team reads your complaint and replies by {by}. If we need anything else, we'll ask.")
    },
    keep_reference: "Keep the reference: with your e-mail address it lets you follow the complaint here.",
    filed_announcement: |r| format!("Complaint sent. Your reference is {r}."),

    order_number_optional_label: "Order number (optional)",
    order_number_optional_hint: "If it's about an order, the number from your confirmation e-mail, for example SP-1001.",
    order_number_too_long: "The order number is too long: check what you entered",
    photos_label: "Photos (optional)",
    photos_hint: "Up to 5 photos of the problem, JPEG, PNG or WebP. We make them smaller before sending.",
    photos_preparing: "Preparing your photos…",
    photos_none: "None",
    photos_count: |n| if n == 1 { "1 photo".to_owned() } else { format!("{n} photos") },
    photo_remove: "Remove",
    photo_not_a_photo: |name| format!("“{name}” isn't a photo we can take: choose a JPEG, PNG or WebP image"),
    photo_too_large: |name| format!("“{name}” is larger than 25 MB: choose a smaller photo"),
    photo_unreadable: |name| format!("“{name}” couldn't be read: try another photo"),
    photos_too_many: |max| format!("You can add up to {max} photos: remove one to add another"),

    order_complaints_title: "Your complaints about this order",
    open_failed: "We couldn't open this complaint just now.",
    follow_this: "Follow this complaint",
    follow_title: "Follow your complaint",
    follow_intro: "Enter the reference from your confirmation and the e-mail address you gave us.",
    reference_field_label: "Complaint reference",
    reference_field_hint: "For example RC-4Q7K-2M9P.",
    follow_email_hint: "The one you gave when you wrote to us.",
    reference_required: "Enter the complaint reference",
    find_complaint: "Show my complaint",
    finding_complaint: "Looking for your complaint…",
    complaint_not_found: "We couldn't find a complaint with that reference and e-mail address. Check both: the reference is in your confirmation.",
    complaint_title: |r| format!("Complaint {r}"),
    refreshed: "Your complaint is up to date.",
    timeline_title: "What has happened so far",
    update_by_you: "You",
    update_by_shop: "Customer service",
    update_by_named: |name| format!("{name}, customer service"),
    channel_via: |c| match c {
        UpdateChannel::Web => "on the website",
        UpdateChannel::Email => "by e-mail",
        UpdateChannel::Phone => "by phone",
        UpdateChannel::Chat => "in chat",
        UpdateChannel::Store => "in the shop",
        UpdateChannel::Unknown => "",
    },
    photos_attached: |n| if n == 1 { "1 photo attached".to_owned() } else { format!("{n} photos attached") },
    reply_moved: |reason| format!("We moved the time of our reply: {reason}"),
    add_info_title: "Add information",
    add_info_label: "Your message",
    add_info_hint: "Answer our questions, or tell us what has changed.",
    send_message: "Send message",
    message_required: "Write your message",
    message_too_long: |max| format!("Keep it to {max} characters or fewer"),
    message_sent: "Message sent. You'll find it in the timeline.",
    message_failed: "Your message hasn't reached the shop yet. Nothing is lost, and trying again is safe.",
    closed_notice: "This complaint is closed. If something is still wrong, write to us again.",
    rate_legend: "How did we handle your complaint?",
    rate_intro: "Your rating helps the shop improve. You can send it once.",
    score_name: |n| match n {
        1 => "1 – Very dissatisfied",
        2 => "2 – Dissatisfied",
        3 => "3 – Neither",
        4 => "4 – Satisfied",
        _ => "5 – Very satisfied",
    },
    comment_label: "Anything you'd like to add? (optional)",
    send_rating: "Send rating",
    rating_required: "Choose a rating from 1 to 5",
    rated: |n| format!("You rated this {n} out of 5. Thank you."),
    rating_failed: "Your rating hasn't reached the shop yet. Try again.",
    session_expired: "For your security, please open the complaint again with its reference and your e-mail address.",
};
