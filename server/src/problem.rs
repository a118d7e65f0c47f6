//! RFC 9457 `application/problem+json` responses, and the 422 with named fields that many
//! handlers build.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use sportello_contract::{InvalidParam, Problem, ProblemType, PROBLEM_JSON};

/// A contract error on its way out as `application/problem+json`.
#[derive(Debug)]
pub struct ApiProblem(pub Box<Problem>);

impl ApiProblem {
    pub fn internal() -> ApiProblem {
        ApiProblem(Box::new(Problem::new(ProblemType::Internal)))
    }

    /// For paths under `/v1` that the contract does not define.
    pub fn no_such_endpoint() -> ApiProblem {
        ApiProblem(Box::new(Problem {
            problem_type: "about:blank".to_owned(),
            title: "Not Found".to_owned(),
            status: Some(404),
            ..Problem::default()
        }))
    }
}

/// 422 `invalid_request` naming the rejected fields.
pub(crate) fn invalid(params: Vec<InvalidParam>) -> ApiProblem {
    let mut problem = Problem::new(ProblemType::InvalidRequest);
    problem.invalid_params = params;
    problem.into()
}

/// One rejected field and why.
pub(crate) fn param(name: impl Into<String>, reason: impl Into<String>) -> InvalidParam {
    InvalidParam {
        name: name.into(),
        reason: reason.into(),
    }
}

impl From<Problem> for ApiProblem {
    fn from(problem: Problem) -> Self {
        ApiProblem(Box::new(problem))
    }
}

impl IntoResponse for ApiProblem {
    fn into_response(self) -> Response {
        let status = self
            .0
            .status
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self.0).unwrap_or_else(|_| b"{}".to_vec());
        (
            status,
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
            body,
        )
            .into_response()
    }
}
