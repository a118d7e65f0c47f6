//! Browser tests of the lookup flow: the real widget mounted in headless Chromium with a fake
//! backend; the tests type, submit and read the page as a person would.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use common::*;
use sportello_app::{api::ApiError, i18n::Locale};
use sportello_contract::LookupRequest;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_found_order_is_shown_with_items_and_total() {
    let backend = FakeBackend::answering(Ok(order()));
    let widget = mount(backend.clone(), Locale::En);
    widget
        .until_text("Track your order from Bottega Aurora")
        .await;

    widget.type_into("Order number", " #sp-1001 ");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();

    widget.until_text("Order SP-1001").await;
    let text = widget.text();
    assert!(text.contains("On its way"), "{text}");
    assert!(
        text.contains("Your order has left us and is with the carrier."),
        "{text}"
    );
    assert!(text.contains("Tazza in ceramica di Deruta"), "{text}");
    assert!(text.contains("2 × €18.50"), "{text}");
    assert!(text.contains("€37.00"), "{text}");
    assert!(text.contains("Total"), "{text}");
    assert!(text.contains("€43.90"), "{text}");
    assert!(text.contains("November 18, 2026"), "{text}");
    assert_eq!(widget.status_text(), "Order SP-1001 found.");
    // The request carried the normalised number and the trimmed e-mail.
    assert_eq!(
        backend.requests.borrow().as_slice(),
        [LookupRequest::ByEmail {
            order_number: "SP-1001".into(),
            email: "giulia.rossi@example.com".into()
        }]
    );
    // Focus moves to the order's heading so screen readers start there.
    until("focus on the order's heading", || {
        widget.active_element_text() == "Order SP-1001"
    })
    .await;
}

#[wasm_bindgen_test]
async fn going_back_keeps_what_was_typed() {
    let widget = mount(FakeBackend::answering(Ok(order())), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("Order SP-1001").await;
    widget.button("Look up another order").click();
    widget.until_text("Find my order").await;
    assert_eq!(widget.input_labelled("Order number").value(), "SP-1001");
    assert_eq!(
        widget.input_labelled("E-mail address").value(),
        "giulia.rossi@example.com"
    );
}

#[wasm_bindgen_test]
async fn empty_and_malformed_input_get_a_summary_and_field_messages() {
    let backend = FakeBackend::answering(Ok(order()));
    let widget = mount(backend.clone(), Locale::En);
    widget.button("Find my order").click();
    widget.until_text("There is a problem").await;
    let text = widget.text();
    assert!(text.contains("Enter your order number"), "{text}");
    assert!(text.contains("Enter your e-mail address"), "{text}");
    // The summary takes focus and its links lead to the fields.
    until("focus on the error summary", || {
        widget.active_element_text().contains("There is a problem")
    })
    .await;
    let input = widget.input_labelled("E-mail address");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("-error"))
        .unwrap();
    let error = widget
        .root
        .query_selector(&format!("#{error_id}"))
        .unwrap()
        .unwrap();
    assert!(error
        .text_content()
        .unwrap()
        .contains("Enter your e-mail address"));

    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.example.com");
    widget.button("Find my order").click();
    widget
        .until_text("Enter an e-mail address in the correct format, like name@example.com")
        .await;
    let alerts = widget.alert_texts().join("\n");
    assert!(!alerts.contains("Enter your order number"), "{alerts}");
    // The summary's link moves focus to the field it names (the host page's hash stays).
    let link: web_sys::HtmlElement = widget
        .root
        .query_selector("[role=alert] a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    link.click();
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        focused.id(),
        widget.input_labelled("E-mail address").id(),
        "focus on the e-mail field"
    );
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), hash);
    // Nothing was sent, and nothing typed was lost.
    assert!(backend.requests.borrow().is_empty());
    assert_eq!(
        widget.input_labelled("E-mail address").value(),
        "giulia.example.com"
    );
}

/// Fields the backend rejects (422 with `invalid_params`) are marked like the form's own checks:
/// the summary and the field's message, with what was typed kept.
#[wasm_bindgen_test]
async fn fields_the_backend_rejects_are_marked_on_the_form() {
    let rejected = vec![sportello_contract::InvalidParam {
        name: "email".into(),
        reason: "not a deliverable address".into(),
    }];
    let widget = mount(
        FakeBackend::answering(Err(ApiError::Invalid(rejected))),
        Locale::En,
    );
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("There is a problem").await;
    let alerts = widget.alert_texts().join("\n");
    assert!(
        alerts.contains("Enter an e-mail address in the correct format"),
        "{alerts}"
    );
    assert!(!alerts.contains("order number"), "{alerts}");
    let input = widget.input_labelled("E-mail address");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.value(), "giulia.rossi@example.com");
    assert_eq!(
        widget
            .input_labelled("Order number")
            .get_attribute("aria-invalid"),
        None
    );
}

#[wasm_bindgen_test]
async fn not_found_explains_what_to_check() {
    let widget = mount(FakeBackend::answering(Err(ApiError::NotFound)), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "someone@example.com");
    widget.button("Find my order").click();
    widget
        .until_text("We couldn't find an order with that number and e-mail address.")
        .await;
    assert!(widget
        .alert_texts()
        .iter()
        .any(|a| a.contains("Check the order number")));
    // Trying again cannot help with wrong details: no retry button, the form stays.
    assert!(!widget.has_button("Try again"));
    assert_eq!(
        widget.input_labelled("E-mail address").value(),
        "someone@example.com"
    );
}

