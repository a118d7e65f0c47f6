use std::{sync::Arc, time::Duration};

use leptos::prelude::*;
use sportello_contract::{ParcelAction, Shipment, ShipmentStatus};

use super::{lateness::has_passed, needs::day_name};
use crate::{
    clock::parse_rfc3339,
    format::{self, Style},
    ui::{I18n, Ids},
};

/// Carrier updates shown before "Show all".
const FIRST_UPDATES: usize = 5;

/// "Show all" adds the other updates this many at a time, one batch per frame: a history of a
/// thousand updates never holds the page still, and the first ones show at once.
const BATCH: usize = 100;

/// The steps of a parcel's journey, and which one it is at (`None`: not started or unknown).
pub fn journey(status: ShipmentStatus) -> ([ShipmentStatus; 4], Option<usize>) {
    use ShipmentStatus as S;
    let third = if status == S::AvailableForPickup {
        S::AvailableForPickup
    } else {
        S::OutForDelivery
    };
    let steps = [S::InfoReceived, S::InTransit, third, S::Delivered];
    let current = match status {
        S::Pending | S::Unknown => None,
        S::InfoReceived => Some(0),
        S::InTransit | S::Exception => Some(1),
        S::OutForDelivery | S::AttemptFail | S::AvailableForPickup => Some(2),
        S::Delivered => Some(3),
    };
    (steps, current)
}

/// Only `https` links to a carrier are shown; anything else stays plain text.
pub fn safe_tracking_url(url: &str) -> Option<&str> {
    let url = url.trim();
    (url.len() > 8
        && url
            .get(..8)
            .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        && !url.contains(char::is_whitespace))
    .then_some(url)
}

