import Testing
import KheshtText

/// Pairs of names written in Persian and Latin letters (or two Latin spellings): the same name, which should share
/// a key, and different names, which must not. Merging two different people is the dangerous failure, so the
/// negative list leans on near misses: names one long vowel, one letter or one final "e" apart.
@Suite struct NameSkeletonTests {
    static let same: [(String, String)] = [
        ("محسن هاشمی", "Mohsen Hashemi"), ("پیروز حناچی", "Pirouz Hanachi"), ("زهرا نژادبهرام", "Zahra Nejadbahram"),
        ("زهرا نژادبهرام", "Zahra Nezhadbahram"), ("علیرضا زاکانی", "Alireza Zakani"), ("مشهد", "Mashhad"),
        ("اصفهان", "Isfahan"), ("اصفهان", "Esfahan"), ("شیراز", "Shiraz"), ("تبریز", "Tabriz"), ("حسن", "Hassan"),
        ("حسن", "Hasan"), ("حسین", "Hossein"), ("حسین", "Hosein"), ("محمدرضا", "Mohammadreza"),
        ("محمدرضا", "Mohammad Reza"), ("محمد رضا", "Mohammad-Reza"), ("قاسم", "Ghasem"), ("قاسم", "Qasem"),
        ("تهران", "Tehran"), ("میلاد", "Milad"), ("فاطمه", "Fatemeh"), ("فاطمه", "Fateme"), ("مهدی", "Mehdi"),
        ("سعید", "Saeed"), ("سعید", "Saeid"), ("اسماعیل", "Esmaeil"), ("ابراهیم", "Ebrahim"), ("ابراهیم", "Ibrahim"),
        ("پرویز", "Parviz"), ("داوود", "Davood"), ("داوود", "Davoud"), ("نوروز", "Nowruz"), ("کیوان", "Keyvan"),
        ("موسوی", "Mousavi"), ("رضایی", "Rezaei"), ("رضایی", "Rezaee"), ("رضائی", "Rezaei"), ("عبداللهی", "Abdollahi"),
        ("علیزاده", "Alizadeh"), ("یزد", "Yazd"), ("ایران", "Iran"), ("ایلام", "Ilam"), ("اهواز", "Ahvaz"),
        ("کرمانشاه", "Kermanshah"), ("امید", "Omid"), ("سعدی", "Saadi"), ("جعفر", "Jafar"), ("جعفر", "Ja'far"),
        ("اصغر", "Asghar"), ("مقدم", "Moghaddam"), ("خسرو", "Khosrow"), ("بهروز", "Behrouz"), ("حسینی", "Hosseini"),
        ("مهدیه", "Mahdieh"), ("شاه", "Shah"), ("رشت", "Rasht"), ("قم", "Qom"), ("قم", "Ghom"), ("زنجان", "Zanjan"),
        ("کاشان", "Kashan"), ("ارومیه", "Orumieh"), ("سمنان", "Semnan"), ("خلیج فارس", "Khalij Fars"),
        ("علي كريمي", "Ali Karimi"), ("جلال آل احمد", "Jalal Al-e Ahmad"), ("پروین اعتصامی", "Parvin Etesami"),
        ("حافظ", "Hafez"), ("فردوسی", "Ferdowsi"), ("Mohsen Hashemi", "MOHSEN HASHEMI"), ("Hosséin", "Hossein"),
        ("مصطفی", "Mostafa"), ("کوروش", "Kourosh"), ("موسی", "Mousa"), ("عیسی", "Isa"), ("حسین", "Hussein"),
        ("صادق", "Sadiq"), ("عبدالله", "Abdullah"), ("منا", "Mona"), ("مونا", "Mona"),
        ("احمد", "Ahmed"), ("نسرین", "Nasrin"), ("ساره", "Sareh"), ("ناصر", "Naser"), ("ناصر", "Nasser"),
        ("حمیدرضا", "Hamidreza"), ("نادره", "Nadereh"), ("بهشتی", "Beheshti"),
    ]

