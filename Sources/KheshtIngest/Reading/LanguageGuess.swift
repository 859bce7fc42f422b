/// Tells Persian from English text by counting letters: more Arabic-script letters than Latin ones means "fa".
///
/// Khesht reads only these two languages, so a letter count is enough and needs no model.
enum LanguageGuess {
    static func language(of texts: [String]) -> ArticleLanguage {
        var arabicScript = 0
        var latin = 0
        for text in texts {
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FC, 0x0750...0x077F,
                     0xFB50...0xFDFF, 0xFE70...0xFEFC:
                    arabicScript += 1  // Arabic-script letters (digits, marks and punctuation left out)
                case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F:
                    latin += 1
                default:
                    break
                }
            }
        }
        return arabicScript > latin ? .persian : .english
    }
}