/// One parcel: its journey as steps, the estimate, the carrier link, contents and updates.
#[component]
pub fn ParcelView(shipment: Shipment, index: usize, total: usize, now: i64) -> impl IntoView {
    let i18n = I18n::get();
    let ids = Ids::fresh();
    let (steps, current) = journey(shipment.status);
    let status = shipment.status;

    let mut events = shipment.events.clone();
    events.sort_by_key(|e| std::cmp::Reverse(parse_rfc3339(&e.at).unwrap_or(i64::MIN)));
    let event_count = events.len();
    let events = StoredValue::new(events);

    // Whether each batch of the updates after the first few is in the list. "Show all" shows
    // the first batch at once, so that batch's signal is also whether "Show all" holds.
    let batches: Arc<[RwSignal<bool>]> = (FIRST_UPDATES..event_count)
        .step_by(BATCH)
        .map(|_| RwSignal::new(false))
        .collect();
    let show_all = batches
        .first()
        .copied()
        .unwrap_or_else(|| RwSignal::new(false));
    // Shows batch `next` after the frame that shows the one before, then the one after it,
    // while "Show all" holds (and the view is still there: its signals are gone once it is not).
    fn grow(batches: Arc<[RwSignal<bool>]>, next: usize) {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if batches[0].try_get_untracked() != Some(true) {
                        return;
                    }
                    if let Some(batch) = batches.get(next) {
                        if batch.try_set(true).is_none() {
                            grow(batches, next + 1);
                        }
                    }
                },
                Duration::ZERO,
            );
        });
    }
    let toggle = {
        let batches = Arc::clone(&batches);
        move |_| {
            if show_all.get_untracked() {
                batches.iter().for_each(|batch| batch.set(false));
            } else {
                show_all.set(true);
                grow(Arc::clone(&batches), 1);
            }
        }
    };

    let shipment = StoredValue::new(shipment);
    let estimate = move || {
        let t = i18n.messages().tracking();
        shipment.with_value(|s| {
            if s.status == ShipmentStatus::Delivered {
                return s
                    .delivered_at
                    .as_deref()
                    .and_then(|d| format::date(d, i18n.locale()))
                    .map(|d| (t.delivered_on)(&d));
            }
            if s.status == ShipmentStatus::AvailableForPickup {
                return None;
            }
            let window = s.estimated_delivery.as_ref()?;
            if has_passed(window, now) {
                Some(t.estimate_passed.to_owned())
            } else {
                format::window(window, i18n.locale()).map(|w| (t.estimated_delivery)(&w))
            }
        })
    };

    view! {
        <section class="sportello-parcel" aria-labelledby=ids.id("title")>
            <h4 class="sportello-parcel-title" id=ids.id("title")>
                {move || shipment.with_value(|s| (i18n.messages().tracking().parcel_title)(index, total, &s.carrier))}
            </h4>
            <ol class="sportello-steps" aria-label=move || i18n.messages().tracking().journey_label>
                {steps.into_iter().enumerate().map(|(position, step)| {
                    let state = match current {
                        Some(c) if position < c => "done",
                        Some(c) if position == c => "current",
                        _ => "todo",
                    };
                    let is_current = current == Some(position);
                    // The current step names what actually happened (a failed attempt, a hold-up).
                    let shown = if is_current { status } else { step };
                    view! {
                        <li class=format!("sportello-step sportello-step--{state}") aria-current=is_current.then_some("step")>
                            {move || (i18n.messages().tracking().shipment_status_name)(shown)}
                        </li>
                    }
                }).collect_view()}
            </ol>
            // A status this widget does not know is said to be being updated, never guessed.
            {(status == ShipmentStatus::Unknown).then(|| view! {
                <p class="sportello-muted">{move || (i18n.messages().tracking().shipment_status_name)(ShipmentStatus::Unknown)}</p>
            })}
            {move || estimate().map(|text| view! { <p class="sportello-estimate">{text}</p> })}
            {move || shipment.with_value(|s| {
                let t = i18n.messages().tracking();
                let number = s.tracking_number.clone().map(|n| view! { <span>{(t.tracking_number)(&n)}</span> });
                let link = s.tracking_url.as_deref().and_then(safe_tracking_url).map(|url| view! {
                    <a href=url.to_owned() target="_blank" rel="noopener noreferrer">
                        {(t.track_on_carrier)(&s.carrier)}
                        <span class="sportello-sr-only">" "{t.opens_new_tab}</span>
                    </a>
                });
                view! { <p class="sportello-tracking">{number}" "{link}</p> }
            })}
            {move || shipment.with_value(|s| (!s.items.is_empty()).then(|| {
                let items = s.items.clone();
                view! {
                    <p class="sportello-muted">{i18n.messages().tracking().in_this_parcel}{i18n.messages().label_colon}
                        {items.iter().map(|i| (i18n.messages().tracking().quantity_of_item)(i.quantity, &i.name)).collect::<Vec<_>>().join(i18n.messages().comma)}
                    </p>
                }
            }))}
            // What the customer asked the shop about this parcel stays in view once the parcel
            // needs nothing more from them (until then, the panel at the top of the order says it).
            {move || shipment.with_value(|s| {
                if s.needs_customer() {
                    return Vec::new();
                }
                s.requests.clone()
            }).into_iter().filter_map(|record| {
                let t = i18n.messages().tracking();
                match (record.kind, record.date) {
                    (ParcelAction::Redeliver, Some(date)) => Some((t.asked_day)(&day_name(&date, i18n.locale()))),
                    (ParcelAction::CorrectAddress, _) => Some(t.asked_address.to_owned()),
                    // A kind this widget does not know, or a day left out: nothing to say.
                    _ => None,
                }
            }).map(|text| view! { <p class="sportello-muted">{text}</p> }).collect_view()}
            <h5 class="sportello-minor-title">{move || i18n.messages().tracking().updates_title}</h5>
            {move || {
                let t = i18n.messages().tracking();
                if event_count == 0 {
                    return view! { <p class="sportello-muted">{t.no_updates}</p> }.into_any();
                }
                let locale = i18n.locale();
                let updates = move |range: std::ops::Range<usize>| events.with_value(|list| {
                    list[range].iter().map(|e| {
                        let when = format::styled(&e.at, Style::DateTime, locale);
                        let separator = i18n.messages().list_separator;
                        let place = e.location.clone().map(|l| format!("{separator}{l}"));
                        view! {
                            <li>
                                {when.map(|w| view! { <time datetime=e.at.clone()>{w}</time>" " })}
                                <span>{e.description.clone()}</span>
                                <span class="sportello-muted">{place}</span>
                            </li>
                        }
                    }).collect_view()
                });
                // The rest, batch by batch: each is built when it is to be shown.
                let rest = batches.iter().enumerate().map(|(k, &shown)| {
                    let start = FIRST_UPDATES + k * BATCH;
                    let end = (start + BATCH).min(event_count);
                    move || shown.get().then(|| updates(start..end))
                }).collect_view();
                view! {
                    <ol class="sportello-events">
                        {updates(0..FIRST_UPDATES.min(event_count))}
                        {rest}
                    </ol>
                }.into_any()
            }}
            {(event_count > FIRST_UPDATES).then(|| view! {
                <button type="button" class="sportello-link-button" aria-expanded=move || show_all.get().to_string()
                    on:click=toggle>
                    {move || {
                        let t = i18n.messages().tracking();
                        if show_all.get() { t.show_fewer_updates.to_owned() } else { (t.show_all_updates)(event_count) }
                    }}
                </button>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_links() {
        assert_eq!(
            safe_tracking_url(" https://brt.it/t/1 "),
            Some("https://brt.it/t/1")
        );
        assert_eq!(safe_tracking_url("HTTPS://brt.it"), Some("HTTPS://brt.it"));
        assert_eq!(safe_tracking_url("http://brt.it"), None);
        assert_eq!(safe_tracking_url("javascript:alert(1)"), None);
        assert_eq!(safe_tracking_url("https://"), None);
        assert_eq!(safe_tracking_url("https://a b"), None);
    }

    #[test]
    fn journey_marks_the_current_step() {
        assert_eq!(journey(ShipmentStatus::InTransit).1, Some(1));
        assert_eq!(journey(ShipmentStatus::AttemptFail).1, Some(2));
        assert_eq!(
            journey(ShipmentStatus::AvailableForPickup).0[2],
            ShipmentStatus::AvailableForPickup
        );
        assert_eq!(journey(ShipmentStatus::Unknown).1, None);
    }
}
