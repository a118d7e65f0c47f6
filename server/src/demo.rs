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

pub fn routes() -> Router {
    Router::new()
        .route("/", get(page))
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

async fn page() -> impl IntoResponse {
    let rows: String = crate::db::demo_credentials()
        .map(|(number, email, postcode, note)| {
            format!(
                "<tr><td>{number}</td><td>{email}</td><td>{postcode}</td><td>{note}</td></tr>\n"
            )
        })
        .collect();
    Html(PAGE.replace("<!--DEMO_ORDERS-->", &rows))
}
