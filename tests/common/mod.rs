//! Shared by the browser tests: a scripted fake backend and helpers that read the DOM as a
//! person would (labels, buttons by their text, alerts, the live region).
#![allow(dead_code)]

use std::{cell::RefCell, rc::Rc};

use sportello_app::{
    api::{ApiError, Backend, Calls, ComplaintKey, LocalFuture, Shop},
    config::WidgetConfig,
    i18n::Locale,
    mount_widget,
};
use sportello_contract::{
    Capabilities, Complaint, ComplaintAccess, ComplaintLookup, ComplaintMessage, ComplaintRequest,
    ComplaintStatus, ComplaintSummary, ComplaintTopic, ComplaintUpdate, HelpAnswer, HelpAnswers,
    HelpFeedback, LookupRequest, OrderAccess, OrderItem, OrderStatus, OrderSummary, ParcelRequest,
    ParcelRequestRecord, Rating, ReplyBy, ShopConfig, Subscription, SubscriptionRequest,
    UpdateAuthor, UpdateChannel,
};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// A backend that answers from a script and remembers what it was asked.
pub struct FakeBackend {
    pub lookup_answer: RefCell<Result<OrderSummary, ApiError>>,
    pub requests: RefCell<Vec<LookupRequest>>,
    pub refresh_answer: RefCell<Option<Result<OrderSummary, ApiError>>>,
    pub subscriptions: RefCell<Vec<SubscriptionRequest>>,
    pub delay_ms: u32,
    /// Complaints filed, with their Idempotency-Key.
    pub complaints: RefCell<Vec<(ComplaintRequest, String)>>,
    /// The order token each filing carried.
    pub complaint_tokens: RefCell<Vec<Option<String>>>,
    /// Scripted answers to filing, used in order; then success.
    pub complaint_answers: RefCell<Vec<Result<Complaint, ApiError>>>,
    pub feedback: RefCell<Vec<HelpFeedback>>,
    /// What the shop's configuration offers.
    pub capabilities: std::cell::Cell<Capabilities>,
    /// The complaint the follow-up finds (by `RC-4Q7K-2M9P` and `giulia@example.com`).
    pub followed: RefCell<Complaint>,
    /// Follow-up lookups, messages (with their Idempotency-Key) and ratings received.
    pub follow_lookups: RefCell<Vec<ComplaintLookup>>,
    pub messages: RefCell<Vec<(ComplaintMessage, String)>>,
    /// Scripted failures of adding a message, used in order; then success.
    pub message_failures: RefCell<Vec<ApiError>>,
    pub ratings: RefCell<Vec<Rating>>,
    /// Parcel requests received: the parcel, the request, its Idempotency-Key.
    pub parcel_requests: RefCell<Vec<(String, ParcelRequest, String)>>,
    /// Scripted failures of parcel requests, used in order; then success.
    pub parcel_failures: RefCell<Vec<ApiError>>,
    /// The shop's lookup settings in its config (none: the contract's defaults).
    pub lookup_settings: RefCell<Option<sportello_contract::LookupSettings>>,
}

/// A complaint being handled: the customer's words, then a call from the shop.
pub fn followed_complaint() -> Complaint {
    Complaint {
        status: ComplaintStatus::InProgress,
        updates: vec![
            ComplaintUpdate {
                at: "2026-11-28T19:00:00Z".into(),
                channel: UpdateChannel::Web,
                author: UpdateAuthor::Customer,
                author_name: None,
                text: "One of the two cups arrived with a broken handle.".into(),
                photos: 1,
            },
            ComplaintUpdate {
                at: "2026-11-30T09:12:00Z".into(),
                channel: UpdateChannel::Phone,
                author: UpdateAuthor::Shop,
                author_name: Some("Marta".into()),
                text: "We called you: a new cup leaves the workshop tomorrow.".into(),
                photos: 0,
            },
        ],
        ..acknowledgement()
    }
}

/// The acknowledgement the fake backend gives: received, office closed until Monday.
pub fn acknowledgement() -> Complaint {
    Complaint {
        reference: "RC-4Q7K-2M9P".into(),
        status: ComplaintStatus::Received,
        created_at: "2026-11-28T19:00:00Z".into(),
        description: "One of the two cups arrived with a broken handle.".into(),
        reply_by: Some(ReplyBy {
            usually_within_minutes: 180,
            latest_at: "2026-12-01T09:00:00Z".into(),
            office_open: false,
            opens_at: Some("2026-11-30T08:00:00Z".into()),
            moved_reason: None,
        }),
        access: Some(ComplaintAccess {
            token: "complaint-token".into(),
            expires_at: "2026-12-28T19:00:00Z".into(),
        }),
        ..Complaint::default()
    }
}

