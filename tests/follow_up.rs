//! Browser tests of following a complaint: opened by reference and e-mail (with GOV.UK
//! validation and an honest "not found"), its status and timeline from every channel, adding
//! information (kept on failure, one Idempotency-Key per message), and a rating sent once.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use sportello_app::{api::ApiError, i18n::Locale};
use sportello_contract::ComplaintStatus;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn open_follow_up(widget: &Mounted) {
    widget.until_text("Follow a complaint").await;
    widget.button("Follow a complaint").click();
    widget.until_text("Follow your complaint").await;
}

/// The shop resolves the followed complaint (no reply owed any more), open to a rating or not.
fn resolve(backend: &FakeBackend, can_rate: bool) {
    let mut complaint = backend.followed.borrow_mut();
    complaint.status = ComplaintStatus::Resolved;
    complaint.reply_by = None;
    complaint.can_rate = can_rate;
}

async fn open_complaint(widget: &Mounted) {
    open_follow_up(widget).await;
    widget.type_into("Complaint reference", "rc-4q7k-2m9p");
    widget.type_into("Your e-mail address", "giulia@example.com");
    widget.button("Show my complaint").click();
    widget.until_text("Complaint RC-4Q7K-2M9P").await;
}

#[wasm_bindgen_test]
async fn the_follow_up_is_offered_only_when_the_backend_has_it() {
    let widget = mount(FakeBackend::answering(Ok(order())), Locale::En);
    widget.until_text("Something wrong? Write to us").await;
    assert!(!widget.has_button("Follow a complaint"));
}

