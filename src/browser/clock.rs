//! The browser's clock and randomness, for stamps and ids.

/// Now, as ISO 8601 in UTC (`2026-11-30T09:40:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today as the runner's browser writes it (`Mon Nov 30 2026`), for printed pages.
pub fn today_in_words() -> String {
    String::from(js_sys::Date::new_0().to_date_string())
}

/// An id unique across tabs and devices: the time in milliseconds and a random suffix.
pub fn unique_id() -> String {
    let suffix = (js_sys::Math::random() * 1e9) as u64;
    format!("{}-{suffix:09}", js_sys::Date::now() as u64)
}

/// Today's date in the runner's time zone, `YYYY-MM-DD`, for the symptom log and the plan's
/// calendar.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Now in UTC as an iCalendar stamp, `YYYYMMDDTHHMMSSZ`.
pub fn calendar_stamp() -> String {
    let iso = now_iso();
    let digits: String = iso.chars().filter(char::is_ascii_digit).take(14).collect();
    format!(
        "{}T{}Z",
        &digits[..8.min(digits.len())],
        &digits[8.min(digits.len())..]
    )
}

/// A saved date (ISO 8601) as the runner's browser writes dates in their language, such as
/// `30/11/2026` or `11/30/2026`; the saved text itself when it does not read as a date.
pub fn date_in_locale(saved_at: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(saved_at));
    if date.get_time().is_nan() {
        return saved_at.get(..10).unwrap_or(saved_at).to_string();
    }
    String::from(date.to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}
