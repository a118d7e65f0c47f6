//! The draft in `localStorage`: kept while the customer types, restored after a reload (the
//! consent never), cleared once filed, forgotten after a day (one queued to go offline is kept
//! until it goes).

use super::Draft;
use crate::browser::storage;

/// Where one widget keeps its draft: a key of its own shop, `sportello.complaint-draft:` and the
/// widget's `api-base`, so that the widgets of two shops served from one origin (each shop's
/// full page on the widget's host) never show each other's drafts, and two widgets on one page
/// never overwrite each other's. The root makes it (`widget.rs`) and hands it to the flow as a
/// prop. The key is leaked, a few dozen bytes per mounted widget, so that the store is `Copy`:
/// a context, or a `StoredValue` of a shared string, cost the first open and the complaint chunk
/// ~0.7 KB brotli between them.
#[derive(Debug, Clone, Copy)]
pub struct DraftStore(&'static str);

/// How long a draft that was not sent is kept: a day.
pub const KEEP_SECONDS: i64 = 24 * 3600;

/// Whether a draft kept at `saved_at` is past its day at `now`. A draft queued to go offline
/// never is (the customer has sent it); one kept before drafts carried a time is not either.
fn expired(saved_at: Option<i64>, queued: bool, now: i64) -> bool {
    !queued && saved_at.is_some_and(|at| now - at > KEEP_SECONDS)
}

fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

impl DraftStore {
    pub fn for_shop(api_base: &str) -> Self {
        Self(format!("sportello.complaint-draft:{api_base}").leak())
    }

    /// The draft kept from an earlier visit, if any (a damaged or expired one is ignored).
    pub fn load(self) -> Option<Draft> {
        serde_json::from_str::<Draft>(&storage::read(self.0)?)
            .ok()
            .filter(|d| !expired(d.saved_at, d.queued, now()))
    }

    /// Whether a draft worth reopening ([`Draft::has_content`]) waits from an earlier visit.
    /// Asked when the widget mounts, so it is read with miniserde: serde's decoder of the whole
    /// draft travels with the complaint views, which [`load`](Self::load) it.
    /// An expired draft is removed here, before anyone sees it.
    pub fn waiting(self) -> bool {
        let Some(text) = storage::read(self.0) else {
            return false;
        };
        match worth_reopening(&text, now()) {
            Some(worth) => worth,
            None => {
                storage::remove(self.0);
                false
            }
        }
    }

    /// Keeps the draft; without its photos when they do not fit in the browser's storage (which
    /// may also be disabled: then nothing is kept).
    pub fn save(self, draft: &Draft) {
        let draft = &Draft {
            saved_at: Some(now()),
            ..draft.clone()
        };
        let write = |d: &Draft| {
            serde_json::to_string(d)
                .ok()
                .is_some_and(|text| storage::write(self.0, &text))
        };
        if !write(draft) && !draft.photos.is_empty() {
            write(&Draft {
                photos: Vec::new(),
                ..draft.clone()
            });
        }
    }

    /// Forgets the draft (once filed).
    pub fn clear(self) {
        storage::remove(self.0);
    }
}

/// [`Draft::has_content`] of a stored draft, read without serde; `None` when it has expired (to
/// be removed). A draft serde cannot read is not worth reopening either: [`load`] would find
/// nothing.
fn worth_reopening(text: &str, now: i64) -> Option<bool> {
    #[derive(miniserde::Deserialize)]
    struct Brief {
        description: Option<String>,
        phone: Option<String>,
        photos: Option<Vec<crate::api::Seen>>,
        key: Option<String>,
        queued: Option<bool>,
        saved_at: Option<i64>,
    }
    let Ok(brief) = miniserde::json::from_str::<Brief>(text) else {
        return Some(false);
    };
    let queued = brief.queued == Some(true);
    if expired(brief.saved_at, queued, now) {
        return None;
    }
    let written = |field: &Option<String>| field.as_deref().is_some_and(|t| !t.trim().is_empty());
    Some(
        written(&brief.description)
            || written(&brief.phone)
            || brief.photos.is_some_and(|p| !p.is_empty())
            || brief.key.is_some()
            || queued,
    )
}

#[cfg(test)]
mod tests {
    use sportello_contract::{ComplaintTopic, PhotoUpload};

    use super::*;
    use crate::complaint::draft::filled;

    #[test]
    fn drafts_round_trip_and_tolerate_old_shapes() {
        let mut draft = filled();
        draft.key = Some("6d0f7a39-1b2c-4d5e-8f90-123456789abc".into());
        let text = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<Draft>(&text).unwrap(), draft);
        let old: Draft = serde_json::from_str(r#"{"description":"kept","unknown":1}"#).unwrap();
        assert_eq!(old.description, "kept");
        assert!(old.has_content());
        assert!(!Draft::default().has_content());
    }

    /// The check made at mount agrees with `has_content` on every kind of stored draft.
    #[test]
    fn the_draft_check_at_mount_agrees_with_has_content() {
        let photo = PhotoUpload {
            name: "cup.jpg".into(),
            content_type: "image/jpeg".into(),
            data: "AAAA".into(),
        };
        let drafts = [
            Draft::default(),
            filled(),
            Draft {
                description: "   ".into(),
                ..Draft::default()
            },
            Draft {
                phone: "+39 333".into(),
                ..Draft::default()
            },
            Draft {
                phone: " ".into(),
                email: "a@b.it".into(),
                ..Draft::default()
            },
            Draft {
                photos: vec![photo],
                ..Draft::default()
            },
            Draft {
                key: Some("k".into()),
                ..Draft::default()
            },
            Draft {
                queued: true,
                ..Draft::default()
            },
            Draft {
                topic: Some(ComplaintTopic::Other),
                items: vec!["A".into()],
                ..Draft::default()
            },
        ];
        for draft in drafts {
            let text = serde_json::to_string(&draft).unwrap();
            assert_eq!(
                worth_reopening(&text, 0),
                Some(draft.has_content()),
                "{text}"
            );
        }
        for text in [
            "",
            "null",
            "[]",
            "<html>",
            r#"{"description":"kept","unknown":[1,{"a":2}]}"#,
            r#"{"photos":[]}"#,
            r#"{"photos":null}"#,
            r#"{"photos":{}}"#,
            r#"{"photos":"many"}"#,
        ] {
            let serde = serde_json::from_str::<Draft>(text).is_ok_and(|d| d.has_content());
            assert_eq!(worth_reopening(text, 0), Some(serde), "{text}");
        }
    }

    /// A draft left for more than a day is forgotten (the next person on a shared device must
    /// not meet someone else's details); one queued to go offline is kept until it goes.
    #[test]
    fn drafts_expire_after_a_day_unless_queued() {
        let kept_at = 1_800_000_000;
        let at = |saved_at: Option<i64>, queued: bool| {
            serde_json::to_string(&Draft {
                saved_at,
                queued,
                ..filled()
            })
            .unwrap()
        };
        let day_later = kept_at + KEEP_SECONDS;
        assert_eq!(
            worth_reopening(&at(Some(kept_at), false), day_later),
            Some(true)
        );
        assert_eq!(
            worth_reopening(&at(Some(kept_at), false), day_later + 1),
            None
        );
        assert_eq!(
            worth_reopening(&at(Some(kept_at), true), day_later + 1),
            Some(true)
        );
        // Drafts kept before they carried a time are not dropped unseen.
        assert_eq!(worth_reopening(&at(None, false), day_later + 1), Some(true));
        assert!(expired(Some(kept_at), false, day_later + 1));
        assert!(!expired(Some(kept_at), true, day_later + 1));
    }
}