#[wasm_bindgen_test]
async fn a_network_failure_offers_to_try_again() {
    let backend = FakeBackend::answering(Err(ApiError::Network));
    let widget = mount(backend.clone(), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("We couldn't reach the shop.").await;

    *backend.lookup_answer.borrow_mut() = Ok(order());
    widget.button("Try again").click();
    widget.until_text("Order SP-1001").await;
    assert_eq!(backend.requests.borrow().len(), 2);
}

#[wasm_bindgen_test]
async fn server_errors_show_the_reference() {
    let widget = mount(
        FakeBackend::answering(Err(ApiError::Server {
            status: 500,
            reference: Some("req-42".into()),
        })),
        Locale::En,
    );
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget
        .until_text("Something went wrong on the shop's side.")
        .await;
    assert!(widget.text().contains("quote this reference: req-42"));
}

#[wasm_bindgen_test]
async fn the_form_shows_it_is_searching() {
    let mut fake = Rc::try_unwrap(FakeBackend::answering(Ok(order())))
        .unwrap_or_else(|_| unreachable!("a fresh backend has one owner"));
    fake.delay_ms = 300;
    let backend = Rc::new(fake);
    let widget = mount(backend.clone(), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("Looking for your order…").await;
    // A second press while searching sends nothing more.
    widget.button("Looking for your order…").click();
    widget.until_text("Order SP-1001").await;
    assert_eq!(backend.requests.borrow().len(), 1);
}

#[wasm_bindgen_test]
async fn italian_throughout() {
    let widget = mount(FakeBackend::answering(Ok(order())), Locale::It);
    widget
        .until_text("Traccia il tuo ordine su Bottega Aurora")
        .await;
    widget.button("Trova il mio ordine").click();
    widget.until_text("C'è un problema").await;
    assert!(widget.text().contains("Inserisci il numero d'ordine"));
    widget.type_into("Numero d'ordine", "SP-1001");
    widget.type_into("Indirizzo e-mail", "giulia.rossi@example.com");
    widget.button("Trova il mio ordine").click();
    widget.until_text("Ordine SP-1001").await;
    let text = widget.text();
    assert!(text.contains("In viaggio"), "{text}");
    assert!(text.contains("18 novembre 2026"), "{text}");
    assert!(text.contains("43,90"), "{text}");
    assert!(text.contains("Totale"), "{text}");
    assert_eq!(
        widget
            .root
            .first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("it")
    );
}

/// A page that names no language the widget speaks gets the shop's default (Italian in the
/// fake's config) once the config arrives; the visitor can still pick another.
#[wasm_bindgen_test]
async fn shop_language_when_the_page_names_none() {
    let widget = common::mount_config(FakeBackend::answering(Ok(order())), None, None);
    widget
        .until_text("Traccia il tuo ordine su Bottega Aurora")
        .await;
    let root = widget.root.first_element_child().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("it"));
    let picker: web_sys::HtmlSelectElement = widget.input_labelled_any("Lingua");
    picker.set_value("de");
    picker
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    widget
        .until_text("Ihre Bestellung bei Bottega Aurora verfolgen")
        .await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));
}

#[wasm_bindgen_test]
async fn backend_text_is_inert() {
    let mut hostile = order();
    hostile.number = "<img src=x onerror=\"window.__pwned=1\">".into();
    hostile.items[0].name = "<script>window.__pwned=1</script>".into();
    let widget = mount(FakeBackend::answering(Ok(hostile)), Locale::En);
    widget.type_into("Order number", "SP-1001");
    widget.type_into("E-mail address", "giulia.rossi@example.com");
    widget.button("Find my order").click();
    widget.until_text("<script>window.__pwned=1</script>").await;
    assert!(widget.root.query_selector("img, script").unwrap().is_none());
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn after_a_crash_the_customer_sees_a_way_forward() {
    let widget = mount(FakeBackend::answering(Ok(order())), Locale::It);
    widget.until_text("Traccia il tuo ordine").await;
    sportello_app::crash::show_notice(&widget.root, Locale::It);
    let alerts = widget.alert_texts();
    assert_eq!(alerts.len(), 1);
    assert!(
        alerts[0].contains("questo pannello di assistenza ha smesso di funzionare"),
        "{alerts:?}"
    );
    let link = widget
        .root
        .query_selector("[role=alert] a")
        .unwrap()
        .unwrap();
    assert_eq!(link.text_content().as_deref(), Some("Ricarica la pagina"));
    assert_eq!(link.get_attribute("href").as_deref(), Some(""));
}

#[wasm_bindgen_test]
async fn the_customer_can_switch_language_without_losing_what_they_typed() {
    let widget = mount(FakeBackend::answering(Ok(order())), Locale::It);
    widget.until_text("Traccia il tuo ordine").await;
    widget.type_into("Numero d'ordine", "SP-1001");
    let select: web_sys::HtmlSelectElement = widget.input_labelled_any("Lingua");
    select.set_value("en");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    widget.until_text("Track your order").await;
    assert_eq!(
        widget
            .root
            .first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(widget.input_labelled("Order number").value(), "SP-1001");
    // The picker now reads in English, and still lists each language in its own name.
    let select: web_sys::HtmlSelectElement = widget.input_labelled_any("Language");
    assert_eq!(select.value(), "en");
    let names: Vec<String> = (0..select.length())
        .map(|i| select.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Italiano", "English", "Deutsch", "Français", "Español"]
    );
}
