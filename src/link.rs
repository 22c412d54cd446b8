//! Check links (`#/check?v=1&...`), as fixed by the link contract: a decoder that uses every
//! good field and names every unused one, and an encoder that writes only what was filled.

mod decode;
mod encode;
mod form_encoding;

pub use decode::{check_query, decode, DecodedLink, UnusedField};
pub use encode::{encode, encode_fields, share_link};

/// The only link format version so far.
pub const FORMAT_VERSION: &str = "1";
