//! What every request under `/v1` passes on its way in and out: a JSON POST must say it is JSON
//! (415 otherwise), and every error answer is `application/problem+json`, also those the
//! framework writes itself (a body too large, a path it cannot decode, a method not allowed, a
//! path with no route).

use axum::{
    body::Body,
    extract::Request,
    handler::Handler,
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::{post, MethodRouter},
};
use sportello_contract::{Problem, ProblemType, PROBLEM_JSON};

use crate::{problem::ApiProblem, AppState};

fn under_v1(path: &str) -> bool {
    path == "/v1" || path.starts_with("/v1/")
}

/// Whether a `Content-Type` names JSON (`application/json`, any parameters, any case).
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    content_type
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// A problem of the framework's own, with its status and the standard title.
fn plain_problem(status: StatusCode, detail: Option<&str>) -> Problem {
    Problem {
        problem_type: "about:blank".to_owned(),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: Some(status.as_u16()),
        detail: detail.map(str::to_owned),
        ..Problem::default()
    }
}

/// `POST` to `handler`, refusing a body that is not JSON before the handler reads it (a hostile
/// page's simple cross-site form POST has no preflight, and never says JSON). Only on the POST
/// itself, so that a POST to a path that takes only GET is still 405.
pub(crate) fn json_post<H, T>(handler: H) -> MethodRouter<AppState>
where
    H: Handler<T, AppState>,
    T: 'static,
{
    post(handler).route_layer(axum::middleware::from_fn(json_posts_only))
}

async fn json_posts_only(request: Request, next: Next) -> Response {
    if request.method() == Method::POST && !is_json(request.headers().get(header::CONTENT_TYPE)) {
        return ApiProblem::from(
            Problem::new(ProblemType::UnsupportedMediaType)
                .with_detail("Send the body as JSON, with Content-Type: application/json."),
        )
        .into_response();
    }
    next.run(request).await
}

/// The middleware around everything: every error answer under `/v1` becomes problem+json,
/// keeping its status and headers (`Allow`, `Retry-After`).
pub async fn v1_problems(request: Request, next: Next) -> Response {
    if !under_v1(request.uri().path()) {
        return next.run(request).await;
    }
    let response = next.run(request).await;
    let status = response.status();
    let already = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if already || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let body = serde_json::to_vec(&plain_problem(status, None)).unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// A body larger than this waits for an upload slot ([`large_bodies`]); a complaint's text alone
/// is far smaller.
pub const LARGE_BODY_BYTES: u64 = 256 * 1024;

/// The route layer of the routes that take photos: a body that says it is large (or does not
/// say its length) is read only while it holds one of the semaphore's permits, so that a burst
/// of uploads queues instead of taking memory without bound. Small bodies go straight through.
pub async fn large_bodies(
    axum::extract::State(slots): axum::extract::State<std::sync::Arc<tokio::sync::Semaphore>>,
    request: Request,
    next: Next,
) -> Response {
    let length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if length.is_some_and(|length| length <= LARGE_BODY_BYTES) {
        return next.run(request).await;
    }
    let Ok(_slot) = slots.acquire().await else {
        return ApiProblem::internal().into_response();
    };
    next.run(request).await
}

/// Whether a client's `X-Request-Id` may be kept: up to 64 letters, digits, `-`, `_` or `.`
/// (it is logged and sent back; anything else is replaced by a fresh UUID).
fn plain_id(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    (1..=64).contains(&bytes.len())
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The middleware in front of the request ids: drops a client's `X-Request-Id` that is not
/// [`plain_id`], so that a new one is made.
pub async fn plain_request_id(mut request: Request, next: Next) -> Response {
    let ids = request.headers().get_all("x-request-id");
    let keep = {
        let mut ids = ids.iter();
        matches!((ids.next(), ids.next()), (Some(id), None) if plain_id(id))
    };
    if !keep {
        request.headers_mut().remove("x-request-id");
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_recognised_with_parameters_and_in_any_case() {
        let json = |v: &'static str| is_json(Some(&HeaderValue::from_static(v)));
        assert!(json("application/json"));
        assert!(json("Application/JSON; charset=utf-8"));
        assert!(!json("text/plain"));
        assert!(!json("application/x-www-form-urlencoded"));
        assert!(!json("multipart/form-data; boundary=x"));
        assert!(!json("application/jsonp"));
        assert!(!is_json(None));
    }

    #[test]
    fn a_request_id_is_kept_only_when_short_and_plain() {
        let plain = |v: &'static str| plain_id(&HeaderValue::from_static(v));
        assert!(plain("3f2c1a9e-7b1d-4c55-9a0e-2f7f9f2b8c11"));
        assert!(plain("req_42.a"));
        assert!(!plain(""));
        assert!(!plain("a b"));
        assert!(!plain("id\"><script>"));
        assert!(!plain("%0d%0aforged: yes"));
        assert!(!plain_id(&HeaderValue::from_str(&"x".repeat(65)).unwrap()));
        assert!(plain_id(&HeaderValue::from_str(&"x".repeat(64)).unwrap()));
    }

    #[test]
    fn only_paths_under_v1_are_concerned() {
        assert!(under_v1("/v1"));
        assert!(under_v1("/v1/"));
        assert!(under_v1("/v1/orders/lookup"));
        assert!(!under_v1("/v10"));
        assert!(!under_v1("/widget/sportello.js"));
        assert!(!under_v1("/admin/complaints"));
    }
}
