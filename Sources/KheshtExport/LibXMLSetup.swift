import CLibXML2

/// libxml2's global set-up, done once before the first writer is created. Without it, libxml2 initializes its
/// globals lazily from whichever call comes first, which races when readers and writers start on several threads
/// (a crash seen when the test suites ran in parallel). `xmlInitParser` itself takes libxml2's global init lock.
enum LibXMLSetup {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }
}
