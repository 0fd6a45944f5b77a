//! The string literals of Rust source, as the program sees them, to find every message text.

/// The string literals of `source` before its `#[cfg(test)]` module, unescaped; comments and
/// character literals are skipped. Raw strings are not read (the parser has none).
pub fn literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '"' => {
                let (text, end) = string_at(&chars, i + 1);
                found.push(text);
                i = end;
            }
            _ => i += 1,
        }
    }
    found
}

/// The string that starts after an opening quote at `start`, and where reading goes on.
fn string_at(chars: &[char], start: usize) -> (String, usize) {
    let mut text = String::new();
    let mut i = start;
    loop {
        match chars[i] {
            '"' => return (text, i + 1),
            '\\' => {
                i += 1;
                match chars[i] {
                    'n' => text.push('\n'),
                    'u' => {
                        let close = i + chars[i..].iter().position(|&c| c == '}').unwrap();
                        let hex: String = chars[i + 2..close].iter().collect();
                        text.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                        i = close;
                    }
                    '\n' => {
                        while chars[i + 1].is_whitespace() {
                            i += 1;
                        }
                    }
                    other => text.push(other),
                }
            }
            other => text.push(other),
        }
        i += 1;
    }
}

/// The fixed parts of a format string: what lies between its `{…}` arguments.
pub fn fixed_parts(format: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = format;
    while let Some(open) = rest.find('{') {
        parts.push(&rest[..open]);
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    parts.push(rest);
    parts
}

#[test]
fn literals_are_read_as_the_program_sees_them() {
    let source = "// \"not\"\nlet a = '\"'; f(\"x \\\"{y}\\\" \\u{201c}z\\u{201d}\", 'a', '\\n');\n\
                  #[cfg(test)]\nmod tests { \"test\" }";
    assert_eq!(literals(source), ["x \"{y}\" “z”"]);
    assert_eq!(fixed_parts("a {b} c{}"), ["a ", " c", ""]);
}
