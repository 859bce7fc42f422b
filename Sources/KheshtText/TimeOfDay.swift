/// A clock time, hours 0–23 and minutes 0–59, in the local time of the text (Tehran for Iranian news).
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// "10:27:00".
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        (lhs.hour, lhs.minute, lhs.second) < (rhs.hour, rhs.minute, rhs.second)
    }
}
