//! Browser tests of the complaint flow: topic, help answers, the form with GOV.UK validation,
//! check answers, acknowledgement; the draft kept across a remount; one Idempotency-Key reused
//! on a retry.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use sportello_app::{api::ApiError, i18n::Locale};
use sportello_contract::{
    ComplaintTopic, ContactChannel, DesiredResolution, LookupRequest, OrderAccess, OrderSummary,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn open_form(widget: &Mounted) {
    widget.until_text("Something wrong? Write to us").await;
    widget.button("Something wrong? Write to us").click();
    widget.until_text("What is it about?").await;
    widget.button("Something arrived damaged").click();
    widget.until_text("An item arrived damaged").await;
    widget.button("I still want to write to you").click();
    widget.until_text("Tell us what happened").await;
}

fn fill_in(widget: &Mounted) {
    widget.type_into(
        "What happened?",
        "One of the two cups arrived with a broken handle.",
    );
    widget.input_labelled("A replacement").click();
    widget.type_into("Your e-mail address", "giulia.rossi@example.com");
    widget
        .input_labelled("I agree that the shop uses these details to handle my complaint.")
        .click();
}

#[wasm_bindgen_test]
async fn a_complaint_goes_from_topic_to_reference_number() {
    let backend = FakeBackend::answering(Ok(order()));
    let shop = fresh_shop();
    let widget = mount_at(&shop, backend.clone(), Locale::En);
    open_form(&widget).await;
    assert_eq!(backend.feedback.borrow().len(), 1);
    assert!(!backend.feedback.borrow()[0].solved);

    // Nothing filled in: a summary that takes focus, and a message per field.
    widget.button("Continue").click();
    widget.until_text("There is a problem").await;
    let text = widget.text();
    for message in [
        "Tell us what happened",
        "Choose what would make it right for you",
        "Enter your e-mail address",
        "Tick the box to agree that the shop can use these details for your complaint",
    ] {
        assert!(text.contains(message), "{message} missing in {text}");
    }
    until("focus on the error summary", || {
        widget
            .active_element_text()
            .starts_with("There is a problem")
    })
    .await;

    fill_in(&widget);
    widget.button("Continue").click();
    widget
        .until_text("Check your complaint before sending it")
        .await;
    let text = widget.text();
    assert!(text.contains("Something arrived damaged"), "{text}");
    assert!(
        text.contains("One of the two cups arrived with a broken handle."),
        "{text}"
    );
    assert!(text.contains("A replacement"), "{text}");

    widget.button("Send my complaint").click();
    widget.until_text("We've received your complaint").await;
    let text = widget.text();
    assert!(text.contains("RC-4Q7K-2M9P"), "{text}");
    assert!(text.contains("Received"), "{text}");
    assert!(
        text.contains("We usually reply within 3 hours, counting office hours only."),
        "{text}"
    );
    assert!(text.contains("at the latest"), "{text}");
    assert!(text.contains("Our team is away right now."), "{text}");
    assert_eq!(
        widget.status_text(),
        "Complaint sent. Your reference is RC-4Q7K-2M9P."
    );

    let filed = backend.complaints.borrow();
    assert_eq!(filed.len(), 1);
    let (request, key) = &filed[0];
    assert_eq!(request.topic, ComplaintTopic::DamagedItem);
    assert_eq!(request.resolution, DesiredResolution::Replacement);
    assert_eq!(request.contact.channel, ContactChannel::Email);
    assert_eq!(request.locale.as_deref(), Some("en"));
    assert_eq!(key.len(), 36, "a UUID: {key}");
    // Filed: nothing is left in the browser.
    assert_eq!(stored_draft(&shop), None);
}

#[wasm_bindgen_test]
async fn a_failed_send_is_retried_with_the_same_key() {
    let backend = FakeBackend::answering(Ok(order()));
    backend
        .complaint_answers
        .borrow_mut()
        .push(Err(ApiError::Network));
    let widget = mount(backend.clone(), Locale::En);
    open_form(&widget).await;
    fill_in(&widget);
    widget.button("Continue").click();
    widget.until_text("Check your complaint").await;
    widget.button("Send my complaint").click();
    widget
        .until_text("We couldn't confirm that your complaint reached the shop.")
        .await;
    assert!(widget.text().contains("Trying again is safe"));
    widget.button("Try again").click();
    widget.until_text("RC-4Q7K-2M9P").await;
    let filed = backend.complaints.borrow();
    assert_eq!(filed.len(), 2);
    assert_eq!(filed[0].1, filed[1].1);
}

/// The order's token ran out while the tab was open: Send gets 401. The customer confirms the
/// order with the e-mail address already filled in, and the same complaint goes with the same
/// key and the new token.
#[wasm_bindgen_test]
async fn an_order_link_that_ran_out_is_confirmed_again_and_the_same_complaint_sent() {
    let with_token = |token: &str| OrderSummary {
        access: Some(OrderAccess {
            order_id: "ord_1".into(),
            token: token.into(),
            expires_at: "2026-12-01T10:00:00Z".into(),
        }),
        ..order()
    };
    let backend = FakeBackend::answering(Ok(with_token("first")));
    backend
        .complaint_answers
        .borrow_mut()
        .push(Err(ApiError::Unauthorized));
    let widget = mount(backend.clone(), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("Report a problem with this order").await;
    *backend.lookup_answer.borrow_mut() = Ok(with_token("second"));
    widget.button("Report a problem with this order").click();
    widget.until_text("What is it about?").await;
    widget.button("Something arrived damaged").click();
    widget.until_text("I still want to write to you").await;
    widget.button("I still want to write to you").click();
    widget.until_text("Tell us what happened").await;
    fill_in(&widget);
    widget.button("Continue").click();
    widget.until_text("Check your complaint").await;
    widget.button("Send my complaint").click();

    widget.until_text("Please confirm your order again").await;
    let text = widget.text();
    assert!(!text.contains("went wrong"), "{text}");
    assert!(!widget.has_button("Send my complaint"), "{text}");
    assert_eq!(
        widget.input_labelled("E-mail address").value(),
        "giulia.rossi@example.com"
    );
    until("focus on the request to confirm", || {
        widget.active_element_text() == "Please confirm your order again"
    })
    .await;

    // An empty address is named, and nothing is asked of the shop.
    widget.type_into("E-mail address", " ");
    widget.button("Confirm and send").click();
    widget.until_text("Enter your e-mail address").await;
    assert_eq!(backend.requests.borrow().len(), 1);

    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Confirm and send").click();
    widget.until_text("RC-4Q7K-2M9P").await;
    let filed = backend.complaints.borrow();
    assert_eq!(filed.len(), 2);
    assert_eq!(filed[0].1, filed[1].1, "the same Idempotency-Key");
    assert_eq!(filed[0].0, filed[1].0, "the same complaint");
    assert_eq!(
        *backend.complaint_tokens.borrow(),
        [Some("first".to_owned()), Some("second".to_owned())]
    );
    let asked = backend.requests.borrow();
    assert_eq!(
        asked.last(),
        Some(&LookupRequest::ByEmail {
            order_number: "SP-1001".into(),
            email: "giulia.rossi@example.com".into(),
        })
    );
}

#[wasm_bindgen_test]
async fn the_draft_survives_closing_the_widget() {
    let backend = FakeBackend::answering(Ok(order()));
    let shop = fresh_shop();
    {
        let widget = mount_at(&shop, backend.clone(), Locale::En);
        open_form(&widget).await;
        widget.type_into(
            "What happened?",
            "The parcel was left in the rain and soaked.",
        );
        widget.input_labelled("WhatsApp").click();
        widget.until_text("Phone number").await;
        widget.type_into("Phone number", "+39 333 123 4567");
        until("the phone number kept in the draft", || {
            stored_draft(&shop).is_some_and(|d| d.contains("+39 333 123 4567"))
        })
        .await;
    }
    // Another shop's widget on the same page does not see this shop's draft.
    let other = mount(backend.clone(), Locale::En);
    other.until_text("Something wrong? Write to us").await;
    assert!(!other.text().contains("We kept what you wrote last time."));
    drop(other);
    let widget = mount_at(&shop, backend, Locale::En);
    widget.until_text("We kept what you wrote last time.").await;
    frames(2).await;
    let description = widget.input_labelled_any::<web_sys::HtmlTextAreaElement>("What happened?");
    let stored = stored_draft(&shop);
    assert_eq!(
        description.value(),
        "The parcel was left in the rain and soaked.",
        "stored: {stored:?}"
    );
    assert_eq!(
        widget.input_labelled("Phone number").value(),
        "+39 333 123 4567"
    );
    // Consent is asked afresh.
    assert!(!widget
        .input_labelled("I agree that the shop uses these details to handle my complaint.")
        .checked());
    // "Start over" forgets it all, the phone number included, and begins at the topics.
    widget.button("Start over").click();
    widget.until_text("What is it about?").await;
    until("the draft forgotten", || {
        stored_draft(&shop).is_none_or(|d| !d.contains("+39 333"))
    })
    .await;
    assert!(!widget.text().contains("We kept what you wrote last time."));
}

#[wasm_bindgen_test]
async fn a_draft_left_for_more_than_a_day_is_forgotten_unseen() {
    let backend = FakeBackend::answering(Ok(order()));
    let shop = fresh_shop();
    let day_and_a_bit = (js_sys::Date::now() / 1000.0) as i64 - 25 * 3600;
    let key = format!("sportello.complaint-draft:{shop}");
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            &key,
            &format!(r#"{{"description":"Left on a shared computer.","phone":"+39 333 999 0000","saved_at":{day_and_a_bit}}}"#),
        )
        .unwrap();
    let widget = mount_at(&shop, backend, Locale::En);
    widget.until_text("Something wrong? Write to us").await;
    assert!(!widget.text().contains("We kept what you wrote last time."));
    assert_eq!(
        storage.get_item(&key).unwrap(),
        None,
        "the old draft is removed"
    );
}

#[wasm_bindgen_test]
async fn a_help_answer_that_solves_it_is_counted_and_nothing_is_filed() {
    let backend = FakeBackend::answering(Ok(order()));
    let widget = mount(backend.clone(), Locale::It);
    widget.until_text("Qualcosa non va? Scrivici").await;
    widget.button("Qualcosa non va? Scrivici").click();
    widget.until_text("Di cosa si tratta?").await;
    widget.button("Qualcosa è arrivato danneggiato").click();
    widget.until_text("An item arrived damaged").await;
    widget.button("Ho risolto").click();
    widget
        .until_text("Siamo contenti di esserti stati utili.")
        .await;
    let feedback = backend.feedback.borrow();
    assert_eq!(feedback.len(), 1);
    assert!(feedback[0].solved);
    assert_eq!(feedback[0].answer_id.as_deref(), Some("damaged-photos"));
    assert!(backend.complaints.borrow().is_empty());
}

/// A PNG of the given size, drawn by the browser (as a phone's camera roll would hand it over).
fn png(width: u32, height: u32) -> Vec<u8> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").unwrap().unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    context.set_fill_style_str("#c33");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height) / 2.0);
    let url = canvas.to_data_url_with_type("image/png").unwrap();
    let binary = web_sys::window()
        .unwrap()
        .atob(url.split_once(',').unwrap().1)
        .unwrap();
    binary.chars().map(|c| c as u8).collect()
}

fn file(bytes: &[u8], name: &str, content_type: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(content_type);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).unwrap()
}

