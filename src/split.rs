//! Code a visitor may never need, fetched the first time it is: the [`on_demand!`] split points
//! (see `components/on_demand.rs` for the views, `api/http.rs` for the decoder of the lookup's
//! answer) and the error a failed fetch gives.
//!
//! In the release build (`cargo xtask build`, feature `split`) each function declared with
//! `on_demand!` is a split point: wasm-split moves the code only it reaches into the chunk it
//! names (`split_<chunk>.wasm`), fetched on the first call or earlier by its prefetch function.
//! Without the feature (tests, native builds) they are ordinary functions running the same code.

/// A chunk could not be fetched (the connection dropped): the caller offers to try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkError {
        ChunkError
    }
}

/// Declares `async fn $name(..) -> Result<$out, ChunkError>`, a split point of chunk `$chunk` in
/// the release build, and with `$prefetch`, `async fn $prefetch()`, which fetches that chunk
/// without running it.
macro_rules! on_demand {
    ($chunk:ident $(, $prefetch:ident)?: $(#[$attr:meta])* pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            $(preload($prefetch),)?
            fallible
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, $crate::split::ChunkError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        pub async fn $name($($arg: $ty),*) -> Result<$out, $crate::split::ChunkError> {
            Ok($body)
        }

        $(
            #[cfg(not(feature = "split"))]
            pub async fn $prefetch() -> Result<(), $crate::split::ChunkError> {
                Ok(())
            }
        )?
    };
}

pub(crate) use on_demand;
