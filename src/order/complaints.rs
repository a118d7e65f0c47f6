use leptos::prelude::*;
use sportello_contract::{
    Complaint, ComplaintAccess, ComplaintStatus, ComplaintSummary, OrderAccess,
};

use crate::{
    api::{ApiError, CallsHandle, ComplaintKey},
    format::{self, Style},
    ui::{failure_message, I18n, Ids},
};

/// The complaints filed about this order (newest first), fetched with the order's token: the
/// view lists them and holds promotions back while one is open.
pub type ComplaintList = LocalResource<Vec<ComplaintSummary>>;

/// Fetches the order's complaints; a failure reads as none (the list is a convenience).
pub fn complaint_list(access: OrderAccess) -> ComplaintList {
    let calls = CallsHandle::get();
    LocalResource::new(move || {
        let (calls, access) = (calls.clone(), access.clone());
        async move { calls.order_complaints(access).await.unwrap_or_default() }
    })
}

/// Whether nothing the customer complained about is still open: only then may the shop
/// cross-sell (never to an unhappy customer). A status this widget does not know counts as open.
pub fn none_open(list: &[ComplaintSummary]) -> bool {
    list.iter().all(|c| {
        matches!(
            c.status,
            ComplaintStatus::Resolved | ComplaintStatus::Closed
        )
    })
}

/// The complaints already filed about this order (newest first), each opened with the order's
/// token: no reference or e-mail to type again. Shows nothing when there are none.
#[component]
pub fn OrderComplaints(
    list: ComplaintList,
    access: OrderAccess,
    on_open: Callback<Complaint>,
) -> impl IntoView {
    let i18n = I18n::get();
    let calls = CallsHandle::get();
    let ids = Ids::fresh();
    let open = Action::new_local(move |reference: &String| {
        let calls = calls.clone();
        let key = ComplaintKey {
            reference: reference.clone(),
            token: access.token.clone(),
        };
        let expires_at = access.expires_at.clone();
        async move {
            let mut complaint = calls.complaint(key.clone()).await?;
            complaint.access = Some(ComplaintAccess {
                token: key.token,
                expires_at,
            });
            // Handed over by the action: only a failure stays in its value.
            on_open.run(complaint);
            Ok::<_, ApiError>(())
        }
    });

    move || {
        let found = list.get().unwrap_or_default();
        (!found.is_empty()).then(|| {
            let m = i18n.messages();
            let locale = i18n.locale();
            view! {
                <section class="sportello-order-complaints" aria-labelledby=ids.id("title")>
                    <h3 class="sportello-subtitle" id=ids.id("title")>{m.complaints().order_complaints_title}</h3>
                    <ul class="sportello-plain-list">
                        {found.into_iter().map(|summary| {
                            let reference = summary.reference.clone();
                            let date = format::styled(&summary.created_at, Style::Date, locale).unwrap_or_default();
                            view! {
                                <li>
                                    <button type="button" class="sportello-link-button" data-needs="complaints"
                                        on:click=move |_| { if !open.pending().get_untracked() { open.dispatch(reference.clone()); } }>
                                        {summary.reference}
                                    </button>
                                    {m.list_separator}{(m.complaints().status_name)(summary.status)}{m.list_separator}{date}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {move || match open.value().get() {
                        Some(Err(error)) => {
                            let m = i18n.messages();
                            Some(view! {
                                <p class="sportello-alert" role="alert">{m.complaints().open_failed}" "{failure_message(m, &error).0}</p>
                            })
                        }
                        _ => None,
                    }}
                </section>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use sportello_contract::{ComplaintStatus as S, ComplaintSummary, ComplaintTopic};

    use super::none_open;

    fn filed(status: S) -> ComplaintSummary {
        ComplaintSummary {
            reference: "RC-4Q7K-2M9P".into(),
            status,
            topic: ComplaintTopic::DamagedItem,
            created_at: "2026-11-23T10:02:00Z".into(),
        }
    }

    #[test]
    fn promotions_wait_while_a_complaint_is_open() {
        assert!(none_open(&[]));
        assert!(none_open(&[filed(S::Resolved), filed(S::Closed)]));
        for open in [
            S::Received,
            S::InProgress,
            S::WaitingForCustomer,
            S::Unknown,
        ] {
            assert!(!none_open(&[filed(S::Resolved), filed(open)]), "{open:?}");
        }
    }
}
