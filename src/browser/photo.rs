//! Photos the customer adds to a complaint or a follow-up message: checked in the browser (type
//! and size), then downscaled to at most [`MAX_SIDE`] pixels on the longer side and re-encoded
//! as JPEG before upload, so that a 12-megapixel phone photo travels as a few hundred kilobytes.
//! Photos travel base64-encoded inside the JSON body (see the contract's `PhotoUpload`).

use sportello_contract::{PhotoUpload, MAX_PHOTO_BYTES, PHOTO_TYPES};

/// Longer side of an uploaded photo, in pixels.
pub const MAX_SIDE: u32 = 1600;
/// Largest original the browser is asked to decode (a phone photo is 2–12 MB).
pub const MAX_ORIGINAL_BYTES: f64 = 25.0 * 1024.0 * 1024.0;
/// Longest file name kept (shown back to the customer only).
const MAX_NAME_CHARS: usize = 80;

/// Why a chosen file was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoError {
    /// Not a JPEG, PNG or WebP image.
    NotAPhoto,
    /// Larger than [`MAX_ORIGINAL_BYTES`].
    TooLarge,
    /// The browser could not read or decode it.
    Unreadable,
}

/// Whether a file of this type and size may be prepared.
pub fn check(content_type: &str, size: f64) -> Result<(), PhotoError> {
    if !PHOTO_TYPES.contains(&content_type.to_ascii_lowercase().as_str()) {
        Err(PhotoError::NotAPhoto)
    } else if size > MAX_ORIGINAL_BYTES {
        Err(PhotoError::TooLarge)
    } else {
        Ok(())
    }
}

/// The size to draw an image of `width` × `height` at: the longer side at most [`MAX_SIDE`],
/// proportions kept, never enlarged, never zero.
pub fn scaled(width: u32, height: u32) -> (u32, u32) {
    let longer = width.max(height);
    if longer <= MAX_SIDE {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(MAX_SIDE) / f64::from(longer);
    let side = |n: u32| ((f64::from(n) * scale).round() as u32).max(1);
    (side(width), side(height))
}

/// The name shown back: the file's own name, shortened, with a `.jpg` ending (it is one now).
pub fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).trim();
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem).trim();
    let stem: String = stem.chars().take(MAX_NAME_CHARS - 4).collect();
    if stem.is_empty() {
        "photo.jpg".to_owned()
    } else {
        format!("{stem}.jpg")
    }
}

/// Bytes a standard, padded base64 text decodes to.
pub fn decoded_len(base64: &str) -> usize {
    let padding = base64.bytes().rev().take_while(|b| *b == b'=').count();
    (base64.len() / 4 * 3).saturating_sub(padding)
}

/// Reads, downscales and re-encodes one chosen file.
pub async fn prepare(file: &web_sys::File) -> Result<PhotoUpload, PhotoError> {
    check(&file.type_(), file.size())?;
    encode(file).await.ok_or(PhotoError::Unreadable)
}

async fn encode(file: &web_sys::File) -> Option<PhotoUpload> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let bitmap: web_sys::ImageBitmap =
        wasm_bindgen_futures::JsFuture::from(window.create_image_bitmap_with_blob(file).ok()?)
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    let (width, height) = scaled(bitmap.width(), bitmap.height());
    // A detached canvas: nothing is written to the page.
    let canvas: web_sys::HtmlCanvasElement = window
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    // Transparent PNG areas become white, not black, in a JPEG.
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(
            &bitmap,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .ok()?;
    bitmap.close();
    for quality in [0.85, 0.7, 0.55, 0.4] {
        let url = canvas
            .to_data_url_with_type_and_encoder_options("image/jpeg", &quality.into())
            .ok()?;
        let data = url.split_once(',')?.1;
        if decoded_len(data) <= MAX_PHOTO_BYTES {
            return Some(PhotoUpload {
                name: display_name(&file.name()),
                content_type: "image/jpeg".to_owned(),
                data: data.to_owned(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_photos_of_a_sane_size_are_taken() {
        assert_eq!(check("image/jpeg", 3e6), Ok(()));
        assert_eq!(check("IMAGE/PNG", 1.0), Ok(()));
        assert_eq!(check("image/webp", MAX_ORIGINAL_BYTES), Ok(()));
        assert_eq!(check("image/gif", 1.0), Err(PhotoError::NotAPhoto));
        assert_eq!(check("application/pdf", 1.0), Err(PhotoError::NotAPhoto));
        assert_eq!(check("", 1.0), Err(PhotoError::NotAPhoto));
        assert_eq!(
            check("image/jpeg", MAX_ORIGINAL_BYTES + 1.0),
            Err(PhotoError::TooLarge)
        );
    }

    #[test]
    fn large_photos_shrink_to_the_longer_side_and_small_ones_stay() {
        assert_eq!(scaled(4032, 3024), (1600, 1200));
        assert_eq!(scaled(3024, 4032), (1200, 1600));
        assert_eq!(scaled(800, 600), (800, 600));
        assert_eq!(scaled(10000, 1), (1600, 1));
        assert_eq!(scaled(0, 0), (1, 1));
    }

    #[test]
    fn names_are_plain_and_end_in_jpg() {
        assert_eq!(display_name("IMG_2041.HEIC.png"), "IMG_2041.HEIC.jpg");
        assert_eq!(display_name("C:\\fakepath\\cup.jpeg"), "cup.jpg");
        assert_eq!(display_name(".png"), "photo.jpg");
        assert_eq!(display_name(&"a".repeat(300)).chars().count(), 80);
    }

    #[test]
    fn base64_lengths_decode_exactly() {
        assert_eq!(decoded_len("TWFu"), 3);
        assert_eq!(decoded_len("TWE="), 2);
        assert_eq!(decoded_len("TQ=="), 1);
        assert_eq!(decoded_len(""), 0);
    }
}
