//! Numbers as people write them (`30`, `18.64`, `-2`), read and written without core's float
//! formatting and parsing: those carry tables and two algorithms (about 14 KB of the
//! download) for exponents and digits no runner types. Two decimals are all the app shows.

/// Exact powers of ten: every one up to 10^22 is representable, so one division by it
/// rounds correctly.
fn power_of_ten(exponent: u32) -> f64 {
    let mut power = 1.0;
    for _ in 0..exponent {
        power *= 10.0;
    }
    power
}

/// Reads a plain decimal such as `12`, `12.5`, `.5` or `-3`: digits, at most one point, an
/// optional sign; `None` for anything else (exponents, `inf`, `NaN`, commas). Up to 18
/// significant digits it is exact to the nearest double; further digits are dropped.
pub fn parse_plain_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    const ROOM: u64 = 100_000_000_000_000_000;
    let mut mantissa: u64 = 0;
    let mut shift: i64 = 0;
    for digit in whole.bytes() {
        if mantissa < ROOM {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
        } else {
            shift += 1;
        }
    }
    for digit in fraction.bytes() {
        if mantissa < ROOM {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
            shift -= 1;
        }
    }
    let mut value = mantissa as f64;
    let mut remaining = shift.unsigned_abs();
    while remaining > 0 {
        let step = remaining.min(22) as u32;
        if shift > 0 {
            value *= power_of_ten(step);
        } else {
            value /= power_of_ten(step);
        }
        remaining -= u64::from(step);
    }
    Some(if negative { -value } else { value })
}

/// Rounds a shown value to two decimals, so links and forms carry `18.64`, not `18.641182`.
pub fn round_for_display(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

/// Writes a number the short way people write it, to two decimals: `30`, `18.64`, `-2.5`,
/// never `30.0` or an exponent. Beyond 2^53 the leading 15 digits are written (cut, so the largest double stays finite), then zeros.
pub fn format_number(value: f64) -> String {
    if value.is_nan() {
        return "not a number".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "infinity" } else { "-infinity" }.to_string();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    let hundredths = (magnitude * 100.0).round();
    if hundredths == 0.0 {
        return "0".to_string();
    }
    if hundredths < 9.0e15 {
        let hundredths = hundredths as u64;
        let (whole, cents) = (hundredths / 100, hundredths % 100);
        return match cents {
            0 => format!("{sign}{whole}"),
            c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
            c => format!("{sign}{whole}.{c:02}"),
        };
    }
    let mut zeros = 0;
    let mut leading = magnitude;
    while leading >= 1.0e15 {
        leading /= 10.0;
        zeros += 1;
    }
    format!("{sign}{}{}", leading as u64, "0".repeat(zeros))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_read_exactly() {
        for (text, value) in [
            ("12", 12.0),
            ("12.5", 12.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("-3", -3.0),
            ("+4.25", 4.25),
            ("0.1", 0.1),
            ("14.25", 14.25),
            ("186.41", 186.41),
            ("0.000001", 0.000001),
        ] {
            assert_eq!(parse_plain_decimal(text), Some(value), "{text}");
        }
    }

    #[test]
    fn anything_but_a_plain_decimal_is_refused() {
        for text in [
            "", ".", "-", "1e5", "inf", "NaN", "1.2.3", "--1", "12,5", " 1", "1 ",
        ] {
            assert_eq!(parse_plain_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn numbers_are_written_to_two_decimals_without_trailing_zeros() {
        assert_eq!(format_number(30.0), "30");
        assert_eq!(format_number(18.641182), "18.64");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(0.05), "0.05");
        assert_eq!(format_number(-2.0), "-2");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(1.005), "1");
        assert_eq!(format_number(f64::INFINITY), "infinity");
    }

    #[test]
    fn huge_values_are_written_as_plain_numbers_that_read_back_close() {
        for value in [f64::MAX, 1.0e20, 123_456_789_012_345_680.0, -4.0e300] {
            let text = format_number(value);
            let read = parse_plain_decimal(&text).expect("a plain decimal");
            assert!(((read - value) / value).abs() < 1e-14, "{value} {text}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What the app writes, it reads back to the same two decimals; and it reads any
        /// short decimal exactly as Rust's own parser does.
        #[test]
        fn written_numbers_read_back(value in -1.0e6f64..1.0e6) {
            let text = format_number(value);
            let read = parse_plain_decimal(&text).expect("plain");
            prop_assert_eq!(read, text.parse::<f64>().unwrap());
            prop_assert!((read - value).abs() <= 0.005 + 1e-9);
        }

        #[test]
        fn short_decimals_read_as_rust_reads_them(whole in 0u32..100_000, cents in 0u32..1000) {
            let text = format!("{whole}.{cents:03}");
            prop_assert_eq!(parse_plain_decimal(&text), Some(text.parse::<f64>().unwrap()));
        }
    }
}
