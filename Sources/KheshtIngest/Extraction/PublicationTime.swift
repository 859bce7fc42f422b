import KheshtGraph
import KheshtText

/// An article's publication time, as the reference for relative dates ("دیروز", "عصر شنبه") and as the
/// `schema:datePublished` value. A Jalali-only date is converted; a time zone is written only when the source
/// states one.
struct PublicationTime {
    let reference: ReferenceTime?
    /// The xsd:dateTime (or xsd:date, without a time) and the Jalali day.
    let published: (lexical: String, datatype: IRI, jalali: String)?

    init(_ date: PublicationDate?) {
        guard let date else { reference = nil; published = nil; return }
        let day: GregorianDate?
        if let gregorian = date.gregorian,
           let valid = GregorianDate(validYear: gregorian.year, month: gregorian.month, day: gregorian.day) {
            day = valid
        } else if let jalali = date.jalali, let valid = JalaliDate(validYear: jalali.year, month: jalali.month, day: jalali.day) {
            day = valid.gregorian
        } else {
            day = nil
        }
        guard let day else { reference = nil; published = nil; return }
        let time = date.time.flatMap { KheshtText.TimeOfDay(hour: $0.hour, minute: $0.minute, second: $0.second ?? 0) }
        reference = ReferenceTime(date: day, time: time)
        let jalali = JalaliDate(day).description
        if let time, let value = PartialDate(day: day, calendar: .gregorian)
            .at(time, utcOffsetSeconds: date.utcOffsetMinutes.map { $0 * 60 }) {
            published = (value.xsdLexical, XSD.dateTime, jalali)
        } else {
            published = (day.description, XSD.date, jalali)
        }
    }
}
