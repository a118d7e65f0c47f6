//! Reading the committed OpenAPI document (`contract/openapi.json`) as JSON, for the tools and
//! tests that use its examples: no utoipa needed.

use serde_json::Value;

/// One response body described by the document, with its example if it has one.
pub struct DescribedAnswer<'a> {
    pub path: &'a str,
    /// Lower case, as in the document: `get`, `post`.
    pub method: &'a str,
    pub status: &'a str,
    pub media_type: &'a str,
    pub schema: &'a Value,
    pub example: Option<&'a Value>,
}

impl DescribedAnswer<'_> {
    /// The numeric status (`default` and other ranges read as 200).
    pub fn status_code(&self) -> u16 {
        self.status.parse().unwrap_or(200)
    }
}

/// Every response body of every operation in `spec`, in document order.
pub fn described_answers(spec: &Value) -> Vec<DescribedAnswer<'_>> {
    let mut answers = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, operation) in item.as_object().into_iter().flatten() {
            for (status, response) in operation["responses"].as_object().into_iter().flatten() {
                for (media_type, content) in response["content"].as_object().into_iter().flatten() {
                    answers.push(DescribedAnswer {
                        path,
                        method,
                        status,
                        media_type,
                        schema: &content["schema"],
                        example: content.get("example"),
                    });
                }
            }
        }
    }
    answers
}