impl FakeBackend {
    pub fn answering(answer: Result<OrderSummary, ApiError>) -> Rc<FakeBackend> {
        Rc::new(FakeBackend {
            lookup_answer: RefCell::new(answer),
            requests: RefCell::new(Vec::new()),
            refresh_answer: RefCell::new(None),
            subscriptions: RefCell::new(Vec::new()),
            delay_ms: 0,
            complaints: RefCell::new(Vec::new()),
            complaint_tokens: RefCell::new(Vec::new()),
            complaint_answers: RefCell::new(Vec::new()),
            feedback: RefCell::new(Vec::new()),
            capabilities: std::cell::Cell::new(Capabilities {
                complaints: true,
                help: true,
                complaint_photos: false,
                complaint_follow_up: false,
                parcel_requests: false,
            }),
            followed: RefCell::new(followed_complaint()),
            follow_lookups: RefCell::new(Vec::new()),
            messages: RefCell::new(Vec::new()),
            message_failures: RefCell::new(Vec::new()),
            ratings: RefCell::new(Vec::new()),
            parcel_requests: RefCell::new(Vec::new()),
            parcel_failures: RefCell::new(Vec::new()),
            lookup_settings: RefCell::new(None),
        })
    }

    /// A backend that also offers photos and the follow-up.
    pub fn with_follow_up() -> Rc<FakeBackend> {
        let backend = FakeBackend::answering(Ok(order()));
        backend.capabilities.set(Capabilities {
            complaints: true,
            help: true,
            complaint_photos: true,
            complaint_follow_up: true,
            parcel_requests: false,
        });
        backend
    }
}

thread_local! {
    static SHOPS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The `api-base` of a shop no other widget of the run uses: a widget keeps its complaint draft
/// under its shop's key, so the tests, which the harness runs concurrently on one page, never
/// see each other's drafts.
pub fn fresh_shop() -> String {
    SHOPS.with(|n| {
        n.set(n.get() + 1);
        format!("/v1/shop-{}", n.get())
    })
}

/// The complaint draft the widgets of `shop` keep in the browser, if any.
pub fn stored_draft(shop: &str) -> Option<String> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .get_item(&format!("sportello.complaint-draft:{shop}"))
        .unwrap()
}

/// Waits (bounded, about 2 s) until `condition` holds; panics saying `what` never happened.
pub async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..100 {
        if condition() {
            return;
        }
        sleep(20).await;
    }
    panic!("{what} never happened");
}

/// Waits until the browser has rendered `count` more frames: by then every animation-frame
/// callback queued before the call (focus moves, batches of a long list) has run. For checks that
/// something did *not* happen, instead of a fixed wait.
pub async fn frames(count: u32) {
    for _ in 0..count {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

impl Backend for FakeBackend {
    fn config(&self) -> LocalFuture<'_, Result<Shop, ApiError>> {
        Box::pin(async {
            Ok(Shop::of(&ShopConfig {
                shop_name: "Bottega Aurora".into(),
                default_locale: "it".into(),
                supported_locales: vec!["it".into(), "en".into()],
                contract_version: "1.2.0".into(),
                capabilities: self.capabilities.get(),
                support: None,
                lookup: self.lookup_settings.borrow().clone(),
                phone_country: None,
            }))
        })
    }

    fn lookup(&self, request: LookupRequest) -> LocalFuture<'_, Result<OrderSummary, ApiError>> {
        self.requests.borrow_mut().push(request);
        Box::pin(async move {
            if self.delay_ms > 0 {
                sleep(self.delay_ms).await;
            }
            self.lookup_answer.borrow().clone()
        })
    }
}

