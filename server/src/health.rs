//! `/healthz` (the process answers) and `/readyz` (it can also write to its database), for a
//! load balancer, systemd or Kubernetes. Outside `/v1`: not part of the contract.

use axum::{extract::State, http::StatusCode, routing::get, Router};

use crate::{db, AppState};

pub(crate) fn routes(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .with_state(state)
}

async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.with_db(db::check_writable).await {
        Ok(()) => (StatusCode::OK, "ready\n"),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the database cannot be written\n",
        ),
    }
}
