use leptos::{prelude::*, task::spawn_local};
use sportello_contract::Goodwill;

use crate::{
    browser::clipboard::copy_to_clipboard,
    format,
    ui::{Announcer, I18n},
};

/// A goodwill voucher: what it is worth, its code with a copy button, expiry and conditions.
#[component]
pub fn Voucher(goodwill: Goodwill, currency: String) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    // None: not tried; Some(true): copied; Some(false): the browser refused.
    let copied = RwSignal::new(None::<bool>);
    let code = goodwill.code.clone();
    let copy = move |_| {
        let code = code.clone();
        spawn_local(async move {
            let ok = copy_to_clipboard(&code).await;
            copied.set(Some(ok));
            let t = i18n.0.get_untracked().messages().tracking();
            announcer.say(if ok { t.code_copied } else { t.copy_failed });
        });
    };
    let worth = move || {
        let t = i18n.messages().tracking();
        match (goodwill.percent, goodwill.amount) {
            (Some(percent), _) => Some((t.voucher_percent)(percent)),
            (None, Some(amount)) => Some((t.voucher_amount)(&format::money(
                amount,
                &currency,
                i18n.locale(),
            ))),
            (None, None) => None,
        }
    };
    let expires = goodwill.expires_at.clone();
    let conditions = goodwill.conditions.clone();
    view! {
        <div class="sportello-voucher">
            <p class="sportello-voucher-title">{move || i18n.messages().tracking().voucher_title}</p>
            {move || worth().map(|w| view! { <p class="sportello-voucher-worth">{w}</p> })}
            <p class="sportello-voucher-code">
                <span>{move || i18n.messages().tracking().voucher_code_label}{move || i18n.messages().label_colon}</span>
                <code>{goodwill.code.clone()}</code>
                <button type="button" class="sportello-button sportello-button--small" on:click=copy>
                    {move || {
                        let t = i18n.messages().tracking();
                        if copied.get() == Some(true) { t.code_copied } else { t.copy_code }
                    }}
                </button>
            </p>
            {move || (copied.get() == Some(false))
                .then(|| view! { <p class="sportello-muted">{i18n.messages().tracking().copy_failed}</p> })}
            {move || expires.as_deref().and_then(|e| format::date(e, i18n.locale()))
                .map(|d| view! { <p class="sportello-muted">{(i18n.messages().tracking().voucher_expires)(&d)}</p> })}
            {conditions.map(|c| view! { <p class="sportello-muted" lang=untrack(move || i18n.shop_language())>{c}</p> })}
        </div>
    }
}
