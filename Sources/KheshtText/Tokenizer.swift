/// Splits Persian and English text into words, numbers and punctuation, each with its original offsets.
///
/// Tokenizing runs on the folded text (`NormalizedText`), so "۱۳۹۸", "١٣٩٨" and "1398" are the same number
/// token and "علي" and "علی" the same word; each token keeps its surface and original span for provenance.
public enum Tokenizer {
    /// Tokens of `text`.
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(NormalizedText(text))
    }

    /// Tokens of an already normalized text.
    public static func tokenize(_ normalized: NormalizedText) -> [Token] {
        let scalars = normalized.scalars
        var tokens: [Token] = []
        var index = 0

        func emit(_ kind: Token.Kind, _ range: Range<Int>) {
            let span = normalized.originalSpan(of: range)
            tokens.append(Token(kind: kind, text: normalized.text(of: range),
                                surface: normalized.originalText(of: span), span: span, normalizedRange: range))
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                index += 1
            } else if isDigit(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isDigit(scalars[end]) {
                        end += 1
                    } else if isNumberSeparator(scalars[end]), end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                emit(.number, index..<end)
                index = end
            } else if isLetter(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isLetter(scalars[end]) {
                        end += 1
                    } else if isApostrophe(scalars[end]), end + 1 < scalars.count, isLatinLetter(scalars[end + 1]),
                              isLatinLetter(scalars[end - 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                emit(.word, index..<end)
                index = end
            } else {
                emit(.punctuation, index..<index + 1)
                index += 1
            }
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Decimal points and thousands separators that may sit between digits: . , ٫ ٬
    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "\u{066B}" || scalar == "\u{066C}"
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Fast answers for ASCII and the Arabic letters (U+0620–U+064A are all letters); the rest asks Unicode.
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A, 0x0620...0x064A: return true
        case 0...0x7F: return false
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (0xC0...0x24F).contains(scalar.value)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
}