    static let different: [(String, String)] = [
        ("حسن", "Hossein"), ("حسین", "Hassan"), ("محمد", "Mahmoud"), ("محمود", "Mohammad"), ("مهدی", "Mahdieh"),
        ("مهدیه", "Mehdi"), ("حمید", "Hamed"), ("حامد", "Hamid"), ("کریم", "Karimi"), ("احمد", "Ahmadi"),
        ("کرمان", "Kermanshah"), ("تبریز", "Tabas"), ("شیراز", "Shahriar"), ("مینا", "Mona"), ("رضا", "Raziyeh"),
        ("زهرا", "Zohreh"), ("مریم", "Marziyeh"), ("علی", "Alireza"), ("محسن هاشمی", "Mohsen Hashem"),
        ("علی هاشمی", "Hassan Hashemi"), ("حسین رضایی", "Hassan Rezaei"), ("مهدی کریمی", "Mahdieh Karimi"),
        ("محمد حسینی", "Mahmoud Hosseini"), ("پیروز حناچی", "Parviz Hanachi"), ("علیرضا زاکانی", "Alireza Zakeri"),
        ("زهرا نژادبهرام", "Zohreh Nejadbahram"), ("مشهد", "Mashad Ardehal"), ("اصفهان", "Isfahani"),
        ("یزد", "Yazdi"), ("رشت", "Rasht-e Now"), ("قم", "Qamar"), ("سمنان", "Simin"), ("سعید", "Saeedi"),
        ("Mohsen Hashemi", "Mohsen Hashemi Rafsanjani"), ("فاطمه", "Fatemi"), ("حسینی", "Hassani"),
        ("Hossein Ahmadi", "Hassan Ahmadi"), ("Amir Karimi", "Omar Karimi"), ("Reza Alizadeh", "Reza Alavi"),
        ("کاشان", "Kashani"), ("زنجان", "Zanjani"), ("تهران", "Tehrani"), ("میلاد", "Milani"),
        ("خسرو", "Khosravi"), ("بهروز", "Behzad"), ("جعفر", "Jafari"), ("قاسم", "Ghasemi"), ("سعدی", "Saadat"),
        ("ابراهیم", "Ebrahimi"), ("امید", "Omidvar"), ("پرویز", "Parvizi"), ("شاه", "Shahi"), ("نوروز", "Nowruzi"),
        ("کیوان", "Kayhan"), ("رضایی", "Rezvani"), ("موسوی", "Mousa"), ("حافظ", "Hafezi"), ("اهواز", "Ahvazi"),
        ("علیزاده", "Alizadegan"), ("فردوسی", "Firoozi"), ("Zahra Karimi", "Zohreh Karimi"), ("سید احمدی", "Saeed Ahmadi"),
        ("سید", "Saeed"), ("مونا", "Mina"), ("نادر", "Nader Shah"), ("بهرام", "Bahrami"), ("Kerman", "Karaj"),
        ("سارا", "Sareh"), ("عمید", "Omid"), ("ناصر", "Nasrin"), ("نادر", "Nadereh"), ("حمیدرضا", "Hamid"),
        ("علی", "Ali Akbar"), ("بهشت", "Beheshti"), ("رضوان", "Rezvani"),
    ]

    /// Precision and recall of "same key ⇒ same name" over both lists.
    static func score() -> (precision: Double, recall: Double, misses: [(String, String)], collisions: [(String, String)]) {
        let misses = same.filter { NameSkeleton.key($0.0) != NameSkeleton.key($0.1) }
        let collisions = different.filter { NameSkeleton.key($0.0) == NameSkeleton.key($0.1) }
        let truePositives = same.count - misses.count
        let precision = Double(truePositives) / Double(truePositives + collisions.count)
        let recall = Double(truePositives) / Double(same.count)
        return (precision, recall, misses, collisions)
    }

    @Test func pairListIsLargeEnough() {
        #expect(Self.same.count + Self.different.count >= 60)
        #expect(Self.different.count >= 30)
    }

    @Test func keysSeparateDifferentNamesMoreThanTheyMissSameNames() {
        let result = Self.score()
        print("NameSkeleton on \(Self.same.count) same + \(Self.different.count) different pairs: precision "
              + "\(result.precision), recall \(result.recall)")
        for (a, b) in result.misses { print("  miss: \(a) [\(NameSkeleton.key(a))] ≠ \(b) [\(NameSkeleton.key(b))]") }
        for (a, b) in result.collisions { print("  collision: \(a) = \(b) [\(NameSkeleton.key(a))]") }
        // The known collisions are first names (سعید "Saeed" / سید "Seyed"); whole names are longer.
        #expect(result.precision >= 0.95)
        #expect(result.recall >= 0.85)
    }

    @Test func theBriefsNamesMeetInBothDirections() {
        for (persian, latin) in [("محسن هاشمی", "Mohsen Hashemi"), ("پیروز حناچی", "Pirouz Hanachi"),
                                 ("زهرا نژادبهرام", "Zahra Nejadbahram"), ("علیرضا زاکانی", "Alireza Zakani")] {
            #expect(NameSkeleton.key(persian) == NameSkeleton.key(latin), "\(persian) / \(latin)")
            #expect(!NameSkeleton.key(persian).isEmpty)
        }
    }

    @Test func longVowelsKeepNearNamesApart() {
        #expect(NameSkeleton.key("حسن") != NameSkeleton.key("حسین"))
        #expect(NameSkeleton.key("Hassan") != NameSkeleton.key("Hossein"))
        #expect(NameSkeleton.key("محمد") != NameSkeleton.key("محمود"))
        #expect(NameSkeleton.key("Mehdi") != NameSkeleton.key("Mahdieh"))
    }

    @Test func letterVariantsAndJoinersFoldFirst() {
        #expect(NameSkeleton.key("علي كريمي") == NameSkeleton.key("علی کریمی"))
        #expect(NameSkeleton.key("نژاد‌بهرام") == NameSkeleton.key("نژادبهرام"))
        #expect(NameSkeleton.key("ابراهیم داروغه‌زاده") == NameSkeleton.key("ابراهیم داروغه زاده"))
        #expect(NameSkeleton.key("ابراهیم داروغه‌زاده") == NameSkeleton.key("Ebrahim Daroughe Zadeh"))
        #expect(NameSkeleton.words("Mohammad-Reza Aref") == ["mohammad", "reza", "aref"])
        #expect(NameSkeleton.words("محسن  هاشمی").count == 2)
    }

    @Test func namesWithoutLettersHaveNoKey() {
        #expect(NameSkeleton.key("۱۲۳ - ") == "")
        #expect(NameSkeleton.words("123").isEmpty)
    }
}
