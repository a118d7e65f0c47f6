//! The last line of defence: if the widget ever panics, the module is dead (wasm aborts), so the
//! panic hook replaces each mounted widget's content with a plain, localised message and a link
//! that reloads the page, instead of leaving a frozen or blank panel. It writes only inside the
//! widget's own mount elements.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::i18n::Locale;

thread_local! {
    static MOUNTED: RefCell<Vec<(web_sys::HtmlElement, Locale)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a mounted widget so the panic hook can reach it.
pub fn register(root: web_sys::HtmlElement, locale: Locale) {
    MOUNTED.with(|m| m.borrow_mut().push((root, locale)));
}

/// Forgets an unmounted widget.
pub fn unregister(root: &web_sys::HtmlElement) {
    MOUNTED.with(|m| m.borrow_mut().retain(|(r, _)| r != root));
}

/// Installs the panic hook (once per module).
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Sportello stopped: {info}").into());
        // try_with: the thread-local may be unavailable during teardown.
        let _ = MOUNTED.try_with(|m| {
            if let Ok(mounted) = m.try_borrow() {
                for (root, locale) in mounted.iter() {
                    show_notice(root, *locale);
                }
            }
        });
    }));
}

/// Replaces the content of `root` with the recovery message.
pub fn show_notice(root: &web_sys::HtmlElement, locale: Locale) {
    let m = locale.messages();
    let Some(document) = root.owner_document() else {
        return;
    };
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let wrapper = document.create_element("div")?;
        wrapper.set_class_name("sportello");
        wrapper.set_attribute("lang", locale.tag())?;
        let alert = document.create_element("div")?;
        alert.set_class_name("sportello-alert");
        alert.set_attribute("role", "alert")?;
        let text = document.create_element("p")?;
        text.set_text_content(Some(m.crash_message));
        let link = document.create_element("a")?;
        link.set_attribute("href", "")?;
        link.set_class_name("sportello-button sportello-button--secondary");
        link.set_text_content(Some(m.reload_page));
        alert.append_child(&text)?;
        alert.append_child(&link)?;
        wrapper.append_child(&alert)?;
        Ok(wrapper)
    };
    if let Ok(notice) = build() {
        root.set_text_content(None);
        let _ = root.append_child(notice.unchecked_ref());
    }
}