/// Hands files to the file input labelled `label`, as the file dialog does.
fn choose(widget: &Mounted, label: &str, files: &[web_sys::File]) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    for file in files {
        transfer.items().add_with_file(file).unwrap();
    }
    let input = widget.input_labelled(label);
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Width and height of an uploaded photo, decoded by the browser.
async fn dimensions(base64: &str) -> (u32, u32) {
    use wasm_bindgen::JsCast;
    let binary = web_sys::window().unwrap().atob(base64).unwrap();
    let bytes: Vec<u8> = binary.chars().map(|c| c as u8).collect();
    let blob = file(&bytes, "x.jpg", "image/jpeg");
    let promise = web_sys::window()
        .unwrap()
        .create_image_bitmap_with_blob(&blob)
        .unwrap();
    let bitmap: web_sys::ImageBitmap = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .unwrap()
        .unchecked_into();
    (bitmap.width(), bitmap.height())
}

#[wasm_bindgen_test]
async fn photos_are_checked_downscaled_and_sent_then_the_complaint_is_followed() {
    let backend = FakeBackend::with_follow_up();
    let widget = mount(backend.clone(), Locale::En);
    open_form(&widget).await;
    choose(
        &widget,
        "Photos (optional)",
        &[
            file(&png(3200, 2400), "IMG_2041.png", "image/png"),
            file(b"GIF89a", "notes.gif", "image/gif"),
        ],
    );
    widget.until_text("IMG_2041.jpg").await;
    widget
        .until_text("“notes.gif” isn't a photo we can take")
        .await;
    assert!(widget.has_button("Remove IMG_2041.jpg"));

    // Without a token-proven order, the customer may give the order number.
    widget.type_into("Order number (optional)", " SP-1002 ");
    fill_in(&widget);
    widget.button("Continue").click();
    widget.until_text("Check your complaint").await;
    let text = widget.text();
    assert!(text.contains("1 photo: IMG_2041.jpg"), "{text}");
    assert!(text.contains("SP-1002"), "{text}");
    widget.button("Send my complaint").click();
    widget.until_text("We've received your complaint").await;

    let (request, _) = backend.complaints.borrow()[0].clone();
    assert_eq!(request.order_number.as_deref(), Some("SP-1002"));
    assert_eq!(request.photos.len(), 1);
    let photo = &request.photos[0];
    assert_eq!(photo.content_type, "image/jpeg");
    assert_eq!(photo.name, "IMG_2041.jpg");
    assert_eq!(dimensions(&photo.data).await, (1600, 1200));

    widget.button("Follow this complaint").click();
    widget.until_text("Complaint RC-4Q7K-2M9P").await;
    assert!(widget.text().contains("Received"));
    // The shop calls back; the customer checks for updates with the token filing granted.
    widget.button("Check for updates").click();
    widget.until_text("Marta, customer service by phone").await;
    assert_eq!(widget.status_text(), "Your complaint is up to date.");
}

