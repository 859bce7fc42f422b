import KheshtText
/// Fitting cell text into a column: cutting to a width and padding, both counted in terminal cells.
enum CellLayout {
    /// `text` cut to at most `width` cells, ending in "…" when cut. A cut inside a bidi isolate keeps the "…"
    /// inside it (at the logical end of the right-to-left text) and closes every isolate still open.
    static func fit(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        var openIsolates = 0
        for cluster in text {
            let w = DisplayWidth.of(cluster)
            if used + w > width - 1 { break }
            out.append(cluster)
            used += w
            for scalar in cluster.unicodeScalars {
                if (0x2066...0x2068).contains(scalar.value) { openIsolates += 1 }
                if scalar.value == 0x2069, openIsolates > 0 { openIsolates -= 1 }
            }
        }
        out.append("…")
        out.append(String(repeating: BidiIsolation.popDirectionalIsolate, count: openIsolates))
        return out
    }

    /// `text` padded with spaces to `width` cells, on the right (or the left when `alignRight`).
    static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignRight ? gap + text : text + gap
    }
}
