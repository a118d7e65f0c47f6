use leptos::{ev::Event, prelude::*};
use sportello_contract::{PhotoUpload, MAX_PHOTOS};
use web_sys::HtmlInputElement;

use super::{
    field::{described_by, invalid},
    I18n,
};
use crate::browser::photo::{self, PhotoError};

/// Why a chosen file was not added, with its name (worded when shown, in the current language).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    File(PhotoError, String),
    TooMany,
}

/// Up to five photos: checked and downscaled in the browser as soon as they are chosen, listed
/// by name with a Remove button. A file that cannot be taken gets a message naming it; the
/// photos already chosen stay.
#[component]
pub fn PhotoPicker(
    /// The photos chosen so far.
    #[prop(into)]
    photos: Signal<Vec<PhotoUpload>>,
    /// Receives the new list when a photo is added or removed.
    on_change: Callback<Vec<PhotoUpload>>,
    /// The id of the file input (the label points at it).
    id: String,
) -> impl IntoView {
    let i18n = I18n::get();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    // Wired as every field (`ui::field`): hint `{id}-hint`, errors `{id}-error`.
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");

    let on_files = move |ev: Event| {
        let input: HtmlInputElement = event_target(&ev);
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        // Choosing the same file again (after removing it) must fire `change` again.
        input.set_value("");
        if files.is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut found = Vec::new();
            for file in files {
                // The form may be gone by now (the customer went back): then nothing is added.
                let Some(count) = photos.try_with_untracked(Vec::len) else {
                    return;
                };
                if count >= MAX_PHOTOS {
                    found.push(Problem::TooMany);
                    break;
                }
                match photo::prepare(&file).await {
                    Ok(photo) => {
                        let Some(mut list) = photos.try_get_untracked() else {
                            return;
                        };
                        list.push(photo);
                        on_change.run(list);
                    }
                    Err(error) => found.push(Problem::File(error, file.name())),
                }
            }
            problems.set(found);
            busy.set(false);
        });
    };

    let described_by = {
        let id = id.clone();
        move || described_by(&id, true, !problems.with(Vec::is_empty))
    };
    let messages = move || {
        let c = i18n.messages().complaints();
        problems
            .get()
            .into_iter()
            .map(|problem| match problem {
                Problem::File(PhotoError::NotAPhoto, name) => (c.photo_not_a_photo)(&name),
                Problem::File(PhotoError::TooLarge, name) => (c.photo_too_large)(&name),
                Problem::File(PhotoError::Unreadable, name) => (c.photo_unreadable)(&name),
                Problem::TooMany => (c.photos_too_many)(MAX_PHOTOS),
            })
            .collect::<Vec<_>>()
    };

    view! {
        <div class="sportello-field" class:sportello-field--error=move || !problems.with(Vec::is_empty)>
            <label class="sportello-label" for=id.clone()>{move || i18n.messages().complaints().photos_label}</label>
            <p class="sportello-hint" id=hint_id>{move || i18n.messages().complaints().photos_hint}</p>
            {move || {
                let list = messages();
                (!list.is_empty()).then(|| view! {
                    <div class="sportello-field-error" id=error_id.clone() role="alert">
                        {list.into_iter().map(|text| view! {
                            <p><span class="sportello-sr-only">{i18n.messages().error_prefix}" "</span>{text}</p>
                        }).collect_view()}
                    </div>
                })
            }}
            <input class="sportello-file" type="file" id=id multiple
                accept="image/jpeg,image/png,image/webp"
                aria-describedby=described_by
                aria-invalid=move || invalid(!problems.with(Vec::is_empty))
                on:change=on_files />
            {move || busy.get().then(|| view! {
                <p class="sportello-muted" role="status">{i18n.messages().complaints().photos_preparing}</p>
            })}
            <ul class="sportello-photo-list">
                {move || photos.get().into_iter().enumerate().map(|(index, photo)| {
                    let name = photo.name.clone();
                    view! {
                        <li>
                            <span class="sportello-photo-name">{photo.name}</span>
                            <button type="button" class="sportello-link-button"
                                on:click=move |_| {
                                    let mut list = photos.get_untracked();
                                    if index < list.len() {
                                        list.remove(index);
                                        on_change.run(list);
                                    }
                                    problems.set(Vec::new());
                                }>
                                {move || i18n.messages().complaints().photo_remove}
                                <span class="sportello-sr-only">" "{name.clone()}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