impl Calls for FakeBackend {
    fn refresh(&self, _access: OrderAccess) -> LocalFuture<'_, Result<OrderSummary, ApiError>> {
        Box::pin(async move {
            let scripted = self.refresh_answer.borrow().clone();
            scripted.unwrap_or_else(|| self.lookup_answer.borrow().clone())
        })
    }

    fn help(
        &self,
        topic: ComplaintTopic,
        _locale: &'static str,
    ) -> LocalFuture<'_, Result<HelpAnswers, ApiError>> {
        Box::pin(async move {
            Ok(HelpAnswers {
                topic,
                answers: vec![HelpAnswer {
                    id: "damaged-photos".into(),
                    title: "An item arrived damaged".into(),
                    body: "Send us a photo and we replace it at once.".into(),
                    link: None,
                }],
            })
        })
    }

    fn help_feedback(&self, feedback: HelpFeedback) -> LocalFuture<'_, Result<(), ApiError>> {
        self.feedback.borrow_mut().push(feedback);
        Box::pin(async { Ok(()) })
    }

    fn file_complaint(
        &self,
        request: ComplaintRequest,
        key: String,
        access: Option<OrderAccess>,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        self.complaints.borrow_mut().push((request, key));
        self.complaint_tokens
            .borrow_mut()
            .push(access.map(|a| a.token));
        Box::pin(async move {
            let mut scripted = self.complaint_answers.borrow_mut();
            if scripted.is_empty() {
                Ok(acknowledgement())
            } else {
                scripted.remove(0)
            }
        })
    }

    fn order_complaints(
        &self,
        _access: OrderAccess,
    ) -> LocalFuture<'_, Result<Vec<ComplaintSummary>, ApiError>> {
        Box::pin(async move {
            let complaint = self.followed.borrow();
            Ok(vec![ComplaintSummary {
                reference: complaint.reference.clone(),
                status: complaint.status,
                topic: complaint.topic,
                created_at: complaint.created_at.clone(),
            }])
        })
    }

    fn find_complaint(
        &self,
        lookup: ComplaintLookup,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        self.follow_lookups.borrow_mut().push(lookup.clone());
        Box::pin(async move {
            if lookup.reference == "RC-4Q7K-2M9P" && lookup.email == "giulia@example.com" {
                Ok(self.followed.borrow().clone())
            } else {
                Err(ApiError::NotFound)
            }
        })
    }

    fn complaint(&self, access: ComplaintKey) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            // The complaint's own token, or the token of its order.
            if access.token == "complaint-token" || access.token == "order-token" {
                let mut complaint = self.followed.borrow().clone();
                complaint.access = None;
                Ok(complaint)
            } else {
                Err(ApiError::Unauthorized)
            }
        })
    }

    fn add_message(
        &self,
        _access: ComplaintKey,
        message: ComplaintMessage,
        key: String,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        self.messages.borrow_mut().push((message.clone(), key));
        Box::pin(async move {
            let mut failures = self.message_failures.borrow_mut();
            if !failures.is_empty() {
                return Err(failures.remove(0));
            }
            let mut complaint = self.followed.borrow_mut();
            complaint.updates.push(ComplaintUpdate {
                at: "2026-11-30T10:00:00Z".into(),
                channel: UpdateChannel::Web,
                author: UpdateAuthor::Customer,
                author_name: None,
                text: message.text,
                photos: message.photos.len() as u32,
            });
            complaint.access = None;
            Ok(complaint.clone())
        })
    }

    fn rate(
        &self,
        _access: ComplaintKey,
        rating: Rating,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        self.ratings.borrow_mut().push(rating.clone());
        Box::pin(async move {
            let mut complaint = self.followed.borrow_mut();
            if !complaint.can_rate {
                return Err(ApiError::Conflict);
            }
            complaint.rating = Some(rating);
            complaint.can_rate = false;
            complaint.access = None;
            Ok(complaint.clone())
        })
    }

    fn subscribe(
        &self,
        _access: OrderAccess,
        request: SubscriptionRequest,
    ) -> LocalFuture<'_, Result<Subscription, ApiError>> {
        self.subscriptions.borrow_mut().push(request.clone());
        Box::pin(async move {
            Ok(Subscription {
                channel: request.channel,
                created_at: "2026-11-20T10:00:00Z".into(),
            })
        })
    }

    fn request_parcel(
        &self,
        _access: OrderAccess,
        shipment_id: String,
        request: ParcelRequest,
        key: String,
    ) -> LocalFuture<'_, Result<ParcelRequestRecord, ApiError>> {
        self.parcel_requests
            .borrow_mut()
            .push((shipment_id, request.clone(), key));
        let failure = {
            let mut failures = self.parcel_failures.borrow_mut();
            (!failures.is_empty()).then(|| failures.remove(0))
        };
        Box::pin(async move {
            if let Some(error) = failure {
                return Err(error);
            }
            Ok(ParcelRequestRecord {
                kind: request.kind,
                date: request.date,
                created_at: "2026-11-20T10:00:00Z".into(),
            })
        })
    }
}

pub fn order() -> OrderSummary {
    OrderSummary {
        number: "SP-1001".into(),
        placed_at: "2026-11-18T10:24:00Z".into(),
        status: OrderStatus::InTransit,
        currency: "EUR".into(),
        items: vec![
            OrderItem {
                name: "Tazza in ceramica di Deruta".into(),
                quantity: 2,
                unit_price: 1850,
            },
            OrderItem {
                name: "Caffè macinato 250 g".into(),
                quantity: 1,
                unit_price: 690,
            },
        ],
        ..OrderSummary::default()
    }
}