/// Plural words are chosen by the browser's `Intl.PluralRules`: French puts 0 with 1 ("0 heure"),
/// English does not; Italian has a category for millions. The same cases as the native test of
/// `format::plural`, so the two agree.
#[wasm_bindgen_test]
fn plural_words_follow_the_browsers_rules() {
    use sportello_app::format::{plural, Plural};
    for (locale, n, expected) in [
        (Locale::En, 1.0, Plural::One),
        (Locale::En, 0.0, Plural::Other),
        (Locale::Fr, 0.0, Plural::One),
        (Locale::Fr, 2.0, Plural::Other),
        (Locale::It, 1_000_000.0, Plural::Many),
        (Locale::De, 1_000_000.0, Plural::Other),
        (Locale::Es, 21.0, Plural::Other),
    ] {
        assert_eq!(plural(locale, n), expected, "{locale:?} {n}");
    }
    assert_eq!((Locale::Fr.messages().complaints().hours)(0), "0 heure");
    assert_eq!((Locale::En.messages().complaints().hours)(0), "0 hours");
    assert_eq!(
        (Locale::It.messages().complaints().photos_count)(1),
        "1 foto"
    );
    assert_eq!((Locale::De.messages().complaints().days)(1), "1 Werktag");
}

/// The order-number hint of a complaint without an order gives the shop's own example (its
/// config), and none when the shop names none: never the demo shop's SP-1001.
#[wasm_bindgen_test]
async fn the_order_number_hint_gives_the_shops_own_example() {
    let backend = FakeBackend::answering(Ok(order()));
    *backend.lookup_settings.borrow_mut() = Some(sportello_contract::LookupSettings {
        order_number_example: Some("KR-100042".into()),
        ..Default::default()
    });
    let widget = mount(backend, Locale::En);
    open_form(&widget).await;
    let text = widget.text();
    assert!(
        text.contains("the number from your confirmation e-mail, for example KR-100042."),
        "{text}"
    );
    assert!(!text.contains("SP-1001"), "{text}");
    drop(widget);

    let widget = mount(FakeBackend::answering(Ok(order())), Locale::En);
    open_form(&widget).await;
    let text = widget.text();
    assert!(
        text.contains("the number from your confirmation e-mail."),
        "{text}"
    );
    assert!(!text.contains("for example SP-1001"), "{text}");
}