#[wasm_bindgen_test]
async fn a_complaint_opens_by_reference_and_email_and_shows_every_channel() {
    let backend = FakeBackend::with_follow_up();
    let widget = mount(backend.clone(), Locale::En);
    open_follow_up(&widget).await;

    // Nothing typed: both fields named, nothing sent.
    widget.button("Show my complaint").click();
    widget.until_text("There is a problem").await;
    let text = widget.text();
    assert!(text.contains("Enter the complaint reference"), "{text}");
    assert!(text.contains("Enter your e-mail address"), "{text}");
    assert!(backend.follow_lookups.borrow().is_empty());

    // A wrong e-mail address: the same answer as an unknown reference, and what was typed stays.
    widget.type_into("Complaint reference", "RC-4Q7K-2M9P");
    widget.type_into("Your e-mail address", "someone@example.com");
    widget.button("Show my complaint").click();
    widget
        .until_text("We couldn't find a complaint with that reference and e-mail address")
        .await;
    assert_eq!(
        widget.input_labelled("Complaint reference").value(),
        "RC-4Q7K-2M9P"
    );

    widget.type_into("Your e-mail address", "giulia@example.com");
    widget.button("Show my complaint").click();
    widget.until_text("Complaint RC-4Q7K-2M9P").await;
    let text = widget.text();
    assert!(text.contains("Being handled"), "{text}");
    assert!(text.contains("What has happened so far"), "{text}");
    assert!(text.contains("You on the website"), "{text}");
    assert!(text.contains("1 photo attached"), "{text}");
    assert!(text.contains("Marta, customer service by phone"), "{text}");
    assert!(
        text.contains("We called you: a new cup leaves the workshop tomorrow."),
        "{text}"
    );
    // Newest first: the shop's call above the customer's first message.
    assert!(
        text.find("We called you").unwrap()
            < text
                .find("One of the two cups arrived with a broken handle.")
                .unwrap(),
        "{text}"
    );
    // The shop has answered (its call is the latest word): no "we'll reply by…" any more.
    assert!(!text.contains("You'll hear from us by"), "{text}");
    assert!(!text.contains("We usually reply within"), "{text}");
    assert!(text.contains("Add information"), "{text}");
    assert!(
        !text.contains("How did we handle your complaint?"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn information_is_added_once_and_kept_when_sending_fails() {
    let backend = FakeBackend::with_follow_up();
    backend
        .message_failures
        .borrow_mut()
        .push(ApiError::Network);
    let widget = mount(backend.clone(), Locale::En);
    open_complaint(&widget).await;

    widget.button("Send message").click();
    widget.until_text("Write your message").await;
    assert!(backend.messages.borrow().is_empty());

    let words = "The handle piece is in the box too, if you need it back.";
    let area: web_sys::HtmlTextAreaElement = widget.input_labelled_any("Your message");
    area.set_value(words);
    area.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    widget.button("Send message").click();
    // The answer was lost: it may have arrived, so that is what is said.
    widget
        .until_text("We couldn't confirm that your message reached the shop.")
        .await;
    assert!(!widget.text().contains("hasn't reached the shop"));
    let area: web_sys::HtmlTextAreaElement = widget.input_labelled_any("Your message");
    assert_eq!(area.value(), words, "nothing typed is lost");

    widget.button("Send message").click();
    widget.until_text("Message sent").await;
    assert!(widget.text().contains(words));
    let messages = backend.messages.borrow();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].1, messages[1].1, "the retry reuses the key");
    assert_eq!(messages[1].0.text, words);
    let area: web_sys::HtmlTextAreaElement = widget.input_labelled_any("Your message");
    assert_eq!(area.value(), "", "ready for the next message");
}

#[wasm_bindgen_test]
async fn a_resolved_complaint_is_rated_once() {
    let backend = FakeBackend::with_follow_up();
    resolve(&backend, true);
    let widget = mount(backend.clone(), Locale::En);
    open_complaint(&widget).await;
    let text = widget.text();
    assert!(text.contains("Resolved"), "{text}");
    assert!(text.contains("This complaint is closed"), "{text}");
    assert!(!widget.has_button("Send message"));

    widget.button("Send rating").click();
    widget.until_text("Choose a rating from 1 to 5").await;
    assert!(backend.ratings.borrow().is_empty());

    widget.input_labelled("4 – Satisfied").click();
    let comment: web_sys::HtmlTextAreaElement =
        widget.input_labelled_any("Anything you'd like to add? (optional)");
    comment.set_value("  Quick and kind.  ");
    comment
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    widget.button("Send rating").click();
    widget
        .until_text("You rated this 4 out of 5. Thank you.")
        .await;
    assert!(!widget.has_button("Send rating"), "once only");
    let ratings = backend.ratings.borrow();
    assert_eq!(ratings.len(), 1);
    assert_eq!(ratings[0].score, 4);
    assert_eq!(ratings[0].comment.as_deref(), Some("Quick and kind."));
}

#[wasm_bindgen_test]
async fn the_follow_up_speaks_italian() {
    let widget = mount(FakeBackend::with_follow_up(), Locale::It);
    widget.until_text("Segui un reclamo").await;
    widget.button("Segui un reclamo").click();
    widget.until_text("Segui il tuo reclamo").await;
    widget.type_into("Codice del reclamo", "RC-4Q7K-2M9P");
    widget.type_into("Il tuo indirizzo e-mail", "giulia@example.com");
    widget.button("Mostra il mio reclamo").click();
    widget.until_text("Reclamo RC-4Q7K-2M9P").await;
    let text = widget.text();
    assert!(
        text.contains("Marta, servizio clienti al telefono"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn an_orders_complaints_open_with_the_order_token() {
    let backend = FakeBackend::with_follow_up();
    *backend.lookup_answer.borrow_mut() = Ok(sportello_contract::OrderSummary {
        access: Some(sportello_contract::OrderAccess {
            order_id: "ord_1".into(),
            token: "order-token".into(),
            expires_at: "2026-11-29T10:00:00Z".into(),
        }),
        ..order()
    });
    let widget = mount(backend.clone(), Locale::En);
    widget.until_text("Track your order").await;
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia@example.com");
    widget.button("Find my order").click();
    widget.until_text("Your complaints about this order").await;
    assert!(widget.text().contains("RC-4Q7K-2M9P · Being handled"));

    widget.button("RC-4Q7K-2M9P").click();
    widget.until_text("Complaint RC-4Q7K-2M9P").await;
    assert!(widget.text().contains("Marta, customer service by phone"));
    assert!(
        backend.follow_lookups.borrow().is_empty(),
        "no reference or e-mail asked"
    );
    // The order token also refreshes it; Back returns to the order.
    widget.button("Check for updates").click();
    widget.until_text("Your complaint is up to date.").await;
    widget.button("Back").click();
    widget.until_text("Order SP-1001").await;
}

/// The shop resolved the complaint while the customer was writing: the view refreshes to what
/// the shop has, says the message was not added, shows what was typed, and offers to write again.
#[wasm_bindgen_test]
async fn a_message_to_a_complaint_resolved_meanwhile_refreshes_and_keeps_the_words() {
    let backend = FakeBackend::with_follow_up();
    let widget = mount(backend.clone(), Locale::En);
    open_complaint(&widget).await;
    resolve(&backend, false);
    backend
        .message_failures
        .borrow_mut()
        .push(ApiError::Conflict);
    let field: web_sys::HtmlTextAreaElement = widget.input_labelled_any("Your message");
    field.set_value("The second cup is chipped too.");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    widget.button("Send message").click();
    widget.until_text("so your message wasn't added").await;
    let text = widget.text();
    assert!(text.contains("The second cup is chipped too."), "{text}");
    assert!(text.contains("Resolved"), "{text}");
    assert!(!widget.has_button("Send message"), "{text}");
    assert!(widget.has_button("Write to us again"), "{text}");
}

/// Another tab rated first: the rating shown is the one recorded, and the customer is told
/// that theirs was not.
#[wasm_bindgen_test]
async fn a_rating_refused_because_another_tab_rated_first_says_so() {
    let backend = FakeBackend::with_follow_up();
    resolve(&backend, true);
    let widget = mount(backend.clone(), Locale::En);
    open_complaint(&widget).await;
    {
        let mut complaint = backend.followed.borrow_mut();
        complaint.can_rate = false;
        complaint.rating = Some(sportello_contract::Rating {
            score: 2,
            comment: None,
        });
    }
    widget.input_labelled("5 – Very satisfied").click();
    widget.button("Send rating").click();
    widget.until_text("Your rating wasn't recorded").await;
    assert!(widget
        .text()
        .contains("You rated this 2 out of 5. Thank you."));
}
