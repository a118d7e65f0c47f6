//! The demo shop page at `/`: an ordinary shop page with the widget embedded the way a shop
//! would embed it, plus a box listing the demo orders to try.

use axum::{
    http::{header, HeaderValue},
    response::{Html, IntoResponse},
    routing::get,
    Router,
};

const PAGE: &str = include_str!("../demo/index.html");
const STYLES: &str = include_str!("../demo/shop.css");
const PRIVACY: &str = include_str!("../demo/privacy.html");
/// What the demo page says of the e-mails, when `cargo xtask demo` runs a mail catcher.
const MAILBOX: &str = "<p class=\"mailbox\">The e-mails this shop sends (confirmations, delays, answers) \
    arrive in the demo's mailbox: <a href=\"{url}\" target=\"_blank\" rel=\"noopener\">open the mailbox</a>. \
    Ask to be told by e-mail under an order, then post a delay (the command is printed by \
    <code>cargo xtask demo</code>): the e-mail arrives within seconds.</p>";

/// The demo page; `mailbox`, the mail catcher of `cargo xtask demo`, is linked from it.
pub fn routes(mailbox: Option<String>) -> Router {
    Router::new()
        .route("/", get(move || page(mailbox.clone())))
        .route("/privacy", get(|| async { Html(PRIVACY) }))
        .route(
            "/demo/shop.css",
            get(|| async {
                (
                    [(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/css; charset=utf-8"),
                    )],
                    STYLES,
                )
            }),
        )
}

async fn page(mailbox: Option<String>) -> impl IntoResponse {
    let rows: String = crate::db::demo_credentials()
        .map(|(number, email, postcode, note)| {
            format!(
                "<tr><td>{number}</td><td>{email}</td><td>{postcode}</td><td>{note}</td></tr>\n"
            )
        })
        .collect();
    let mailbox = mailbox.map_or_else(String::new, |url| MAILBOX.replace("{url}", &url));
    Html(
        PAGE.replace("<!--DEMO_ORDERS-->", &rows)
            .replace("<!--DEMO_MAILBOX-->", &mailbox),
    )
}
