//! A coach's title for a scenario (`title`): plain text a runner reads above the result,
//! never markup, and never text that could pose as something else on the page.

/// The most characters a title may have.
pub const MAX_TITLE_CHARS: usize = 80;

/// Marks that change the direction text is shown in: a title could use them to make its
/// words read as other words.
fn turns_text(character: char) -> bool {
    matches!(character, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The title as shown: control characters and runs of spaces made one space, direction
/// marks left out, trimmed. Why not, when it cannot be used.
pub fn scenario_title(text: &str) -> Result<String, String> {
    let mut shown = String::new();
    for character in text.chars().filter(|c| !turns_text(*c)) {
        let character = if character.is_control() {
            ' '
        } else {
            character
        };
        if character.is_whitespace() && (shown.is_empty() || shown.ends_with(' ')) {
            continue;
        }
        shown.push(if character.is_whitespace() {
            ' '
        } else {
            character
        });
    }
    let shown = shown.trim_end().to_string();
    let length = shown.chars().count();
    if length == 0 {
        Err("is empty, so no title is shown".to_string())
    } else if length > MAX_TITLE_CHARS {
        Err(format!(
            "is {length} characters long, more than the {MAX_TITLE_CHARS} a title can be, so it is not shown"
        ))
    } else {
        Ok(shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_plain_text_of_at_most_eighty_characters() {
        assert_eq!(
            scenario_title("  Club 10k:\tweek 6  ").as_deref(),
            Ok("Club 10k: week 6")
        );
        assert_eq!(
            scenario_title("<b>Spring</b> \u{202E}gnirps").as_deref(),
            Ok("<b>Spring</b> gnirps")
        );
        assert_eq!(
            scenario_title(&"é".repeat(80)).map(|t| t.chars().count()),
            Ok(80)
        );
        assert!(scenario_title(&"a".repeat(81))
            .unwrap_err()
            .contains("81 characters"));
        assert!(scenario_title(" \n ").is_err());
    }
}
