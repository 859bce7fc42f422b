import KheshtGraph

/// What a renderer needs besides the result itself. Renderers never read the store: the session gathers labels
/// and headlines first, so rendering stays a pure function of its inputs.
public struct RenderContext: Sendable {
    /// "fa" or "en": whose labels lead; the other language's label is shown beside it when known.
    public var preferredLanguage: String
    /// Colours for headers and footers (plain when off).
    public var style: TerminalStyle
    /// Widest a table cell may be, in terminal cells; longer values are cut with "…".
    public var maxColumnWidth: Int
    /// Headlines of the articles sources point at.
    public var headlines: [IRI: String]
    /// Labels of terms the result itself carries none for (values in descriptions, entities in source facts).
    public var labels: [Term: [Literal]]

    public init(preferredLanguage: String = "fa", style: TerminalStyle = .plain, maxColumnWidth: Int = 60,
                headlines: [IRI: String] = [:], labels: [Term: [Literal]] = [:]) {
        self.preferredLanguage = preferredLanguage
        self.style = style
        self.maxColumnWidth = max(8, maxColumnWidth)
        self.headlines = headlines
        self.labels = labels
    }
}
