use super::Messages;
use sportello_contract::OrderStatus;

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

    order_title: |number| format!("Order {number}"),
    placed_on: |date| format!("Placed on {date}"),
    status_label: "Status",
    items_title: "What you ordered",
    quantity_times_price: |quantity, price| format!("{quantity} × {price}"),
    total: "Total",
    no_items: "The shop has not listed the items of this order.",
    look_up_another: "Look up another order",
    order_found_announcement: |number| format!("Order {number} found."),

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
        OrderStatus::PaymentDue => "We are waiting for your payment to be confirmed before we ship.",
        OrderStatus::InTransit => "Your order has left us and is with the carrier.",
        OrderStatus::PickupAvailable => "Your order is waiting for you at the pickup point.",
        OrderStatus::Delivered => "Your order has been delivered.",
        OrderStatus::Problem => "Something needs attention on this order. We are looking into it.",
        OrderStatus::Cancelled => "This order has been cancelled.",
        OrderStatus::Returned => "Your return has reached us.",
        OrderStatus::Unknown => "The shop is updating the status of this order. Check again soon.",
    },
};