/// A mounted widget in its own container, removed at the end of the test.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

pub fn mount(backend: Rc<FakeBackend>, locale: Locale) -> Mounted {
    mount_with(backend, locale, None)
}

pub fn mount_with(backend: Rc<FakeBackend>, locale: Locale, order_number: Option<&str>) -> Mounted {
    mount_config(backend, Some(locale), order_number)
}

/// Mounts a widget of `shop` (its `api-base`): widgets of one shop share its complaint draft.
pub fn mount_at(shop: &str, backend: Rc<FakeBackend>, locale: Locale) -> Mounted {
    mount_shop(shop.to_owned(), backend, Some(locale), None)
}

/// Mounts a widget whose page named `locale` (none: neither the element nor the browser named
/// a language the widget speaks).
pub fn mount_config(
    backend: Rc<FakeBackend>,
    locale: Option<Locale>,
    order_number: Option<&str>,
) -> Mounted {
    mount_shop(fresh_shop(), backend, locale, order_number)
}

fn mount_shop(
    api_base: String,
    backend: Rc<FakeBackend>,
    locale: Option<Locale>,
    order_number: Option<&str>,
) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let config = WidgetConfig {
        api_base,
        locale,
        order_number: order_number.map(str::to_owned),
        full_page: false,
    };
    let handle = mount_widget(root.clone(), config, backend);
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

impl Mounted {
    pub fn text(&self) -> String {
        self.root.inner_text()
    }

    /// The input whose visible label is `label`, found through the label's `for`.
    pub fn input_labelled(&self, label: &str) -> HtmlInputElement {
        let labels = self.root.query_selector_all("label").unwrap();
        for i in 0..labels.length() {
            let element: HtmlElement = labels.item(i).unwrap().unchecked_into();
            if element.inner_text().trim() == label {
                let id = element.get_attribute("for").unwrap();
                return self
                    .root
                    .query_selector(&format!("#{id}"))
                    .unwrap()
                    .unwrap_or_else(|| panic!("no input for label {label}"))
                    .unchecked_into();
            }
        }
        panic!("no label {label:?} in: {}", self.text());
    }

    /// The form control (of any kind) whose visible label is `label`.
    pub fn input_labelled_any<T: JsCast>(&self, label: &str) -> T {
        self.input_labelled(label)
            .unchecked_into::<web_sys::Element>()
            .unchecked_into()
    }

    pub fn type_into(&self, label: &str, value: &str) {
        let input = self.input_labelled(label);
        input.set_value(value);
        let event = web_sys::Event::new("input").unwrap();
        input.dispatch_event(&event).unwrap();
    }

    pub fn button(&self, name: &str) -> HtmlElement {
        let buttons = self.root.query_selector_all("button").unwrap();
        for i in 0..buttons.length() {
            let button: HtmlElement = buttons.item(i).unwrap().unchecked_into();
            if button.inner_text().trim() == name {
                return button;
            }
        }
        panic!("no button {name:?} in: {}", self.text());
    }

    pub fn has_button(&self, name: &str) -> bool {
        let buttons = self.root.query_selector_all("button").unwrap();
        (0..buttons.length()).any(|i| {
            buttons
                .item(i)
                .unwrap()
                .unchecked_into::<HtmlElement>()
                .inner_text()
                .trim()
                == name
        })
    }

    pub fn alert_texts(&self) -> Vec<String> {
        let alerts = self.root.query_selector_all("[role=alert]").unwrap();
        (0..alerts.length())
            .map(|i| {
                alerts
                    .item(i)
                    .unwrap()
                    .unchecked_into::<HtmlElement>()
                    .inner_text()
            })
            .collect()
    }

    pub fn status_text(&self) -> String {
        self.root
            .query_selector("[role=status]")
            .unwrap()
            .map(|e| e.text_content().unwrap_or_default())
            .unwrap_or_default()
    }

    /// Waits (bounded) until the widget shows `text`.
    pub async fn until_text(&self, text: &str) {
        for _ in 0..100 {
            if self.text().contains(text) {
                return;
            }
            sleep(20).await;
        }
        panic!("{text:?} never appeared; the widget shows: {}", self.text());
    }

    pub fn active_element_text(&self) -> String {
        let document = web_sys::window().unwrap().document().unwrap();
        document
            .active_element()
            .map(|e| e.text_content().unwrap_or_default())
            .unwrap_or_default()
    }
}
