//! A report's or the site file's text read from disk, with where and how to fix a file that is
//! not saved as UTF-8.

use std::path::Path;

use super::source;

/// The text of the file at `path`, or what stops it being read, worded for its author as
/// `FILE: …` or, where a character cannot be read, `FILE:LINE:COL: …`.
pub fn read_text(path: &Path) -> Result<String, String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read the file: {e}"))?;
    decode(&name, bytes)
}

/// The text of a file named `name`, if it is UTF-8.
pub(super) fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    // UTF-16 starts with a byte order mark, or has a zero byte beside each ASCII letter; no text
    // saved as UTF-8 has zero bytes.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || bytes.contains(&0) {
        return Err(format!(
            "{name}: the file is saved as UTF-16 (which Windows Notepad calls \"Unicode\"); save it again as UTF-8"
        ));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid_up_to = error.utf8_error().valid_up_to();
        let read = String::from_utf8_lossy(&error.as_bytes()[..valid_up_to]);
        let text = source::normalize(&read);
        let (line, column) = source::Lines::new(&text).locate(text.len());
        format!(
            "{name}:{line}:{column}: this character is not UTF-8: the file is saved in another encoding, such as Latin-1 or Windows-1252; save it again as UTF-8"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const UTF16: &str =
        "x.md: the file is saved as UTF-16 (which Windows Notepad calls \"Unicode\"); save it again as UTF-8";

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn utf16_is_told_with_or_without_a_byte_order_mark() {
        let text = "---\nTitle: Über\n";
        assert_eq!(
            decode("x.md", utf16le(&format!("\u{feff}{text}"))),
            Err(UTF16.to_owned())
        );
        assert_eq!(decode("x.md", utf16le(text)), Err(UTF16.to_owned()));
        let big_endian: Vec<u8> = "\u{feff}é".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode("x.md", big_endian), Err(UTF16.to_owned()));
    }

    #[test]
    fn another_encoding_is_located_at_its_first_character_that_is_not_utf8() {
        let latin1 = b"\xef\xbb\xbf---\r\nTitle: \xe2\x80\x98x\xe2\x80\x99\r\nPlace: Gen\xe8ve\r\n".to_vec();
        assert_eq!(
            decode("x.md", latin1),
            Err(String::from(
                "x.md:3:11: this character is not UTF-8: the file is saved in another encoding, such as Latin-1 or Windows-1252; save it again as UTF-8"
            ))
        );
        assert_eq!(
            decode("x.md", "Genève".as_bytes().to_vec()),
            Ok(String::from("Genève"))
        );
    }
}
