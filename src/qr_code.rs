//! QR codes for posters and printed newsletters, drawn as one SVG path in Rust so that no
//! markup is ever built from text.

use qrcode::{Color, EcLevel, QrCode};

/// The empty border scanners need around the code, in modules.
const QUIET_ZONE: usize = 4;

/// A QR code as an SVG path over a square of `size` modules (quiet zone included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
    /// Each module, row by row over the whole square: `true` for dark.
    pub modules: Vec<bool>,
}

/// Encodes `text` with medium error correction, enough for a printed page that gets
/// creased; `None` when the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    let size = width + 2 * QUIET_ZONE;
    let modules = (0..size * size)
        .map(|index| {
            let (x, y) = (index % size, index / size);
            let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + width).contains(&v);
            inside(x)
                && inside(y)
                && colors[(y - QUIET_ZONE) * width + x - QUIET_ZONE] == Color::Dark
        })
        .collect();
    Some(QrPath {
        size,
        path,
        modules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_link_becomes_a_square_path() {
        let qr = qr_path("https://club.example/knee/#/check?v=1&units=mi").unwrap();
        assert!(qr.size > 2 * QUIET_ZONE + 20);
        assert!(qr.path.starts_with('M'));
        assert!(qr
            .path
            .chars()
            .all(|c| c.is_ascii_digit() || "Mhvz- ".contains(c)));
    }

    #[test]
    fn the_same_link_gives_the_same_code() {
        assert_eq!(qr_path("v=1"), qr_path("v=1"));
    }

    #[test]
    fn text_too_long_for_a_qr_code_is_refused() {
        assert_eq!(qr_path(&"x".repeat(5000)), None);
    }
}
